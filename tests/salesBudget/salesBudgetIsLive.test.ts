/**
 * The Sales budget sheet's native formulas give what core computes (salesBudgetNumbers): each cost
 * line by month, revenue, totals, cost of sales, contribution and break-even; and stay live after
 * edits of a salary, a hire's start month, seats, the commission rate, the margin and the spread.
 * Read from a sales plan, it follows that plan's edits (growth, a new rep's start month) too.
 */
import { a1 } from '../../core/kit/sheet';
import { buildSalesBudget, COST_LINES, ReadNumber, SalesBudgetAnswers, salesBudgetNumbers } from '../../core/plans/salesBudget';
import { buildSalesPlan, computeSalesPlan, defaultAnswers, SALES_PLAN_LAYOUT as SP } from '../../core/plans/salesPlan';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet, mismatches } from '../harness/liveness';

const typed = (value: number): ReadNumber => ({ value, formula: null });
const SHARES = [0.06, 0.07, 0.08, 0.08, 0.09, 0.09, 0.08, 0.07, 0.09, 0.09, 0.1, 0.1];
const answers: SalesBudgetAnswers = {
  year: 2027,
  target: typed(1_200_000),
  monthShares: SHARES.map(typed),
  grossMargin: 0.6,
  roles: [
    { role: 'Account executive', people: typed(4), salary: 60_000 },
    { role: 'Sales manager', people: typed(1), salary: 90_000 },
  ],
  hires: [
    { name: 'Ines', start: typed(4), salary: 55_000 },
    { name: 'Tom', start: typed(9), salary: 55_000 },
  ],
  commission: { rate: 0.05, fromPlan: null },
  software: { seats: 7, pricePerMonth: 120 },
  training: { perHire: 3_000, perHeadYear: 1_200 },
  travel: { visits: typed(1_800), kmPerVisit: 40, costPerKm: 0.45 },
  marketing: typed(60_000),
  others: [{ name: 'Trade show', amount: 18_000 }],
  spread: 'flat',
};

/** Where the monthly table and the year's results are, found by their labels. */
function rowsOf(a: SalesBudgetAnswers) {
  const cells = buildSalesBudget(a).sheets[0].cells;
  const labelled = (label: string) => cells.findIndex((r) => r[0] !== null && r[0] !== undefined && 'text' in r[0] && r[0].text === label);
  const header = labelled('Line');
  const firstLine = header + 3;
  const costs = firstLine + COST_LINES.length + a.others.length;
  return {
    firstLine,
    costs,
    revenue: costs + 1,
    contribution: costs + 3,
    costOfSales: labelled('Cost of sales (costs ÷ revenue target)'),
    breakEven: labelled('Break-even revenue'),
  };
}

function expected(a: SalesBudgetAnswers) {
  const n = salesBudgetNumbers(a);
  const r = rowsOf(a);
  return {
    ...Object.fromEntries(n.lines.flatMap((line, k) => line.map((v, m) => [a1(r.firstLine + k, 1 + m), v]))),
    ...Object.fromEntries(n.costs.map((v, m) => [a1(r.costs, 1 + m), v])),
    ...Object.fromEntries(n.revenue.map((v, m) => [a1(r.revenue, 1 + m), v])),
    [a1(r.costs, 13)]: n.totalCosts,
    [a1(r.contribution, 13)]: n.contribution,
    [a1(r.costOfSales, 1)]: n.costOfSales,
    ...(n.breakEven === undefined ? {} : { [a1(r.breakEven, 1)]: n.breakEven }),
  };
}
const live: LiveWizard<SalesBudgetAnswers> = { build: (a) => buildSalesBudget(a), expected };

describe('the Sales budget sheet', () => {
  it('gives every cost line by month, revenue, cost of sales, contribution and break-even as core does', () => {
    const n = salesBudgetNumbers(answers);
    expect(n.totalCosts).toBeGreaterThan(500_000);
    expect(livenessMismatches(live, answers)).toEqual([]);
  });

  it('follows edits of a salary, a start month, seats, the commission rate, the margin and the spread', () => {
    const cells = buildSalesBudget(answers).sheets[0].cells;
    const rowOf = (label: string) => cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === label);
    const [manager, tom] = [rowOf('Sales manager'), rowOf('Tom')];
    const edits: Edit<SalesBudgetAnswers>[] = [
      { what: "a role's salary", cell: a1(manager, 2), value: 120_000, answers: (a) => ({ ...a, roles: [a.roles[0], { ...a.roles[1], salary: 120_000 }] }) },
      { what: "a hire's start month", cell: a1(tom, 1), value: 2, answers: (a) => ({ ...a, hires: [a.hires[0], { ...a.hires[1], start: typed(2) }] }) },
      { what: 'the seats', cell: 'B10', value: 12, answers: (a) => ({ ...a, software: { ...a.software, seats: 12 } }) },
      { what: 'the commission rate', cell: 'B8', value: 0.08, answers: (a) => ({ ...a, commission: { rate: 0.08, fromPlan: null } }) },
      { what: 'the margin', cell: 'B7', value: 0.3, answers: (a) => ({ ...a, grossMargin: 0.3 }) },
      { what: 'the spread', cell: 'B18', value: 'Revenue', answers: (a) => ({ ...a, spread: 'revenue' }) },
    ];
    expect(livenessMismatches(live, answers, edits)).toEqual([]);
  });

  it('says so when costs are above the gross margin, and ✓ when they are covered', () => {
    const sheet = loadPlanSheet(buildSalesBudget(answers));
    expect(String(sheet.value('A3'))).toMatch(/^✓/);
    sheet.set('B7', 0.2);
    expect(String(sheet.value('A3'))).toMatch(/^⚠ Costs of [\d,]+ are above the target's gross margin of 240,000: the plan loses money\.$/);
  });
});

describe('a Sales budget that reads the sales plan', () => {
  const plan = buildSalesPlan({ ...defaultAnswers(2027), newReps: [{ name: 'Ines', startMonth: 4 }] });
  const name = plan.sheets[0].name;
  const ref = (row: number, col: number, value: number): ReadNumber => ({ value, formula: `='${name}'!$${String.fromCharCode(65 + col)}$${row + 1}` });
  const numbers = computeSalesPlan({ ...defaultAnswers(2027), newReps: [{ name: 'Ines', startMonth: 4 }] }) as { target: number };
  const newRepRow = plan.sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Ines');
  const reading: SalesBudgetAnswers = {
    ...answers,
    target: ref(SP.target, 1, numbers.target),
    monthShares: Array.from({ length: 12 }, (_, m) => ref(SP.shares, SP.firstMonthColumn + m, 1 / 12)),
    roles: [{ role: 'Account executive', people: ref(SP.headcount, 1, 4), salary: 60_000 }],
    hires: [{ name: 'Ines', start: ref(newRepRow, 1, 4), salary: 55_000 }],
  };
  const sources = { [name]: hyperFormulaContent(plan.sheets[0]) as never };

  it("writes references, so the budget shows the plan's target, shares, headcount and start month", () => {
    const sheet = loadPlanSheet(buildSalesBudget(reading), sources);
    expect(sheet.value('B6')).toBe(numbers.target);
    expect(mismatches(sheet.value, expected(reading))).toEqual([]);
  });

  it("follows the plan's growth and a new rep's start month, edited on the plan's own sheet", () => {
    const sheet = loadPlanSheet(buildSalesBudget(reading), sources);
    const planSheet = sheet.hf.getSheetId(name)!;
    sheet.hf.setCellContents({ sheet: planSheet, row: SP.growth, col: 1 }, 0.2);
    sheet.hf.setCellContents({ sheet: planSheet, row: newRepRow, col: 1 }, 7);
    const target = sheet.value('B6') as number;
    expect(target).toBe(1_200_000);
    const moved = {
      ...reading,
      target: { ...reading.target, value: target },
      hires: [{ ...reading.hires[0], start: { ...reading.hires[0].start, value: 7 } }],
    };
    expect(mismatches(sheet.value, expected(moved))).toEqual([]);
  });
});
