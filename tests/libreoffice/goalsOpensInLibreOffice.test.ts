/**
 * The Goals sheet, downloaded from the preview as .xlsx with the deals beside it and recalculated in
 * LibreOffice Calc: every goal's target, actual (COUNTIFS and SUMIFS over the deals in its dates),
 * time gone, progress and status equal core's, so the formulas mean in a second spreadsheet what they
 * mean in HyperFormula.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook } from 'exceljs';
import { CellValue, isSheetError } from '../../core/kit/cells';
import { GOALS_LAYOUT as L, GoalsAnswers, buildGoals, goalNumbers } from '../../core/plans/goals';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { OPPORTUNITIES_SHEET } from '../../preview/src/previewSheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const C = L.columns;
const DEALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const answers: GoalsAnswers = {
  deals: {
    sheet: 'Opportunities',
    range: `A1:K${DEALS.length}`,
    fields: SAMPLE_OPPORTUNITIES.header as string[],
    outcomeField: 'Outcome',
    amountField: 'Amount',
    dateField: 'Closed',
  },
  goals: [
    { name: 'Reduce CAC 15%', measure: 'typed', owner: 'Ana', baseline: 200, change: -0.15, kind: 'percent', start: 42736, deadline: 43100, actual: 160 },
    { name: 'Win rate', measure: 'winRate', owner: 'Kelly', baseline: 0.75, change: 0.05, kind: 'points', start: 42736, deadline: 43100, actual: null },
    { name: 'Revenue', measure: 'revenueWon', owner: '', baseline: 12_000, change: 0.1, kind: 'percent', start: 42736, deadline: 43100, actual: null },
    { name: 'Deals', measure: 'dealsWon', owner: 'Chuck', baseline: 25, change: 10, kind: 'points', start: 42917, deadline: 43100, actual: null },
    { name: 'Bigger deals', measure: 'averageDeal', owner: 'Anna', baseline: 600, change: 0.2, kind: 'percent', start: 42370, deadline: 42735, actual: null },
  ],
  asOf: 42990,
  amberFrom: 0.9,
  greenFrom: 1,
};

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('the Goals sheet, recalculated in LibreOffice Calc', () => {
  let sheet: import('exceljs').Worksheet;

  beforeAll(async () => {
    const hf = createWorkbook([OPPORTUNITIES_SHEET]);
    const plan = buildGoals(answers).sheets[0];
    hf.setSheetContent(hf.getSheetId(hf.addSheet(plan.name))!, hyperFormulaContent(plan));
    const file = join(mkdtempSync(join(tmpdir(), 'goals-')), 'goals.xlsx');
    writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [OPPORTUNITIES_SHEET, previewSheetOfPlan(plan, plan.name)])));
    const [recalculated] = recalculateInLibreOffice([file]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculated);
    sheet = workbook.getWorksheet('Goals')!;
  }, 240_000);

  it('gives every goal the target, actual, time gone, progress and status core computes', () => {
    const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
    const mismatches = answers.goals.flatMap((goal, i) => {
      const n = goalNumbers(goal, answers, DEALS.slice(1));
      const row = sheet.getRow(L.firstGoal + 1 + i);
      const pairs: [string, unknown, unknown][] = [
        ['target', shown(row.getCell(C.target + 1)), n.target],
        ['actual', shown(row.getCell(C.actual + 1)), n.actual],
        ['time gone', shown(row.getCell(C.timeGone + 1)), n.timeGone],
        ['progress', shown(row.getCell(C.progress + 1)), n.progress],
        ['status', shown(row.getCell(C.status + 1)), n.status],
      ];
      return pairs.flatMap(([what, got, want]) => {
        const same =
          typeof want === 'number'
            ? typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : !isSheetError(want) && got === want;
        return same ? [] : [`${goal.name} ${what}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(want)}`];
      });
    });
    expect(mismatches).toEqual([]);
    expect(new Set(answers.goals.map((_, i) => shown(sheet.getRow(L.firstGoal + 1 + i).getCell(C.status + 1))))).toEqual(new Set(['Green', 'Amber', 'Red']));
  });

  it('says every goal has a target, dates in order and a way to go', () => {
    expect(String(sheet.getCell('A3').result)).toMatch(/^✓/);
  });
});
