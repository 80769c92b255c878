import { InputRule } from '../sheet/sheetBuilder';

/**
 * A number answer's rule, declared once beside a wizard's answers: its bounds (inclusive, as a
 * spreadsheet's data validation takes them: "more than 0" is written as the smallest amount that
 * means something, 0.01 or 1%), whether it is whole, and the message (an English catalogue key, made
 * with msg) said when it is broken. The pane checks the field with it, the plan sheet's input rule is
 * made from it, and a saved state is restored through the same checks, so the three never disagree.
 */
export interface AnswerRule {
  readonly min?: number;
  readonly max?: number;
  readonly whole?: boolean;
  /** Blank (null) is an answer of its own ("not rounded"); otherwise a blank box breaks the rule. */
  readonly blankAllowed?: boolean;
  readonly message: string;
}

/**
 * Whether an answer breaks its rule: not a number (an emptied box reads NaN), outside the bounds,
 * or not whole when it must be. Blank breaks it unless the rule allows blank.
 *
 * @example
 * breaksRule({ min: 0.01, max: 1, message: '…' }, 0)    //=> true
 * breaksRule({ min: 0, whole: true, message: '…' }, 4)  //=> false
 */
export function breaksRule(rule: AnswerRule, value: number | null | undefined): boolean {
  if (value === null || value === undefined) return !rule.blankAllowed;
  if (!Number.isFinite(value)) return true;
  if (rule.min !== undefined && value < rule.min) return true;
  if (rule.max !== undefined && value > rule.max) return true;
  return rule.whole === true && !Number.isInteger(value);
}

/**
 * The plan sheet's input rule (data validation) for an answer, its message in the plan's language.
 *
 * @example
 * sheet.validate('B5:D5', sheetRule(SALES_PLAN_FIELDS.ramp, t))
 */
export function sheetRule(rule: AnswerRule, t: (source: string) => string): InputRule {
  const { min, max, whole } = rule;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(whole ? { whole } : {}), message: t(rule.message) };
}
