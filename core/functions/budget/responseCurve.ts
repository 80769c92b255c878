import { SheetError, reason } from '../../kit/cells/errors';

/** The shapes of diminishing returns a line's spend may follow (Meridian's and Robyn's). */
export const CURVE_KINDS = ['log', 'exp', 'hill'] as const;
export type CurveKind = (typeof CURVE_KINDS)[number];

/**
 * A response curve: what a line returns for its spend.
 * - `log`: β·ln(1 + x/κ); `exp`: β·(1 − e^(−x/κ)); `hill`: β·x^α / (x^α + κ^α).
 * β is the scale (the most a saturating curve returns), κ the half-saturation spend, α the Hill shape.
 */
export interface ResponseCurve {
  readonly kind: CurveKind;
  readonly beta: number;
  readonly kappa: number;
  readonly alpha: number;
}

/**
 * A curve from its parts, or the error that says which part is wrong: β and κ above 0, α above 0
 * (hill only; 1 when not given).
 *
 * @example
 * responseCurve('Hill', 1000, 500, 2) //=> { kind: 'hill', beta: 1000, kappa: 500, alpha: 2 }
 */
export function responseCurve(kind: string, beta: number, kappa: number, alpha = 1): ResponseCurve | SheetError {
  const k = kind.trim().toLowerCase();
  if (!(CURVE_KINDS as readonly string[]).includes(k)) return new SheetError('VALUE', reason('kind must be "log", "exp" or "hill", not "{kind}"', { kind }));
  if (!(beta > 0)) return new SheetError('NUM', reason('beta (the scale) must be more than 0, not {beta}', { beta }));
  if (!(kappa > 0)) return new SheetError('NUM', reason('kappa (the half-saturation spend) must be more than 0, not {kappa}', { kappa }));
  if (!(alpha > 0)) return new SheetError('NUM', reason('alpha (the Hill shape) must be more than 0, not {alpha}', { alpha }));
  return { kind: k as CurveKind, beta, kappa, alpha };
}

/**
 * The return of spending x on a line.
 *
 * @example
 * curveReturn({ kind: 'log', beta: 100, kappa: 50, alpha: 1 }, 50) //=> 100 · ln 2 ≈ 69.31
 */
export function curveReturn(c: ResponseCurve, x: number): number {
  if (c.kind === 'log') return c.beta * Math.log1p(x / c.kappa);
  if (c.kind === 'exp') return -c.beta * Math.expm1(-x / c.kappa);
  if (x === 0) return 0;
  return c.beta / (1 + (c.kappa / x) ** c.alpha);
}

/**
 * The marginal return at x: what one more unit of spend returns (f′). Infinite at 0 for a Hill
 * curve with α < 1.
 *
 * @example
 * marginalReturn({ kind: 'log', beta: 100, kappa: 50, alpha: 1 }, 50) //=> 1
 */
export function marginalReturn(c: ResponseCurve, x: number): number {
  if (c.kind === 'log') return c.beta / (c.kappa + x);
  if (c.kind === 'exp') return (c.beta / c.kappa) * Math.exp(-x / c.kappa);
  if (x === 0) return c.alpha < 1 ? Number.POSITIVE_INFINITY : c.alpha === 1 ? c.beta / c.kappa : 0;
  const t = x / c.kappa;
  const ta = t ** c.alpha;
  return (c.beta * c.alpha * ta) / (x * (1 + ta) ** 2);
}

/** Whether the curve's returns diminish from the first unit (log, exp, hill with α ≤ 1). */
export function isConcave(c: ResponseCurve): boolean {
  return c.kind !== 'hill' || c.alpha <= 1;
}

/**
 * The spend at which the marginal return falls to λ, on a concave curve (0 when it is already
 * below λ at 0). Log and exp in closed form; Hill by Newton's method on ln(x/κ), which converges
 * from any start because ln f′ is concave and decreasing there.
 *
 * @example
 * spendAtMarginal({ kind: 'log', beta: 100, kappa: 50, alpha: 1 }, 1) //=> 50
 */
export function spendAtMarginal(c: ResponseCurve, lambda: number): number {
  if (c.kind === 'log') return Math.max(0, c.beta / lambda - c.kappa);
  if (c.kind === 'exp') return Math.max(0, c.kappa * Math.log(c.beta / (c.kappa * lambda)));
  if (c.alpha === 1) return Math.max(0, Math.sqrt((c.beta * c.kappa) / lambda) - c.kappa);
  return c.kappa * Math.exp(hillLogSpend(c, lambda));
}

/** Where an S-shaped Hill curve's marginal return peaks: κ·((α−1)/(α+1))^(1/α) (0 for a concave curve). */
export function inflectionSpend(c: ResponseCurve): number {
  return isConcave(c) ? 0 : c.kappa * ((c.alpha - 1) / (c.alpha + 1)) ** (1 / c.alpha);
}

/**
 * The spend past the inflection point at which an S-shaped Hill curve's (α > 1) marginal return
 * falls to λ; undefined when λ is above its highest marginal return.
 *
 * @example
 * spendOnFallingPart({ kind: 'hill', beta: 100, kappa: 10, alpha: 2 }, 1) // ≈ 15.5, past the inflection at 5.77
 */
export function spendOnFallingPart(c: ResponseCurve, lambda: number): number | undefined {
  const inflection = inflectionSpend(c);
  if (marginalReturn(c, inflection) < lambda) return undefined;
  return c.kappa * Math.exp(hillLogSpend(c, lambda, Math.log(inflection / c.kappa)));
}

/**
 * u = ln(x/κ) where a Hill curve's marginal equals λ, at or past `from`:
 * h(u) = ln(βα/κ) + (α−1)u − 2 ln(1 + e^(αu)) − ln λ is concave, so Newton's method started to the
 * right of the root (where h < 0) walks down to it without overshooting.
 */
function hillLogSpend(c: ResponseCurve, lambda: number, from = Number.NEGATIVE_INFINITY): number {
  const base = Math.log((c.beta * c.alpha) / c.kappa) - Math.log(lambda);
  // h(u) ≤ base − (α+1)u, so h < 0 from here on.
  let u = Math.max(from, base / (c.alpha + 1)) + 1;
  for (let i = 0; i < 200; i += 1) {
    const e = Math.exp(c.alpha * u);
    const softplus = Number.isFinite(e) ? Math.log1p(e) : c.alpha * u;
    const h = base + (c.alpha - 1) * u - 2 * softplus;
    const slope = c.alpha - 1 - 2 * c.alpha * (Number.isFinite(e) ? e / (1 + e) : 1);
    const step = h / slope;
    u -= step;
    if (!(Math.abs(step) > 1e-14 * Math.max(1, Math.abs(u)))) break;
  }
  return u;
}
