import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { msg } from '../../kit/i18n/msg';

/** A number a budget reads: as typed or read, and the reference to the plan cell it came from (null: typed). */
export interface ReadNumber {
  readonly value: number;
  readonly formula: string | null;
}

/** People in post in a role, for the whole year. */
export interface BudgetRole {
  readonly role: string;
  readonly people: ReadNumber;
  /** Salary a year, a head (with on-costs, as the manager budgets it). */
  readonly salary: number;
}

/** A new hire: paid from the first of their start month (1–12), trained that month. */
export interface BudgetHire {
  readonly name: string;
  readonly start: ReadNumber;
  readonly salary: number;
}

/** A line the manager adds (events, recruiting fees, a CRM's licence): an amount for the year. */
export interface BudgetLineItem {
  readonly name: string;
  readonly amount: number;
}

/** How the lines that are not salaries or training fall over the months: evenly, or as the revenue does. */
export const COST_SPREADS = ['flat', 'revenue'] as const;
export type CostSpread = (typeof COST_SPREADS)[number];

/** What the sales-budget wizard asks a manager. Plain JSON: it is saved in the document. */
export interface SalesBudgetAnswers {
  readonly year: number;
  /** The revenue target for the year, typed or read from a sales plan's target cell. */
  readonly target: ReadNumber;
  /** Each month's share of the revenue (12, adding up to 1): flat, or the sales plan's. */
  readonly monthShares: readonly ReadNumber[];
  readonly grossMargin: number;
  readonly roles: readonly BudgetRole[];
  readonly hires: readonly BudgetHire[];
  /** Commissions: a rate of revenue, or the year's commission read from an Incentive plan sheet. */
  readonly commission: { readonly rate: number | null; readonly fromPlan: ReadNumber | null };
  readonly software: { readonly seats: number; readonly pricePerMonth: number };
  readonly training: { readonly perHire: number; readonly perHeadYear: number };
  /** Travel: visits a year (typed, or a Field plan's) × km a visit × cost a km. */
  readonly travel: { readonly visits: ReadNumber; readonly kmPerVisit: number; readonly costPerKm: number };
  /** Marketing for the year, typed or read from a Budget sheet. */
  readonly marketing: ReadNumber;
  readonly others: readonly BudgetLineItem[];
  readonly spread: CostSpread;
}

/** The most roles, hires and other lines a Sales budget lays out. */
export const MAX_BUDGET_ROWS = 200;

/**
 * The sales budget's number answers, declared once: each one's rule and message, the step that asks
 * it, where it sits and how the sheet shows it. The pane checks each step with them, a saved state is
 * restored through them, and the Sales budget sheet's input rules and check are made from them.
 */
export const SALES_BUDGET_FIELDS = {
  year: { step: 0, at: ['year'], min: 1900, max: 9999, whole: true, message: msg('A year, such as 2027.') },
  target: {
    default: 1_000_000,
    step: 0,
    at: ['target', 'value'],
    error: 'target',
    format: 'money',
    min: 0.01,
    message: msg('The revenue target: 0.01 or more.'),
  },
  grossMargin: { default: 0.5, step: 0, at: ['grossMargin'], format: 'percent', min: 0, max: 1, message: msg('Gross margin: a share from 0% to 100%.') },
  people: { step: 1, at: ['roles', '*', 'people', 'value'], error: 'team', format: 'decimal', min: 0, message: msg('People in a role: 0 or more.') },
  salary: { step: 1, at: ['roles', '*', 'salary'], error: 'team', format: 'money', min: 0, message: msg('A salary a year: 0 or more.') },
  hireStart: {
    step: 1,
    at: ['hires', '*', 'start', 'value'],
    error: 'hires',
    min: 1,
    max: 12,
    whole: true,
    message: msg('A start month from 1 (January) to 12.'),
  },
  hireSalary: { step: 1, at: ['hires', '*', 'salary'], error: 'hires', format: 'money', min: 0, message: msg('A salary a year: 0 or more.') },
  commissionRate: {
    step: 2,
    at: ['commission', 'rate'],
    format: 'percent',
    min: 0,
    max: 1,
    blankAllowed: true,
    message: msg('A commission rate from 0% to 100% of revenue.'),
  },
  commissionPlan: {
    step: 2,
    at: ['commission', 'fromPlan', 'value'],
    error: 'commission',
    format: 'money',
    min: 0,
    message: msg('Commissions for the year: 0 or more.'),
  },
  seats: { default: 5, step: 3, at: ['software', 'seats'], format: 'integer', min: 0, whole: true, message: msg('Seats: a whole number, 0 or more.') },
  seatPrice: { default: 100, step: 3, at: ['software', 'pricePerMonth'], format: 'money', min: 0, message: msg('A price: 0 or more.') },
  trainingPerHire: { default: 2_000, step: 3, at: ['training', 'perHire'], format: 'money', min: 0, message: msg('A training cost: 0 or more.') },
  trainingPerHead: { default: 1_000, step: 3, at: ['training', 'perHeadYear'], format: 'money', min: 0, message: msg('A training cost: 0 or more.') },
  visits: { default: 0, step: 4, at: ['travel', 'visits', 'value'], error: 'travel', format: 'integer', min: 0, message: msg('Visits a year: 0 or more.') },
  kmPerVisit: { default: 30, step: 4, at: ['travel', 'kmPerVisit'], error: 'travel', format: 'decimal', min: 0, message: msg('Km a visit: 0 or more.') },
  costPerKm: { default: 0.45, step: 4, at: ['travel', 'costPerKm'], error: 'travel', format: 'decimal', min: 0, message: msg('A cost a km: 0 or more.') },
  marketing: {
    default: 0,
    step: 4,
    at: ['marketing', 'value'],
    error: 'marketing',
    format: 'money',
    min: 0,
    message: msg('Marketing for the year: 0 or more.'),
  },
  otherAmount: { step: 5, at: ['others', '*', 'amount'], error: 'others', format: 'money', min: 0, message: msg('An amount for the year: 0 or more.') },
} as const satisfies AnswerFieldsOf<SalesBudgetAnswers>;

/** The budget's cost lines, in the sheet's order (their labels in the plan's language come from msg). */
export const COST_LINES = [msg('Salaries'), msg('Commissions'), msg('Software'), msg('Training'), msg('Travel'), msg('Marketing')] as const;

/** What the Sales budget sheet shows, as core computes it. */
export interface SalesBudgetNumbers {
  /** Each cost line's 12 months: the six lines of COST_LINES, then each other line. */
  readonly lines: readonly (readonly number[])[];
  readonly revenue: readonly number[];
  readonly costs: readonly number[];
  readonly totalCosts: number;
  readonly costOfSales: number;
  readonly contribution: number;
  /** The revenue at which the gross margin (less commissions a rate of revenue) covers the other costs; undefined when it never does. */
  readonly breakEven: number | undefined;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const MONTHS_12 = Array.from({ length: 12 }, (_, m) => m + 1);

/** Salaries by month: the roles all year, each hire from the first of their start month. */
function salaries(a: SalesBudgetAnswers): number[] {
  const inPost = sum(a.roles.map((r) => r.people.value * r.salary)) / 12;
  return MONTHS_12.map((m) => inPost + sum(a.hires.filter((h) => h.start.value <= m).map((h) => h.salary)) / 12);
}

/** Training by month: each hire's in their start month, and a twelfth of a year's per head for everyone in post that month. */
function training(a: SalesBudgetAnswers): number[] {
  const inPost = sum(a.roles.map((r) => r.people.value));
  return MONTHS_12.map(
    (m) =>
      a.training.perHire * a.hires.filter((h) => h.start.value === m).length +
      (a.training.perHeadYear / 12) * (inPost + a.hires.filter((h) => h.start.value <= m).length),
  );
}

/**
 * Every number the Sales budget sheet shows: each cost line by month, revenue by month (the target by
 * the month shares), the totals, cost of sales (costs ÷ target, as COSTOFSALES), contribution (target
 * × gross margin − costs) and break-even revenue.
 *
 * @example
 * salesBudgetNumbers(answers).costOfSales //=> 0.21
 */
export function salesBudgetNumbers(a: SalesBudgetAnswers): SalesBudgetNumbers {
  const shares = a.monthShares.map((s) => s.value);
  const revenue = shares.map((s) => a.target.value * s);
  const spread = (year: number) => shares.map((s) => year * (a.spread === 'revenue' ? s : 1 / 12));
  const commissions = a.commission.fromPlan ? spread(a.commission.fromPlan.value) : revenue.map((r) => r * (a.commission.rate ?? 0));
  const lines = [
    salaries(a),
    commissions,
    MONTHS_12.map(() => a.software.seats * a.software.pricePerMonth),
    training(a),
    spread(a.travel.visits.value * a.travel.kmPerVisit * a.travel.costPerKm),
    spread(a.marketing.value),
    ...a.others.map((o) => spread(o.amount)),
  ];
  const costs = MONTHS_12.map((_, m) => sum(lines.map((line) => line[m])));
  const totalCosts = sum(costs);
  const rate = a.commission.fromPlan ? 0 : (a.commission.rate ?? 0);
  const fixed = totalCosts - (a.commission.fromPlan ? 0 : sum(commissions));
  return {
    lines,
    revenue,
    costs,
    totalCosts,
    costOfSales: totalCosts / a.target.value,
    contribution: a.target.value * a.grossMargin - totalCosts,
    breakEven: a.grossMargin - rate > 0 ? fixed / (a.grossMargin - rate) : undefined,
  };
}
