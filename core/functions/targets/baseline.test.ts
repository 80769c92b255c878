import { isSheetError } from '../../kit/cells/errors';
import {
  BASELINE_MODELS,
  HoltWintersFit,
  MOVING_AVERAGE_SEASON_FROM,
  TRIMMED_EACH_END,
  TRIM_ABOVE_BEST,
  holtWinters,
  holtWintersStart,
  trimmedMean,
} from './baseline';

/** A year of monthly sales with a season, a trend and some noise, for `years` years (deterministic). */
function monthlySales(years: number, seed = 3): number[] {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: 12 * years }, (_, t) => (1000 + 15 * t) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)) * (0.9 + 0.2 * random()));
}

const fitOf = (history: readonly number[], periods = 12) => {
  const fit = holtWinters(history, 12, periods);
  if (isSheetError(fit)) throw fit;
  return fit as HoltWintersFit;
};

describe("BASELINE's Holt-Winters", () => {
  it('fits each of its nine models and forecasts each month by their shares, the two highest and two lowest set aside', () => {
    const fit = fitOf(monthlySales(3));
    expect(fit.fits.map((f) => f.model)).toEqual([
      'multiplicative season, trend',
      'additive season, trend',
      'multiplicative season, trend damped 0.98',
      'additive season, trend damped 0.98',
      'multiplicative season, trend damped 0.9',
      'additive season, trend damped 0.9',
      'seasonal naive',
      'multiplicative season, trend, weights refined',
      'multiplicative season, trend, start estimated',
    ]);
    expect(fit.fits).toHaveLength(BASELINE_MODELS.length);
    expect(fit.fits.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1, 12);
    fit.forecast.forEach((value, h) => {
      const middle = fit.fits
        .filter((f) => f.share > 0)
        .sort((a, b) => a.forecast[h] - b.forecast[h])
        .slice(TRIMMED_EACH_END, -TRIMMED_EACH_END);
      const share = middle.reduce((s, f) => s + f.share, 0);
      expect(value).toBeCloseTo(
        middle.reduce((s, f) => s + (f.share / share) * f.forecast[h], 0),
        9,
      );
    });
  });

  it('sets aside a forecast that runs away from the others, as a trimmed mean does', () => {
    const runaway = [
      { value: 38_539, share: 0.13 },
      ...[1_618, 2_332, 2_002, 866, 759, 1_635, 1_500].map((value) => ({ value, share: 0.1 })),
      { value: 0, share: 0.17 },
    ];
    // 38,539 and 2,332 above, 0 and 759 below: the rest by their shares.
    expect(trimmedMean(runaway)).toBeCloseTo((1_618 + 2_002 + 866 + 1_635 + 1_500) / 5, 9);
    // A model left out of the combination (no share) is not one of those set aside.
    expect(trimmedMean([...runaway, { value: 1e9, share: 0 }])).toBeCloseTo(trimmedMean(runaway), 9);
    // Too few to trim: all by their shares.
    expect(trimmedMean([1, 2, 3, 100].map((value) => ({ value, share: 0.25 })))).toBe(26.5);
  });

  it('shares by Akaike weights with two cycles of history, which leave no year to judge the models on', () => {
    const { fits } = fitOf(monthlySales(2));
    // n = 12 one-step errors (the second year); 3 smoothing weights a model, 16 with its start estimated, none for last year again.
    const parameters = fits.map((f) => (f.model === 'seasonal naive' ? 0 : f.model.endsWith('start estimated') ? 16 : 3));
    const criteria = fits.map((f, i) => 12 * Math.log(f.mse) + 2 * parameters[i]);
    const weights = criteria.map((c) => Math.exp(-(c - Math.min(...criteria)) / 2));
    const total = weights.reduce((a, b) => a + b, 0);
    fits.forEach((f, i) => expect(f.share).toBeCloseTo(weights[i] / total, 12));
    // The best fit counts most.
    expect(Math.max(...fits.map((f) => f.share))).toBe(fits[criteria.indexOf(Math.min(...criteria))].share);
  });

  it('shares equally with two cycles of history that every model fits exactly', () => {
    fitOf(Array.from({ length: 24 }, () => 500)).fits.forEach((f) => expect(f.share).toBeCloseTo(1 / BASELINE_MODELS.length, 12));
  });

  it('gives little share to seasonal naive when the series trends, since it missed last year’s rise', () => {
    const trending = Array.from({ length: 60 }, (_, t) => 300 + 2 * t + 5 * Math.sin((2 * Math.PI * t) / 12));
    const shares = Object.fromEntries(fitOf(trending).fits.map((f) => [f.model, f.share]));
    expect(shares['seasonal naive']).toBeLessThan(0.01);
    expect(shares['additive season, trend']).toBeGreaterThan(1 / BASELINE_MODELS.length);
  });

  it('weighs each model by the inverse of its squared error on the last year, fitted without it, and leaves out one over three times the best', () => {
    const history = monthlySales(5);
    // Each model's forecast of the last year when fitted without it, as the combination judges it.
    const errors = fitOf(history.slice(0, 48)).fits.map((f) => f.forecast.reduce((sum, value, h) => sum + (value - history[48 + h]) ** 2, 0) / 12);
    const best = Math.min(...errors);
    const weights = errors.map((e) => (e > TRIM_ABOVE_BEST * best ? 0 : 1 / e));
    const total = weights.reduce((a, b) => a + b, 0);
    const shares = fitOf(history).fits.map((f) => f.share);
    shares.forEach((share, i) => expect(share).toBeCloseTo(weights[i] / total, 12));
    // The case is not trivial: some models are left out, several are kept.
    expect(shares.filter((s) => s === 0).length).toBeGreaterThan(0);
    expect(shares.filter((s) => s > 0).length).toBeGreaterThan(1);
    expect(shares[BASELINE_MODELS.indexOf('seasonal naive')]).toBe(0);
  });

  it('reads the season against a centred moving average from four cycles, so a steady rise is not taken for season', () => {
    const season = [-30, -10, 0, 20, 40, 25, 10, -5, -15, -20, -10, -5];
    const rising = (cycles: number) => Array.from({ length: 12 * cycles }, (_, t) => 500 + 3 * t + season[t % 12]);
    const average = season.reduce((a, b) => a + b, 0) / 12;
    expect(MOVING_AVERAGE_SEASON_FROM).toBe(4);
    Array.from(holtWintersStart(rising(4), 12, 'additive').season).forEach((s, i) => expect(s).toBeCloseTo(season[i] - average, 9));
    // With three cycles each month is read against its own year's mean, which the rise tilts by 3 a month.
    Array.from(holtWintersStart(rising(3), 12, 'additive').season).forEach((s, i) => expect(s).toBeCloseTo(season[i] - average + 3 * (i - 5.5), 9));
  });

  it('normalises a multiplicative season read against the moving average to indexes averaging 1', () => {
    const { season } = holtWintersStart(monthlySales(5), 12, 'multiplicative');
    expect(season.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(1, 12);
    // The sales peak a quarter into the year (the sine's top) and trough three quarters in.
    expect(season.indexOf(Math.max(...season))).toBeGreaterThanOrEqual(2);
    expect(season.indexOf(Math.max(...season))).toBeLessThanOrEqual(4);
    expect(season.indexOf(Math.min(...season))).toBeGreaterThanOrEqual(8);
    expect(season.indexOf(Math.min(...season))).toBeLessThanOrEqual(10);
  });

  it('may choose smoothing weights of 0, which a fitted Holt-Winters often does (a level that never moves)', () => {
    // A season that repeats exactly: every weight fits it without error, so the first, 0, is kept.
    const pattern = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];
    const fit = fitOf([...pattern, ...pattern, ...pattern]);
    expect(fit.fits[0]).toMatchObject({ alpha: 0, beta: 0 });
    expect(fit.fits[0].mse).toBeLessThan(1e-20);
    fit.forecast.forEach((value, h) => expect(value).toBeCloseTo(pattern[h], 9));
  });

  it('refines the classic fit’s weights past the grid: a one-step error never above its grid twin’s, weights within 0…1', () => {
    for (const seed of [1, 3, 7, 11]) {
      const { fits } = fitOf(monthlySales(4, seed));
      const [grid, refined] = [fits[0], fits[7]];
      expect(refined.mse).toBeLessThanOrEqual(grid.mse);
      [refined.alpha, refined.beta, refined.gamma].forEach((w) => expect(w >= 0 && w <= 1).toBe(true));
    }
    // On this series the grid's weights are not the best: the refined ones are off the grid and fit closer.
    const { fits } = fitOf(monthlySales(4, 3));
    expect(fits[7].mse).toBeLessThan(fits[0].mse * 0.999);
  });

  it('damps a trend: the damped models forecast less growth than the full trend, the further ahead the more', () => {
    const fit = fitOf(monthlySales(3), 24);
    const [full, damped] = [fit.fits[0].forecast, fit.fits[4].forecast];
    expect(damped[23] / full[23]).toBeLessThan(damped[0] / full[0]);
  });

  it('repeats last year in its seasonal naive model', () => {
    const history = monthlySales(2);
    expect(fitOf(history).fits[6].forecast).toEqual(history.slice(12));
  });

  it('never forecasts below 0', () => {
    const falling = Array.from({ length: 36 }, (_, t) => Math.max(0, 3600 - 100 * t) * (t % 12 === 0 ? 2 : 1));
    expect(Math.min(...fitOf(falling, 36).forecast)).toBeGreaterThanOrEqual(0);
  });
});
