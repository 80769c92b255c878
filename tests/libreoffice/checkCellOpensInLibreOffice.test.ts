/**
 * A plan sheet's check, recalculated in LibreOffice Calc: it counts the cells below that show an
 * error, once, and says ✓ when there are none (1/(1/0) is an error there too, which IFERROR turns
 * into the ✓), as in HyperFormula.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { SheetBuilder } from '../../core/kit/sheet';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

/** A sheet whose check reads a baseline in B5, over the cells given below it. */
function checkedSheet(name: string, below: readonly string[]) {
  const sheet = new SheetBuilder(name);
  sheet.check(2, [['$B$5<0', '"⚠ The baseline is negative."']], '"✓ Every check passes."');
  sheet.number(4, 1, 10);
  below.forEach((formula, i) => sheet.formula(5 + i, 1, formula));
  return sheet.build();
}

describeWithLibreOffice("a plan sheet's check, recalculated in LibreOffice Calc", () => {
  const sheets = [checkedSheet('Clean', ['=B5*2']), checkedSheet('Broken', ['=1/0', '=NA()', '=B5*2'])];
  const says: Record<string, { libreOffice: unknown; hyperFormula: unknown }> = {};

  beforeAll(async () => {
    const hf = createWorkbook([]);
    for (const sheet of sheets) hf.setSheetContent(hf.getSheetId(hf.addSheet(sheet.name))!, hyperFormulaContent(sheet));
    const file = join(mkdtempSync(join(tmpdir(), 'check-')), 'check.xlsx');
    writeFileSync(
      file,
      await writeXlsx(
        snapshotWorkbook(
          hf,
          sheets.map((s) => previewSheetOfPlan(s, s.name)),
        ),
      ),
    );
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculateInLibreOffice([file])[0]);
    for (const sheet of sheets) {
      says[sheet.name] = {
        libreOffice: workbook.getWorksheet(sheet.name)!.getCell('A3').result,
        hyperFormula: hf.getCellValue({ sheet: hf.getSheetId(sheet.name)!, row: 2, col: 0 }),
      };
    }
  }, 240_000);

  it('says ✓ when no cell below shows an error', () => {
    expect(says.Clean).toEqual({ libreOffice: '✓ Every check passes.', hyperFormula: '✓ Every check passes.' });
  });

  it('counts the cells below that show an error, as HyperFormula does', () => {
    expect(String(says.Broken.libreOffice)).toMatch(/^⚠ 2 cells below show an error/);
    expect(says.Broken.libreOffice).toBe(says.Broken.hyperFormula);
  });
});
