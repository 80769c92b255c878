import { SheetError, reason } from '../../kit/cells/errors';
import { ResponseCurve, curveReturn, isConcave, marginalReturn, spendAtMarginal, spendOnFallingPart } from './responseCurve';
import { ConcaveSolver, bestForChoice, exactSShapedSplit, offBounds, onBounds, switchableLines } from './sShapedSearch';

/** A line's bounds on its spend: lower 0 and no upper bound when not given. */
export interface SpendBounds {
  readonly lower: number;
  readonly upper: number;
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * The error when no split of the budget keeps every bound (a line whose lower bound is above its
 * upper; bounds that add up to more, or less, than the budget), saying by how much; undefined when
 * the bounds can be kept.
 *
 * @example
 * boundsProblem(100, [{ lower: 60, upper: Infinity }, { lower: 50, upper: Infinity }])?.message //=> 'the lower bounds add up to 110, 10 more than the budget of 100'
 */
export function boundsProblem(budget: number, bounds: readonly SpendBounds[]): SheetError | undefined {
  if (!(budget >= 0)) return new SheetError('NUM', reason('the budget must be 0 or more, not {budget}', { budget }));
  const crossed = bounds.findIndex((b) => b.lower > b.upper || b.lower < 0);
  if (crossed >= 0)
    return new SheetError(
      'NUM',
      reason("line {value}'s bounds cannot be kept: lower {fmt}, upper {fmt2}", {
        value: crossed + 1,
        fmt: fmt(bounds[crossed].lower),
        fmt2: fmt(bounds[crossed].upper),
      }),
    );
  const lower = bounds.reduce((s, b) => s + b.lower, 0);
  const upper = bounds.reduce((s, b) => s + b.upper, 0);
  if (lower > budget * (1 + 1e-12))
    return new SheetError(
      'NUM',
      reason('the lower bounds add up to {fmt}, {fmt2} more than the budget of {fmt3}', { fmt: fmt(lower), fmt2: fmt(lower - budget), fmt3: fmt(budget) }),
    );
  if (upper < budget * (1 - 1e-12))
    return new SheetError(
      'NUM',
      reason('the upper bounds add up to {fmt}, {fmt2} short of the budget of {fmt3}', { fmt: fmt(upper), fmt2: fmt(budget - upper), fmt3: fmt(budget) }),
    );
  return undefined;
}

const clamp = (x: number, b: SpendBounds) => Math.min(b.upper, Math.max(b.lower, x));

/**
 * A line's best spend when each unit of spend costs λ of return: on a concave curve where its
 * marginal return falls to λ; on an S-shaped one the best of its bounds and that point on the
 * falling part of its marginal curve (Lagrangian relaxation).
 */
function bestResponse(c: ResponseCurve, b: SpendBounds, lambda: number): number {
  if (isConcave(c)) return clamp(spendAtMarginal(c, lambda), b);
  const candidates = [b.lower, ...(Number.isFinite(b.upper) ? [b.upper] : [])];
  const falling = spendOnFallingPart(c, lambda);
  if (falling !== undefined && falling > b.lower && falling < b.upper) candidates.push(falling);
  let best = candidates[0];
  for (const x of candidates) if (curveReturn(c, x) - lambda * x > curveReturn(c, best) - lambda * best + 1e-12 * Math.abs(curveReturn(c, best))) best = x;
  return best;
}

/** Σ best responses at λ: falls as λ rises. */
const spendAt = (curves: readonly ResponseCurve[], bounds: readonly SpendBounds[], lambda: number) => curves.map((c, i) => bestResponse(c, bounds[i], lambda));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** λ low enough that the lines want at least the budget, and high enough that they want at most it, then narrowed to the price that spends it. */
function bracketPrice(curves: readonly ResponseCurve[], bounds: readonly SpendBounds[], budget: number): { low: number; high: number } {
  let high = 1;
  while (sum(spendAt(curves, bounds, high)) > budget && high < 1e300) high *= 16;
  let low = high;
  while (sum(spendAt(curves, bounds, low)) < budget && low > 1e-300) low /= 16;
  // Regula falsi on ln λ, Illinois-style (a side kept twice has its value halved), which a kink or
  // a jump in the total cannot stall: every step keeps the root bracketed.
  let [a, b] = [Math.log(low), Math.log(high)];
  let [ga, gb] = [sum(spendAt(curves, bounds, low)) - budget, sum(spendAt(curves, bounds, high)) - budget];
  let side = 0;
  for (let i = 0; i < 300 && b - a > 1e-15 * Math.max(1, Math.abs(a)); i += 1) {
    const c = ga === gb ? (a + b) / 2 : Math.min(b, Math.max(a, b - (gb * (b - a)) / (gb - ga)));
    const gc = sum(spendAt(curves, bounds, Math.exp(c))) - budget;
    if (Math.abs(gc) <= 1e-13 * Math.max(1, budget)) return { low: Math.exp(c), high: Math.exp(c) };
    if (gc > 0) {
      [a, ga] = [c, gc];
      if (side === -1) gb /= 2;
      side = -1;
    } else {
      [b, gb] = [c, gc];
      if (side === 1) ga /= 2;
      side = 1;
    }
  }
  return { low: Math.exp(a), high: Math.exp(b) };
}

/**
 * Moves `xs` so that they add up to the budget: the shortfall spread over the lines with room below
 * their upper bound, or the excess taken from the lines above their lower bound, in proportion to
 * that room (the lines that can move, so the split stays within 1e-9 of the budget and every bound).
 */
export function spreadToBudget(xs: readonly number[], bounds: readonly SpendBounds[], budget: number, movable: (i: number) => boolean = () => true): number[] {
  const gap = budget - sum(xs);
  const room = xs.map((x, i) => (!movable(i) ? 0 : gap > 0 ? bounds[i].upper - x : x - bounds[i].lower));
  const finiteRoom = room.map((r) => (Number.isFinite(r) ? r : 0));
  const unbounded = room.filter((r) => !Number.isFinite(r)).length;
  const total = sum(finiteRoom);
  return xs.map((x, i) => {
    if (room[i] <= 0) return x;
    const share = unbounded > 0 ? (Number.isFinite(room[i]) ? 0 : 1 / unbounded) : room[i] / total;
    return clamp(x + gap * share, bounds[i]);
  });
}

const objective = (curves: readonly ResponseCurve[], xs: readonly number[]) => sum(xs.map((x, i) => curveReturn(curves[i], x)));

/** The Lagrangian split: every line's best response to the price λ that spends the budget, completed to the budget. */
function lagrangianSplit(budget: number, curves: readonly ResponseCurve[], bounds: readonly SpendBounds[]): number[] {
  if (Math.abs(sum(bounds.map((b) => b.upper)) - budget) <= 1e-12 * budget) return bounds.map((b) => b.upper);
  const { low, high } = bracketPrice(curves, bounds, budget);
  const free = (xs: readonly number[]) => (i: number) => xs[i] > bounds[i].lower && xs[i] < bounds[i].upper;
  const [under, over] = [spendAt(curves, bounds, high), spendAt(curves, bounds, low)];
  const candidates = [spreadToBudget(under, bounds, budget, free(under)), spreadToBudget(over, bounds, budget, free(over))];
  // When no line is free to take the rest (all at a bound or jumping), any line with room takes it.
  const complete = candidates.map((xs) => (Math.abs(sum(xs) - budget) > 1e-9 * Math.max(1, budget) ? spreadToBudget(xs, bounds, budget) : xs));
  return objective(curves, complete[0]) >= objective(curves, complete[1]) ? complete[0] : complete[1];
}

/**
 * Improves a split of S-shaped lines by deciding, line by line, whether it is off (at its lower
 * bound), on (past its inflection point, where its returns diminish) or free, re-solving the rest
 * with the decisions kept so far and keeping what returns more, until a round changes nothing (at
 * most 5 rounds).
 */
function searchOnOff(
  budget: number,
  curves: readonly ResponseCurve[],
  bounds: readonly SpendBounds[],
  from: readonly SpendBounds[],
  start: number[],
): number[] {
  const sShaped = curves.flatMap((c, i) => (isConcave(c) ? [] : [i]));
  let best = start;
  let decided = from;
  for (let round = 0, improved = true; improved && round < 5; round += 1) {
    improved = false;
    for (const j of sShaped) {
      const variants = [offBounds(bounds[j]), onBounds(curves[j], bounds[j]), bounds[j]];
      for (const variant of variants) {
        const tried = decided.map((b, i) => (i === j ? variant : b));
        if (boundsProblem(budget, tried)) continue;
        const xs = lagrangianSplit(budget, curves, tried);
        if (objective(curves, xs) > objective(curves, best) * (1 + 1e-12)) [best, decided, improved] = [xs, tried, true];
      }
    }
  }
  return best;
}

/**
 * The split of a budget across lines that maximises Σ fᵢ(xᵢ) with Σ xᵢ = budget and each xᵢ within
 * its bounds. Concave curves: the exact optimum, where every line not at a bound has the same
 * marginal return λ (water-filling; λ by bisection on ln λ to machine precision, then the last
 * rounding error spread over the free lines). S-shaped Hill curves (α > 1): up to
 * {@link EXACT_S_SHAPED_LINES} of them that can sit either side of their inflection point, the exact
 * optimum — every choice of them off (at the lower bound) or on (past the inflection point, where the
 * curve is concave), each solved exactly, and each off line tried as the one line in its convex part
 * (a best split has at most one); more than that, a line-by-line search over off and on from the
 * Lagrangian relaxation's split and from all on, then that choice with each off line in its convex part.
 *
 * @example
 * allocateBudget(300, [log(100, 50), log(200, 50)], [{ lower: 0, upper: Infinity }, { lower: 0, upper: Infinity }]) //=> [83.33, 216.67]
 */
export function allocateBudget(budget: number, curves: readonly ResponseCurve[], bounds: readonly SpendBounds[]): number[] | SheetError {
  const problem = boundsProblem(budget, bounds);
  if (problem) return problem;
  const solver: ConcaveSolver = {
    split: (states) => (boundsProblem(budget, states) ? undefined : lagrangianSplit(budget, curves, states)),
    bestResponse: (i, b, lambda) => bestResponse(curves[i], b, lambda),
  };
  const split = lagrangianSplit(budget, curves, bounds);
  if (curves.every(isConcave)) return split;
  const best = exactSShapedSplit(budget, solver, curves, bounds) ?? searchedSplit(budget, solver, curves, bounds, split);
  // The scan's roots spend the budget to ~1e-13; the free lines take the last of it.
  return spreadToBudget(best, bounds, budget, (i) => best[i] > bounds[i].lower && best[i] < bounds[i].upper);
}

/** More S-shaped lines than the exact search takes: the line-by-line search, then its choice of on lines with a line in its convex part. */
function searchedSplit(budget: number, solver: ConcaveSolver, curves: readonly ResponseCurve[], bounds: readonly SpendBounds[], split: number[]): number[] {
  const allOn = bounds.map((b, i) => (isConcave(curves[i]) ? b : onBounds(curves[i], b)));
  const starts = [searchOnOff(budget, curves, bounds, bounds, split)];
  if (!boundsProblem(budget, allOn)) starts.push(searchOnOff(budget, curves, bounds, allOn, lagrangianSplit(budget, curves, allOn)));
  const searched = starts.reduce((a, b) => (objective(curves, b) > objective(curves, a) ? b : a));
  const lines = switchableLines(curves, bounds);
  const on = lines.map((i) => searched[i] >= onBounds(curves[i], bounds[i]).lower);
  const withConvexPart = bestForChoice(budget, solver, curves, bounds, lines, on);
  return withConvexPart && objective(curves, withConvexPart) > objective(curves, searched) ? withConvexPart : searched;
}

/**
 * How far a split is from the first-order (KKT) conditions of a best split, relative to the price λ
 * (the marginal return the free lines share): 0 when every line strictly inside its bounds has the
 * same marginal return, no line at its lower bound would return more than λ for one more unit, and
 * none at its upper bound less. Every best split keeps them, S-shaped or not.
 *
 * @example
 * kktGap([log(100, 50), log(200, 50)], open(2), [83.33, 216.67]) // ≈ 0
 */
export function kktGap(curves: readonly ResponseCurve[], bounds: readonly SpendBounds[], xs: readonly number[]): number {
  const slack = 1e-9 * Math.max(1, sum(xs));
  const marginal = xs.map((x, i) => marginalReturn(curves[i], x));
  const free = xs.flatMap((x, i) => (x > bounds[i].lower + slack && x < bounds[i].upper - slack ? [marginal[i]] : []));
  if (free.length === 0) return 0;
  const lambda = sum(free) / free.length;
  const gaps = xs.map((x, i) => {
    if (x <= bounds[i].lower + slack) return Math.max(0, marginal[i] - lambda);
    if (x >= bounds[i].upper - slack) return Math.max(0, lambda - marginal[i]);
    return Math.abs(marginal[i] - lambda);
  });
  return Math.max(...gaps) / lambda;
}

/** Returns a marginal-return readout per line, for the review and the sheet: f′ at the proposed spend. */
export function marginalReturns(curves: readonly ResponseCurve[], xs: readonly number[]): number[] {
  return xs.map((x, i) => marginalReturn(curves[i], x));
}
