/**
 * A sales plan written in Vietnamese, Chinese or Welsh, downloaded from the preview as .xlsx and
 * recalculated in LibreOffice Calc: its sheet keeps its name, its targets equal the English plan's,
 * and its check cell says in the language what is wrong, the numbers written by FIXED in the
 * spreadsheet's own separators (LibreOffice runs in en-US here).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, Worksheet } from 'exceljs';
import { Language, translator } from '../../core/kit/i18n';
import '../../core/kit/i18n/catalogues';
import { SALES_PLAN_LAYOUT as L, buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const LANGUAGES: readonly Language[] = ['en', 'vi', 'zh-CN', 'cy'];
// North locked above the quota handed out: the check must say so, with two numbers in it.
const answers = {
  ...defaultAnswers(2027),
  children: [
    { name: 'North', driver: 1, lock: 2_000_000 },
    { name: 'South', driver: 1, lock: null },
  ],
};
const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('a sales plan in each language, recalculated in LibreOffice Calc', () => {
  const sheets = new Map<Language, Worksheet>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'languages-'));
    const built = await Promise.all(
      LANGUAGES.map(async (language) => {
        const plan = buildSalesPlan(answers, language).sheets[0];
        const hf = createWorkbook([]);
        hf.setSheetContent(hf.getSheetId(hf.addSheet(plan.name))!, hyperFormulaContent(plan));
        const file = join(dir, `plan-${language}.xlsx`);
        writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [previewSheetOfPlan(plan, plan.name)])));
        return { language, name: plan.name, file };
      }),
    );
    const recalculated = recalculateInLibreOffice(built.map((b) => b.file));
    for (const [i, { language, name }] of built.entries()) {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(recalculated[i]);
      sheets.set(language, workbook.getWorksheet(name)!);
    }
  }, 240_000);

  it.each(LANGUAGES)("keeps its sheet's name and computes the English plan's targets (%s)", (language) => {
    const sheet = sheets.get(language)!;
    expect(sheet).toBeDefined();
    const english = sheets.get('en')!;
    const total = (s: Worksheet) => Number(s.getRow(L.firstChild + 3).getCell(4).result);
    expect(total(english)).toBe(2_000_000);
    expect(Number(sheet.getRow(L.handOut + 1).getCell(2).result)).toBe(1_222_000);
    expect(total(sheet)).toBe(total(english));
    expect(Number(sheet.getRow(L.target + 1).getCell(2).result)).toBe(1_100_000);
  });

  it.each(LANGUAGES)("says in the language that the locks are too big, numbers in the spreadsheet's separators (%s)", (language) => {
    const t = translator(language);
    const expected = t(
      "⚠ The locked targets add up to {locks}, more than the quota handed out ({handOut}): lower a lock, or the others' targets turn negative.",
      { locks: '2,000,000', handOut: '1,222,000' },
    );
    expect(String(sheets.get(language)!.getCell('A3').result)).toBe(expected);
  });
});
