import { SheetError, reason } from '../../kit/cells/errors';
import { nelderMead } from '../../kit/math';
import { type HoltWintersStart, type SeasonKind, holtWintersStart } from './holtWintersStart';
import { fitEstimatedStart } from './estimatedStart';

export { type HoltWintersStart, MOVING_AVERAGE_SEASON_FROM, type SeasonKind, holtWintersStart } from './holtWintersStart';

/** How a baseline is forecast from monthly history. */
export type BaselineMethod = 'holtwinters' | 'growth';

/**
 * One model of the family BASELINE chooses from: the season's kind, the trend's damping φ (1: none),
 * and whether its smoothing weights are refined past the grid's (continuous, as statsmodels fits them).
 */
export interface BaselineModel {
  readonly season: SeasonKind;
  readonly damping: number;
  readonly refined?: boolean;
  /** Its start (level, trend, season) estimated with its weights, as statsmodels fits by default. */
  readonly estimated?: boolean;
}

/**
 * The models BASELINE averages: multiplicative and additive season, each with a full trend and a
 * trend damped by 0.98 and 0.9 a period (Gardner–McKenzie), seasonal naive (last year again:
 * Hyndman's benchmark), the classic fit, multiplicative season and full trend with its weights
 * refined by Nelder–Mead from the grid's best, and the same fit with its start estimated too, as
 * statsmodels fits it by default (estimatedStart.ts). Why the classic fit as well as its grid twin:
 * held out on every public series of the bench it made the combination nearer (mean MAPE on CO₂ 1.20
 * → 1.13 times a classic fit's, on Superstore over 36 months 0.99 → 0.93 times seasonal naive's),
 * where putting it in its twin's place, or refining the additive twin too, lost on some of them. Why
 * the estimated start as well: it made the combination nearer on all four sets, against every
 * reference (against statsmodels' own fit, mean MAPE on CO₂ 1.21 → 1.14 and Superstore over 24 months
 * 1.065 → 1.059), where putting it in the refined fit's place did less (CO₂ 1.18).
 */
export const BASELINE_MODELS: readonly (BaselineModel | 'seasonal naive')[] = [
  ...[1, 0.98, 0.9].flatMap((damping) => (['multiplicative', 'additive'] as const).map((season) => ({ season, damping }))),
  'seasonal naive',
  { season: 'multiplicative', damping: 1, refined: true },
  { season: 'multiplicative', damping: 1, estimated: true },
];

/** One model fitted to the history: its weights (level, trend, season), one-step error and forecast. */
export interface ModelFit {
  /** The model, in words ("additive season, trend damped 0.9", "seasonal naive"). */
  readonly model: string;
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  /** Mean squared one-step-ahead error over the fitted history (from its second cycle). */
  readonly mse: number;
  readonly forecast: number[];
  /** Its share of the combined forecast (the shares add up to 1). */
  readonly share: number;
}

/** BASELINE's forecast: its models' forecasts combined by their shares, and each model's own fit. */
export interface HoltWintersFit {
  readonly forecast: number[];
  readonly fits: readonly ModelFit[];
}

/**
 * The weights tried, from 0 (never updated) up: level to 1, season to 1, trend to 0.2 (288 passes a
 * model, and the refined model's Nelder–Mead a few hundred more: 20,000 months of history answer in
 * about 0.75 s, with the estimated start: LARGEST_SERIES).
 */
const GRID = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1];
const SEASON_GRID = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1];
const TREND_GRID = [0, 0.05, 0.1, 0.2];

/** The weights of one pass. */
interface Weights {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
}

/**
 * One pass of Holt-Winters with fixed weights: its mean squared one-step error (from the second
 * cycle), and its final level and trend (the final season is left in `season`, a scratch array the
 * pass fills from the start: no allocation in the grid's passes).
 */
function runHoltWinters(history: readonly number[], m: number, model: BaselineModel, start: HoltWintersStart, w: Weights, season: Float64Array) {
  const { damping: phi } = model;
  const multiplicative = model.season === 'multiplicative';
  let { level, trend } = start;
  season.set(start.season);
  let squaredError = 0;
  for (let t = 0; t < history.length; t += 1) {
    const index = season[t % m];
    const base = level + phi * trend;
    const predicted = multiplicative ? base * index : base + index;
    if (t >= m) squaredError += (history[t] - predicted) ** 2;
    const previousLevel = level;
    const deseasoned = multiplicative ? (index === 0 ? history[t] : history[t] / index) : history[t] - index;
    level = w.alpha * deseasoned + (1 - w.alpha) * base;
    trend = w.beta * (level - previousLevel) + (1 - w.beta) * phi * trend;
    if (multiplicative) season[t % m] = level === 0 ? index : w.gamma * (history[t] / level) + (1 - w.gamma) * index;
    else season[t % m] = w.gamma * (history[t] - level) + (1 - w.gamma) * index;
  }
  return { mse: squaredError / Math.max(1, history.length - m), level, trend };
}

/** The weights with the least one-step squared error on the grid. */
function gridWeights(history: readonly number[], m: number, model: BaselineModel, start: HoltWintersStart, season: Float64Array) {
  let best = { alpha: 0, beta: 0, gamma: 0, mse: Infinity };
  for (const alpha of GRID)
    for (const beta of TREND_GRID)
      for (const gamma of SEASON_GRID) {
        const { mse } = runHoltWinters(history, m, model, start, { alpha, beta, gamma }, season);
        if (mse < best.mse) best = { alpha, beta, gamma, mse };
      }
  return best;
}

/** The grid's best weights refined by Nelder–Mead within 0…1, each first step 0.05 towards the middle. */
function refinedWeights(history: readonly number[], m: number, model: BaselineModel, start: HoltWintersStart, season: Float64Array) {
  const grid = gridWeights(history, m, model, start, season);
  const mseAt = ([alpha, beta, gamma]: readonly number[]) =>
    [alpha, beta, gamma].every((w) => w >= 0 && w <= 1) ? runHoltWinters(history, m, model, start, { alpha, beta, gamma }, season).mse : Infinity;
  const from = [grid.alpha, grid.beta, grid.gamma];
  const [alpha, beta, gamma] = nelderMead(
    mseAt,
    from,
    from.map((w) => (w > 0.5 ? -0.05 : 0.05)),
  );
  const mse = mseAt([alpha, beta, gamma]);
  return mse < grid.mse ? { alpha, beta, gamma, mse } : grid;
}

/** A model fitted to a history: the weights with the least one-step squared error (on the grid, or refined), and its forecast (never below 0). */
function fitModel(history: readonly number[], m: number, model: BaselineModel, periods: number) {
  const start = holtWintersStart(history, m, model.season);
  const season = new Float64Array(m);
  const best = (model.refined ? refinedWeights : gridWeights)(history, m, model, start, season);
  // Once more with the best weights, for the state the forecast starts from.
  const { level, trend } = runHoltWinters(history, m, model, start, best, season);
  const n = history.length;
  let damped = 0;
  const forecast = Array.from({ length: periods }, (_, h) => {
    damped += model.damping ** (h + 1);
    const base = level + damped * trend;
    const index = season[(n + h) % m];
    return Math.max(0, model.season === 'multiplicative' ? base * index : base + index);
  });
  return { ...best, forecast };
}

/** Seasonal naive: the last cycle again; its one-step error is each period against the same period a cycle before. */
function seasonalNaive(history: readonly number[], m: number, periods: number) {
  const n = history.length;
  let squaredError = 0;
  for (let t = m; t < n; t += 1) squaredError += (history[t] - history[t - m]) ** 2;
  return { alpha: 0, beta: 0, gamma: 1, mse: squaredError / Math.max(1, n - m), forecast: Array.from({ length: periods }, (_, h) => history[n - m + (h % m)]) };
}

function fitOf(history: readonly number[], m: number, model: BaselineModel | 'seasonal naive', periods: number) {
  if (model === 'seasonal naive') return seasonalNaive(history, m, periods);
  return model.estimated ? fitEstimatedStart(history, m, periods) : fitModel(history, m, model, periods);
}

/** A model in words; an estimated start names the season it fitted (additive where a period is 0). */
function modelName(model: BaselineModel | 'seasonal naive', fitted: { kind?: SeasonKind }): string {
  if (model === 'seasonal naive') return model;
  const trend = model.damping === 1 ? 'trend' : `trend damped ${model.damping}`;
  return `${fitted.kind ?? model.season} season, ${trend}${model.refined ? ', weights refined' : ''}${model.estimated ? ', start estimated' : ''}`;
}

/**
 * Holt-Winters fitted to monthly history, as a combination: each model of {@link BASELINE_MODELS}
 * (multiplicative and additive season, full and damped trend, seasonal naive) fitted with the
 * smoothing weights that give the least one-step-ahead squared error (on a grid from 0 to 1, refined
 * past it, or chosen with an estimated start), and the forecast theirs combined (never below 0),
 * each period's by a trimmed mean ({@link TRIMMED_EACH_END}) of the models' forecasts by their shares:
 * shares by Akaike weights with two cycles of history ({@link akaikeWeights}); with three or more, each weighted by the inverse of its
 * squared error forecasting the last cycle when fitted without it (Bates and Granger), leaving out
 * a model more than {@link TRIM_ABOVE_BEST} times as far off as the best. Why a combination, not the
 * best model: held out on public monthly series it was nearer than choosing one model by a held-out
 * year, as forecast competitions keep finding;
 * why weighted: an equal share kept seasonal naive's missing trend in a trending series (CO₂: MAPE
 * 2.2× a classic Holt-Winters fit's, weighted 1.2×; `bench/baseline.bench.ts` prints every figure).
 * Needs at least two full cycles.
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
  const fitted = BASELINE_MODELS.map((model) => ({ kind: undefined, ...fitOf(history, periodLength, model, periods) }));
  const weights =
    history.length < 3 * periodLength ? akaikeWeights(fitted, history.length - periodLength, periodLength) : combinationWeights(history, periodLength);
  const total = weights.reduce((a, b) => a + b, 0);
  const fits = fitted.map(({ kind, ...fit }, i) => ({ ...fit, model: modelName(BASELINE_MODELS[i], { kind }), share: weights[i] / total }));
  const forecast = Array.from({ length: periods }, (_, h) => trimmedMean(fits.map((fit) => ({ value: fit.forecast[h], share: fit.share }))));
  return { forecast, fits };
}

/**
 * How many of the models' forecasts of a month are set aside at each end (the highest, the lowest)
 * before the rest are averaged by their shares. Why: one model's forecast can run away (a
 * multiplicative season read off a month of 30 after one of 28,000: 38,539 for a February whose
 * history is 722, 30 and 10,568), and a weighted mean carries a share of it into the baseline; a
 * trimmed mean of forecasts is as accurate as the mean when they agree and robust when one does not
 * (Jose and Winkler, 2008). Held out on the bench's public series (mean MAPE against statsmodels'
 * fit), trimming 2 at each end of 9 took Superstore over 36 months 1.94 → 1.21, over 24 months
 * 1.059 → 1.045, unemployment 1.003 → 0.999 and CO₂ 1.137 → 1.082, the geometric means of the ratios
 * all lower too; trimming 1 or 3, a weighted median, or clipping each forecast to within 1.5–3 times
 * the median did less on at least one set.
 */
export const TRIMMED_EACH_END = 2;

/**
 * The mean of the values by their shares, once the {@link TRIMMED_EACH_END} highest and lowest of
 * those with a share are set aside (all kept when too few remain).
 *
 * @example
 * trimmedMean([1, 2, 3, 4, 100].map((value) => ({ value, share: 0.2 }))) //=> 3 (5 values: 1, 2, 4, 100 set aside)
 */
export function trimmedMean(forecasts: readonly { value: number; share: number }[]): number {
  const counted = forecasts.filter((f) => f.share > 0).sort((a, b) => a.value - b.value);
  const kept = counted.length > 2 * TRIMMED_EACH_END ? counted.slice(TRIMMED_EACH_END, counted.length - TRIMMED_EACH_END) : counted;
  const total = kept.reduce((sum, f) => sum + f.share, 0);
  return kept.reduce((sum, f) => sum + f.value * f.share, 0) / total;
}

/**
 * A model whose squared error on the held-out cycle is more than this many times the best model's
 * is left out of the combination (a trimmed combination: Timmermann, 2006, §7.3). Why 3: on CO₂ the
 * trend damped by 0.9 and seasonal naive, 3–6 times further off than the full trend, still pulled
 * the forecast (mean MAPE 1.03 times a classic fit's untrimmed, 0.97 trimmed at 3 and 0.98 at 4);
 * at 2 it read 0.94, but at 1.75 Superstore over 36 months already lost to seasonal naive (1.02
 * times its MAPE): 3 keeps a margin from that edge. On Superstore and unemployment no model is that
 * far off at 3, and nothing changes.
 */
export const TRIM_ABOVE_BEST = 3;

/**
 * How much each model counts in the combination with three cycles or more: each model is fitted
 * without the last cycle and weighted by the inverse of its squared error forecasting it (Bates and
 * Granger, 1969), so a model that missed a trend the others caught counts little, and none at all
 * past {@link TRIM_ABOVE_BEST} times the best's.
 */
function combinationWeights(history: readonly number[], m: number): number[] {
  const fitted = history.slice(0, history.length - m);
  const held = history.slice(history.length - m);
  const errors = BASELINE_MODELS.map((model) => {
    const { forecast } = fitOf(fitted, m, model, m);
    return held.reduce((sum, actual, h) => sum + (forecast[h] - actual) ** 2, 0) / m;
  });
  const floor = Math.max(...errors) * 1e-12 || 1;
  const kept = Math.max(Math.min(...errors), floor) * TRIM_ABOVE_BEST;
  return errors.map((e) => (e > kept ? 0 : 1 / Math.max(e, floor)));
}

/**
 * The smoothing weights each model fits (level, trend, season); a model with its start estimated
 * fits its level, trend and season indexes too (the indexes less one, which the others set).
 */
const fittedParameters = (model: BaselineModel | 'seasonal naive', m: number): number =>
  model === 'seasonal naive' ? 0 : 3 + (model.estimated ? 2 + m - 1 : 0);

/**
 * How much each model counts with two cycles of history, which leave no year to judge the models on:
 * its Akaike weight, exp(−ΔAIC / 2), from its one-step squared error over the second cycle (n
 * periods) and the parameters it fitted (Kolassa, 2011, "Combining exponential smoothing forecasts
 * using Akaike weights"): a model that fits the year better counts more, one that needed many
 * parameters to do so less. Held out on Superstore over 24 months (the bench's one set of two
 * cycles), mean MAPE against statsmodels' fit 1.045 → 1.021 times its own, where equal shares gave
 * 1.045; with three cycles the held-out weights ({@link combinationWeights}) did better than Akaike's
 * on every set (CO₂ 1.08 against 1.12).
 */
function akaikeWeights(fits: readonly { mse: number }[], n: number, m: number): number[] {
  const floor = Math.max(...fits.map((f) => f.mse)) * 1e-12;
  if (!(floor > 0)) return fits.map(() => 1);
  const criteria = fits.map((f, i) => n * Math.log(Math.max(f.mse, floor)) + 2 * fittedParameters(BASELINE_MODELS[i], m));
  const best = Math.min(...criteria);
  return criteria.map((c) => Math.exp(-(c - best) / 2));
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
