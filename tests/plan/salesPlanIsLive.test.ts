/**
 * The plan sheet's native formulas give the numbers core computes, and stay live: edit an input in
 * HyperFormula and the targets follow, still matching core on the edited answers.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { buildSalesPlan, SALES_PLAN_LAYOUT as L } from '../../core/plan/buildSalesPlan';
import { computeSalesPlan, SalesPlanNumbers } from '../../core/plan/computeSalesPlan';
import { defaultAnswers, SalesPlanAnswers } from '../../core/plan/salesPlanAnswers';
import { hyperFormulaContent } from '../../preview/src/planContent';

function load(answers: SalesPlanAnswers) {
  const sheet = buildSalesPlan(answers).sheets[0];
  const hf = HyperFormula.buildFromSheets({ [sheet.name]: hyperFormulaContent(sheet) } as never, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  const id = hf.getSheetId(sheet.name)!;
  const value = (row: number, col: number) => {
    const v = hf.getCellValue({ sheet: id, row, col });
    if (v === null) return null;
    if (v instanceof DetailedCellError) throw new Error(`${v.value} at row ${row + 1}, col ${col + 1}: ${v.message}`);
    return v;
  };
  return { hf, id, value, sheet };
}

function expectSameNumbers(value: (row: number, col: number) => unknown, numbers: SalesPlanNumbers, answers: SalesPlanAnswers) {
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

const seasonal = [0.06, 0.07, 0.08, 0.08, 0.09, 0.09, 0.08, 0.07, 0.08, 0.09, 0.1, 0.11];
const answers: SalesPlanAnswers = {
  ...defaultAnswers(2027),
  baseline: 2_345_678,
  growth: 0.087,
  roundTo: 1000,
  monthShares: seasonal,
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

describe('the sales plan sheet', () => {
  it('computes, with native formulas, the numbers core computes', () => {
    const { value } = load(answers);
    expectSameNumbers(value, computeSalesPlan(answers) as SalesPlanNumbers, answers);
  });

  it('adds up exactly: children to the quota handed out, months to each child', () => {
    const numbers = computeSalesPlan(answers) as SalesPlanNumbers;
    expect(numbers.annual.reduce((a, b) => a + b, 0)).toBe(numbers.handOut);
    numbers.monthly.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(numbers.annual[i], 9));
    expect(numbers.annual[2]).toBe(500_000);
  });

  it('keeps names typed by the user as text, even one that looks like a formula or a number', () => {
    const { value } = load(answers);
    expect(value(L.firstChild + 1, 0)).toBe('=1+1');
    expect(value(L.firstChild + 3, 0)).toBe('007');
  });

  it.each([
    ['growth', L.growth, 1, 0.2, { growth: 0.2 }],
    ['a driver', L.firstChild, 1, 900_000, { children: answers.children.map((c, i) => (i === 0 ? { ...c, driver: 900_000 } : c)) }],
    ['a lock', L.firstChild + 2, 2, null, { children: answers.children.map((c, i) => (i === 2 ? { ...c, lock: null } : c)) }],
    ['the rounding unit', L.unit, 1, 10, { roundTo: 10 }],
    ['a month share', L.shares, L.firstMonthColumn + 11, 0.2, { monthShares: [...seasonal.slice(0, 11), 0.2] }],
  ] as const)('follows an edit of %s, still matching core', (_what, row, col, newValue, change) => {
    const { hf, id, value } = load(answers);
    hf.setCellContents({ sheet: id, row, col }, newValue);
    const edited = { ...answers, ...change } as SalesPlanAnswers;
    expectSameNumbers(value, computeSalesPlan(edited) as SalesPlanNumbers, edited);
  });

  it('handles hundreds of children', () => {
    const many: SalesPlanAnswers = {
      ...answers,
      children: Array.from({ length: 300 }, (_, i) => ({ name: `Rep ${i + 1}`, driver: 1000 + ((i * 7919) % 5000), lock: i % 50 === 0 ? 3000 : null })),
    };
    const { value } = load(many);
    expectSameNumbers(value, computeSalesPlan(many) as SalesPlanNumbers, many);
  });
});

describe('a plan for a quarter or for custom months', () => {
  it.each([
    ['the second quarter', 4, 3],
    ['September to February, across the new year', 9, 6],
  ])('for %s, matches core with native formulas and adds up', (_what, periodStart, periodMonths) => {
    const shares = Array.from({ length: periodMonths }, (_, m) => (m + 1) / ((periodMonths * (periodMonths + 1)) / 2));
    const period: SalesPlanAnswers = { ...answers, periodStart, periodMonths, monthShares: shares, newReps: [{ name: 'New (Oct)', startMonth: 10 }] };
    const { value, sheet } = load(period);
    const numbers = computeSalesPlan(period) as SalesPlanNumbers;
    expectSameNumbers(value, numbers, period);
    expect(numbers.monthly[0]).toHaveLength(periodMonths);
    expect(value(L.firstChild + period.children.length, L.firstMonthColumn + periodMonths)).toBeNull();
    expect(sheet.name).toBe(periodMonths === 3 ? 'Sales plan Q2 2027' : 'Sales plan Sep 2027–Feb 2028');
  });
});
