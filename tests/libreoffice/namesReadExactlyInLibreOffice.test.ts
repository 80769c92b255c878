/**
 * The Evaluation sheet over owners, a status and products named as a spreadsheet would misread them
 * (tests/harness/awkwardNames.ts), downloaded as .xlsx and recalculated in LibreOffice Calc: each
 * owner's actual, the months' actuals and the price-volume-mix split equal core's, as in HyperFormula.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook, Worksheet } from 'exceljs';
import { CellValue } from '../../core/kit/cells';
import { CHILD_COLUMNS as C, EVALUATION_LAYOUT as L, buildSalesEvaluation, pvmNumbers, evaluationNumbers } from '../../core/plans/salesEvaluation';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { OPPORTUNITIES_SHEET, PreviewSheet } from '../../preview/src/previewSheet';
import { createWorkbook } from '../../preview/src/workbook';
import { AWKWARD_ACTUALS, AWKWARD_ANSWERS, asTypedText } from '../harness/awkwardNames';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('names spreadsheets would misread, recalculated in LibreOffice Calc', () => {
  let sheet: Worksheet;
  const [plan] = buildSalesEvaluation(AWKWARD_ANSWERS, AWKWARD_ACTUALS[0].map(String)).sheets;
  const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
  const at = (row: number, col: number) => shown(sheet.getRow(row + 1).getCell(col + 1));
  const close = (got: unknown, want: number) => typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
  const actuals = AWKWARD_ACTUALS as CellValue[][];

  beforeAll(async () => {
    // The sample's sheet model (formats, header) over the renamed rows.
    const opportunities: PreviewSheet = { ...OPPORTUNITIES_SHEET, rows: AWKWARD_ACTUALS as PreviewSheet['rows'] };
    const hf = createWorkbook([]);
    hf.setSheetContent(hf.getSheetId(hf.addSheet(opportunities.name))!, asTypedText(AWKWARD_ACTUALS) as never);
    hf.setSheetContent(hf.getSheetId(hf.addSheet(plan.name))!, hyperFormulaContent(plan));
    const file = join(mkdtempSync(join(tmpdir(), 'awkward-')), 'awkward.xlsx');
    writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [opportunities, previewSheetOfPlan(plan, plan.name)])));
    const [recalculated] = recalculateInLibreOffice([file]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculated);
    sheet = workbook.getWorksheet(plan.name)!;
  }, 240_000);

  it('gives each owner exactly their own counted deals, month by month too', () => {
    const n = evaluationNumbers(AWKWARD_ANSWERS, actuals);
    const off = [
      ...n.byChild.flatMap((c, i) =>
        close(at(L.firstChild + i, C.actual), c.actual) ? [] : [`${c.name}: LibreOffice ${JSON.stringify(at(L.firstChild + i, C.actual))}, core ${c.actual}`],
      ),
      ...n.byMonth.flatMap((m, i) =>
        close(at(L.firstMonth + i, 2), m.actual) ? [] : [`month ${i + 1}: LibreOffice ${JSON.stringify(at(L.firstMonth + i, 2))}, core ${m.actual}`],
      ),
    ];
    expect(off).toEqual([]);
  });

  it("splits price, volume and mix over each product's own rows", () => {
    const { split } = pvmNumbers(AWKWARD_ANSWERS, actuals);
    const top = plan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Volume');
    expect(
      [split.volume, split.mix, split.price].map(
        (want, k) => close(at(top + k, 1), want) || `${k}: LibreOffice ${JSON.stringify(at(top + k, 1))}, core ${want}`,
      ),
    ).toEqual([true, true, true]);
  });
});
