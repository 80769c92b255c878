import { levenbergMarquardt, nelderMead } from '../../kit/math';
import { SeasonKind, holtWintersStart } from './holtWintersStart';

/** The weights, then the start: [α, β, γ, level, trend, one season index a period]. */
type Parameters = readonly number[];

/** The state a pass ends in, from which the forecast runs. */
interface EndState {
  level: number;
  trend: number;
  season: Float64Array;
}

/**
 * One Holt-Winters pass as statsmodels runs it (the season updated against the previous level and
 * trend), from the start in `p`: each period's one-step error into `errors`, the final state into `end`.
 */
function pass(history: readonly number[], m: number, kind: SeasonKind, p: Parameters, errors: Float64Array, end?: EndState): void {
  const [alpha, beta, gamma] = p;
  let level = p[3];
  let trend = p[4];
  const season = Float64Array.from(p.slice(5, 5 + m));
  const multiplicative = kind === 'multiplicative';
  for (let t = 0; t < history.length; t += 1) {
    const y = history[t];
    const index = season[t % m];
    const base = level + trend;
    errors[t] = y - (multiplicative ? base * index : base + index);
    const previous = level;
    level = alpha * (multiplicative ? (index === 0 ? y : y / index) : y - index) + (1 - alpha) * base;
    trend = beta * (level - previous) + (1 - beta) * trend;
    if (multiplicative) season[t % m] = base === 0 ? index : gamma * (y / base) + (1 - gamma) * index;
    else season[t % m] = gamma * (y - base) + (1 - gamma) * index;
  }
  if (end) Object.assign(end, { level, trend, season });
}

/**
 * The weights and start statsmodels allows: each weight within 0…1, the trend's no larger than the
 * level's and the season's no larger than 1 − the level's (Hyndman et al.'s usual region); a
 * multiplicative model's level and indexes not below 0.
 */
function allowed(kind: SeasonKind, m: number) {
  return (p: number[]): number[] => {
    const alpha = Math.min(1, Math.max(0, p[0]));
    const beta = Math.min(alpha, Math.max(0, p[1]));
    const gamma = Math.min(1 - alpha, Math.max(0, p[2]));
    const floor = (v: number) => (kind === 'multiplicative' ? Math.max(0, v) : v);
    return [alpha, beta, gamma, floor(p[3]), p[4], ...p.slice(5, 5 + m).map(floor)];
  };
}

/**
 * The estimate reads at most this many of the latest cycles: a start's pull on the forecast fades
 * within a few cycles, while the estimate's cost grows with every period (20,000 months in 0.7 s
 * rather than 2 s). The bench's histories are all within it.
 */
export const ESTIMATED_OVER_CYCLES = 10;

/**
 * Holt-Winters with its start estimated with its weights, as statsmodels' ExponentialSmoothing fits
 * by default (`initialization_method='estimated'`): the level, trend and each season index a period
 * chosen with the three weights for the least squared one-step error over every period, the start
 * included. The weights are first chosen by Nelder–Mead from the heuristic start
 * ({@link holtWintersStart}), then all together by Levenberg–Marquardt. Multiplicative season unless
 * a period is 0 or less (as statsmodels requires), then additive. Over the latest
 * {@link ESTIMATED_OVER_CYCLES} cycles at most. Returns the weights, the one-step
 * error from the second cycle (to compare with the other models) and the forecast (never below 0).
 *
 * @example
 * fitEstimatedStart(fourYearsOfMonths, 12, 12).forecast //=> next year's 12 months
 */
export function fitEstimatedStart(all: readonly number[], m: number, periods: number) {
  const history = all.slice(-ESTIMATED_OVER_CYCLES * m);
  const kind: SeasonKind = history.some((y) => y <= 0) ? 'additive' : 'multiplicative';
  const start = holtWintersStart(history, m, kind);
  const project = allowed(kind, m);
  const errors = new Float64Array(history.length);
  const squared = (p: Parameters) => {
    pass(history, m, kind, p, errors);
    return errors.reduce((sum, e) => sum + e * e, 0);
  };
  const states = [start.level, start.trend, ...start.season];
  const inRegion = (w: readonly number[]) => w[0] >= 0 && w[0] <= 1 && w[1] >= 0 && w[1] <= w[0] && w[2] >= 0 && w[2] <= 1 - w[0];
  const weights = nelderMead((w) => (inRegion(w) ? squared([...w, ...states]) : Infinity), [0.3, 0.05, 0.1], [0.1, 0.05, 0.1]);
  const fitted = levenbergMarquardt((p, out) => pass(history, m, kind, p, out), history.length, [...weights, ...states], { project, maxSteps: 30 });
  const end: EndState = { level: 0, trend: 0, season: new Float64Array(m) };
  pass(history, m, kind, fitted, errors, end);
  let squaredError = 0;
  for (let t = m; t < history.length; t += 1) squaredError += errors[t] ** 2;
  const forecast = Array.from({ length: periods }, (_, h) => {
    const base = end.level + (h + 1) * end.trend;
    const index = end.season[(history.length + h) % m];
    return Math.max(0, kind === 'multiplicative' ? base * index : base + index);
  });
  return { alpha: fitted[0], beta: fitted[1], gamma: fitted[2], mse: squaredError / Math.max(1, history.length - m), forecast, kind };
}
