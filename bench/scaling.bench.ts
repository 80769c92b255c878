/**
 * The functions whose work grows fastest with their input, at the sizes users reach, in core and
 * through the built Apps Script bundle (Sheets allows 30 s a call); prints, asserts nothing.
 * - CASCADE over 10,000 drivers (a rank for the largest-remainder step: one sort, O(n log n)),
 *   against the peer: sorting the same 10,000 numbers once, measured in the same run.
 * - BASELINE over a table of 24 months × 415 series (Holt-Winters fitted per column on a 500-point
 *   grid), against the peer: the "growth" method on the same table (one plain pass per series).
 */
import { CATALOGUE, invokeFunction } from '../core';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { fmt, medianMs, seededRandom } from './timing';

const byName = (name: string) => CATALOGUE.find((fn) => fn.name === name)!;
const random = seededRandom(7);
const drivers = Array.from({ length: 10_000 }, () => [Math.round(random() * 100_000)]);
const table = Array.from({ length: 24 }, (_, month) =>
  Array.from({ length: 415 }, (_, s) => Math.round(1000 + 300 * Math.sin((month / 12) * 2 * Math.PI + s) + 20 * month + random() * 100)),
);
const appsScript = appsScriptInThisRealm();

const rows: [string, () => unknown, () => unknown, () => unknown][] = [
  [
    'CASCADE, 10,000 drivers',
    () => invokeFunction(byName('CASCADE'), [12_345_678, drivers, undefined, 10]),
    () => appsScript.CASCADE(12_345_678, drivers, '', 10),
    () => drivers.map((d) => d[0]).sort((a, b) => a - b),
  ],
  [
    'BASELINE, 24 × 415 series',
    () => invokeFunction(byName('BASELINE'), [table]),
    () => appsScript.BASELINE(table),
    () => invokeFunction(byName('BASELINE'), [table, 12, 'growth', 0.1]),
  ],
];

console.log('\nScaling: the heaviest functions at the sizes users reach (median of 5 runs)');
console.log(`${'function, size'.padEnd(28)}${'core'.padStart(12)}${'Apps Script'.padStart(12)}${'peer'.padStart(12)}  core ÷ peer`);
for (const [label, core, sheets, peer] of rows) {
  const [c, s, p] = [core, sheets, peer].map((work) => medianMs(work));
  console.log(`${label.padEnd(28)}${fmt(c)}${fmt(s)}${fmt(p)}  ${(c / p).toFixed(1)}×`);
}
console.log('peers: CASCADE — one sort of the same drivers; BASELINE — the growth method on the same table.');
