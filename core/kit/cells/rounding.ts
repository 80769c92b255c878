/**
 * Rounding as plan sheets do it. Binary floating point makes 7 × 100,000 × 70% come out as
 * 490,000.00000000006, and a spreadsheet's ROUNDUP, INT or comparison then lands on the wrong side
 * of a whole number in one engine and not in another. So every such step first rounds to
 * {@link TIDY_PLACES} decimals, in core as `tidy(x)` and in the sheet as `ROUND(x,9)`: both sides
 * then agree whatever engine evaluates the sheet.
 */
export const TIDY_PLACES = 9;

/**
 * `x` rounded to 9 decimals (half away from zero), as a sheet's `ROUND(x,9)`.
 *
 * @example
 * tidy(1.0000000000000002) //=> 1
 * tidy(0.1 + 0.2)          //=> 0.3
 */
export function tidy(x: number): number {
  // toFixed rounds the decimal expansion, as spreadsheets' ROUND does, and works up to 1e21.
  return Math.abs(x) < 1e21 ? Number(x.toFixed(TIDY_PLACES)) : x;
}

/**
 * Rounds half away from zero to a multiple of `unit`, as `ROUND(ROUND(x/unit,9),0)*unit` does in a sheet.
 *
 * @example
 * roundTo(1234.5, 1)    //=> 1235
 * roundTo(1_100_499, 1000) //=> 1_100_000
 */
export function roundTo(value: number, unit: number): number {
  const units = tidy(value / unit);
  return Math.sign(units) * Math.round(Math.abs(units)) * unit;
}

/**
 * Rounds down to a multiple of `unit`, as `INT(ROUND(x/unit,9))*unit` does in a sheet.
 *
 * @example
 * floorTo(0.7 * 100, 10) //=> 70 (0.7 × 100 is 70.00000000000001)
 */
export function floorTo(value: number, unit: number): number {
  return Math.floor(tidy(value / unit)) * unit;
}

/**
 * Rounds up to a whole number, as `ROUNDUP(ROUND(x,9),0)` does in a sheet (for x ≥ 0).
 *
 * @example
 * ceilTidy(560000 / (7 * 100000 * 0.7) * 7 / 7) //=> 1, not 2
 */
export function ceilTidy(x: number): number {
  return Math.ceil(tidy(x));
}
