import { ResponseCurve, curveReturn, inflectionSpend, isConcave, marginalReturn } from './responseCurve';

/** A line's bounds on its spend (as allocate.ts declares them). */
interface Bounds {
  readonly lower: number;
  readonly upper: number;
}

/** What the search needs of the concave solver it extends (allocate.ts gives it, to keep one solver). */
export interface ConcaveSolver {
  /** The exact best split when every line is concave within its bounds; undefined when the bounds cannot be kept. */
  split(bounds: readonly Bounds[]): number[] | undefined;
  /** A line's best spend at the price λ, within its bounds (concave there). */
  bestResponse(line: number, bounds: Bounds, lambda: number): number;
}

/**
 * Up to this many S-shaped lines that can sit either side of their inflection point, the search
 * tries every way of them being off or on, each with every off line as the one in its convex part
 * (2ᵏ·(k + 1) concave problems: 6 lines ≈ 450, 0.2 s in Node).
 */
export const EXACT_S_SHAPED_LINES = 6;

/** Points on which a line's convex part is scanned for the prices that spend the budget exactly. */
const SCAN_POINTS = 96;

/** The S-shaped lines whose bounds reach below their inflection point: only they can be off, on or in between. */
export function switchableLines(curves: readonly ResponseCurve[], bounds: readonly Bounds[]): number[] {
  return curves.flatMap((c, i) => (!isConcave(c) && bounds[i].lower < Math.min(inflectionSpend(c), bounds[i].upper) ? [i] : []));
}

/** A line kept at its lower bound (off), or past its inflection point, where its curve is concave (on). */
export const offBounds = (b: Bounds): Bounds => ({ lower: b.lower, upper: b.lower });
export const onBounds = (c: ResponseCurve, b: Bounds): Bounds => ({ lower: Math.max(b.lower, Math.min(inflectionSpend(c), b.upper)), upper: b.upper });

const totalReturn = (curves: readonly ResponseCurve[], xs: readonly number[]) => xs.reduce((s, x, i) => s + curveReturn(curves[i], x), 0);

/**
 * The splits where line j sits in its convex part (between its lower bound and its inflection
 * point) and every other line is at its best response to j's marginal return: the roots of
 * φ(x) = x + Σ others' spend at λ = fⱼ′(x) − budget, found by scanning x and bisecting each sign
 * change. At most one line can sit there in a best split (two could trade spend and both gain).
 */
export function convexPartSplits(
  budget: number,
  solver: ConcaveSolver,
  curves: readonly ResponseCurve[],
  states: readonly Bounds[],
  j: number,
  own: Bounds,
): number[][] {
  const top = Math.min(inflectionSpend(curves[j]), own.upper);
  const at = (x: number) => {
    const lambda = marginalReturn(curves[j], x);
    return states.map((b, i) => (i === j ? x : solver.bestResponse(i, b, lambda)));
  };
  const gap = (x: number) => at(x).reduce((s, v) => s + v, 0) - budget;
  const roots: number[][] = [];
  let [x0, g0] = [own.lower, gap(own.lower)];
  for (let k = 1; k <= SCAN_POINTS; k += 1) {
    const x1 = own.lower + ((top - own.lower) * k) / SCAN_POINTS;
    const g1 = gap(x1);
    if (g0 === 0 || g0 * g1 < 0) roots.push(at(bisect(gap, x0, x1, g0)));
    [x0, g0] = [x1, g1];
  }
  return roots;
}

/** The root of g between a and b (g(a) = ga, of the other sign at b, or 0), to machine precision. */
function bisect(g: (x: number) => number, a: number, b: number, ga: number): number {
  for (let i = 0; i < 80 && b - a > 1e-13 * Math.max(1, Math.abs(a)); i += 1) {
    const m = (a + b) / 2;
    const gm = g(m);
    if (gm === 0) return m;
    if (gm * ga < 0) b = m;
    else [a, ga] = [m, gm];
  }
  return (a + b) / 2;
}

/**
 * The best split for one choice of which switchable lines are on: the concave problem it leaves,
 * and each off line in turn in its convex part.
 */
export function bestForChoice(
  budget: number,
  solver: ConcaveSolver,
  curves: readonly ResponseCurve[],
  bounds: readonly Bounds[],
  lines: readonly number[],
  on: readonly boolean[],
): number[] | undefined {
  const states = bounds.map((b, i) => {
    const k = lines.indexOf(i);
    return k < 0 ? b : on[k] ? onBounds(curves[i], b) : offBounds(b);
  });
  const candidates = [solver.split(states)].filter((xs): xs is number[] => xs !== undefined);
  lines.forEach((j, k) => {
    if (!on[k]) candidates.push(...convexPartSplits(budget, solver, curves, states, j, bounds[j]).filter((xs) => keepsBounds(xs, bounds, budget)));
  });
  return candidates.reduce<number[] | undefined>(
    (best, xs) => (best === undefined || totalReturn(curves, xs) > totalReturn(curves, best) ? xs : best),
    undefined,
  );
}

/** A root spends the budget and keeps every bound (a sign change across a jump of φ is no root). */
const keepsBounds = (xs: readonly number[], bounds: readonly Bounds[], budget: number) => {
  const slack = 1e-9 * Math.max(1, budget);
  return Math.abs(xs.reduce((s, x) => s + x, 0) - budget) <= slack && xs.every((x, i) => x >= bounds[i].lower - slack && x <= bounds[i].upper + slack);
};

/**
 * The global best split over S-shaped lines, by trying every choice of which switchable lines are
 * on (at most {@link EXACT_S_SHAPED_LINES} of them); undefined when there are more.
 *
 * @example
 * exactSShapedSplit(11616.33, solver, [hill(6636.2, 7035.35, 6.533), hill(9187.6, 4465.78, 7.486)], open(2)) //=> [5826.28, 5790.05]
 */
export function exactSShapedSplit(budget: number, solver: ConcaveSolver, curves: readonly ResponseCurve[], bounds: readonly Bounds[]): number[] | undefined {
  const lines = switchableLines(curves, bounds);
  if (lines.length > EXACT_S_SHAPED_LINES) return undefined;
  let best: number[] | undefined;
  for (let mask = 0; mask < 2 ** lines.length; mask += 1) {
    const xs = bestForChoice(
      budget,
      solver,
      curves,
      bounds,
      lines,
      lines.map((_, k) => ((mask >> k) & 1) === 1),
    );
    if (xs && (best === undefined || totalReturn(curves, xs) > totalReturn(curves, best))) best = xs;
  }
  return best;
}
