import { SheetError, reason } from '../../kit/cells/errors';

/** How a baseline is forecast from monthly history. */
export type BaselineMethod = 'holtwinters' | 'growth';

/** Smoothing weights of a Holt-Winters fit: level, trend, season. */
export interface HoltWintersFit {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly forecast: number[];
  /** Mean squared one-step-ahead error over the fitted history. */
  readonly mse: number;
}

const GRID = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Where every fit starts, whatever its weights: the first cycle's level, the trend between the first two cycles, and the indexes. */
interface HoltWintersStart {
  readonly level: number;
  readonly trend: number;
  readonly season: Float64Array;
}

function startOf(history: readonly number[], m: number): HoltWintersStart {
  const seasons = Math.floor(history.length / m);
  const means = Array.from({ length: seasons }, (_, k) => {
    let sum = 0;
    for (let i = 0; i < m; i += 1) sum += history[k * m + i];
    return sum / m;
  });
  // Initial indexes: each position's average ratio to its cycle's mean, over the full cycles.
  const season = new Float64Array(m);
  for (let i = 0; i < m; i += 1) {
    let sum = 0;
    for (let k = 0; k < seasons; k += 1) sum += means[k] === 0 ? 1 : history[k * m + i] / means[k];
    season[i] = sum / seasons;
  }
  return { level: means[0], trend: (means[1] - means[0]) / m, season };
}

/**
 * One pass of additive-trend, multiplicative-season Holt-Winters with fixed weights: its mean
 * squared one-step error, and its final level and trend (the final indexes are left in `season`,
 * a scratch array that the pass fills from the start: no allocation in the grid's 500 passes).
 */
function runHoltWinters(history: readonly number[], m: number, start: HoltWintersStart, alpha: number, beta: number, gamma: number, season: Float64Array) {
  let { level, trend } = start;
  season.set(start.season);
  let squaredError = 0;
  for (let t = 0; t < history.length; t += 1) {
    const index = season[t % m];
    const predicted = (level + trend) * index;
    if (t >= m) squaredError += (history[t] - predicted) ** 2;
    const previousLevel = level;
    level = alpha * (index === 0 ? history[t] : history[t] / index) + (1 - alpha) * (level + trend);
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
    season[t % m] = level === 0 ? index : gamma * (history[t] / level) + (1 - gamma) * index;
  }
  return { mse: squaredError / Math.max(1, history.length - m), level, trend };
}

/**
 * Holt-Winters (additive trend, multiplicative seasonality) fitted to monthly history by choosing
 * the smoothing weights with the least one-step-ahead squared error on a grid; forecasts the next
 * `periods` periods (never below 0). Needs at least two full cycles of history.
 *
 * @example
 * holtWinters(twoYearsOfMonths, 12, 12).forecast //=> next year's 12 months
 */
export function holtWinters(history: readonly number[], periodLength = 12, periods = 12): HoltWintersFit | SheetError {
  if (history.length < 2 * periodLength) {
    return new SheetError(
      'VALUE',
      reason('Holt-Winters needs at least {value} periods of history (two full cycles); there are {length}', {
        value: 2 * periodLength,
        length: history.length,
      }),
    );
  }
  if (history.some((value) => value < 0)) return new SheetError('NUM', reason('history cannot hold negative values'));
  // The start is the same for every weight on the grid: computed once, so a fit is 500 plain passes.
  const start = startOf(history, periodLength);
  const season = new Float64Array(periodLength);
  let best = { alpha: 0, beta: 0, gamma: 0, mse: Infinity };
  for (const alpha of GRID) {
    for (const beta of GRID.slice(0, 5)) {
      for (const gamma of GRID) {
        const { mse } = runHoltWinters(history, periodLength, start, alpha, beta, gamma, season);
        if (mse < best.mse || best.mse === Infinity) best = { alpha, beta, gamma, mse };
      }
    }
  }
  // Once more with the best weights, for the state the forecast starts from.
  const { level, trend } = runHoltWinters(history, periodLength, start, best.alpha, best.beta, best.gamma, season);
  const n = history.length;
  const forecast = Array.from({ length: periods }, (_, h) => Math.max(0, (level + (h + 1) * trend) * season[(n + h) % periodLength]));
  return { ...best, forecast };
}

/**
 * The plain baseline: the last full cycle of history, each period × (1 + growth).
 *
 * @example
 * growthBaseline([10, 20, 30, 40], 0.1, 2, 2) //=> [33, 44]
 */
export function growthBaseline(history: readonly number[], growth: number, periodLength = 12, periods = 12): number[] | SheetError {
  if (history.length < periodLength)
    return new SheetError('VALUE', reason('the growth method needs at least one full cycle ({periodLength} periods) of history', { periodLength }));
  if (growth < -1) return new SheetError('NUM', reason('growth cannot be below -100%'));
  const lastCycle = history.slice(history.length - periodLength);
  return Array.from({ length: periods }, (_, h) => lastCycle[h % periodLength] * (1 + growth));
}

/**
 * Forecast error as mean absolute percentage error over the periods with a non-zero actual.
 *
 * @example
 * meanAbsolutePercentageError([100, 200], [110, 180]) //=> 0.1
 */
export function meanAbsolutePercentageError(actual: readonly number[], forecast: readonly number[]): number {
  let sum = 0;
  let count = 0;
  actual.forEach((a, i) => {
    if (a === 0) return;
    sum += Math.abs((a - forecast[i]) / a);
    count += 1;
  });
  return count === 0 ? Number.NaN : sum / count;
}
