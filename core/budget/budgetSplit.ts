import { SheetError, reason } from '../cells/errors';
import { SpendBounds, boundsProblem, spreadToBudget } from './allocate';

export const SPLIT_METHODS = ['equal', 'proportional', 'roi'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/**
 * A budget split in proportion to weights, each part kept within its bounds: parts that would break
 * a bound are held at it and the rest of the budget is shared again, in proportion to the weights,
 * among the others, until every part keeps its bounds. `equal` gives every line weight 1; `roi`
 * reads the weights as each line's return on spend (a heuristic: it ignores diminishing returns).
 *
 * @example
 * splitBudget(1000, [1, 3], 'proportional', [{ lower: 0, upper: 600 }, { lower: 0, upper: Infinity }]) //=> [250, 750]
 * splitBudget(1000, [1, 3], 'proportional', [{ lower: 400, upper: Infinity }, { lower: 0, upper: Infinity }]) //=> [400, 600]
 */
export function splitBudget(budget: number, weights: readonly number[], method: SplitMethod, bounds: readonly SpendBounds[]): number[] | SheetError {
  const problem = boundsProblem(budget, bounds);
  if (problem) return problem;
  const w = method === 'equal' ? weights.map(() => 1) : weights;
  const negative = w.findIndex((x) => x < 0);
  if (negative >= 0) return new SheetError('NUM', reason('weight {value} is negative ({value2})', { value: negative + 1, value2: w[negative] }));
  if (w.every((x) => x === 0)) return new SheetError('DIV0', reason('the weights add up to 0'));
  const held: (number | undefined)[] = w.map(() => undefined);
  for (let round = 0; round <= w.length; round += 1) {
    const rest = budget - held.reduce<number>((s, x) => s + (x ?? 0), 0);
    const freeWeight = w.reduce((s, x, i) => s + (held[i] === undefined ? x : 0), 0);
    const parts = w.map((x, i) => held[i] ?? (freeWeight > 0 ? (rest * x) / freeWeight : 0));
    // Hold the parts that break a bound; the direction of the rest decides which side can break.
    const over = parts.map((p, i) => held[i] === undefined && p > bounds[i].upper);
    const under = parts.map((p, i) => held[i] === undefined && p < bounds[i].lower);
    const breaking = over.some(Boolean) ? over : under;
    // When only lines without weight are left to take the rest, they take it in proportion to their room.
    if (!breaking.some(Boolean)) return freeWeight > 0 || Math.abs(rest) <= 1e-9 * Math.max(1, budget) ? parts : spreadToBudget(parts, bounds, budget);
    breaking.forEach((b, i) => {
      if (b) held[i] = over[i] ? bounds[i].upper : bounds[i].lower;
    });
  }
  return new SheetError('NUM', reason('the bounds cannot be met'));
}

/**
 * Parts rounded to multiples of `unit` that still add up to the budget and keep their bounds where
 * the unit allows: each part rounded down, but not below the least multiple of the unit that keeps
 * its lower bound, nor above the greatest that keeps its upper; the units still to give then go,
 * one each, to the largest remainders (ties: the earlier line), skipping a line a unit would take
 * over its upper bound; units given too many (a part lifted to its lower bound) are taken back from
 * the smallest remainders, skipping a line a unit less would take under its lower bound. A budget
 * that is not a multiple of the unit leaves a last remainder smaller than the unit, which the line
 * with the largest part takes.
 *
 * @example
 * roundParts([333.4, 333.3, 333.3], 1000, 10) //=> [340, 330, 330]
 */
export function roundParts(parts: readonly number[], budget: number, unit: number, bounds?: readonly SpendBounds[]): number[] {
  const down = (x: number) => Math.floor(x / unit + 1e-9) * unit;
  const lo = parts.map((_, i) => (bounds ? Math.ceil(bounds[i].lower / unit - 1e-9) * unit : 0));
  const hi = parts.map((_, i) => (bounds && Number.isFinite(bounds[i].upper) ? down(bounds[i].upper) : Number.POSITIVE_INFINITY));
  const rounded = parts.map((p, i) => Math.min(hi[i], Math.max(lo[i], down(p))));
  const units = Math.round((down(budget) - rounded.reduce((s, x) => s + x, 0)) / unit);
  const byRemainder = parts.map((p, i) => ({ i, rest: p - rounded[i] }));
  const order = units >= 0 ? byRemainder.sort((a, b) => b.rest - a.rest || a.i - b.i) : byRemainder.sort((a, b) => a.rest - b.rest || a.i - b.i);
  const step = units >= 0 ? unit : -unit;
  let moved = 0;
  for (const { i } of order) {
    if (moved >= Math.abs(units)) break;
    const next = rounded[i] + step;
    if (next > hi[i] + 1e-9 || next < lo[i] - 1e-9) continue;
    rounded[i] = next;
    moved += 1;
  }
  const leftover = budget - rounded.reduce((s, x) => s + x, 0);
  rounded[rounded.indexOf(Math.max(...rounded))] += leftover;
  return rounded;
}
