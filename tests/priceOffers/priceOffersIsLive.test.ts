/**
 * The Price and offers sheet's native formulas give each price change and offer the break-even volume
 * (BREAKEVENVOL), the units, revenue, profit and change (PRICEIMPACT) and the verdict core computes,
 * and the profit curve over −30%…+30%; and stay live after an edit of a price, a cost, an
 * elasticity, a change, an offer or the rule.
 */
import { isSheetError } from '../../core/kit/cells';
import { PRICE_GRID, PRICE_OFFERS_LAYOUT as L, PriceOffersAnswers, buildPriceOffers, offerTest, priceTest, profitCurve } from '../../core/plans/priceOffers';
import { a1, rangeA1 } from '../../core/kit/sheet';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet } from '../harness/liveness';

const P = L.product;
const O = L.offer;

const answers: PriceOffersAnswers = {
  products: [
    { name: 'Chairs', price: 100, units: 1000, unitCost: 60, elasticity: -2, priceChange: -0.1 },
    { name: 'Binders', price: 8, units: 20_000, unitCost: 3, elasticity: -3, priceChange: -0.1 },
    { name: 'Phones', price: 400, units: 300, unitCost: 330, elasticity: -0.8, priceChange: 0.05 },
    { name: 'Paper', price: 5, units: 5000, unitCost: 4.6, elasticity: -1.2, priceChange: -0.1 },
  ],
  offers: [
    { name: 'Spring, small firms', product: 'Chairs', discount: 0.2, share: 0.3 },
    { name: 'Back to school', product: ' binders ', discount: 0.15, share: 0.5 },
  ],
  rule: 'linear',
};

/** What core computes, by cell: an error or BREAKEVENVOL's #NUM! as the sheet says it, in words. */
function expected(a: PriceOffersAnswers): Record<string, number | string> {
  const cells: [string, number | string][] = [];
  const put = (
    row: number,
    cols: { breakEven: number; volume: number; units: number; revenue: number; profit: number; profitChange: number; verdict: number },
    r: ReturnType<typeof priceTest>,
  ) => {
    if (isSheetError(r.impact)) throw new Error('core cannot price this');
    cells.push(
      [a1(row, cols.breakEven), isSheetError(r.breakEven) ? 'no volume recovers it' : r.breakEven],
      [a1(row, cols.volume), r.volumeChange],
      [a1(row, cols.units), r.impact.units],
      [a1(row, cols.revenue), r.impact.revenue],
      [a1(row, cols.profit), r.impact.profit],
      [a1(row, cols.profitChange), r.impact.profitChange],
      [a1(row, cols.verdict), r.short ? '⚠ below break-even' : '✓ at or above break-even'],
    );
  };
  a.products.forEach((p, i) => put(L.firstProduct + i, { ...P, units: P.newUnits }, priceTest(p, a.rule)));
  const offersTop = L.firstProduct + a.products.length + 3;
  a.offers.forEach((o, k) => {
    const product = a.products.find((p) => p.name.trim().toLowerCase() === o.product.trim().toLowerCase())!;
    put(offersTop + k, O, offerTest(o, product, a.rule));
  });
  const curveTop = offersTop + a.offers.length + 3;
  const today = a.products.reduce((s, p) => s + (p.price - p.unitCost) * p.units, 0);
  profitCurve(a).forEach(({ profit }, k) => cells.push([a1(curveTop + k, 1), profit], [a1(curveTop + k, 2), today]));
  return Object.fromEntries(cells);
}

const LIVE: LiveWizard<PriceOffersAnswers> = { build: buildPriceOffers, expected };
const withProduct = (a: PriceOffersAnswers, i: number, change: object) => ({ ...a, products: a.products.map((p, j) => (j === i ? { ...p, ...change } : p)) });

describe('the Price and offers sheet', () => {
  it('gives every price change and offer the break-even, units, revenue, profit and verdict core computes, and the profit curve', () => {
    const results = answers.products.map((p) => priceTest(p, answers.rule));
    // Not trivial: a cut that pays, a cut that loses profit, and one no volume can recover.
    expect(results.map((r) => r.short)).toEqual([true, false, false, true]);
    expect(isSheetError(results[3].breakEven)).toBe(true);
    expect(livenessMismatches(LIVE, answers)).toEqual([]);
    expect(PRICE_GRID).toHaveLength(13);
  });

  it('follows an edited price, cost, elasticity, change, offer and rule', () => {
    const row = (i: number) => L.firstProduct + i;
    const offer = L.firstProduct + answers.products.length + 3;
    const edits: Edit<PriceOffersAnswers>[] = [
      { what: 'a price', cell: a1(row(0), P.price), value: 120, answers: (a) => withProduct(a, 0, { price: 120 }) },
      { what: 'a unit cost', cell: a1(row(1), P.unitCost), value: 5, answers: (a) => withProduct(a, 1, { unitCost: 5 }) },
      { what: 'an elasticity', cell: a1(row(0), P.elasticity), value: -4, answers: (a) => withProduct(a, 0, { elasticity: -4 }) },
      { what: 'a price change', cell: a1(row(2), P.change), value: -0.3, answers: (a) => withProduct(a, 2, { priceChange: -0.3 }) },
      {
        what: "an offer's discount",
        cell: a1(offer, O.discount),
        value: 0.4,
        answers: (a) => ({ ...a, offers: a.offers.map((o, k) => (k === 0 ? { ...o, discount: 0.4 } : o)) }),
      },
      { what: 'the rule', cell: a1(L.rule, 1), value: 'constant', answers: (a) => ({ ...a, rule: 'constant' }) },
    ];
    expect(livenessMismatches(LIVE, answers, edits)).toEqual([]);
  });

  it('flags a price cut that loses profit in red, and says in words when an offer names a product it does not list', () => {
    const plan = buildPriceOffers(answers);
    const sheet = loadPlanSheet(plan);
    const reds = plan.sheets[0].highlights.filter((h) => 'below' in h.when).map((h) => h.range);
    expect(reds).toContain(rangeA1(L.firstProduct, P.profitChange, L.firstProduct + answers.products.length - 1, P.profitChange));
    expect(sheet.value(a1(L.firstProduct, P.profitChange))).toBeLessThan(0);
    expect(sheet.value(a1(L.check, 0))).toMatch(/^✓/);
    sheet.set(a1(L.firstProduct + answers.products.length + 3, O.product), 'Desks');
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ The offer Spring, small firms is on a product the sheet does not list (or lists twice).');
    sheet.set(a1(L.rule, 1), 'curved');
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ How units answer price is linear or constant.');
  });
});
