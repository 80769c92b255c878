import { PlanFormat } from '../sheet/plan';
import { PlacedOptions } from '../sheet/sheetBuilder';
import { AnswerRule, breaksRule, sheetRule } from './answerRule';

/**
 * Where a number sits in a wizard's answers, key by key: `'*'` stands for every item of a list or
 * key of a record, and a list of keys for each of those keys (the parts of a working day).
 */
export type AnswerPath = readonly (string | readonly string[])[];

/**
 * A wizard's number answer, declared once in core as a function is by defineFunction: its rule
 * (bounds, whole or not, blank allowed, message), the step of the wizard that asks it, where it sits
 * in the answers, the pane's error key and the sheet's number format. The pane's step check, the
 * restore of a saved state, the plan sheet's input rule and the sheet's check all read it.
 */
export interface AnswerField extends AnswerRule {
  /** The wizard step (0-based) that asks it: its check runs when the manager leaves that step. */
  readonly step: number;
  /** Where the answer is in the answers (see {@link AnswerPath}). */
  readonly at: AnswerPath;
  /** The pane's error key, beside the field that shows it (default: the last key of the path). */
  readonly error?: string;
  /** How the sheet and the pane show it (blank: as typed, as a year is). */
  readonly format?: PlanFormat;
  /**
   * The answer a new plan starts from (blank: null), where the wizard has one it always starts from;
   * a fresh wizard's answers hold it (a year, which follows the calendar, has none).
   */
  readonly default?: number | null;
  /** false when the answer only steers the wizard (the sheet's layout): the plan has no input cell for it. */
  readonly onSheet?: false;
}

/** A wizard's number answers by name. */
export type AnswerFields = Readonly<Record<string, AnswerField>>;

/** What a path ends on: a number, or a blank where the rule allows one. */
type NumberLeaf = number | null | undefined;

/** The keys of an object whose values are numbers (those a list of keys in a path may name). */
type NumberKeys<T> = { [K in keyof T & string]-?: T[K] extends NumberLeaf ? K : never }[keyof T & string];

/**
 * Every path that leads from a wizard's answers `T` to a number, as {@link AnswerPath} spells them:
 * a key, `'*'` for every item of a list or value of a record, a list of keys whose values are numbers.
 * The compiler checks each declared field's path with it, so a field cannot point at text, a
 * renamed answer or nothing.
 *
 * @example
 * const path: NumberPath<{ day: { visit: number; travel: number } }> = ['day', ['visit', 'travel']];
 */
export type NumberPath<T, Depth extends readonly unknown[] = []> = Depth['length'] extends 5
  ? never // answers are shallow; the bound keeps self-referring types (a reason's parameters) finite
  : T extends NumberLeaf
    ? readonly []
    : T extends readonly (infer Item)[]
      ? readonly ['*', ...NumberPath<Item, [...Depth, 1]>]
      : T extends object
        ? | { [K in keyof T & string]-?: readonly [K, ...NumberPath<T[K], [...Depth, 1]>] }[keyof T & string]
          | readonly [readonly NumberKeys<T>[]]
          | readonly ['*', ...NumberPath<T[keyof T & string], [...Depth, 1]>]
        : never;

/**
 * A wizard's number answers by name, each path checked against the answers' type `A`.
 *
 * @example
 * export const BUDGET_FIELDS = { total: { step: 0, at: ['total'], min: 0.01, message: msg('…') } } as const satisfies AnswerFieldsOf<BudgetState>;
 */
export type AnswerFieldsOf<A> = Readonly<Record<string, AnswerField & { readonly at: NumberPath<A> }>>;

/** An answer found at a path: its value and the key it was found at. */
export interface FoundAnswer {
  readonly key: string;
  readonly value: number | null;
}

/** The keys a part of a path names in a node: none in an answer left out (a decay not asked for). */
const keysAt = (node: unknown, part: string | readonly string[]): string[] => {
  if (node === null || typeof node !== 'object') return [];
  if (typeof part !== 'string') return [...part];
  if (part !== '*') return [part];
  return Object.keys(node);
};

/**
 * Every number at a path of the answers (a value that is not a number reads as NaN, so it breaks
 * its rule; a missing or null value as blank; nothing under an answer left out).
 *
 * @example
 * answersAt({ day: { visit: 45, travel: 30 } }, ['day', ['visit', 'travel']]) //=> [{ key: 'visit', value: 45 }, { key: 'travel', value: 30 }]
 */
export function answersAt(answers: unknown, at: AnswerPath): FoundAnswer[] {
  let found: { key: string; node: unknown }[] = [{ key: '', node: answers }];
  for (const part of at) found = found.flatMap(({ node }) => keysAt(node, part).map((key) => ({ key, node: (node as Record<string, unknown>)[key] })));
  return found.map(({ key, node }) => ({ key, value: node === undefined || node === null ? null : typeof node === 'number' ? node : NaN }));
}

/**
 * The answers with `value` put at every place a path names: a copy, the rest shared (tests walk a
 * field's bounds with it).
 *
 * @example
 * withAnswerAt({ ramp: [0.25, 0.5, 0.75] }, ['ramp', '*'], 1) //=> { ramp: [1, 1, 1] }
 */
export function withAnswerAt<A>(answers: A, at: AnswerPath, value: number | null): A {
  if (at.length === 0) return value as A;
  const [part, ...rest] = at;
  const node = answers as unknown as Record<string, unknown>;
  const copy: Record<string, unknown> = Array.isArray(node) ? ([...node] as unknown as Record<string, unknown>) : { ...node };
  for (const key of keysAt(node, part)) copy[key] = withAnswerAt(node?.[key], rest, value);
  return copy as A;
}

/** The pane's error key for an answer found at a field's path. */
export const errorKeyOf = (field: AnswerField, found: FoundAnswer): string => field.error ?? found.key;

/**
 * What is wrong with a step's declared answers, field by field: each answer that breaks its rule,
 * its message beside its field (the first message for a field stands); empty when all keep them.
 *
 * @example
 * brokenAnswers(FIELD_PLAN_FIELDS, 0, { ...answers, dealSize: 0 }, t) //=> { dealSize: 'An average deal: 0.01 or more.' }
 */
export function brokenAnswers(fields: AnswerFields, step: number, answers: unknown, t: (source: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of Object.values(fields)) {
    if (field.step !== step) continue;
    const broken = answersAt(answers, field.at).find((found) => breaksRule(field, found.value));
    if (broken) errors[errorKeyOf(field, broken)] ??= t(field.message);
  }
  return errors;
}

/**
 * A plan sheet's options for an answer's input cell: its declared format and its input rule (data
 * validation), the message in the plan's language.
 *
 * @example
 * sheet.input(ROW.growth, t('Growth on the baseline'), a.growth, { ...answerInput(SALES_PLAN_FIELDS.growth, t), name: 'Growth' })
 */
export function answerInput(field: AnswerField, t: (source: string) => string): PlacedOptions {
  return { ...(field.format ? { format: field.format } : {}), rule: sheetRule(field, t) };
}
