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
import { isSheetError } from '../../core/kit/cells';
import { GOALS_LAYOUT as L, buildGoals, goalNumbers } from '../../core/plans/goals';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { OPPORTUNITIES_SHEET } from '../../preview/src/previewSheet';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';
import { DEALS, SAMPLE_GOALS } from '../harness/goalsSample';

const C = L.columns;
const answers = SAMPLE_GOALS;

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
        // A typed actual not known yet is a blank cell; what reads it shows "".
        ['actual', shown(row.getCell(C.actual + 1)) ?? null, n.actual],
        ['time gone', shown(row.getCell(C.timeGone + 1)), n.timeGone],
        ['progress', shown(row.getCell(C.progress + 1)), n.progress ?? ''],
        ['status', shown(row.getCell(C.status + 1)), n.status ?? ''],
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
    expect(new Set(answers.goals.map((_, i) => shown(sheet.getRow(L.firstGoal + 1 + i).getCell(C.status + 1))))).toEqual(
      new Set(['Green', 'Amber', 'Red', 'Not started', '']),
    );
  });

  it('says every goal has a target, dates in order and a way to go', () => {
    expect(String(sheet.getCell('A3').result)).toMatch(/^✓/);
  });
});
