import {
  SALES_PLAN_LAYOUT as L,
  WEEK_BLOCK,
  buildSalesPlan,
  computeSalesPlan,
  SalesPlanNumbers,
  defaultAnswers,
  SalesPlanAnswers,
  dayTarget,
  monthSpan,
  periodMonthsOf,
  weekTargets,
} from '../../core/plans/salesPlan';
import { isSheetError } from '../../core/kit/cells';
import { a1 } from '../../core/kit/sheet';
import { Expected, LiveWizard } from './liveness';

/**
 * Expects every number of a sales plan sheet, read by `value(row, col)` from whichever engine
 * evaluated it (HyperFormula, LibreOffice), to equal core's numbers for the same answers.
 */
export function expectSameNumbers(value: (row: number, col: number) => unknown, numbers: SalesPlanNumbers, answers: SalesPlanAnswers) {
  expect(value(L.target, 1)).toBeCloseTo(numbers.target, 6);
  expect(value(L.handOut, 1)).toBeCloseTo(numbers.handOut, 6);
  expect(value(L.capacity, 1)).toBeCloseTo(numbers.capacity, 6);
  expect(value(L.moreReps, 1)).toBe(numbers.moreRepsNeeded);
  numbers.annual.forEach((annual, i) => {
    expect(value(L.firstChild + i, 3)).toBeCloseTo(annual, 6);
    numbers.monthly[i].forEach((month, m) => expect(value(L.firstChild + i, L.firstMonthColumn + m)).toBeCloseTo(month, 6));
  });
  const totalRow = L.firstChild + answers.children.length;
  expect(value(totalRow, 3)).toBeCloseTo(numbers.handOut, 6);
  numbers.monthTotals.forEach((total, m) => expect(value(totalRow, L.firstMonthColumn + m)).toBeCloseTo(total, 6));
  expect(value(totalRow + 1, 3)).toBeCloseTo(0, 9);
}

/** Month shares with a seasonal shape (they add up to 1). */
export const SEASONAL_SHARES = [0.06, 0.07, 0.08, 0.08, 0.09, 0.09, 0.08, 0.07, 0.08, 0.09, 0.1, 0.11];

/** Answers a manager might give: uneven drivers, a lock, a new rep, and names that look like formulas or numbers. */
export const SAMPLE_PLAN_ANSWERS: SalesPlanAnswers = {
  ...defaultAnswers(2027),
  baseline: 2_345_678,
  growth: 0.087,
  roundTo: 1000,
  monthShares: SEASONAL_SHARES,
  childLabel: 'Rep',
  children: [
    { name: 'Ana Souza', driver: 412_000, lock: null },
    { name: '=1+1', driver: 290_000, lock: null },
    { name: 'Bea Lin', driver: 333_333, lock: 500_000 },
    { name: '007', driver: 187_500, lock: null },
    { name: 'Chen Wei', driver: 187_500, lock: null },
  ],
  newReps: [{ name: 'New hire (Apr)', startMonth: 4 }],
};

/** Every number of a sales plan sheet core computes, by A1 address: what the liveness check compares. */
export function salesPlanExpected(answers: SalesPlanAnswers): Expected {
  const numbers = computeSalesPlan(answers) as SalesPlanNumbers;
  const cells: Record<string, number> = {
    [a1(L.target, 1)]: numbers.target,
    [a1(L.handOut, 1)]: numbers.handOut,
    [a1(L.capacity, 1)]: numbers.capacity,
    [a1(L.moreReps, 1)]: numbers.moreRepsNeeded,
  };
  numbers.annual.forEach((annual, i) => {
    cells[a1(L.firstChild + i, 3)] = annual;
    numbers.monthly[i].forEach((month, m) => (cells[a1(L.firstChild + i, L.firstMonthColumn + m)] = month));
  });
  const totalRow = L.firstChild + answers.children.length;
  cells[a1(totalRow, 3)] = numbers.handOut;
  numbers.monthTotals.forEach((total, m) => (cells[a1(totalRow, L.firstMonthColumn + m)] = total));
  cells[a1(totalRow + 1, 3)] = 0;
  return { ...cells, ...weekViewExpected(answers, numbers.monthTotals) };
}

/**
 * The week-and-day block's cells core computes: each week's Monday, working days and target, their
 * total, and the target of the day the block starts on (the period's first day).
 */
export function weekViewExpected(answers: SalesPlanAnswers, monthTotals: readonly number[], day?: number): Record<string, number | string> {
  const months = periodMonthsOf(answers);
  const holidays = new Set(answers.holidays ?? []);
  const weeks = weekTargets(monthTotals, months, holidays);
  if (isSheetError(weeks)) throw weeks;
  const [C, first] = [WEEK_BLOCK.column, WEEK_BLOCK.firstWeek];
  const cells: Record<string, number | string> = {};
  weeks.forEach((w, i) => Object.assign(cells, { [a1(first + i, C)]: w.monday, [a1(first + i, C + 1)]: w.workingDays, [a1(first + i, C + 2)]: w.target }));
  cells[a1(first + weeks.length, C + 2)] = weeks.reduce((sum, w) => sum + w.target, 0);
  const shown = day ?? monthSpan(months[0]).first;
  cells[a1(WEEK_BLOCK.top + 2, C + 1)] = dayTarget(shown, monthTotals, months, holidays) ?? 'Outside the plan';
  return cells;
}

/** The sales-plan wizard as the liveness check sees it. */
export const SALES_PLAN_LIVE: LiveWizard<SalesPlanAnswers> = { build: buildSalesPlan, expected: salesPlanExpected };
