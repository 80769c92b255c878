/**
 * The Budget sheet, downloaded from the preview as .xlsx and recalculated in LibreOffice Calc: its
 * optimiser in native formulas (bisection on ln λ, CHOOSE over the curve kinds, SUMPRODUCT) gives
 * the proposal core computes (ALLOCATE, BUDGETSPLIT), as built and after edits of the budget, a
 * bound and the method typed before the download.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, Worksheet } from 'exceljs';
import {
  BUDGET_LAYOUT as L,
  LINE_COLUMNS as C,
  buildBudgetAllocation,
  BudgetAllocationAnswers,
  BudgetLine,
  proposedAmounts,
} from '../../core/plans/budgetAllocation';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const line = (
  name: string,
  kind: 'log' | 'exp' | 'hill',
  beta: number,
  kappa: number,
  current: number,
  lower: number | null = null,
  upper: number | null = null,
): BudgetLine => ({
  name,
  current,
  curve: { kind, beta, kappa, alpha: 1 },
  weight: current,
  lower,
  upper,
  points: 48,
});
const answers: BudgetAllocationAnswers = {
  budget: 250_000,
  period: '2027',
  method: 'optimal',
  roundTo: null,
  months: [],
  lines: [
    line('Search', 'log', 720_000, 96_000, 72_000),
    line('Social', 'hill', 480_000, 60_000, 48_000, 30_000, null),
    line('Email', 'exp', 240_000, 18_000, 18_000, null, 40_000),
    line('Display', 'log', 180_000, 72_000, 36_000, 10_000, 50_000),
  ],
};
/** Answer sets, each with the edits typed on the sheet before the download that stand for it. */
const VARIANTS: { what: string; answers: BudgetAllocationAnswers; typed: [number, number, number | string][] }[] = [
  { what: 'as built', answers, typed: [] },
  {
    what: 'a bigger budget and a lower bound',
    answers: { ...answers, budget: 400_000, lines: answers.lines.map((l, i) => (i === 0 ? { ...l, lower: 150_000 } : l)) },
    typed: [
      [L.budget, 1, 400_000],
      [L.firstLine, C.lower, 150_000],
    ],
  },
  {
    what: 'proportional, rounded to thousands',
    answers: { ...answers, method: 'proportional', roundTo: 1000 },
    typed: [
      [L.method, 1, 'proportional'],
      [L.roundTo, 1, 1000],
    ],
  },
];

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('the Budget sheet, recalculated in LibreOffice Calc', () => {
  const sheets: Worksheet[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const files = await Promise.all(
      VARIANTS.map(async (variant, v) => {
        const hf = createWorkbook([]);
        const plan = buildBudgetAllocation(answers).sheets[0];
        const id = hf.getSheetId(hf.addSheet(plan.name))!;
        hf.setSheetContent(id, hyperFormulaContent(plan));
        for (const [row, col, value] of variant.typed) hf.setCellContents({ sheet: id, row, col }, value);
        const file = join(dir, `budget-${v}.xlsx`);
        writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [previewSheetOfPlan(plan, plan.name)])));
        return file;
      }),
    );
    for (const recalculated of recalculateInLibreOffice(files)) {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(recalculated);
      sheets.push(workbook.getWorksheet('Budget')!);
    }
  }, 240_000);

  it.each(VARIANTS.map((v, i) => [v.what, i] as const))('proposes what core does (%s)', (_, v) => {
    const want = proposedAmounts(VARIANTS[v].answers) as number[];
    const got = want.map((_, i) => Number(sheets[v].getRow(L.firstLine + 1 + i).getCell(C.proposed + 1).result));
    const off = want.flatMap((x, i) => (Math.abs(got[i] - x) <= 1e-6 * Math.max(1, x) ? [] : [`line ${i + 1}: LibreOffice ${got[i]}, core ${x}`]));
    expect(off).toEqual([]);
    expect(String(sheets[v].getCell('A3').result)).toMatch(/^✓/);
  });
});
