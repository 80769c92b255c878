import { SheetError, reason } from '../../kit/cells/errors';

/**
 * Each period's share of the cycle, from history: the values at the same position in each cycle
 * (every January, say) are added, and each position's sum is divided by the grand total. A history
 * of all zeros gives even shares. The shares add up to 1.
 *
 * @example
 * seasonalShares([10, 30, 20, 40], 2) //=> [0.3, 0.7]
 * seasonalShares([0, 0, 0], 3)         //=> [1/3, 1/3, 1/3]
 */
export function seasonalShares(history: readonly number[], periodLength = 12): number[] | SheetError {
  if (!Number.isInteger(periodLength) || periodLength < 1) return new SheetError('NUM', reason('period_length must be a whole number of at least 1'));
  if (history.some((value) => value < 0)) return new SheetError('NUM', reason('history cannot hold negative values'));
  const sums = new Array<number>(periodLength).fill(0);
  history.forEach((value, i) => (sums[i % periodLength] += value));
  const total = sums.reduce((a, b) => a + b, 0);
  return total === 0 ? sums.map(() => 1 / periodLength) : sums.map((sum) => sum / total);
}

/**
 * Seasonal indexes: each position's share × the number of positions (1 = an average period).
 *
 * @example
 * seasonalIndexes([10, 30, 20, 40], 2) //=> [0.6, 1.4]
 */
export function seasonalIndexes(history: readonly number[], periodLength = 12): number[] | SheetError {
  const shares = seasonalShares(history, periodLength);
  return Array.isArray(shares) ? shares.map((share) => share * periodLength) : shares;
}
