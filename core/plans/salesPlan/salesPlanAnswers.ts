import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { msg } from '../../kit/i18n/msg';
import { Translate, translator } from '../../kit/i18n/translate';
/** What the sales-plan wizard asks a manager, in the order of its steps. Plain JSON: it is saved in the document. */
export interface SalesPlanAnswers {
  /** Step 1, the goal: what is measured, for which year, and who owns it. */
  readonly measure: string;
  readonly year: number;
  /** The plan's period: its first calendar month (1 = January) and how many months (3 a quarter, 12 a year). */
  readonly periodStart: number;
  readonly periodMonths: number;
  readonly owner: string;
  /** Step 2, the baseline: last year's (or the forecast) annual figure, and the growth on it… */
  readonly baseline: number;
  readonly growth: number;
  /** …or, instead, the target as a share of a market of a given size (for the period). */
  readonly market?: { readonly size: number; readonly share: number };
  /** Step 3, the breakdown: each month's share of the period (one per month, adding up to 1)… */
  readonly monthShares: readonly number[];
  /** …and the children (regions, reps, products) with a driver each and an optional locked value. */
  readonly childLabel: string;
  readonly children: readonly { readonly name: string; readonly driver: number; readonly lock: number | null }[];
  readonly roundTo: number;
  /** Capacity: expected attainment (targets are grossed up by it), full quota, reps, new reps. */
  readonly attainment: number;
  readonly fullQuota: number;
  readonly headcount: number;
  readonly newReps: readonly { readonly name: string; readonly startMonth: number }[];
  readonly ramp: readonly [number, number, number];
  /** Holidays (date serials) the week-and-day view leaves out of the working days; the manager may type more on the sheet. */
  readonly holidays?: readonly number[];
  /** A second level under the children (a region's reps, a rep's products or customers), each group adding up to its child. */
  readonly subLevel?: SubLevelAnswers;
}

/** An item of the second level: the child it belongs to (by name), its name, driver and optional lock. */
export interface SubLevelItem {
  readonly parent: string;
  readonly name: string;
  readonly driver: number;
  readonly lock: number | null;
}

/** The second level: what its items are called (Product, Customer, Rep) and the items, grouped by child. */
export interface SubLevelAnswers {
  readonly label: string;
  readonly items: readonly SubLevelItem[];
}

/** The most items a second level lays out. */
export const MAX_SUB_ITEMS = 2000;

export const MONTHS = [
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
] as const;

/**
 * What a goal can measure and what its target is split by. An answer keeps the English word (the
 * catalogue's key), so a plan built in any language says it in that language (see {@link saidIn}).
 */
export const MEASURES = [msg('Revenue'), msg('Units sold'), msg('Gross margin'), msg('New customers')] as const;
export const SPLITS = [msg('Region'), msg('Rep'), msg('Product')] as const;

/**
 * A word of the answers as the plan's language says it: a word the wizard offers (kept in English)
 * is translated; the manager's own words stay as typed.
 *
 * @example
 * saidIn(translator('vi'), 'Revenue') //=> 'Doanh thu'
 * saidIn(translator('vi'), 'Đội miền Bắc') //=> 'Đội miền Bắc'
 */
export const saidIn = (t: (source: string) => string, word: string): string => t(word);

/**
 * The sales plan's number answers, declared once: each one's rule and message, the step that asks it,
 * where it sits and how the sheet shows it. The pane checks each step with them, a saved state is
 * restored through them, and the Sales plan sheet's input rules and check are made from them.
 */
export const SALES_PLAN_FIELDS = {
  year: { step: 0, at: ['year'], onSheet: false, min: 2000, max: 2100, whole: true, message: msg('Give a year such as 2027.') },
  periodStart: {
    default: 1,
    step: 0,
    at: ['periodStart'],
    error: 'period',
    onSheet: false,
    min: 1,
    max: 12,
    whole: true,
    message: msg('The period starts in a month from 1 (January) to 12.'),
  },
  periodMonths: {
    default: 12,
    step: 0,
    at: ['periodMonths'],
    error: 'period',
    onSheet: false,
    min: 1,
    max: 12,
    whole: true,
    message: msg('A period lasts from 1 to 12 months.'),
  },
  baseline: { default: 1_000_000, step: 1, at: ['baseline'], format: 'money', min: 0.01, message: msg("The baseline is last period's figure: 0.01 or more.") },
  growth: {
    default: 0.1,
    step: 1,
    at: ['growth'],
    format: 'percent',
    min: -1,
    max: 5,
    message: msg('Growth: type a percentage such as 20% (or 0.2), from -100% to 500%.'),
  },
  marketSize: { step: 1, at: ['market', 'size'], error: 'marketSize', format: 'money', min: 0.01, message: msg('The market for the period: 0.01 or more.') },
  marketShare: {
    step: 1,
    at: ['market', 'share'],
    error: 'marketShare',
    format: 'percent',
    min: 0,
    max: 1,
    message: msg('Our share of the market: a percentage such as 5% (or 0.05), from 0% to 100%.'),
  },
  roundTo: { default: 1000, step: 2, at: ['roundTo'], format: 'money', min: 0.01, message: msg('Round targets to a unit of 0.01 or more (1, 10, 1,000…).') },
  attainment: {
    default: 0.9,
    step: 2,
    at: ['attainment'],
    format: 'percent',
    min: 0.01,
    max: 1,
    message: msg('Expected attainment: type a percentage such as 90% (or 0.9), from 1% to 100%.'),
  },
  fullQuota: { default: 250_000, step: 2, at: ['fullQuota'], format: 'money', min: 0.01, message: msg("A rep's full quota for the year: 0.01 or more.") },
  headcount: { default: 4, step: 2, at: ['headcount'], format: 'integer', min: 0, whole: true, message: msg('Reps are whole people: 0 or more.') },
  ramp: {
    step: 2,
    at: ['ramp', '*'],
    error: 'ramp',
    format: 'percent',
    min: 0,
    max: 1,
    message: msg('A ramp month: type a percentage such as 50% (or 0.5), from 0% to 100%.'),
  },
  newRepStart: {
    step: 2,
    at: ['newReps', '*', 'startMonth'],
    error: 'newReps',
    min: 1,
    max: 24,
    whole: true,
    message: msg("A start month: 1 (January) to 12, or 13–24 for next year's months."),
  },
} as const satisfies AnswerFieldsOf<SalesPlanAnswers>;

/** Sensible answers to start from: the wizard fills them in and the manager changes what differs. */
export function defaultAnswers(year: number): SalesPlanAnswers {
  return {
    measure: MEASURES[0],
    year,
    periodStart: SALES_PLAN_FIELDS.periodStart.default,
    periodMonths: SALES_PLAN_FIELDS.periodMonths.default,
    owner: msg('Sales team'),
    baseline: SALES_PLAN_FIELDS.baseline.default,
    growth: SALES_PLAN_FIELDS.growth.default,
    monthShares: MONTHS.map(() => 1 / 12),
    childLabel: SPLITS[0],
    children: [
      { name: 'North', driver: 1, lock: null },
      { name: 'South', driver: 1, lock: null },
    ],
    roundTo: SALES_PLAN_FIELDS.roundTo.default,
    attainment: SALES_PLAN_FIELDS.attainment.default,
    fullQuota: SALES_PLAN_FIELDS.fullQuota.default,
    headcount: SALES_PLAN_FIELDS.headcount.default,
    newReps: [],
    ramp: [0.25, 0.5, 0.75],
  };
}

/**
 * The period as a plan reads it: a whole start month from 1 to 12 and a whole length from 1 to 12
 * months. Anything else (a number still being typed, a damaged saved state) reads as the calendar
 * year, so labels and months are always defined and never unbounded; the wizard says what is wrong.
 *
 * @example
 * planPeriod({ periodStart: 4, periodMonths: 3 })   //=> { start: 4, months: 3 }
 * planPeriod({ periodStart: 13, periodMonths: 1e9 }) //=> { start: 1, months: 12 }
 */
export function planPeriod(answers: Pick<SalesPlanAnswers, 'periodStart' | 'periodMonths'>): { start: number; months: number } {
  const whole = (n: number) => Number.isInteger(n) && n >= 1 && n <= 12;
  return whole(answers.periodStart) && whole(answers.periodMonths) ? { start: answers.periodStart, months: answers.periodMonths } : { start: 1, months: 12 };
}

/** The calendar month (1–12) and year of each month of the plan's period ({@link planPeriod}). */
export function periodMonthsOf(answers: Pick<SalesPlanAnswers, 'year' | 'periodStart' | 'periodMonths'>): { month: number; year: number }[] {
  const { start, months } = planPeriod(answers);
  return Array.from({ length: months }, (_, m) => {
    const index = start - 1 + m;
    return { month: (index % 12) + 1, year: answers.year + Math.floor(index / 12) };
  });
}

/**
 * The period in words: "2027", "Q2 2027", or "Apr 2027–Sep 2027".
 *
 * @example
 * periodLabel({ year: 2027, periodStart: 4, periodMonths: 3 }) //=> 'Q2 2027'
 */
export function periodLabel(answers: Pick<SalesPlanAnswers, 'year' | 'periodStart' | 'periodMonths'>, t: Translate = translator('en')): string {
  const { start, months } = planPeriod(answers);
  if (start === 1 && months === 12) return String(answers.year);
  if (months === 3 && (start - 1) % 3 === 0) return `Q${(start + 2) / 3} ${answers.year}`;
  const all = periodMonthsOf(answers);
  return `${monthOfYear(all[0], t)}–${monthOfYear(all[all.length - 1], t)}`;
}

/**
 * A month and its year as the language writes them ("Apr 2027", "4月 2027" reads "2027年4月").
 *
 * @example
 * monthOfYear({ month: 4, year: 2027 }) //=> 'Apr 2027'
 */
export function monthOfYear(at: { readonly month: number; readonly year: number }, t: Translate = translator('en')): string {
  return t('{month} {year}', { month: t(MONTHS[at.month - 1]), year: at.year });
}
