/**
 * Splits `total` in proportion to `weights` (which add up to 1), rounding each part down to a
 * multiple of `unit` and handing the units left over, one each, to the parts with the largest
 * remainders (ties to the earlier part); whatever is left below one unit goes to the next part in
 * that order. The parts add up to `total` exactly. Plan sheets do the same with native formulas.
 *
 * @example
 * splitByLargestRemainder(100, [1/3, 1/3, 1/3], 1)  //=> [34, 33, 33]
 * splitByLargestRemainder(1000, [0.5, 0.5], 300)    //=> [600, 400]
 */
export function splitByLargestRemainder(total: number, weights: readonly number[], unit: number): number[] {
  const exact = weights.map((w) => total * w);
  const floors = exact.map((e) => Math.floor(e / unit + 1e-9) * unit);
  const remainders = exact.map((e, i) => e - floors[i]);
  const left = total - floors.reduce((a, b) => a + b, 0);
  const wholeUnits = Math.floor(left / unit + 1e-9);
  const residual = left - wholeUnits * unit;
  // Rank: larger remainder first, earlier part first among equals.
  const rank = (i: number) => remainders.filter((r, j) => r > remainders[i] + 1e-9 || (Math.abs(r - remainders[i]) <= 1e-9 && j < i)).length;
  return floors.map((floor, i) => {
    const place = rank(i);
    return floor + (place < wholeUnits ? unit : 0) + (place === wholeUnits ? residual : 0);
  });
}
