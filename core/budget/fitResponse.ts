import { SheetError } from '../cells/errors';
import { CURVE_KINDS, CurveKind, ResponseCurve, curveReturn } from './responseCurve';

/** A fitted curve and how well it fits: R² = 1 − Σ(error²) / Σ(return − mean return)². */
export interface FittedCurve extends ResponseCurve {
  readonly r2: number;
}

/** The fewest points a fit takes: two parameters need three points, the Hill curve's three need four. */
export const MIN_POINTS: Readonly<Record<CurveKind, number>> = { log: 3, exp: 3, hill: 4 };

/** The curve's shape at spend x with scale 1: the return is β times this. */
function shape(kind: CurveKind, kappa: number, alpha: number, x: number): number {
  return curveReturn({ kind, beta: 1, kappa, alpha }, x);
}

/** For a shape fixed by κ and α, the best β is linear least squares; returns β and the squared error. */
function bestScale(kind: CurveKind, kappa: number, alpha: number, xs: readonly number[], ys: readonly number[]): { beta: number; sse: number } {
  const g = xs.map((x) => shape(kind, kappa, alpha, x));
  let [gy, gg] = [0, 0];
  g.forEach((gi, i) => {
    gy += gi * ys[i];
    gg += gi * gi;
  });
  const beta = gg > 0 ? gy / gg : 0;
  // The residuals summed as they are (not Σy² − β·Σgy, which cancels): the minimum stays sharp.
  return { beta, sse: g.reduce((s, gi, i) => s + (ys[i] - beta * gi) ** 2, 0) };
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
 * grid of 200 points spanning 1/100 of the smallest spend to 100 times the largest (α over 0.2 to 6
 * in 30 steps for Hill), then refined by golden-section search on ln κ (and α), three rounds.
 */
function fitKind(kind: CurveKind, xs: readonly number[], ys: readonly number[]): { kappa: number; alpha: number; beta: number; sse: number } {
  const positive = xs.filter((x) => x > 0);
  const [lo, hi] = [Math.log(Math.min(...positive) / 100), Math.log(Math.max(...positive) * 100)];
  const alphas = kind === 'hill' ? Array.from({ length: 30 }, (_, i) => 0.2 + (i * 5.8) / 29) : [1];
  const sse = (u: number, alpha: number) => bestScale(kind, Math.exp(u), alpha, xs, ys).sse;
  let best = { u: lo, alpha: alphas[0], sse: Number.POSITIVE_INFINITY };
  const step = (hi - lo) / 199;
  for (const alpha of alphas) for (let k = 0; k < 200; k += 1) {
    const e = sse(lo + k * step, alpha);
    if (e < best.sse) best = { u: lo + k * step, alpha, sse: e };
  }
  for (let round = 0; round < (kind === 'hill' ? 3 : 1); round += 1) {
    const u = goldenMin((t) => sse(t, best.alpha), best.u - step, best.u + step);
    const alpha = kind === 'hill' ? goldenMin((a) => sse(u, a), Math.max(0.05, best.alpha - 0.25), best.alpha + 0.25) : 1;
    const e = sse(u, alpha);
    if (e <= best.sse) best = { u, alpha, sse: e };
  }
  const { beta } = bestScale(kind, Math.exp(best.u), best.alpha, xs, ys);
  return { kappa: Math.exp(best.u), alpha: best.alpha, beta, sse: best.sse };
}

/**
 * The response curve of a line's history of spend and return, by least squares: of the kind given,
 * or the best of log, exp and Hill by squared error (ties: that order). Pairs without two numbers
 * are left out.
 *
 * @example
 * fitResponse([10, 20, 40, 80], [23, 41, 65, 88], 'log') // β, κ and R² of β·ln(1 + x/κ)
 */
export function fitResponse(xs: readonly number[], ys: readonly number[], kind?: CurveKind): FittedCurve | SheetError {
  if (xs.some((x) => x < 0)) return new SheetError('NUM', 'spend cannot be negative');
  const kinds = kind ? [kind] : [...CURVE_KINDS];
  const need = Math.max(...kinds.map((k) => MIN_POINTS[k]));
  if (xs.length < need) return new SheetError('VALUE', `a ${kind ?? 'curve'} fit needs at least ${need} points of spend and return, not ${xs.length}`);
  if (xs.every((x) => x === xs[0])) return new SheetError('VALUE', 'the spend does not vary, so no curve can be fitted');
  const mean = ys.reduce((s, y) => s + y, 0) / ys.length;
  const sst = ys.reduce((s, y) => s + (y - mean) ** 2, 0);
  if (sst === 0) return new SheetError('VALUE', 'the returns do not vary, so no curve can be fitted');
  let best: (ReturnType<typeof fitKind> & { kind: CurveKind }) | undefined;
  for (const k of kinds) {
    const fit = fitKind(k, xs, ys);
    if (!best || fit.sse < best.sse) best = { ...fit, kind: k };
  }
  if (!(best!.beta > 0)) return new SheetError('NUM', 'the best scale (beta) is not above 0: the returns fall as spend rises, and no curve of diminishing returns fits');
  return { kind: best!.kind, beta: best!.beta, kappa: best!.kappa, alpha: best!.alpha, r2: 1 - best!.sse / sst };
}
