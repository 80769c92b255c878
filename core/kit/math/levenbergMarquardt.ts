import { solveSpd } from './solveSpd';

/** How a least-squares search goes: a projection into the region allowed, and at most so many steps. */
export interface LeastSquaresOptions {
  /** The point nearest `p` that the fit allows (bounds, an order between parameters); `p` itself by default. */
  readonly project?: (p: number[]) => number[];
  readonly maxSteps?: number;
}

/** The residuals at `p` written into `out`, and their sum of squares. */
function sumOfSquares(residuals: (p: readonly number[], out: Float64Array) => void, p: readonly number[], out: Float64Array): number {
  residuals(p, out);
  let sum = 0;
  for (const r of out) sum += r * r;
  return sum;
}

/** The Jacobian of the residuals at `p` by forward differences (backward where the projection stops a step), row-major count × n. */
function jacobian(residuals: (p: readonly number[], out: Float64Array) => void, p: readonly number[], at: Float64Array, project: (p: number[]) => number[]) {
  const n = p.length;
  const count = at.length;
  const j = new Float64Array(count * n);
  const moved = new Float64Array(count);
  for (let k = 0; k < n; k += 1) {
    const h = 1e-6 * Math.max(1, Math.abs(p[k]));
    let trial = project(p.map((x, i) => (i === k ? x + h : x)));
    if (trial[k] === p[k]) trial = project(p.map((x, i) => (i === k ? x - h : x)));
    const step = trial[k] - p[k];
    if (step === 0) continue;
    residuals(trial, moved);
    for (let t = 0; t < count; t += 1) j[t * n + k] = (moved[t] - at[t]) / step;
  }
  return j;
}

/** JᵀJ and Jᵀr: the Gauss–Newton system of one step. */
function normalEquations(j: Float64Array, r: Float64Array, n: number) {
  const a = new Float64Array(n * n);
  const g = new Float64Array(n);
  for (let t = 0; t < r.length; t += 1) {
    const row = t * n;
    for (let i = 0; i < n; i += 1) {
      const ji = j[row + i];
      if (ji === 0) continue;
      g[i] += ji * r[t];
      for (let k = i; k < n; k += 1) a[i * n + k] += ji * j[row + k];
    }
  }
  for (let i = 0; i < n; i += 1) for (let k = 0; k < i; k += 1) a[i * n + k] = a[k * n + i];
  return { a, g };
}

/**
 * The least sum of squares of `residuals` (a function writing `count` residuals for a point) that
 * Levenberg–Marquardt finds from `start`: Gauss–Newton steps damped by λ·diag(JᵀJ), λ shrinking
 * after a step that lowers the sum and growing until one does, each trial point projected into
 * what the fit allows; it stops when no step lowers the sum by 1e-10 of it, or after `maxSteps`.
 * Deterministic. Why hand-written: a residual here is one pass of a recursion (a Holt-Winters
 * smoother) over the whole history, where curve-fitting packages such as ml-levenberg-marquardt
 * evaluate a model point by point, so would run the pass once per point.
 *
 * @example
 * // y = a·e^(−b·x) through (0, 2), (1, 2e^−0.5), (2, 2e^−1)
 * levenbergMarquardt((p, out) => [0, 1, 2].forEach((x, i) => (out[i] = p[0] * Math.exp(-p[1] * x) - 2 * Math.exp(-0.5 * x))), 3, [1, 1]) //=> ≈ [2, 0.5]
 */
export function levenbergMarquardt(
  residuals: (p: readonly number[], out: Float64Array) => void,
  count: number,
  start: readonly number[],
  { project = (p) => p, maxSteps = 100 }: LeastSquaresOptions = {},
): readonly number[] {
  const n = start.length;
  let p = project([...start]);
  const r = new Float64Array(count);
  const trial = new Float64Array(count);
  let cost = sumOfSquares(residuals, p, r);
  let lambda = 1e-3;
  for (let step = 0; step < maxSteps && cost > 0; step += 1) {
    const { a, g } = normalEquations(jacobian(residuals, p, r, project), r, n);
    let lowered = false;
    for (let tries = 0; tries < 12 && !lowered; tries += 1) {
      const damped = Float64Array.from(a);
      for (let i = 0; i < n; i += 1) damped[i * n + i] += lambda * (a[i * n + i] || 1);
      const delta = solveSpd(damped, g, n);
      const next = project(p.map((x, i) => x - delta[i]));
      const nextCost = sumOfSquares(residuals, next, trial);
      if (nextCost < cost) {
        const gain = (cost - nextCost) / cost;
        [p, cost, lowered] = [next, nextCost, true];
        r.set(trial);
        lambda = Math.max(lambda / 3, 1e-12);
        if (gain < 1e-10) return p;
      } else lambda *= 4;
    }
    if (!lowered) break;
  }
  return p;
}
