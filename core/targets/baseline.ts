import { SheetError } from '../cells/errors';

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

/** One pass of additive-trend, multiplicative-season Holt-Winters with fixed weights. */
function runHoltWinters(history: readonly number[], m: number, alpha: number, beta: number, gamma: number, periods: number) {
  const seasons = Math.floor(history.length / m);
  const meanOf = (k: number) => history.slice(k * m, (k + 1) * m).reduce((a, b) => a + b, 0) / m;
  const firstMean = meanOf(0);
  let level = firstMean;
  let trend = (meanOf(1) - firstMean) / m;
  // Initial indexes: each position's average ratio to its cycle's mean, over the full cycles.
  const season = Array.from({ length: m }, (_, i) => {
    let sum = 0;
    for (let k = 0; k < seasons; k += 1) {
      const mean = meanOf(k);
      sum += mean === 0 ? 1 : history[k * m + i] / mean;
    }
    return sum / seasons;
  });
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
  const forecast = Array.from({ length: periods }, (_, h) => Math.max(0, (level + (h + 1) * trend) * season[(history.length + h) % m]));
  return { forecast, mse: squaredError / Math.max(1, history.length - m) };
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
    return new SheetError('VALUE', `Holt-Winters needs at least ${2 * periodLength} periods of history (two full cycles); there are ${history.length}`);
  }
  if (history.some((value) => value < 0)) return new SheetError('NUM', 'history cannot hold negative values');
  let best: HoltWintersFit | undefined;
  for (const alpha of GRID) {
    for (const beta of GRID.slice(0, 5)) {
      for (const gamma of GRID) {
        const { forecast, mse } = runHoltWinters(history, periodLength, alpha, beta, gamma, periods);
        if (!best || mse < best.mse) best = { alpha, beta, gamma, forecast, mse };
      }
    }
  }
  return best as HoltWintersFit;
}

/**
 * The plain baseline: the last full cycle of history, each period × (1 + growth).
 *
 * @example
 * growthBaseline([10, 20, 30, 40], 0.1, 2, 2) //=> [33, 44]
 */
export function growthBaseline(history: readonly number[], growth: number, periodLength = 12, periods = 12): number[] | SheetError {
  if (history.length < periodLength) return new SheetError('VALUE', `the growth method needs at least one full cycle (${periodLength} periods) of history`);
  if (growth < -1) return new SheetError('NUM', 'growth cannot be below -100%');
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
