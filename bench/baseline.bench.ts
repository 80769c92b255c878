/**
 * BASELINE held out on public monthly series, against two references run here: seasonal naive
 * (last year again) and a classic Holt-Winters fit (additive trend, multiplicative season, its three
 * weights chosen by Nelder–Mead on the one-step squared error, as statsmodels' default fit does).
 * The series (bench/publicDatasets.ts): Superstore's sales by region, category and both (fitted on
 * 36 months → the next 12, and 24 → 12); unemployment in 14 US industries (each year 2005–2009
 * held out, fitted on the five years before); CO₂ at Mauna Loa (each year 2010–2019 held out, fitted
 * on the ten before). Mean MAPE is led by a few months near 0 (a month of 29 against a year of
 * thousands), so WAPE, the median and the geometric mean of the ratios are printed too. Prints,
 * asserts nothing.
 */
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

/** MAPE (mean, median), WAPE and the ratios against the references, over every held-out test. */
function report(title: string, tests: readonly HeldOut[]): void {
  const scores = { ours: [] as number[], naive: [] as number[], classic: [] as number[] };
  const wape = { ours: 0, naive: 0, classic: 0, actual: 0 };
  for (const { history, held } of tests) {
    const fit = holtWinters(history, 12, 12);
    if ('kind' in fit) continue;
    const naive = history.slice(-12);
    const classic = classicHoltWinters(history, 12);
    scores.ours.push(meanAbsolutePercentageError(held, fit.forecast));
    scores.naive.push(meanAbsolutePercentageError(held, naive));
    scores.classic.push(meanAbsolutePercentageError(held, classic));
    held.forEach((a, i) => {
      wape.ours += Math.abs(fit.forecast[i] - a);
      wape.naive += Math.abs(naive[i] - a);
      wape.classic += Math.abs(classic[i] - a);
      wape.actual += Math.abs(a);
    });
  }
  const [ours, naive, classic] = [mean(scores.ours), mean(scores.naive), mean(scores.classic)];
  console.log(`${title} (${scores.ours.length} series-years):`);
  console.log(
    `  mean MAPE BASELINE ${ours.toFixed(3)}, seasonal naive ${naive.toFixed(3)} (ratio ${(ours / naive).toFixed(3)}), classic Holt-Winters ${classic.toFixed(3)} (ratio ${(ours / classic).toFixed(3)})`,
  );
  console.log(
    `  median MAPE BASELINE ${median(scores.ours).toFixed(3)}, seasonal naive ${median(scores.naive).toFixed(3)}, classic Holt-Winters ${median(scores.classic).toFixed(3)}; ` +
      `BASELINE nearer than the classic fit on ${scores.ours.filter((x, i) => x <= scores.classic[i]).length} of ${scores.ours.length}`,
  );
  console.log(
    `  geometric mean of the MAPE ratios, series-year by series-year (no one series-year decides it): ` +
      `against seasonal naive ${geometricMean(scores.ours.map((x, i) => x / scores.naive[i])).toFixed(3)}, against the classic fit ${geometricMean(scores.ours.map((x, i) => x / scores.classic[i])).toFixed(3)}`,
  );
  console.log(
    `  WAPE BASELINE ${(wape.ours / wape.actual).toFixed(3)}, seasonal naive ${(wape.naive / wape.actual).toFixed(3)}, classic Holt-Winters ${(wape.classic / wape.actual).toFixed(3)}`,
  );
}

const { superstore, unemployment, co2 } = monthlySeries();
console.log('\nBASELINE held out on public monthly series (MAPE and WAPE, lower is better)');
for (const trained of [36, 24])
  report(
    `Superstore sales, ${superstore.length} series, fitted on ${trained} months, the next 12 scored`,
    superstore.map((s) => ({ history: s.values.slice(0, trained), held: s.values.slice(trained, trained + 12) })),
  );
report(
  `Unemployment in ${unemployment.length} US industries, each of 2005–2009 held out, fitted on the five years before`,
  heldOutYears(unemployment, [2005, 2006, 2007, 2008, 2009], 5),
);
report(
  'CO₂ at Mauna Loa, each of 2010–2019 held out, fitted on the ten years before',
  heldOutYears([co2], [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019], 10),
);
