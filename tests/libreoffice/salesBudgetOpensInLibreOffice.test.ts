/**
 * The Sales budget sheet, downloaded with the sales plan it reads beside it and recalculated in
 * LibreOffice Calc: every cost line by month (SUMPRODUCT and COUNTIF over the team), revenue from the
 * plan's target and month shares (references across the two sheets), cost of sales and break-even
 * equal core's salesBudgetNumbers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook } from 'exceljs';
import { COST_LINES, ReadNumber, SalesBudgetAnswers, buildSalesBudget, salesBudgetNumbers } from '../../core/plans/salesBudget';
import { SALES_PLAN_LAYOUT as SP, buildSalesPlan, computeSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const planAnswers = {
  ...defaultAnswers(2027),
  monthShares: [0.06, 0.07, 0.08, 0.08, 0.09, 0.09, 0.08, 0.07, 0.09, 0.09, 0.1, 0.1],
  newReps: [{ name: 'Ines', startMonth: 4 }],
};
const salesPlan = buildSalesPlan(planAnswers).sheets[0];
const target = (computeSalesPlan(planAnswers) as { target: number }).target;
const reference = (row: number, col: number, value: number): ReadNumber => ({
  value,
  formula: `='${salesPlan.name}'!$${String.fromCharCode(65 + col)}$${row + 1}`,
});
const newRepRow = salesPlan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Ines');
const answers: SalesBudgetAnswers = {
  year: 2027,
  target: reference(SP.target, 1, target),
  monthShares: planAnswers.monthShares.map((share, m) => reference(SP.shares, SP.firstMonthColumn + m, share)),
  grossMargin: 0.6,
  roles: [
    { role: 'Account executive', people: reference(SP.headcount, 1, 4), salary: 60_000 },
    { role: 'Sales manager', people: { value: 1, formula: null }, salary: 90_000 },
  ],
  hires: [{ name: 'Ines', start: reference(newRepRow, 1, 4), salary: 55_000 }],
  commission: { rate: 0.05, fromPlan: null },
  software: { seats: 7, pricePerMonth: 120 },
  training: { perHire: 3_000, perHeadYear: 1_200 },
  travel: { visits: { value: 1_800, formula: null }, kmPerVisit: 40, costPerKm: 0.45 },
  marketing: { value: 60_000, formula: null },
  others: [{ name: 'Trade show', amount: 18_000 }],
  spread: 'revenue',
};

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('the Sales budget sheet, recalculated in LibreOffice Calc beside the sales plan it reads', () => {
  let at: (row: number, col: number) => unknown;
  const [budget] = buildSalesBudget(answers).sheets;

  beforeAll(async () => {
    const hf = createWorkbook([]);
    for (const p of [salesPlan, budget]) hf.addSheet(p.name);
    for (const p of [salesPlan, budget]) hf.setSheetContent(hf.getSheetId(p.name)!, hyperFormulaContent(p));
    const file = join(mkdtempSync(join(tmpdir(), 'salesBudget-')), 'salesBudget.xlsx');
    writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [previewSheetOfPlan(salesPlan, salesPlan.name), previewSheetOfPlan(budget, budget.name)])));
    const [recalculated] = recalculateInLibreOffice([file]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculated);
    const sheet = workbook.getWorksheet(budget.name)!;
    const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
    at = (row, col) => shown(sheet.getRow(row + 1).getCell(col + 1));
  }, 240_000);

  it('gives every cost line by month, revenue, cost of sales and break-even as core does', () => {
    const n = salesBudgetNumbers(answers);
    const labelled = (label: string) => budget.cells.findIndex((r) => r[0] !== null && r[0] !== undefined && 'text' in r[0] && r[0].text === label);
    const firstLine = labelled('Line') + 3;
    const costs = firstLine + COST_LINES.length + answers.others.length;
    const close = (got: unknown, want: number) => typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
    const cells: [number, number, number][] = [
      ...n.lines.flatMap((line, k) => line.map((v, m): [number, number, number] => [firstLine + k, 1 + m, v])),
      ...n.revenue.map((v, m): [number, number, number] => [costs + 1, 1 + m, v]),
      [costs, 13, n.totalCosts],
      [labelled('Cost of sales (costs ÷ revenue target)'), 1, n.costOfSales],
      [labelled('Break-even revenue'), 1, n.breakEven!],
    ];
    expect(n.totalCosts).toBeGreaterThan(0);
    expect(
      cells
        .filter(([row, col, want]) => !close(at(row, col), want))
        .map(([row, col, want]) => `${row},${col}: LibreOffice ${JSON.stringify(at(row, col))}, core ${want}`),
    ).toEqual([]);
  });
});
