import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue } from '../../kit/cells/values';

/** How units answer a price change: a straight line (units × (1 + e × Δp)) or a constant elasticity (units × (1 + Δp)^e). */
export const PRICE_RULES = ['linear', 'constant'] as const;
export type PriceRule = (typeof PRICE_RULES)[number];

/**
 * The change in volume that keeps gross profit where it was after a price change Δp, the margin m a
 * share of the current price: −Δp / (m + Δp). A cut the margin cannot absorb (m + Δp ≤ 0) is `#NUM!`.
 *
 * @example
 * breakEvenVolume(-0.1, 0.4) //=> 0.3333… (a 10% cut needs a third more units)
 */
export function breakEvenVolume(priceChange: number, margin: number): number | SheetError {
  if (priceChange <= -1) return new SheetError('NUM', reason('a price cannot fall by 100% or more'));
  if (margin > 1) return new SheetError('NUM', reason('the margin is a share of the price: at most 100%'));
  if (margin + priceChange <= 0) return new SheetError('NUM', reason('no volume recovers a cut as deep as the margin'));
  return -priceChange / (margin + priceChange);
}

/** What a price change does: new units, revenue, profit, and the change in profit. */
export interface PriceImpact {
  readonly units: number;
  readonly revenue: number;
  readonly profit: number;
  readonly profitChange: number;
}

/**
 * The units, revenue and profit after a price change, units answering by the elasticity under the
 * rule; units never fall below 0 (a linear rule's steep fall stops at no sales).
 *
 * @example
 * priceImpact(100, 1000, 60, -0.1, -2, 'linear') //=> { units: 1200, revenue: 108000, profit: 36000, profitChange: -4000 }
 */
export function priceImpact(
  price: number,
  units: number,
  unitCost: number,
  priceChange: number,
  elasticity: number,
  rule: PriceRule,
): PriceImpact | SheetError {
  if (!(price > 0)) return new SheetError('NUM', reason('the price must be above 0'));
  if (units < 0 || unitCost < 0) return new SheetError('NUM', reason('units and unit cost cannot be negative'));
  if (priceChange <= -1) return new SheetError('NUM', reason('a price cannot fall by 100% or more'));
  const factor = rule === 'linear' ? 1 + elasticity * priceChange : (1 + priceChange) ** elasticity;
  const newUnits = Math.max(0, units * factor);
  const newPrice = price * (1 + priceChange);
  const profit = (newPrice - unitCost) * newUnits;
  return { units: newUnits, revenue: newPrice * newUnits, profit, profitChange: profit - (price - unitCost) * units };
}

/**
 * The price elasticity of demand: the least-squares slope of ln(units) on ln(price) over the pairs
 * where both are numbers above 0 (blanks, zeros and negatives are left out; text is `#VALUE!`).
 *
 * @example
 * priceElasticity([10, 12, 14], [1000, 833.3, 714.3]) //=> -1.0 (about)
 */
export function priceElasticity(prices: CellValue[], units: CellValue[]): number | SheetError {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < prices.length; i += 1) {
    const [p, u] = [prices[i], units[i]];
    if (isSheetError(p)) return p;
    if (isSheetError(u)) return u;
    if ((p !== null && p !== '' && typeof p !== 'number') || (u !== null && u !== '' && typeof u !== 'number'))
      return new SheetError('VALUE', reason('row {value} holds text, not a number', { value: i + 1 }));
    if (typeof p === 'number' && typeof u === 'number' && p > 0 && u > 0) {
      xs.push(Math.log(p));
      ys.push(Math.log(u));
    }
  }
  if (xs.length < 3)
    return new SheetError('VALUE', reason('an elasticity needs at least 3 rows with a price and units above 0, not {value}', { value: xs.length }));
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  if (sxx <= 1e-18 * Math.max(1, mx * mx)) return new SheetError('VALUE', reason('the prices do not vary, so no elasticity can be measured'));
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / sxx;
}
