import { CellValue, serialToUtcDate } from '../../kit/cells/values';
import { SheetError, isSheetError } from '../../kit/cells/errors';
import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { isPlanReference } from '../../kit/sheet/planReference';
import { msg } from '../../kit/i18n/msg';
import { normaliseLabel } from '../../functions/kpi/labels';
import { CommissionBand, CommissionMethod, payCommission } from '../../functions/incentives/commission';
import { SalesEvaluationAnswers, actualsTable } from '../salesEvaluation/salesEvaluationAnswers';

/** The most reps an Incentive plan lays out (a row each, with its periods). */
export const MAX_REPS = 500;
/** The most bands a rate table holds. */
export const MAX_BANDS = 10;

/** How often a plan pays: each month or each quarter, the year to date trued up each time. */
export const PAYOUT_PERIODS = ['month', 'quarter'] as const;
export type PayoutPeriod = (typeof PAYOUT_PERIODS)[number];
/** Periods in a year of each kind. */
export const PERIODS_IN_YEAR: Readonly<Record<PayoutPeriod, number>> = { month: 12, quarter: 4 };

/**
 * Whether a quota formula only adds up cells of another sheet, as the wizard writes it (see
 * {@link isPlanReference}): anything else is written as the typed quota instead.
 *
 * @example
 * isQuotaFormula("='Sales plan 2027'!$E$12+'Sales plan 2027'!$F$12") //=> true
 * isQuotaFormula('=HYPERLINK("http://x","click")')                     //=> false
 */
export const isQuotaFormula = (formula: string): boolean => isPlanReference(formula, { sum: true });

/** One rep: a quota for the year (typed, or a formula reading a sales plan sheet) and a pay mix. */
export interface IncentiveRep {
  readonly name: string;
  readonly quota: number;
  /** The formula the quota cell holds when it reads a sales plan sheet (`='Sales plan'!$E$12+…`), else null. */
  readonly quotaFormula: string | null;
  /** Base salary for the year. */
  readonly base: number;
  /** On-target variable pay for the year: what the rep earns at 100% attainment of a flat plan. */
  readonly variable: number;
  /** The rep's role (Account executive, SDR), when given: the pane sets a role's pay mix at once. */
  readonly role?: string;
}

/**
 * A band of the rate table: from an attainment (1 = 100%), a rate as a multiple of the rep's base
 * rate (variable pay ÷ quota), so one table serves reps of every quota and pay mix.
 */
export type IncentiveBand = CommissionBand;

/** What the incentive-plan wizard asks a manager. Plain JSON: it is saved in the document. */
export interface IncentivePlanAnswers {
  readonly year: number;
  readonly reps: readonly IncentiveRep[];
  /** The actuals (Opportunities): the rep's field is `childField`, won deals by the counted status. */
  readonly actuals: SalesEvaluationAnswers['actuals'];
  readonly bands: readonly IncentiveBand[];
  readonly method: CommissionMethod;
  /** Below this attainment of the year's quota every part is paid at the first band's rate (null: none). */
  readonly gate: number | null;
  /** The most a rep's commission pays in a year, as a multiple of the variable pay (null: no cap). */
  readonly capMultiple: number | null;
  readonly period: PayoutPeriod;
}

/** The rate tables the wizard starts from: multiples of each rep's base rate, by attainment. */
export const RATE_PRESETS = {
  flat: { method: 'marginal', gate: null, bands: [{ from: 0, rate: 1 }] },
  accelerator: {
    method: 'marginal',
    gate: null,
    bands: [
      { from: 0, rate: 1 },
      { from: 1, rate: 2 },
    ],
  },
  gatedTiers: {
    method: 'tier',
    gate: 0.5,
    bands: [
      { from: 0, rate: 0.5 },
      { from: 0.75, rate: 1 },
      { from: 1, rate: 1.25 },
      { from: 1.25, rate: 1.5 },
    ],
  },
} as const satisfies Record<string, Pick<IncentivePlanAnswers, 'method' | 'gate' | 'bands'>>;
export type RatePreset = keyof typeof RATE_PRESETS;

/**
 * The incentive plan's number answers, declared once: each one's rule and message, the step that asks
 * it, where it sits and how the sheet shows it. The pane checks each step with them, a saved state
 * is restored through them, and the Incentive plan sheet's input rules and check are made from them.
 */
export const INCENTIVE_PLAN_FIELDS = {
  quota: { step: 0, at: ['reps', '*', 'quota'], error: 'reps', format: 'money', min: 0.01, message: msg("A rep's quota for the year: 0.01 or more.") },
  base: { step: 2, at: ['reps', '*', 'base'], error: 'payMix', format: 'money', min: 0, message: msg('A base salary: 0 or more.') },
  variable: { step: 2, at: ['reps', '*', 'variable'], error: 'payMix', format: 'money', min: 0, message: msg('On-target variable pay: 0 or more.') },
  bandFrom: {
    step: 3,
    at: ['bands', '*', 'from'],
    error: 'bands',
    format: 'percent',
    min: 0,
    max: 100,
    message: msg('A band starts at an attainment of 0% or more.'),
  },
  bandRate: {
    step: 3,
    at: ['bands', '*', 'rate'],
    error: 'bands',
    format: 'decimal',
    min: 0,
    max: 100,
    message: msg("A band's rate: a multiple of the base rate, 0 or more."),
  },
  gate: {
    step: 3,
    at: ['gate'],
    format: 'percent',
    min: 0,
    max: 10,
    blankAllowed: true,
    message: msg('The gate: an attainment of 0% or more, or blank for none.'),
  },
  capMultiple: {
    default: 3,
    step: 4,
    at: ['capMultiple'],
    format: 'decimal',
    min: 0,
    blankAllowed: true,
    message: msg('The cap: a multiple of variable pay, 0 or more, or blank for no cap.'),
  },
  year: { step: 4, at: ['year'], min: 1900, max: 9999, whole: true, message: msg('A year, such as 2027.') },
} as const satisfies AnswerFieldsOf<IncentivePlanAnswers>;

/** A rep's base rate: variable pay over quota, what a flat plan pays on each unit sold. */
export const baseRate = (rep: Pick<IncentiveRep, 'quota' | 'variable'>): number => rep.variable / rep.quota;

/**
 * A rep's commission on an amount sold in the year to date, as COMMISSION pays it: the bands' rates
 * times the rep's base rate, the bounds as attainment of the quota, the gate, and the cap as a
 * multiple of variable pay.
 *
 * @example
 * repPayout(a, { name: 'Ana', quota: 100000, quotaFormula: null, base: 40000, variable: 20000 }, 120000) //=> 28000 (accelerator: 20,000 + 20,000 × 2 × 0.2)
 */
export function repPayout(a: Pick<IncentivePlanAnswers, 'bands' | 'method' | 'gate' | 'capMultiple'>, rep: IncentiveRep, soFar: number): number | SheetError {
  const rate = baseRate(rep);
  return payCommission(
    soFar,
    a.bands.map((b) => ({ from: b.from, rate: b.rate * rate })),
    { method: a.method, quota: rep.quota, gate: a.gate ?? undefined, cap: a.capMultiple === null ? undefined : a.capMultiple * rep.variable },
  );
}

/** What a rep earns over the year, period by period, as the sheet computes it. */
export interface RepEarnings {
  readonly name: string;
  /** Won amounts by period (closing in that month or quarter of the year). */
  readonly actual: readonly number[];
  /** Commission on the year to date at each period's end. */
  readonly toDate: readonly number[];
  /** Paid in each period: the year to date's commission less what was paid before (a true-up). */
  readonly paid: readonly number[];
  readonly yearActual: number;
  readonly attainment: number;
  readonly payout: number;
  readonly effectiveRate: number | undefined;
}

/**
 * Each rep's won amounts by period from the actuals (the rep matched by name, case and spaces aside;
 * rows of the counted status; a close date in the plan's year), and the commission paid each period.
 *
 * @example
 * incentiveEarnings(answers, opportunities)[0].paid //=> [0, 1200, …]
 */
export function incentiveEarnings(a: IncentivePlanAnswers, table: readonly (readonly CellValue[])[]): RepEarnings[] | SheetError {
  const periods = PERIODS_IN_YEAR[a.period];
  const actuals = actualsTable(a, table);
  const [date, amount, owner] = [a.actuals.dateField, a.actuals.amountField, a.actuals.childField].map(actuals.column);
  const earnings: RepEarnings[] = [];
  for (const rep of a.reps) {
    const actual = Array.from({ length: periods }, () => 0);
    for (const row of actuals.rows) {
      if (!actuals.counts(row) || typeof row[date] !== 'number' || typeof row[amount] !== 'number') continue;
      if (normaliseLabel(String(row[owner] ?? '')) !== normaliseLabel(rep.name)) continue;
      const day = serialToUtcDate(row[date] as number);
      if (day.getUTCFullYear() === a.year) actual[Math.floor((day.getUTCMonth() * periods) / 12)] += row[amount] as number;
    }
    const toDate: number[] = [];
    let soFar = 0;
    for (const sold of actual) {
      soFar += sold;
      const pay = repPayout(a, rep, soFar);
      if (isSheetError(pay)) return pay;
      toDate.push(pay);
    }
    const payout = toDate[periods - 1];
    earnings.push({
      name: rep.name,
      actual,
      toDate,
      paid: toDate.map((pay, p) => pay - (p > 0 ? toDate[p - 1] : 0)),
      yearActual: soFar,
      attainment: soFar / rep.quota,
      payout,
      effectiveRate: soFar === 0 ? undefined : payout / soFar,
    });
  }
  return earnings;
}
