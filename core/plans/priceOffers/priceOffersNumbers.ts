import { SheetError, isSheetError } from '../../kit/cells/errors';
import { PriceImpact, breakEvenVolume, priceImpact } from '../../functions/pricing/pricing';
import { PRICE_GRID, PriceOffer, PriceOffersAnswers, PricedProduct } from './priceOffersAnswers';

/** A price test's result as the sheet shows it: break-even volume change, expected volume change, and PRICEIMPACT's row. */
export interface PriceTest {
  readonly breakEven: number | SheetError;
  readonly volumeChange: number;
  readonly impact: PriceImpact | SheetError;
  /** The expected volume falls short of what keeps profit where it was. */
  readonly short: boolean;
}

const margin = (p: PricedProduct) => (p.price - p.unitCost) / p.price;

function test(p: PricedProduct, change: number, share: number, rule: PriceOffersAnswers['rule']): PriceTest {
  const breakEven = breakEvenVolume(change, margin(p));
  const banded = priceImpact(p.price, p.units * share, p.unitCost, change, p.elasticity, rule);
  const rest = (p.price - p.unitCost) * p.units * (1 - share);
  const impact = isSheetError(banded)
    ? banded
    : {
        units: banded.units + p.units * (1 - share),
        revenue: banded.revenue + p.price * p.units * (1 - share),
        profit: banded.profit + rest,
        profitChange: banded.profitChange,
      };
  const volumeChange = isSheetError(banded) || p.units * share === 0 ? 0 : banded.units / (p.units * share) - 1;
  return { breakEven, volumeChange, impact, short: isSheetError(breakEven) || volumeChange < breakEven };
}

/**
 * A product's list-price change, as the Price and offers sheet computes it (BREAKEVENVOL, PRICEIMPACT).
 *
 * @example
 * priceTest({ name: 'A', price: 100, units: 1000, unitCost: 60, elasticity: -2, priceChange: -0.1 }, 'linear').impact // profitChange −4,000
 */
export const priceTest = (p: PricedProduct, rule: PriceOffersAnswers['rule']): PriceTest => test(p, p.priceChange, 1, rule);

/**
 * An offer: its discount on the band's share of the product's volume, the rest sold as before; its
 * break-even and expected volume change are the band's.
 *
 * @example
 * offerTest({ name: 'Spring', product: 'A', discount: 0.2, share: 0.3 }, product, 'linear')
 */
export const offerTest = (o: PriceOffer, p: PricedProduct, rule: PriceOffersAnswers['rule']): PriceTest => test(p, -o.discount, o.share, rule);

/** The total profit of every product at each price change of the grid (each product's whole volume), and today's. */
export function profitCurve(a: PriceOffersAnswers): { change: number; profit: number }[] {
  return PRICE_GRID.map((change) => ({
    change,
    profit: a.products.reduce((sum, p) => {
      const r = priceImpact(p.price, p.units, p.unitCost, change, p.elasticity, a.rule);
      return sum + (isSheetError(r) ? 0 : r.profit);
    }, 0),
  }));
}
