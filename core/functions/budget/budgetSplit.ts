import { SheetError, reason } from '../../kit/cells/errors';
import { tidy } from '../../kit/cells/rounding';
import { SpendBounds, boundsProblem, spreadToBudget } from './allocate';

export const SPLIT_METHODS = ['equal', 'proportional', 'roi'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/**
 * A budget split in proportion to weights, each part kept within its bounds: every part is its
 * weight × t held within its bounds, for the one t at which the parts add up to the budget (as the
 * Budget sheet's bisection finds it). So the lines not at a bound share in proportion to their
 * weights, and no line is held at a bound that the final share would not reach (a greedy "hold and
 * share again" can cap a line above what the free lines end up with). `equal` gives every line
 * weight 1; `roi` reads the weights as each line's return on spend (a heuristic: it ignores
 * diminishing returns). Lines without weight keep their lower bound unless only they can take the
 * rest, in proportion to their room.
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
  const partsAt = (t: number) => w.map((x, i) => Math.min(bounds[i].upper, Math.max(bounds[i].lower, x * t)));
  const total = (t: number) => partsAt(t).reduce((s, x) => s + x, 0);
  // Σ clamp(wᵢ t) rises piecewise linearly in t, bending where a line reaches a bound: find the
  // piece where it meets the budget and solve that piece exactly.
  const bends = [...new Set(w.flatMap((x, i) => (x > 0 ? [bounds[i].lower / x, bounds[i].upper / x] : [])).filter((t) => Number.isFinite(t) && t > 0))].sort(
    (a, b) => a - b,
  );
  const above = bends.find((t) => total(t) >= budget);
  if (above === undefined) {
    const slope = w.reduce((s, x, i) => s + (bounds[i].upper === Number.POSITIVE_INFINITY && x > 0 ? x : 0), 0);
    const last = bends.length > 0 ? bends[bends.length - 1] : 0;
    if (slope > 0) return partsAt(last + (budget - total(last)) / slope);
    // Every weighted line is full: the lines without weight take the rest, in proportion to their room.
    return spreadToBudget(partsAt(last), bounds, budget, (i) => w[i] === 0);
  }
  const below = bends.filter((t) => t < above).pop() ?? 0;
  const [low, high] = [total(below), total(above)];
  return partsAt(high === low ? above : below + ((budget - low) / (high - low)) * (above - below));
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
  // Remainders compared in units tidied to 9 decimals, as the sheet's ROUND(…,9): equal parts whose
  // last bits differ (83,333.33… worked out two ways) tie, and the earlier line takes the unit.
  const byRemainder = parts.map((p, i) => ({ i, rest: tidy((p - rounded[i]) / unit) }));
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
