import { SheetError, reason } from '../../kit/cells/errors';
import { CURVE_KINDS, CurveKind, ResponseCurve } from './responseCurve';
import { nelderMead } from '../../kit/math';

/**
 * A fitted curve and how well it fits: R² = 1 − Σ(error²) / Σ(return − mean return)², and Akaike's
 * information criterion, n·ln(Σ error² / n) + 2·(parameters of the curve): the fit with the lower
 * AIC is the better trade of error against parameters (−∞ for a perfect fit).
 */
export interface FittedCurve extends ResponseCurve {
  readonly r2: number;
  readonly aic: number;
}

/** The curve's parameters AIC counts: β and κ, and α for Hill. */
const PARAMETERS: Readonly<Record<CurveKind, number>> = { log: 2, exp: 2, hill: 3 };

/** Akaike's information criterion of a least-squares fit of n points (the constant shared by every fit left out). */
export const leastSquaresAic = (n: number, sse: number, parameters: number): number => n * Math.log(sse / n) + 2 * parameters;

/** The grid the search starts from: ln κ in 60 steps, α (Hill) in 8. */
const KAPPA_STEPS = 60;
const ALPHA_STEPS = 8;

/** The fewest points a fit takes: two parameters need three points, the Hill curve's three need four. */
export const MIN_POINTS: Readonly<Record<CurveKind, number>> = { log: 3, exp: 3, hill: 4 };

/** The curves' shapes with scale 1 over all the points at once (ln x computed once: the fits call this thousands of times). */
function shapes(kind: CurveKind, kappa: number, alpha: number, xs: readonly number[], logXs: readonly number[]): number[] {
  if (kind === 'log') return xs.map((x) => Math.log1p(x / kappa));
  if (kind === 'exp') return xs.map((x) => -Math.expm1(-x / kappa));
  const logKappa = Math.log(kappa);
  return logXs.map((lx, i) => (xs[i] === 0 ? 0 : 1 / (1 + Math.exp(alpha * (logKappa - lx)))));
}

/** For a shape fixed by κ and α, the best β is linear least squares; returns β and the squared error. */
function bestScale(
  kind: CurveKind,
  kappa: number,
  alpha: number,
  xs: readonly number[],
  ys: readonly number[],
  logXs: readonly number[] = xs.map(Math.log),
): { beta: number; sse: number } {
  const g = shapes(kind, kappa, alpha, xs, logXs);
  let [gy, gg] = [0, 0];
  for (let i = 0; i < g.length; i += 1) {
    gy += g[i] * ys[i];
    gg += g[i] * g[i];
  }
  const beta = gg > 0 ? gy / gg : 0;
  // The residuals summed as they are (not Σy² − β·Σgy, which cancels): the minimum stays sharp.
  let sse = 0;
  for (let i = 0; i < g.length; i += 1) sse += (ys[i] - beta * g[i]) ** 2;
  return { beta, sse };
}

/** Golden-section search for the minimum of f on [a, b] (f unimodal there), to machine precision. */
function goldenMin(f: (t: number) => number, a: number, b: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let [c, d] = [b - r * (b - a), a + r * (b - a)];
  let [fc, fd] = [f(c), f(d)];
  for (let i = 0; i < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); i += 1) {
    if (fc <= fd) {
      b = d;
      [d, fd] = [c, fc];
      c = b - r * (b - a);
      fc = f(c);
    } else {
      a = c;
      [c, fc] = [d, fd];
      d = a + r * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

/**
 * Fits one kind by least squares, deterministically: β in closed form for each shape; ln κ over a
 * grid of 60 points spanning 1/100 of the smallest spend to 100 times the largest (α over 0.2 to 6
 * in 8 steps for Hill), then refined by golden-section search on ln κ (Nelder–Mead on ln κ and α for Hill).
 */
function fitKind(kind: CurveKind, xs: readonly number[], ys: readonly number[]): { kappa: number; alpha: number; beta: number; sse: number } {
  const positive = xs.filter((x) => x > 0);
  const [lo, hi] = [Math.log(Math.min(...positive) / 100), Math.log(Math.max(...positive) * 100)];
  const alphas = kind === 'hill' ? Array.from({ length: ALPHA_STEPS }, (_, i) => 0.2 + (i * 5.8) / (ALPHA_STEPS - 1)) : [1];
  const logXs = xs.map(Math.log);
  const sse = (u: number, alpha: number) => bestScale(kind, Math.exp(u), alpha, xs, ys, logXs).sse;
  let best = { u: lo, alpha: alphas[0], sse: Number.POSITIVE_INFINITY };
  const step = (hi - lo) / (KAPPA_STEPS - 1);
  for (const alpha of alphas)
    for (let k = 0; k < KAPPA_STEPS; k += 1) {
      const e = sse(lo + k * step, alpha);
      if (e < best.sse) best = { u: lo + k * step, alpha, sse: e };
    }
  if (kind === 'hill') {
    const [u, alpha] = nelderMead(([t, a]) => (a > 0.01 ? sse(t, a) : Number.POSITIVE_INFINITY), [best.u, best.alpha], [step, 5.8 / (ALPHA_STEPS - 1)]);
    const e = sse(u, alpha);
    if (e <= best.sse) best = { u, alpha, sse: e };
  } else {
    const u = goldenMin((t) => sse(t, 1), best.u - step, best.u + step);
    const e = sse(u, 1);
    if (e <= best.sse) best = { ...best, u, sse: e };
  }
  const { beta } = bestScale(kind, Math.exp(best.u), best.alpha, xs, ys);
  return { kappa: Math.exp(best.u), alpha: best.alpha, beta, sse: best.sse };
}

/**
 * The response curve of a line's history of spend and return, by least squares: of the kind given,
 * or the best of log, exp and Hill by AIC (ties: that order). The squared error alone would favour
 * Hill, whose third parameter always fits a little closer: on 40 noisy log and exp histories of 12
 * points it chose Hill 22 times, AIC 4 (fitResponse.test.ts). Pairs without two numbers are left out.
 *
 * @example
 * fitResponse([10, 20, 40, 80], [23, 41, 65, 88], 'log') // β, κ and R² of β·ln(1 + x/κ)
 */
export function fitResponse(xs: readonly number[], ys: readonly number[], kind?: CurveKind): FittedCurve | SheetError {
  if (xs.some((x) => x < 0)) return new SheetError('NUM', reason('spend cannot be negative'));
  const kinds = kind ? [kind] : [...CURVE_KINDS];
  const need = Math.max(...kinds.map((k) => MIN_POINTS[k]));
  if (xs.length < need)
    return new SheetError(
      'VALUE',
      kind
        ? reason('a {kind} fit needs at least {need} points of spend and return, not {length}', { kind, need, length: xs.length })
        : reason('a fit needs at least {need} points of spend and return, not {length}', { need, length: xs.length }),
    );
  if (xs.every((x) => x === xs[0])) return new SheetError('VALUE', reason('the spend does not vary, so no curve can be fitted'));
  const mean = ys.reduce((s, y) => s + y, 0) / ys.length;
  const sst = ys.reduce((s, y) => s + (y - mean) ** 2, 0);
  if (sst === 0) return new SheetError('VALUE', reason('the returns do not vary, so no curve can be fitted'));
  let best: (ReturnType<typeof fitKind> & { kind: CurveKind; aic: number }) | undefined;
  for (const k of kinds) {
    const fit = fitKind(k, xs, ys);
    const aic = leastSquaresAic(xs.length, fit.sse, PARAMETERS[k]);
    if (!best || aic < best.aic) best = { ...fit, kind: k, aic };
  }
  if (!(best!.beta > 0))
    return new SheetError('NUM', reason('the best scale (beta) is not above 0: the returns fall as spend rises, and no curve of diminishing returns fits'));
  return { kind: best!.kind, beta: best!.beta, kappa: best!.kappa, alpha: best!.alpha, r2: 1 - best!.sse / sst, aic: best!.aic };
}
