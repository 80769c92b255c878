import { SheetError, reason } from '../../kit/cells/errors';
import { splitByLargestRemainder } from './largestRemainder';

/** How a total is shared among children that are not locked. */
export type CascadeMethod = 'proportional' | 'even';

/** Options of {@link cascadeTarget}. */
export interface CascadeOptions {
  /** A fixed value per child, or null to share; locked children keep their value. */
  readonly locks?: readonly (number | null)[];
  /** Round every part to a multiple of this (1, 10, 1000…); the parts still add up to the total. */
  readonly roundTo?: number;
  readonly method?: CascadeMethod;
  /** When every driver is 0, share evenly instead of returning #DIV/0!. */
  readonly evenWhenNoDriver?: boolean;
}

/**
 * Each child's share of the unlocked total: its driver over the sum of the unlocked children's
 * drivers (or even shares). Locked children get 0 here.
 *
 * @example
 * shareWeights([30, 10, 60], [null, 5, null], 'proportional') //=> [1/3, 0, 2/3]
 */
export function shareWeights(
  drivers: readonly number[],
  locks: readonly (number | null)[],
  method: CascadeMethod,
  evenWhenNoDriver = false,
): number[] | SheetError {
  const open = drivers.map((_, i) => locks[i] === null || locks[i] === undefined);
  const openCount = open.filter(Boolean).length;
  if (openCount === 0) return drivers.map(() => 0);
  if (drivers.some((d, i) => open[i] && d < 0)) return new SheetError('NUM', reason('drivers cannot be negative'));
  const sum = drivers.reduce((total, d, i) => total + (open[i] ? d : 0), 0);
  if (method === 'even' || (sum === 0 && evenWhenNoDriver)) return open.map((o) => (o ? 1 / openCount : 0));
  if (sum === 0) return new SheetError('DIV0', reason('every driver is 0: nothing to share by (ask for an even split instead)'));
  return drivers.map((d, i) => (open[i] ? d / sum : 0));
}

/**
 * Cascades a total to children: locked children keep their value, the rest is shared in
 * proportion to a driver (last year's revenue, potential, pipeline…) or evenly, rounded to a unit
 * by the largest-remainder method so the parts add up to the total exactly.
 *
 * @example
 * cascadeTarget(1000, [30, 10, 60])                           //=> [300, 100, 600]
 * cascadeTarget(1000, [1, 1, 1], { roundTo: 10 })              //=> [340, 330, 330]
 * cascadeTarget(1000, [30, 10, 60], { locks: [null, 400, null] }) //=> [200, 400, 400]
 */
export function cascadeTarget(total: number, drivers: readonly number[], options: CascadeOptions = {}): number[] | SheetError {
  const { roundTo = 1, method = 'proportional', evenWhenNoDriver = false } = options;
  const locks = options.locks ?? drivers.map(() => null);
  if (total < 0) return new SheetError('NUM', reason('the total cannot be negative'));
  if (!(roundTo > 0)) return new SheetError('NUM', reason('round_to must be more than 0'));
  if (locks.some((lock) => lock !== null && lock < 0)) return new SheetError('NUM', reason('a locked value cannot be negative'));
  const locked = locks.reduce<number>((sum, lock) => sum + (lock ?? 0), 0);
  if (locked > total)
    return new SheetError(
      'NUM',
      reason('the locked values ({locked}) add up to more than the total ({total})', {
        locked: locked.toLocaleString('en-US'),
        total: total.toLocaleString('en-US'),
      }),
    );
  const weights = shareWeights(drivers, locks, method, evenWhenNoDriver);
  if (!Array.isArray(weights)) return weights;
  const open = locks.map((lock) => lock === null);
  if (!open.some(Boolean)) {
    return locked === total ? locks.map((lock) => lock ?? 0) : new SheetError('NUM', reason('every child is locked, and the locks do not add up to the total'));
  }
  // Only the children that share take part in the rounding: a locked one never gets a leftover unit.
  const openIndexes = open.flatMap((o, i) => (o ? [i] : []));
  const parts = splitByLargestRemainder(
    total - locked,
    openIndexes.map((i) => weights[i]),
    roundTo,
  );
  const result = locks.map((lock) => lock ?? 0);
  openIndexes.forEach((index, k) => (result[index] = parts[k]));
  return result;
}

/**
 * Blends several drivers into one: each driver column is turned into shares, and the shares are
 * averaged with the given weights (equal by default).
 *
 * @example
 * blendDrivers([[10, 30], [1, 1]], [0.5, 0.5]) //=> [0.375, 0.625]
 */
export function blendDrivers(driverColumns: readonly (readonly number[])[], weights?: readonly number[]): number[] | SheetError {
  const w = weights ?? driverColumns.map(() => 1 / driverColumns.length);
  const weightSum = w.reduce((a, b) => a + b, 0);
  if (weightSum <= 0) return new SheetError('NUM', reason('blend weights must add up to more than 0'));
  const count = driverColumns[0]?.length ?? 0;
  const blended = new Array<number>(count).fill(0);
  for (const [k, column] of driverColumns.entries()) {
    const sum = column.reduce((a, b) => a + b, 0);
    if (sum === 0) continue;
    column.forEach((value, i) => (blended[i] += (w[k] / weightSum) * (value / sum)));
  }
  return blended;
}
