/**
 * ALLOCATE at the size the issue names, printing against a peer measured in the same run:
 * 10,000 lines of mixed concave curves (log, exp, Hill α < 1) with bounds, through the built Apps
 * Script bundle and in core, against a plain reference: bisection on λ (200 halvings, no regula
 * falsi) over the same best responses, and the objective each reaches. Goals: core < 50 ms, Apps
 * Script < 1 s. Prints, asserts nothing.
 */
import { CATALOGUE, invokeFunction } from '../core';
import { curveReturn, responseCurve, spendAtMarginal, ResponseCurve } from '../core/functions/budget';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { fmt, medianMs } from './timing';

const LINES = 10_000;
const BUDGET = 2_000_000;
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
