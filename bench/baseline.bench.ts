/**
 * BASELINE held out on public monthly series, against two references run here: seasonal naive
 * (last year again) and a classic Holt-Winters fit (additive trend, multiplicative season, its three
 * weights chosen by Nelder–Mead on the one-step squared error from a start read off the first two
 * years); and against statsmodels' ExponentialSmoothing as a data scientist fits it (its default
 * `initialization_method='estimated'`, which estimates the start with the weights), whose forecasts
 * `bench/statsmodelsForecasts.py` stores in `bench/statsmodelsForecasts.json` (Python cannot run in
 * this bench; the stored held-out months are checked against this run's, so a change of data shows).
 * The series (bench/publicDatasets.ts): Superstore's sales by region, category and both (fitted on
 * 36 months → the next 12, and 24 → 12); unemployment in 14 US industries (each year 2005–2009
 * held out, fitted on the five years before); CO₂ at Mauna Loa (each year 2010–2019 held out, fitted
 * on the ten before). Mean MAPE is led by a few months near 0 (a month of 29 against a year of
 * thousands), so WAPE, the median and the geometric mean of the ratios are printed too. Prints,
 * asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { holtWinters, meanAbsolutePercentageError } from '../core/functions/targets';
import { MonthlySeries, monthlySeries } from './publicDatasets';

/** Classic Holt-Winters (additive trend, multiplicative season), its weights by Nelder–Mead on the one-step squared error. */
function classicHoltWinters(history: readonly number[], periods: number): number[] {
  const m = 12;
  const means = [0, 1].map((k) => history.slice(k * m, (k + 1) * m).reduce((a, b) => a + b, 0) / m);
  const start = {
    level: means[0],
    trend: (means[1] - means[0]) / m,
    season: history.slice(0, m).map((y, i) => (y / means[0] + history[m + i] / means[1]) / 2),
  };
  const run = ([alpha, beta, gamma]: readonly number[]) => {
    let { level, trend } = start;
    const season = [...start.season];
    let sse = 0;
    history.forEach((y, t) => {
      const index = season[t % m] || 1;
      if (t >= m) sse += (y - (level + trend) * index) ** 2;
      const previous = level;
      level = alpha * (y / index) + (1 - alpha) * (level + trend);
      trend = beta * (level - previous) + (1 - beta) * trend;
      season[t % m] = level === 0 ? index : gamma * (y / level) + (1 - gamma) * index;
    });
    return { sse, level, trend, season };
  };
  const clamp = (p: readonly number[]) => p.map((x) => Math.min(1, Math.max(0, x)));
  let simplex = [
    [0.3, 0.1, 0.1],
    [0.6, 0.1, 0.1],
    [0.3, 0.3, 0.1],
    [0.3, 0.1, 0.4],
  ].map((p) => ({ p, v: run(p).sse }));
  for (let step = 0; step < 300; step += 1) {
    simplex.sort((a, b) => a.v - b.v);
    const centre = [0, 1, 2].map((i) => simplex.slice(0, 3).reduce((s, x) => s + x.p[i], 0) / 3);
    const worst = simplex[3];
    const at = (t: number) => clamp(centre.map((c, i) => c + t * (worst.p[i] - c)));
    const reflected = { p: at(-1), v: run(at(-1)).sse };
    if (reflected.v < simplex[0].v) {
      const expanded = { p: at(-2), v: run(at(-2)).sse };
      simplex[3] = expanded.v < reflected.v ? expanded : reflected;
    } else if (reflected.v < simplex[2].v) simplex[3] = reflected;
    else {
      const contracted = { p: at(0.5), v: run(at(0.5)).sse };
      if (contracted.v < worst.v) simplex[3] = contracted;
      else
        simplex = simplex.map((x, i) =>
          i === 0 ? x : { p: clamp(x.p.map((v, k) => (v + simplex[0].p[k]) / 2)), v: run(clamp(x.p.map((v, k) => (v + simplex[0].p[k]) / 2))).sse },
        );
    }
  }
  const { level, trend, season } = run(simplex[0].p);
  return Array.from({ length: periods }, (_, h) => Math.max(0, (level + (h + 1) * trend) * season[(history.length + h) % m]));
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The geometric mean, as forecast comparisons average relative errors (Davydenko and Fildes, 2013). */
const geometricMean = (xs: readonly number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

/** A held-out test: a series' history and the 12 months after it. */
interface HeldOut {
  readonly history: readonly number[];
  readonly held: readonly number[];
}

/** Each series with each held-out year: the `years` years before it fitted, its 12 months scored. */
function heldOutYears(series: readonly MonthlySeries[], heldYears: readonly number[], years: number): HeldOut[] {
  return series.flatMap((s) =>
    heldYears.flatMap((year) => {
      const at = (year - s.firstYear) * 12;
      const history = s.values.slice(at - years * 12, at);
      const held = s.values.slice(at, at + 12);
      return history.length === years * 12 && held.length === 12 && [...history, ...held].every(Number.isFinite) ? [{ history, held }] : [];
    }),
  );
}

/** A reference forecast for each held-out test of a set (by its place in the set). */
type Reference = (test: HeldOut, i: number) => readonly number[];

/** Ratios of BASELINE's MAPE to a reference's: of the means, and the geometric mean series-year by series-year; and how often BASELINE is nearer. */
function against(name: string, ours: readonly number[], theirs: readonly number[]): string {
  const nearer = ours.filter((x, i) => x <= theirs[i]).length;
  return (
    `  against ${name}: mean MAPE ${mean(theirs).toFixed(4)}, ratio ${(mean(ours) / mean(theirs)).toFixed(3)}; ` +
    `geometric mean of the ratios ${geometricMean(ours.map((x, i) => x / theirs[i])).toFixed(3)}; BASELINE nearer on ${nearer} of ${ours.length}`
  );
}

/** MAPE (mean, median), WAPE and the ratios against each reference, over every held-out test. */
function report(title: string, tests: readonly HeldOut[], references: Readonly<Record<string, Reference>>): void {
  const forecasts = tests.map((t) => (holtWinters(t.history, 12, 12) as { forecast: number[] }).forecast);
  const ours = tests.map((t, i) => meanAbsolutePercentageError(t.held, forecasts[i]));
  const wape = (f: (i: number) => readonly number[]) =>
    tests.reduce((s, t, i) => s + t.held.reduce((a, y, h) => a + Math.abs(f(i)[h] - y), 0), 0) /
    tests.reduce((s, t) => s + t.held.reduce((a, y) => a + Math.abs(y), 0), 0);
  console.log(`${title} (${tests.length} series-years):`);
  console.log(`  BASELINE mean MAPE ${mean(ours).toFixed(4)}, median ${median(ours).toFixed(4)}, WAPE ${wape((i) => forecasts[i]).toFixed(3)}`);
  for (const [name, forecast] of Object.entries(references)) {
    const theirs = tests.map((t, i) => meanAbsolutePercentageError(t.held, forecast(t, i)));
    console.log(`${against(name, ours, theirs)}; its WAPE ${wape((i) => forecast(tests[i], i)).toFixed(3)}`);
  }
}

/** The four held-out sets the bench scores, by name. */
function heldOutSets(): Record<string, { title: string; tests: HeldOut[] }> {
  const { superstore, unemployment, co2 } = monthlySeries();
  const superstoreOn = (trained: number) => ({
    title: `Superstore sales, ${superstore.length} series, fitted on ${trained} months, the next 12 scored`,
    tests: superstore.map((s) => ({ history: s.values.slice(0, trained), held: s.values.slice(trained, trained + 12) })),
  });
  return {
    superstore36: superstoreOn(36),
    superstore24: superstoreOn(24),
    unemployment: {
      title: `Unemployment in ${unemployment.length} US industries, each of 2005–2009 held out, fitted on the five years before`,
      tests: heldOutYears(unemployment, [2005, 2006, 2007, 2008, 2009], 5),
    },
    co2: {
      title: 'CO₂ at Mauna Loa, each of 2010–2019 held out, fitted on the ten years before',
      tests: heldOutYears([co2], [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019], 10),
    },
  };
}

/** statsmodels' stored forecasts for a set, when they were made from the same held-out months as this run's. */
function statsmodelsFor(set: string, tests: readonly HeldOut[]): Reference | undefined {
  const file = join(__dirname, 'statsmodelsForecasts.json');
  if (!existsSync(file)) return undefined;
  const stored = (JSON.parse(readFileSync(file, 'utf8')) as { sets: Record<string, { held: number[]; forecast: number[] }[]> }).sets[set];
  const same =
    stored?.length === tests.length && stored.every((s, i) => s.held.every((y, h) => Math.abs(y - tests[i].held[h]) <= 1e-9 * Math.max(1, Math.abs(y))));
  if (!same) console.log(`  (statsmodels' stored forecasts for ${set} are for other data: run bench/statsmodelsForecasts.py again)`);
  return same ? (_t, i) => stored[i].forecast : undefined;
}

const sets = heldOutSets();
if (process.argv.includes('--export')) {
  // The held-out tests, for bench/statsmodelsForecasts.py to forecast.
  const out = process.argv[process.argv.indexOf('--export') + 1];
  writeFileSync(out, JSON.stringify(Object.fromEntries(Object.entries(sets).map(([name, { tests }]) => [name, tests]))));
  console.log(`Wrote the held-out tests to ${out}.`);
} else {
  console.log('\nBASELINE held out on public monthly series (MAPE and WAPE, lower is better)');
  for (const [name, { title, tests }] of Object.entries(sets)) {
    const statsmodels = statsmodelsFor(name, tests);
    report(title, tests, {
      'seasonal naive': (t) => t.history.slice(-12),
      'the classic Holt-Winters fit run here': (t) => classicHoltWinters(t.history, 12),
      ...(statsmodels ? { "statsmodels' Holt-Winters (start estimated)": statsmodels } : {}),
    });
  }
}
