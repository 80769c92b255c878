import { fitEstimatedStart } from './estimatedStart';

const season = [0.8, 0.85, 0.95, 1.05, 1.1, 1.2, 1.25, 1.15, 1.0, 0.95, 0.9, 0.8];
/** A straight rise times a season, without noise: (100 + 2t) × the month's index. */
const rising = (months: number) => Array.from({ length: months }, (_, t) => (100 + 2 * t) * season[t % 12]);

describe("BASELINE's model with its start estimated (as statsmodels fits it)", () => {
  it('forecasts a season on a straight rise almost exactly, having estimated where it started', () => {
    const history = rising(60);
    const { forecast, kind } = fitEstimatedStart(history, 12, 12);
    expect(kind).toBe('multiplicative');
    const next = rising(72).slice(60);
    forecast.forEach((value, h) => expect(Math.abs(value / next[h] - 1)).toBeLessThan(0.005));
  });

  it('keeps its weights where statsmodels allows them: each within 0…1, the trend’s no larger than the level’s, the season’s no larger than 1 − the level’s', () => {
    for (const seed of [1, 5, 9]) {
      let state = seed;
      const noisy = rising(48).map((y) => y * (0.9 + 0.2 * ((state = (state * 48271) % 2147483647) / 2147483647)));
      const { alpha, beta, gamma } = fitEstimatedStart(noisy, 12, 12);
      expect(alpha).toBeGreaterThanOrEqual(0);
      expect(alpha).toBeLessThanOrEqual(1);
      expect(beta).toBeGreaterThanOrEqual(0);
      expect(beta).toBeLessThanOrEqual(alpha);
      expect(gamma).toBeGreaterThanOrEqual(0);
      expect(gamma).toBeLessThanOrEqual(1 - alpha + 1e-15);
    }
  });

  it('turns additive when a month is 0, which a multiplicative season cannot read, and never forecasts below 0', () => {
    const history = rising(36).map((y, t) => (t % 12 === 0 ? 0 : y));
    const { kind, forecast } = fitEstimatedStart(history, 12, 12);
    expect(kind).toBe('additive');
    expect(Math.min(...forecast)).toBeGreaterThanOrEqual(0);
  });

  it('reads at most the latest ten years, so a long history costs no more than ten years do', () => {
    const long = rising(12 * 40);
    expect(fitEstimatedStart(long, 12, 12).forecast).toEqual(fitEstimatedStart(long.slice(-120), 12, 12).forecast);
  });
});
