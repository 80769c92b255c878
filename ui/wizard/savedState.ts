import { AnswerFields } from '../../core/kit/answers';
import { numberLocale, t } from '../i18n';
/**
 * Saved wizard answers come back from the document as untrusted text: these checks say whether a
 * parsed value has the state's shape, and `restoreSaved` turns it into a state or a fresh start with
 * a message. Every wizard's model declares its shape with them.
 */

/** Whether a value is of a kind. */
export type Check = (v: unknown) => boolean;

export const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
/**
 * The longest text a saved answer holds: names, labels and rule values are short; a 10 MB "field
 * name" from a damaged or hostile shared workbook would freeze the pane that draws it.
 */
export const MAX_SAVED_TEXT = 2_000;
export const text: Check = (v) => typeof v === 'string' && v.length <= MAX_SAVED_TEXT;
export const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
export const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
/**
 * A list of at most `max` items, each of its kind: `max` is what the wizard's builder lays out, so a
 * saved state never brings back more than the wizard itself would build (100,000 rules froze the pane).
 */
export const listOf =
  (check: Check, max: number): Check =>
  (v) =>
    Array.isArray(v) && v.length <= max && v.every(check);
export const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
/** An object with at least these fields, each of its kind. */
export const shaped =
  (fields: Record<string, Check>): Check =>
  (v) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(fields).every(([k, c]) => c((v as Record<string, unknown>)[k]));
/**
 * The kinds of a wizard's declared number answers that sit at the top of its answers: a number, or
 * blank where the field allows it. Their bounds are the step checks' to say, with their messages.
 *
 * @example
 * shaped({ ...declaredNumbers(BUDGET_FIELDS), period: text }) // budget: a number; roundTo: a number or null
 */
export function declaredNumbers(fields: AnswerFields): Record<string, Check> {
  const top = Object.values(fields).filter((f) => f.at.length === 1 && typeof f.at[0] === 'string');
  return Object.fromEntries(top.map((f) => [f.at[0] as string, f.blankAllowed ? orNull(finite) : finite]));
}

/**
 * The message for a list longer than its wizard builds, beside the list.
 *
 * @example
 * tooMany(100, 250) //=> 'A plan takes up to 100 rows; this one has 250.'
 */
export const tooMany = (max: number, count: number): string =>
  t('A plan takes up to {value} rows; this one has {value2}.', { value: max.toLocaleString(numberLocale()), value2: count.toLocaleString(numberLocale()) });

/** A step number of a wizard with `count` steps. */
export const stepOf =
  (count: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) < count;

/**
 * The state restored from the document: `fresh` when nothing was saved; a fresh start with a message
 * when the text is damaged or a value is not of its kind; step 1 with a message when a step before
 * the saved one no longer validates (the first error says why). `complete` fills in what answers
 * saved by an older version lack, before the checks.
 *
 * @example
 * restoreSaved('{', initialState(), STATE, validateStep).message //=> 'Your saved answers were damaged, so the wizard starts afresh.'
 */
export function restoreSaved<S extends { readonly step: number }>(
  saved: unknown,
  fresh: S,
  isState: Check,
  validateStep: (state: S) => Record<string, string>,
  complete: (parsed: unknown) => unknown = (parsed) => parsed,
): { state: S; message?: string } {
  if (typeof saved !== 'string') return { state: fresh };
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return { state: fresh, message: t('Your saved answers were damaged, so the wizard starts afresh.') };
  }
  parsed = complete(parsed);
  if (!isState(parsed))
    return { state: fresh, message: t('Your saved answers could not be used (a value is not of its kind), so the wizard starts again from step 1.') };
  const state = parsed as S;
  for (let step = 0; step < state.step; step += 1) {
    const first = Object.values(validateStep({ ...state, step }))[0];
    if (first) return { state: { ...state, step: 0 }, message: t('Your saved answers need a look before the review: {first}', { first }) };
  }
  return { state };
}
