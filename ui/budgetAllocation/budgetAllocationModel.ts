import { isSheetError, CellValue } from '../../core/kit/cells';
import { monthOf, monthText } from '../wizard/historyMonths';
import { brokenAnswers } from '../../core/kit/answers';
import { finite, listOf, oneOf, orNull, restoreSaved, shaped, stepOf, text, tooMany, declaredNumbers } from '../wizard/savedState';
import { ModelStep, checkAtStep } from '../wizard/modelSteps';
import { fitResponse, CURVE_KINDS, CurveKind, curveReturn, responseCurve } from '../../core/functions/budget';
import {
  ALLOCATION_METHODS,
  BUDGET_FIELDS,
  AllocationMethod,
  BudgetAllocationAnswers,
  BudgetLine,
  MAX_HISTORY_MONTHS,
  MAX_LINES,
} from '../../core/plans/budgetAllocation';
import { t, msg, numberLocale } from '../i18n';

/** How the bounds are set: none, or as multiples of each line's current spend (Robyn's 0.5–2). */
export const BOUND_MODES = ['none', 'multiples'] as const;
export type BoundMode = (typeof BOUND_MODES)[number];

/** The wizard's state: the answers, and how the lines and bounds were read (plain JSON, saved as typed). */
export interface BudgetAllocationState {
  readonly step: number;
  readonly answers: BudgetAllocationAnswers;
  /** Periods of the history one budget period covers (12 months in a year). */
  readonly periods: number;
  /** Where the lines were read from, as the review names it. */
  readonly source: string;
  readonly boundMode: BoundMode;
  readonly lowMultiple: number;
  readonly highMultiple: number;
  /** The month split: flat, or as the spend fell over the history's last periods. */
  readonly monthsFrom: 'flat' | 'history';
  readonly historyMonths: readonly { readonly label: string; readonly share: number }[];
  /** The history's last month (2017-12), when its periods are months. */
  readonly historyThrough?: string;
}

export function initialState(): BudgetAllocationState {
  return {
    step: 0,
    periods: 12,
    source: '',
    boundMode: 'multiples',
    lowMultiple: 0.5,
    highMultiple: 2,
    monthsFrom: 'flat',
    historyMonths: [],
    answers: { budget: 0, period: String(new Date().getFullYear() + 1), lines: [], method: 'optimal', roundTo: BUDGET_FIELDS.roundTo.default, months: [] },
  };
}

/** The column whose header matches, else -1. */
const columnOf = (header: readonly string[], pattern: RegExp) => header.findIndex((h) => pattern.test(h));

/** The concave curve (log or exp) that fits a line's history best, per period; undefined when none can be fitted. */
function fitConcave(spend: number[], returns: number[]) {
  const fits = (['log', 'exp'] as const).map((kind) => fitResponse(spend, returns, kind)).filter((f) => !isSheetError(f));
  return fits.length === 0 ? undefined : fits.reduce((a, b) => (b.r2 > a.r2 ? b : a));
}

const MONTH_NAMES = [
  msg('Jan'),
  msg('Feb'),
  msg('Mar'),
  msg('Apr'),
  msg('May'),
  msg('Jun'),
  msg('Jul'),
  msg('Aug'),
  msg('Sep'),
  msg('Oct'),
  msg('Nov'),
  msg('Dec'),
];

/**
 * A period's label as text: a month typed as 2017-03 stays so, and a date under a Month or Date
 * header (a serial, as Excel and Sheets hand dates over) becomes its month, 2017-03; a week or
 * quarter number stays a number.
 */
function periodLabel(cell: CellValue | undefined, dated: boolean): string {
  const month = dated && typeof cell === 'number' ? monthOf(cell) : undefined;
  return month ? monthText(month) : String(cell ?? '');
}

/** Labels and spend shares of the history's last `periods` periods, oldest first, and the last month (2017-12) when the periods are months. */
function lastPeriods(rows: readonly (readonly CellValue[])[], period: { col: number; dated: boolean }, spendCol: number, periods: number) {
  const byPeriod = new Map<string, number>();
  for (const row of rows) {
    const label = periodLabel(row[period.col], period.dated);
    byPeriod.set(label, (byPeriod.get(label) ?? 0) + (typeof row[spendCol] === 'number' ? (row[spendCol] as number) : 0));
  }
  const last = [...byPeriod.entries()].slice(-periods);
  const final = last[last.length - 1]?.[0];
  const total = last.reduce((s, [, v]) => s + v, 0);
  // "2017-03" is March of any year: the plan's months are named, not dated.
  const named = (label: string) =>
    /^\d{4}-(\d\d)$/.test(label) ? (MONTH_NAMES[Number(label.slice(5)) - 1] === undefined ? label : t(MONTH_NAMES[Number(label.slice(5)) - 1])) : label;
  const months = last.map(([label, v]) => ({ label: named(label), share: total > 0 ? v / total : 1 / last.length }));
  return { months, through: final !== undefined && /^\d{4}-\d\d$/.test(final) ? final : undefined };
}

/**
 * The lines of a table with a header row. A history (a line, a spend and a return column, several
 * rows a line): each line's curve fitted on its history (the better of log and exp, both concave,
 * so the sheet optimises it live), scaled from one period to the budget's `periods`
 * (β and κ times periods: the return of spend spread evenly), current spend the last `periods` rows.
 * A list (one row a line): current spend, and a curve when the table has kind, beta, kappa (alpha).
 *
 * @example
 * readLines([['Month', 'Channel', 'Spend', 'Revenue'], …], 12) // { lines: [{ name: 'Search', … }], months: [...] }
 */
export function readLines(
  values: readonly (readonly CellValue[])[],
  periods: number,
): { lines: BudgetLine[]; months: { label: string; share: number }[]; through?: string } | string {
  const header = (values[0] ?? []).map((v) => String(v ?? '').trim());
  const rows = values.slice(1).filter((r) => r.some((v) => v !== null && v !== ''));
  const spendCol = columnOf(header, /spend|cost|budget|invest/i);
  if (spendCol < 0) return t('The table needs a column of spend (a header with "Spend" or "Cost").');
  const lineCol =
    [
      columnOf(header, /channel|line|region|route|customer|role|team|name/i),
      header.findIndex((_, c) => c !== spendCol && rows.some((r) => typeof r[c] === 'string')),
    ].find((c) => c >= 0) ?? -1;
  if (lineCol < 0) return t('The table needs a column naming the lines (Channel, Region, Team…).');
  const returnCol = columnOf(header, /revenue|return|sales|leads|conversion/i);
  const names = [...new Set(rows.map((r) => String(r[lineCol] ?? '').trim()).filter(Boolean))];
  if (names.length > MAX_LINES) return tooMany(MAX_LINES, names.length);
  const lines: BudgetLine[] = [];
  for (const name of names) {
    const own = rows.filter((r) => String(r[lineCol] ?? '').trim() === name);
    const spend = own.map((r) => r[spendCol]).filter((v): v is number => typeof v === 'number');
    const current = spend.slice(-periods).reduce((s, v) => s + v, 0);
    let curve: BudgetLine['curve'] | undefined;
    let points: number | null = null;
    if (returnCol >= 0 && own.length > 1) {
      const pairs = own.filter((r) => typeof r[spendCol] === 'number' && typeof r[returnCol] === 'number');
      const fit = fitConcave(
        pairs.map((r) => r[spendCol] as number),
        pairs.map((r) => r[returnCol] as number),
      );
      if (!fit) return t("{name}'s curve cannot be fitted from its history: it needs at least 3 periods whose spend varies.", { name });
      curve = { kind: fit.kind, beta: fit.beta * periods, kappa: fit.kappa * periods, alpha: 1 };
      points = pairs.length;
    } else {
      curve = typedCurve(header, own[0]);
    }
    lines.push({ name, current, curve: curve ?? { kind: 'log', beta: 0, kappa: 1, alpha: 1 }, weight: current, lower: null, upper: null, points });
  }
  if (lines.length === 0) return t('The table has no line under its header.');
  const periodCol = columnOf(header, /month|period|date|week|quarter/i);
  const dated = /month|date/i.test(header[periodCol] ?? '');
  const history = returnCol >= 0 && periodCol >= 0 ? lastPeriods(rows, { col: periodCol, dated }, spendCol, periods) : { months: [] };
  return { lines, ...history };
}

/** A curve typed in a list's row (kind, beta, kappa, alpha columns), or undefined. */
function typedCurve(header: readonly string[], row: readonly CellValue[]): BudgetLine['curve'] | undefined {
  const [k, b, kap, al] = [/^kind$/i, /beta|scale/i, /kappa|half/i, /alpha|shape/i].map((p) => columnOf(header, p));
  if (k < 0 || b < 0 || kap < 0) return undefined;
  const curve = responseCurve(String(row[k] ?? ''), Number(row[b]), Number(row[kap]), al >= 0 && typeof row[al] === 'number' ? (row[al] as number) : 1);
  return isSheetError(curve) ? undefined : curve;
}

/** Whether a line has a curve (β above 0): the optimal method needs one on every line. */
export const hasCurve = (line: BudgetLine) => line.curve.beta > 0;

/** The answers with the weights of the method, the bounds of the chosen mode and the month split filled in (leaving the method step). */
export function withBoundsAndMonths(state: BudgetAllocationState): BudgetAllocationState {
  const { lowMultiple, highMultiple } = state;
  // ROI-weighted reads each line's return per unit at its current spend; proportional its current spend.
  const weight = (l: BudgetLine) =>
    state.answers.method === 'roi' ? (l.current > 0 && hasCurve(l) ? curveReturn(l.curve, l.current) / l.current : 0) : l.current;
  const lines = state.answers.lines.map((l) => ({
    ...l,
    weight: weight(l),
    ...(state.boundMode === 'none' ? { lower: null, upper: null } : { lower: l.current * lowMultiple, upper: l.current * highMultiple }),
  }));
  const n = Math.max(1, state.periods);
  const months =
    state.monthsFrom === 'history' && state.historyMonths.length > 0
      ? state.historyMonths
      : Array.from({ length: n }, (_, i) => ({ label: t('Period {value}', { value: i + 1 }), share: 1 / n }));
  return { ...state, answers: { ...state.answers, lines, months } };
}

/** The periods of history a budget period covers (asked with the lines, which are read by them). */
export function checkPeriods(state: BudgetAllocationState): Record<string, string> {
  return Number.isInteger(state.periods) && state.periods >= 1 ? {} : { periods: t('A whole number of periods, 1 or more (12 months for a year).') };
}

/** The lines: at least one, at most MAX_LINES, read over a whole number of periods. */
function checkLines(state: BudgetAllocationState): Record<string, string> {
  const a = state.answers;
  const periods = checkPeriods(state);
  if (periods.periods) return periods;
  if (a.lines.length > MAX_LINES) return { lines: tooMany(MAX_LINES, a.lines.length) };
  return a.lines.length > 0 ? {} : { lines: t('Select the table of lines (or their history) in the sheet, its header row included, then press the button.') };
}

/** The budget to share. */
const checkBudget = (state: BudgetAllocationState): Record<string, string> => brokenAnswers(BUDGET_FIELDS, BUDGET_FIELDS.budget.step, state.answers, t);

/** What the lines spend now, over the budget's periods: the budget a manager starts from. */
export const currentSpend = (lines: readonly BudgetLine[]): number => lines.reduce((s, l) => s + l.current, 0);

/** Current spend to the cent, as a typed budget would be. */
const roundedSpend = (lines: readonly BudgetLine[]) => Math.round(currentSpend(lines) * 100) / 100;

/**
 * The budget once new lines are read: their current spend, unless the manager typed another budget
 * (one that is neither the untouched 0 nor the spend of the lines read before).
 *
 * @example
 * budgetForLines({ budget: 0, lines: [] } as never, [{ current: 1200 } as never]) // 1200
 */
export function budgetForLines(answers: BudgetAllocationAnswers, lines: readonly BudgetLine[]): number {
  const untouched = answers.budget === 0 || answers.budget === roundedSpend(answers.lines);
  return untouched ? roundedSpend(lines) : answers.budget;
}

/** Bounds as multiples of current spend that the budget can meet, saying by how much it cannot. */
function checkBounds(state: BudgetAllocationState): Record<string, string> {
  const a = state.answers;
  if (state.boundMode === 'none') return {};
  if (!(state.lowMultiple >= 0 && state.highMultiple >= state.lowMultiple))
    return { bounds: t('Multiples: a low one of 0 or more, a high one at least as big.') };
  const lows = a.lines.reduce((s, l) => s + l.current * state.lowMultiple, 0);
  const highs = a.lines.reduce((s, l) => s + l.current * state.highMultiple, 0);
  if (lows > a.budget)
    return {
      bounds: t('At {lowMultiple}× current spend the lines need {value}, {value2} more than the budget: lower the low multiple or raise the budget.', {
        lowMultiple: state.lowMultiple,
        value: Math.round(lows).toLocaleString(numberLocale()),
        value2: Math.round(lows - a.budget).toLocaleString(numberLocale()),
      }),
    };
  if (highs < a.budget)
    return {
      bounds: t('At {highMultiple}× current spend the lines take at most {value}, {value2} short of the budget: raise the high multiple.', {
        highMultiple: state.highMultiple,
        value: Math.round(highs).toLocaleString(numberLocale()),
        value2: Math.round(a.budget - highs).toLocaleString(numberLocale()),
      }),
    };
  return {};
}

/** The method (the optimum needs a curve on every line) and the rounding. */
function checkMethod(state: BudgetAllocationState): Record<string, string> {
  const a = state.answers;
  if (a.method === 'optimal' && !a.lines.every(hasCurve))
    return { method: t('The optimal split needs a curve on every line: give the lines a history of spend and return, or choose proportional.') };
  return brokenAnswers(BUDGET_FIELDS, 3, a, t);
}

/** The wizard's steps: each title and the check it must pass before the next. */
export const BUDGET_STEPS: readonly ModelStep<BudgetAllocationState>[] = [
  { title: msg('The lines'), check: checkLines },
  { title: msg('The budget'), check: checkBudget },
  { title: msg('Bounds'), check: checkBounds },
  { title: msg('Method'), check: checkMethod },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(BUDGET_STEPS);

const MONTH = shaped({ label: text, share: finite });
const LINE = shaped({
  name: text,
  current: finite,
  weight: finite,
  lower: orNull(finite),
  upper: orNull(finite),
  points: orNull(finite),
  curve: shaped({ kind: oneOf(CURVE_KINDS), beta: finite, kappa: finite, alpha: finite }),
});
const STATE = shaped({
  step: (v: unknown) => stepOf(BUDGET_STEPS.length)(v),
  periods: finite,
  source: text,
  boundMode: oneOf(BOUND_MODES),
  lowMultiple: finite,
  highMultiple: finite,
  monthsFrom: oneOf(['flat', 'history']),
  historyMonths: listOf(MONTH, MAX_HISTORY_MONTHS),
  historyThrough: (v) => v === undefined || text(v),
  answers: shaped({
    ...declaredNumbers(BUDGET_FIELDS),
    period: text,
    lines: listOf(LINE, MAX_LINES),
    method: oneOf(ALLOCATION_METHODS),
    months: listOf(MONTH, MAX_HISTORY_MONTHS),
  }),
});

/** The state restored from the document, checked as untrusted input, each step before the saved one validated. */
export function restoreState(saved: unknown): { state: BudgetAllocationState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}

export const METHOD_LABELS: Readonly<Record<AllocationMethod, string>> = {
  optimal: msg('Optimal: the most return under the curves'),
  proportional: msg('Proportional to current spend'),
  roi: msg('ROI-weighted (a heuristic)'),
  equal: msg('Equal'),
};
export type { CurveKind };
