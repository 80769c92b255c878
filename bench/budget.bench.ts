/**
 * ALLOCATE at the most lines it takes (LARGEST_CURVES), printing against a peer measured in the same run:
 * 500 lines of mixed concave curves (log, exp, Hill α < 1) with bounds, through the built Apps
 * Script bundle and in core, against a plain reference: bisection on λ (200 halvings, no regula
 * falsi) over the same best responses, and the objective each reaches. Goals: core < 50 ms, Apps
 * Script < 1 s. Prints, asserts nothing.
 */
import { CATALOGUE, invokeFunction } from '../core';
import { curveReturn, responseCurve, spendAtMarginal, ResponseCurve, LARGEST_CURVES } from '../core/functions/budget';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { fmt, medianMs } from './timing';

const LINES = LARGEST_CURVES / 4;
const BUDGET = 100_000;
const kinds = ['log', 'exp', 'hill'] as const;
const table = Array.from({ length: LINES }, (_, i) => [kinds[i % 3], 100 + (i % 97) * 10, 50 + (i % 31) * 7, 0.5 + (i % 5) * 0.1]);
const lower = Array.from({ length: LINES }, (_, i) => [i % 10]);
const upper = Array.from({ length: LINES }, (_, i) => [i % 7 === 0 ? 500 : null]);
const curves = table.map((r) => responseCurve(r[0] as string, r[1] as number, r[2] as number, r[3] as number) as ResponseCurve);

/** The plain reference: halve the bracket on λ 200 times, each line at its clamped inverse marginal. */
function reference(): number[] {
  const at = (lambda: number) => curves.map((c, i) => Math.min(upper[i][0] ?? Infinity, Math.max(lower[i][0], spendAtMarginal(c, lambda))));
  let [lo, hi] = [1e-12, 1e12];
  for (let k = 0; k < 200; k += 1) {
    const mid = Math.sqrt(lo * hi);
    if (at(mid).reduce((s, x) => s + x, 0) > BUDGET) lo = mid;
    else hi = mid;
  }
  return at(hi);
}

const objective = (xs: number[]) => xs.reduce((s, x, i) => s + curveReturn(curves[i], x), 0);
const allocate = CATALOGUE.find((fn) => fn.name === 'ALLOCATE')!;
const appsScript = appsScriptInThisRealm();
const core = medianMs(() => invokeFunction(allocate, [BUDGET, table, lower, upper]), 5);
const sheets = medianMs(() => appsScript.ALLOCATE(BUDGET, table, lower, upper), 3);
const plain = medianMs(reference, 3);
const ours = (invokeFunction(allocate, [BUDGET, table, lower, upper]) as number[][]).map((r) => r[0]);
const theirs = reference();
console.log(`\nALLOCATE: ${LINES.toLocaleString('en-US')} lines of log, exp and Hill (α < 1) curves with bounds (median)`);
console.log(`core              ${fmt(core)}   goal < 50 ms`);
console.log(`Apps Script bundle${fmt(sheets)}   goal < 1000 ms`);
console.log(`reference (plain bisection on λ, 200 halvings)${fmt(plain)}   core ÷ reference: ${(core / plain).toFixed(2)}×`);
console.log(`budget spent: ours ${ours.reduce((s, x) => s + x, 0)}, reference ${theirs.reduce((s, x) => s + x, 0)}`);
console.log(`return: ours ${objective(ours).toFixed(6)}, reference ${objective(theirs).toFixed(6)}`);

// S-shaped curves (Hill α > 1): against a brute-force grid run here (2 and 3 lines, 60 random sets
// each, α 1.5–10, small to ample budgets), and the time of the exact search at its largest size.
{
  let seed = 23;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const returnOf = (cs: ResponseCurve[], xs: number[]) => xs.reduce((s, x, i) => s + curveReturn(cs[i], x), 0);
  const grid = (budget: number, cs: ResponseCurve[], steps: number) => {
    let best = -Infinity;
    for (let a = 0; a <= steps; a += 1) {
      if (cs.length === 2) best = Math.max(best, returnOf(cs, [(a * budget) / steps, Math.max(0, budget - (a * budget) / steps)]));
      else
        for (let b = 0; a + b <= steps; b += 1)
          best = Math.max(best, returnOf(cs, [(a * budget) / steps, (b * budget) / steps, Math.max(0, budget - ((a + b) * budget) / steps)]));
    }
    return best;
  };
  const ratios: number[] = [];
  for (let k = 0; k < 120; k += 1) {
    const n = 2 + (k % 2);
    const rows = Array.from({ length: n }, () => ['hill', 50 + 200 * random(), 10 + 100 * random(), 1.5 + 8.5 * random()]);
    const cs = rows.map((r) => responseCurve(r[0] as string, r[1] as number, r[2] as number, r[3] as number) as ResponseCurve);
    const budget = 20 + 300 * random();
    const xs = (invokeFunction(allocate, [budget, rows]) as number[][]).map((r) => r[0]);
    ratios.push(returnOf(cs, xs) / grid(budget, cs, n === 2 ? 20000 : 600));
  }
  console.log(
    `\nALLOCATE on S-shaped curves: return ÷ brute-force grid's (120 sets of 2–3 lines): worst ${Math.min(...ratios).toFixed(9)}, median ${ratios.sort((a, b) => a - b)[60].toFixed(9)}`,
  );
  for (const n of [6, 7, 12]) {
    const rows = Array.from({ length: n + 4 }, (_, i) =>
      i < n ? ['hill', 1000 + 9000 * random(), 1000 + 5000 * random(), 2 + 8 * random()] : ['log', 1000 + 9000 * random(), 1000 + 5000 * random(), 1],
    );
    const ms = medianMs(() => appsScript.ALLOCATE(3000 * n, rows), 3);
    console.log(`${n} S-shaped lines and 4 log lines, Apps Script bundle: ${fmt(ms)} (${n <= 6 ? 'exact: every off/on choice' : 'search'})`);
  }
}
