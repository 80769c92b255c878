/**
 * The Price and offers sheet, downloaded from the preview as .xlsx and recalculated in LibreOffice
 * Calc: every price test and offer (break-even, expected volume, profit change, verdict) and the profit
 * curve equal core's (BREAKEVENVOL, PRICEIMPACT), under both rules, so the array powers and lookups
 * mean in a second spreadsheet what they mean in HyperFormula.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook } from 'exceljs';
import { isSheetError } from '../../core/kit/cells';
import { PRICE_OFFERS_LAYOUT as L, PriceOffersAnswers, buildPriceOffers, offerTest, priceTest, profitCurve } from '../../core/plans/priceOffers';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const P = L.product;
const O = L.offer;
const base: PriceOffersAnswers = {
  products: [
    { name: 'Chairs', price: 100, units: 1000, unitCost: 60, elasticity: -2, priceChange: -0.1 },
    { name: 'Binders', price: 8, units: 20_000, unitCost: 3, elasticity: -3, priceChange: -0.1 },
    { name: 'Paper', price: 5, units: 5000, unitCost: 4.6, elasticity: -1.2, priceChange: -0.1 },
  ],
  offers: [{ name: 'Spring', product: 'chairs', discount: 0.2, share: 0.3 }],
  rule: 'linear',
};
const PLANS: PriceOffersAnswers[] = [base, { ...base, rule: 'constant' }];

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('the Price and offers sheet, recalculated in LibreOffice Calc', () => {
  const sheets: import('exceljs').Worksheet[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'price-'));
    const files = await Promise.all(
      PLANS.map(async (answers, k) => {
        const plan = buildPriceOffers(answers).sheets[0];
        const hf = createWorkbook([]);
        hf.setSheetContent(hf.getSheetId(hf.addSheet(plan.name))!, hyperFormulaContent(plan));
        const file = join(dir, `price-${k}.xlsx`);
        writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [previewSheetOfPlan(plan, plan.name)])));
        return file;
      }),
    );
    for (const recalculated of recalculateInLibreOffice(files)) {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(recalculated);
      sheets.push(workbook.getWorksheet('Price and offers')!);
    }
  }, 240_000);

  it.each([0, 1])('gives every price test, offer and point of the curve what core computes (plan %i)', (k) => {
    const answers = PLANS[k];
    const sheet = sheets[k];
    const shown = (row: number, col: number) => {
      const cell: Cell = sheet.getRow(row + 1).getCell(col + 1);
      return cell.formula ? (cell.result ?? '') : cell.value;
    };
    const found: string[] = [];
    const same = (what: string, got: unknown, want: number | string) => {
      const ok = typeof want === 'number' ? typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)) : got === want;
      if (!ok) found.push(`${what}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
    };
    const check = (row: number, cols: typeof P | typeof O, r: ReturnType<typeof priceTest>, name: string) => {
      if (isSheetError(r.impact)) throw new Error('core cannot price this');
      same(`${name} break-even`, shown(row, cols.breakEven), isSheetError(r.breakEven) ? 'no volume recovers it' : r.breakEven);
      same(`${name} volume`, shown(row, cols.volume), r.volumeChange);
      same(`${name} profit change`, shown(row, cols.profitChange), r.impact.profitChange);
      same(`${name} verdict`, shown(row, cols.verdict), r.short ? '⚠ below break-even' : '✓ at or above break-even');
    };
    answers.products.forEach((p, i) => check(L.firstProduct + i, P, priceTest(p, answers.rule), p.name));
    const offerRow = L.firstProduct + answers.products.length + 3;
    check(offerRow, O, offerTest(answers.offers[0], answers.products[0], answers.rule), 'Spring');
    const curveTop = offerRow + answers.offers.length + 3;
    profitCurve(answers).forEach(({ change, profit }, n) => same(`profit at ${change}`, shown(curveTop + n, 1), profit));
    expect(found).toEqual([]);
    expect(String(sheet.getCell('A3').result)).toMatch(/^✓/);
  });
});
