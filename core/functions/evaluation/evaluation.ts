import { GoalDirection } from '../goals/goals';
import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue } from '../../kit/cells/values';
import { attainment } from '../kpi/attainment';
import { runRate } from '../kpi/pace';

/** The status bands of common sales templates: on track from 100%, near from 95%, else behind. */
export const RAG_DEFAULTS = { amberFrom: 0.95, greenFrom: 1 };

/**
 * "Green", "Amber" or "Red" from attainment (ATTAINMENT's, pro-rated to elapsed / total when given):
 * Green from `greenFrom`, Amber from `amberFrom`, else Red; a value exactly at a cut-off is in the higher band.
 * When lower is better, attainment is target / actual (ATTAINMENT's "lower"), and an actual of 0 or less is Green.
 *
 * @example
 * ragStatus(97, 100) //=> 'Amber'
 * ragStatus(60, 100, 6, 12) //=> 'Green' (60 against 50 expected by mid-year)
 */
export function ragStatus(
  actual: number,
  target: number,
  elapsed?: number,
  total?: number,
  amberFrom = RAG_DEFAULTS.amberFrom,
  greenFrom = RAG_DEFAULTS.greenFrom,
  direction: GoalDirection = 'higher',
): string | SheetError {
  if (amberFrom > greenFrom) return new SheetError('NUM', reason('amber_from ({amberFrom}) is above green_from ({greenFrom})', { amberFrom, greenFrom }));
  // Lower is better: an actual of nothing (no churn, no cost) beats any target, once the target and time are valid.
  const beaten = direction === 'lower' && actual <= 0;
  const share = attainment(beaten ? 1 : actual, target, elapsed, total, beaten ? 'higher' : direction);
  if (isSheetError(share)) return share;
  if (beaten) return 'Green';
  // Rounded to 9 decimals first, so that 0.95 × 100 against 95 is exactly at the cut-off.
  const a = Number(share.toFixed(9));
  return a >= greenFrom ? 'Green' : a >= amberFrom ? 'Amber' : 'Red';
}

/** One name behind its target: what it did, what it should have, the gap and its attainment. */
export interface Shortfall {
  readonly name: string;
  readonly actual: number;
  readonly target: number;
  readonly gap: number;
  readonly attainment: number | SheetError;
}

/**
 * The `n` largest shortfalls, most behind first (ties keep their order): only names whose actual is
 * below their target; gap = target − actual; attainment = actual / target (#DIV/0! for a target of 0).
 *
 * @example
 * shortfalls(['North', 'South', 'West'], [80, 120, 50], [100, 100, 100], 10) // West (gap 50), North (gap 20)
 */
export function shortfalls(names: readonly CellValue[], actual: readonly CellValue[], target: readonly CellValue[], n: number): Shortfall[] | SheetError {
  if (names.length !== actual.length || names.length !== target.length)
    return new SheetError(
      'VALUE',
      reason('names, actual and target must be the same size ({length}, {length2}, {length3})', {
        length: names.length,
        length2: actual.length,
        length3: target.length,
      }),
    );
  if (!Number.isInteger(n) || n < 1) return new SheetError('NUM', reason('n must be a whole number of 1 or more, not {n}', { n }));
  const rows: (Shortfall & { i: number })[] = [];
  for (const [i, name] of names.entries()) {
    const [a, t] = [actual[i] ?? 0, target[i] ?? 0];
    if (name === null || name === '') continue;
    if (typeof a !== 'number' || typeof t !== 'number')
      return new SheetError('VALUE', reason('row {value} needs numbers for actual and target', { value: i + 1 }));
    if (a < t)
      rows.push({ i, name: String(name), actual: a, target: t, gap: t - a, attainment: t === 0 ? new SheetError('DIV0', reason('target is 0')) : a / t });
  }
  return rows
    .sort((x, y) => y.gap - x.gap || x.i - y.i)
    .slice(0, n)
    .map(({ i: _i, ...row }) => row);
}

/** The price-volume-mix split of a revenue change: each effect, and their total (= Σ now − Σ before). */
export interface PriceVolumeMix {
  readonly volume: number;
  readonly mix: number;
  readonly price: number;
  readonly total: number;
}

const filled = (v: CellValue) => typeof v === 'number' && v !== 0;

/**
 * The revenue change from before to now, split as finance teams do, over the products sold in both
 * periods: volume = (ΣQ₁ − ΣQ₀) × P̄₀ with P̄₀ = ΣP₀Q₀ / ΣQ₀; mix = ΣQ₁P₀ − ΣQ₁ × P̄₀; price = Σ(P₁ − P₀)Q₁.
 * A product sold in one period only (its quantity in the other blank or 0) counts as volume at its
 * own price: + Q₁P₁ when new, − Q₀P₀ when gone. So the total is Σ now − Σ before exactly.
 *
 * @example
 * priceVolumeMix([[110, 10], [50, 22]], [[100, 10], [50, 20]]) //=> { volume: 133.33, mix: -33.33, price: 100, total: 200 }
 */
export function priceVolumeMix(now: readonly [CellValue, CellValue][], before: readonly [CellValue, CellValue][]): PriceVolumeMix | SheetError {
  if (now.length !== before.length)
    return new SheetError('VALUE', reason('the periods list {length} and {length2} products', { length: now.length, length2: before.length }));
  let [q1, q0, p0q0, q1p0, q1p1, oneSided] = [0, 0, 0, 0, 0, 0];
  for (const [i, [qn, pn]] of now.entries()) {
    const [qb, pb] = before[i];
    const bad = [qn, pn, qb, pb].find((v) => v !== null && typeof v !== 'number');
    if (bad !== undefined) return new SheetError('VALUE', reason('product {value} needs numbers for its quantities and prices', { value: i + 1 }));
    if ([qn, pn, qb, pb].some((v) => typeof v === 'number' && v < 0))
      return new SheetError('NUM', reason('product {value} has a negative quantity or price', { value: i + 1 }));
    const [Q1, P1, Q0, P0] = [qn ?? 0, pn ?? 0, qb ?? 0, pb ?? 0] as number[];
    if (filled(qn) && filled(qb)) {
      [q1, q0, p0q0, q1p0, q1p1] = [q1 + Q1, q0 + Q0, p0q0 + P0 * Q0, q1p0 + Q1 * P0, q1p1 + Q1 * P1];
    } else oneSided += Q1 * P1 - Q0 * P0;
  }
  const average = q0 > 0 ? p0q0 / q0 : 0;
  const volume = (q1 - q0) * average + oneSided;
  const mix = q1p0 - q1 * average;
  const price = q1p1 - q1p0;
  return { volume, mix, price, total: volume + mix + price };
}

/**
 * Where the period will end at today's pace: the run rate (actual × total / elapsed), or with
 * `shares` (each period's share of the whole, as many as `total`) actual / (the shares of the
 * elapsed periods, a part period counted pro rata) × (all the shares).
 *
 * @example
 * forecastEnd(30_000, 3, 12) //=> 120_000
 * forecastEnd(30_000, 3, 12, [0.05, 0.05, 0.1, …]) // the first quarter is a fifth of the year: 150,000
 */
export function forecastEnd(actual: number, elapsed: number, total: number, shares?: readonly number[]): number | SheetError {
  if (shares === undefined) return runRate(actual, elapsed, total);
  if (elapsed < 0 || total < 0) return new SheetError('NUM', reason('elapsed and total cannot be negative'));
  if (elapsed > total) return new SheetError('NUM', reason('elapsed ({elapsed}) is more than total ({total})', { elapsed, total }));
  if (shares.length !== total)
    return new SheetError('VALUE', reason('give one share per period: {total} periods, {length} shares', { total, length: shares.length }));
  if (shares.some((s) => s < 0)) return new SheetError('NUM', reason('a share cannot be negative'));
  const whole = Math.floor(elapsed);
  const done = shares.slice(0, whole).reduce((s, x) => s + x, 0) + (elapsed - whole) * (shares[whole] ?? 0);
  if (done === 0) return new SheetError('DIV0', reason('the elapsed periods hold no share of the whole, so there is no pace yet'));
  return (actual / done) * shares.reduce((s, x) => s + x, 0);
}
