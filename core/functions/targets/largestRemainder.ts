import { floorTo, tidy } from '../../kit/cells/rounding';

/**
 * Splits `total` in proportion to `weights` (which add up to 1), rounding each part down to a
 * multiple of `unit` and handing the units left over, one each, to the parts with the largest
 * remainders (ties to the earlier part); whatever is left below one unit goes to the next part in
 * that order. The parts add up to `total` exactly. Remainders are tidied to 9 decimals, as the plan
 * sheet's formulas do, so a sheet and core agree on every tie. One sort: O(n log n).
 *
 * @example
 * splitByLargestRemainder(100, [1/3, 1/3, 1/3], 1)  //=> [34, 33, 33]
 * splitByLargestRemainder(1000, [0.5, 0.5], 300)    //=> [600, 400]
 */
export function splitByLargestRemainder(total: number, weights: readonly number[], unit: number): number[] {
  const floors = weights.map((w) => floorTo(total * w, unit));
  const remainders = weights.map((w, i) => tidy((total * w) / unit - floors[i] / unit));
  const left = total - floors.reduce((a, b) => a + b, 0);
  const wholeUnits = Math.floor(tidy(left / unit));
  const residual = left - wholeUnits * unit;
  // Larger remainder first, earlier part first among equals.
  const order = weights.map((_, i) => i).sort((i, j) => remainders[j] - remainders[i] || i - j);
  const parts = [...floors];
  order.forEach((index, place) => {
    if (place < wholeUnits) parts[index] += unit;
    else if (place === wholeUnits) parts[index] += residual;
  });
  return parts;
}
