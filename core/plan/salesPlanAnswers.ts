/** What the targets wizard asks a manager, in the order of its steps. Plain JSON: it is saved in the document. */
export interface SalesPlanAnswers {
  /** Step 1, the goal: what is measured, for which year, and who owns it. */
  readonly measure: string;
  readonly year: number;
  readonly owner: string;
  /** Step 2, the baseline: last year's (or the forecast) annual figure, and the growth on it. */
  readonly baseline: number;
  readonly growth: number;
  /** Step 3, the breakdown: each month's share of the year (twelve, adding up to 1)… */
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
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Sensible answers to start from: the wizard fills them in and the manager changes what differs. */
export function defaultAnswers(year: number): SalesPlanAnswers {
  return {
    measure: 'Revenue',
    year,
    owner: 'Sales team',
    baseline: 1_000_000,
    growth: 0.1,
    monthShares: MONTHS.map(() => 1 / 12),
    childLabel: 'Region',
    children: [
      { name: 'North', driver: 1, lock: null },
      { name: 'South', driver: 1, lock: null },
    ],
    roundTo: 1000,
    attainment: 0.9,
    fullQuota: 250_000,
    headcount: 4,
    newReps: [],
    ramp: [0.25, 0.5, 0.75],
  };
}
