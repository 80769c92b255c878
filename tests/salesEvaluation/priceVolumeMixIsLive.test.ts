/**
 * The Evaluation sheet's price-volume-mix block: each product's quantity, revenue and price to date
 * this year and the same months of the year before (SUMIFS over the actuals), and the split of the
 * change into volume, mix and price that PVM gives, adding up to the change in revenue; live after
 * an edit of the months gone by.
 */
import { CellValue } from '../../core/kit/cells';
import {
  EVALUATION_LAYOUT as L,
  buildSalesEvaluation,
  PVM_COLUMNS as C,
  pvmNumbers,
  SalesEvaluationAnswers,
  toDateEnd,
} from '../../core/plans/salesEvaluation';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { loadPlanSheet, mismatches } from '../harness/liveness';
import { sampleDealsRead } from '../harness/sampleTables';

const ACTUALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const answers: SalesEvaluationAnswers = {
  actuals: { ...sampleDealsRead(`A1:K${ACTUALS.length}`, 'Region'), productField: 'Product', quantityField: 'Quantity' },
  year: 2017,
  monthsElapsed: 12,
  products: ['Furniture', 'Office Supplies', 'Technology', 'Toys'],
  children: ['Central', 'East', 'South', 'West'].map((name) => ({ name, targets: Array.from({ length: 12 }, () => 500) })),
  amberFrom: 0.95,
  greenFrom: 1,
};
const build = (a: SalesEvaluationAnswers) => buildSalesEvaluation(a, ACTUALS[0].map(String));
const blockTop = (a: SalesEvaluationAnswers) =>
  build(a).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text.startsWith('Price, volume and mix'));

function expected(a: SalesEvaluationAnswers): Record<string, number | string> {
  const { products, split } = pvmNumbers(a, ACTUALS);
  const first = blockTop(a) + 3;
  const splitTop = first + products.length + 1;
  return {
    ...Object.fromEntries(
      products.flatMap((p, i) => [
        [a1(first + i, C.qBefore), p.qBefore],
        [a1(first + i, C.rBefore), p.rBefore],
        [a1(first + i, C.qNow), p.qNow],
        [a1(first + i, C.rNow), p.rNow],
      ]),
    ),
    [a1(blockTop(a) + 1, C.qNow)]: toDateEnd(a.year, a.monthsElapsed),
    [a1(splitTop, 1)]: split.volume,
    [a1(splitTop + 1, 1)]: split.mix,
    [a1(splitTop + 2, 1)]: split.price,
    [a1(splitTop + 3, 1)]: split.total,
  };
}

describe("the Evaluation sheet's price-volume-mix block", () => {
  it('splits the change in revenue to date into volume, mix and price as PVM does, adding up to the change', () => {
    const { products, split } = pvmNumbers(answers, ACTUALS);
    const change = products.reduce((s, p) => s + p.rNow - p.rBefore, 0);
    expect(split.total).toBeCloseTo(change, 6);
    expect(products.filter((p) => p.qNow > 0 && p.qBefore > 0).length).toBe(3);
    expect([split.volume, split.mix, split.price].every((v) => v !== 0)).toBe(true);
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    expect(mismatches((c) => sheet.value(c), expected(answers))).toEqual([]);
  });

  it('follows the months gone by: a part year against the same part of the year before', () => {
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    sheet.set(a1(L.elapsed, 1), 7.5);
    expect(mismatches((c) => sheet.value(c), expected({ ...answers, monthsElapsed: 7.5 }))).toEqual([]);
  });

  it('is left out when the actuals give no product or quantity', () => {
    const plain = { ...answers, actuals: { ...answers.actuals, productField: '', quantityField: '' } };
    expect(blockTop(plain)).toBe(-1);
  });
});
