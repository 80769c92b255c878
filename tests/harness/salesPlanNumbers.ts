import { SALES_PLAN_LAYOUT as L } from '../../core/plan/buildSalesPlan';
import { SalesPlanNumbers } from '../../core/plan/computeSalesPlan';
import { SalesPlanAnswers } from '../../core/plan/salesPlanAnswers';

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
