import { AnswerFields, AnswerRule, answersAt, breaksRule, errorKeyOf, withAnswerAt } from '../../core/kit/answers';
import { Plan, keepsRule } from '../../core/kit/sheet';
import { loadPlanSheet } from './liveness';

/** A wizard as the rule-agreement check sees it: its declared answers and its model. */
export interface RuledWizard<S extends { readonly step: number; readonly answers: object }> {
  readonly fields: AnswerFields;
  /**
   * How a probed value is put in when its path alone would break another rule (a period's month
   * shares follow its length; a list needs an item): by default the value goes at the field's path.
   */
  readonly puts?: Readonly<Record<string, (answers: S['answers'], value: number | null) => S['answers']>>;
  /** A state whose every step is valid, at its last step. */
  readonly ready: S;
  validateStep(state: S): Record<string, string>;
  restoreState(saved: string): { state: S; message?: string };
  build(state: S): Plan;
  /** The row of the plan sheet's check cell (column A), when the check is read too: the value is then typed over its cell. */
  readonly checkRow?: number;
}

/** The values a rule is probed with: each bound, just inside and past it, a part for a whole rule, and blank. */
export function probes(rule: AnswerRule): (number | null)[] {
  // Steps a spreadsheet can see: past 15 significant digits (10¹⁵ + 1) every spreadsheet reads the bound itself.
  const near = (x: number) => {
    const [small, large] = [Math.max(0.001, Math.abs(x) * 1e-12), Math.max(1, Math.abs(x) * 1e-9)];
    return [x, x - small, x + small, x - large, x + large];
  };
  return [
    ...(rule.min === undefined ? [] : near(rule.min)),
    ...(rule.max === undefined ? [] : near(rule.max)),
    ...(rule.whole ? [(rule.min ?? 0) + 1.5] : []),
    null,
  ];
}

/** Every (field, value) pair to probe, as test cases. */
export const ruleCases = <S extends { readonly step: number; readonly answers: object }>(wizard: RuledWizard<S>) =>
  Object.keys(wizard.fields).flatMap((name) => probes(wizard.fields[name]).map((value) => [name, value] as const));

/** The state with a value put in for a declared answer, at the field's step. */
function withProbe<S extends { readonly step: number; readonly answers: object }>(wizard: RuledWizard<S>, name: string, value: number | null, state: S): S {
  const put = wizard.puts?.[name];
  const answers = put ? put(state.answers, value) : withAnswerAt(state.answers, wizard.fields[name].at, value);
  return { ...state, answers };
}

/** The pane's error key for a probed answer: where the first broken value sits, or the field's own. */
function errorKey<S extends { readonly step: number; readonly answers: object }>(wizard: RuledWizard<S>, name: string, state: S): string {
  const field = wizard.fields[name];
  const found = answersAt(state.answers, field.at);
  return errorKeyOf(field, found.find((f) => breaksRule(field, f.value)) ?? found[0]);
}

/**
 * Whether the sheet's check cell says the rule's message exactly when the value, typed over the
 * input's cell past its data validation (as a paste is), breaks the rule.
 */
function checkDisagrees<S extends { readonly step: number; readonly answers: object }>(
  wizard: RuledWizard<S>,
  name: string,
  range: string,
  value: number,
  broken: boolean,
): string[] {
  const sheet = probedSheet(wizard, name);
  const cell = range.replace(/\$/g, '').split(':')[0];
  sheet.set(cell, value);
  const check = String(sheet.value(`A${wizard.checkRow! + 1}`));
  const says = check.includes(wizard.fields[name].message);
  return says === broken ? [] : [`the sheet's check ${broken ? 'does not say it' : 'says it'}: ${check}`];
}

/** One loaded plan per probed field: each probe types its value over the same cell, as a manager would. */
const probedSheets = new WeakMap<object, Map<string, ReturnType<typeof loadPlanSheet>>>();
function probedSheet<S extends { readonly step: number; readonly answers: object }>(wizard: RuledWizard<S>, name: string) {
  const loaded = probedSheets.get(wizard) ?? new Map<string, ReturnType<typeof loadPlanSheet>>();
  probedSheets.set(wizard, loaded);
  const rule = wizard.fields[name];
  if (!loaded.has(name)) loaded.set(name, loadPlanSheet(wizard.build(withProbe(wizard, name, rule.min ?? 0, wizard.ready))));
  return loaded.get(name)!;
}

/**
 * Where the pane's step check, the restore of a saved state and the sheet's input rule disagree
 * with an answer's declared rule for one value: empty when all three agree.
 *
 * @example
 * expect(ruleDisagreements(SALES_PLAN, 'growth', 5.001)).toEqual([]);
 */
export function ruleDisagreements<S extends { readonly step: number; readonly answers: object }>(
  wizard: RuledWizard<S>,
  name: string,
  value: number | null,
): string[] {
  const rule = wizard.fields[name];
  const broken = breaksRule(rule, value);
  const found: string[] = [];
  const state = withProbe(wizard, name, value, { ...wizard.ready, step: rule.step });
  if ((wizard.validateStep(state)[errorKey(wizard, name, state)] === rule.message) !== broken) found.push(`the pane ${broken ? 'accepts' : 'refuses'} it`);
  const restored = wizard.restoreState(JSON.stringify({ ...state, step: wizard.ready.step }));
  // A broken answer is refused on restore: by its rule's message, or as not of its kind (blank where a number is due).
  if ((restored.message !== undefined) !== broken) found.push(`the restore ${broken ? 'accepts' : 'refuses'} it: ${restored.message}`);
  if (rule.onSheet !== false) {
    const validation = wizard.build(withProbe(wizard, name, rule.min ?? 0, wizard.ready)).sheets[0].validations.find((v) => v.message === rule.message);
    // The sheet leaves a cell blank when the answer is (a spreadsheet rule always lets a cell be cleared).
    if (!validation) found.push('the sheet has no input rule with its message');
    else if (value !== null && keepsRule(validation, value) === broken) found.push(`the sheet ${broken ? 'accepts' : 'refuses'} it`);
    if (validation && value !== null && wizard.checkRow !== undefined) found.push(...checkDisagrees(wizard, name, validation.range, value, broken));
  }
  return found;
}

/**
 * The declared fields whose path finds no number in a ready state: a path that names no answer
 * would be checked nowhere (the pane and the probe would both read the same empty place).
 *
 * @example
 * expect(misplacedFields(SALES_PLAN)).toEqual([]);
 */
export const misplacedFields = <S extends { readonly step: number; readonly answers: object }>(wizard: RuledWizard<S>): string[] =>
  Object.entries(wizard.fields)
    .filter(([, field]) => {
      const found = answersAt(wizard.ready.answers, field.at);
      return found.length === 0 || found.some((f) => !(typeof f.value === 'number' && Number.isFinite(f.value)) && !(field.blankAllowed && f.value === null));
    })
    .map(([name]) => name);

/**
 * The declared defaults a fresh wizard does not start from, or that break their own rule: a new
 * plan must start from the declaration, and within it.
 *
 * @example
 * expect(undeclaredDefaults(FIELD_PLAN_FIELDS, initialState().answers)).toEqual([]);
 */
export function undeclaredDefaults(fields: AnswerFields, fresh: object): string[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    if (field.default === undefined) return [];
    const found = answersAt(fresh, field.at);
    const starts = found.length > 0 && found.every((f) => f.value === field.default);
    return [
      ...(starts ? [] : [`${name} starts at ${found.map((f) => f.value).join(', ')}, not ${field.default}`]),
      ...(breaksRule(field, field.default) ? [`${name}'s default breaks its rule`] : []),
    ];
  });
}

/** Every number a value holds, by its path of keys and indexes. */
function numberPaths(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number') return [[...path]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numberPaths(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => numberPaths(item, [...path, key]));
  return [];
}

/** A copy of `value` with `put` at `path`. */
function withAt(value: unknown, path: readonly (string | number)[], put: unknown): unknown {
  if (path.length === 0) return put;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? withAt(item, rest, put) : item));
  return { ...(value as object), [head]: withAt((value as Record<string | number, unknown>)[head], rest, put) };
}

/**
 * Every number the ready answers hold (declared or not: a goal's "now", a rule's points), set in turn
 * to what a pane's field can hand over when it does not read a number (NaN) or overflows (Infinity,
 * from 1e999): either a step refuses it, or the plan builds. Returns each one that passes every step
 * and then stops the build, with why (a typed goal's "now" did: NaN passed, and the build threw).
 * `derived` names the numbers no field hands over (read from cells or worked out, such as `lines` or
 * `months.*.share`; `*` for any index), each with why, and leaves them out.
 *
 * @example
 * expect(unguardedNumbers(GOALS)).toEqual([]);
 */
export function unguardedNumbers<S extends { readonly step: number; readonly answers: object }>(
  wizard: RuledWizard<S>,
  derived: Readonly<Record<string, string>> = {},
): string[] {
  const typed = (path: readonly (string | number)[]) => {
    const at = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
    return !Object.keys(derived).some((d) => at === d || at.startsWith(`${d}.`));
  };
  return numberPaths(wizard.ready.answers)
    .filter(typed)
    .flatMap((path) =>
      [Number.NaN, Infinity].flatMap((bad) => {
        const state = { ...wizard.ready, answers: withAt(wizard.ready.answers, path, bad) } as S;
        const refused = Array.from({ length: wizard.ready.step + 1 }, (_, step) => wizard.validateStep({ ...state, step })).some(
          (e) => Object.keys(e).length > 0,
        );
        if (refused) return [];
        try {
          wizard.build(state);
          return [];
        } catch (error) {
          return [`${path.join('.')} = ${bad}: ${error instanceof Error ? error.message : String(error)}`];
        }
      }),
    );
}
