/**
 * Every KPI over BENCH_ROWS rows (1,000,000 by default): the core function against the same
 * computation as native formulas (COUNTIFS / SUMIFS / SUMPRODUCT) in HyperFormula, in the same run;
 * then KPIBY through the built Apps Script bundle over 100,000 rows. Prints; asserts nothing.
 * Goal per KPI: under 50 ms per million rows in Node, and at least 5× the native formulas.
 */
import { appsScriptInThisRealm } from './appsScriptRealm';
import { HyperFormula } from 'hyperformula';
import { findFunction, invokeFunction } from '../core';
import { fmt, medianMs, seededRandom } from './timing';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const random = seededRandom(2027);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

// The columns of an opportunity table. Values are drawn first; then each column is built on its own,
// as Excel hands a custom function each argument: a fresh 2-D array of rows, null for blanks.
const draws = Array.from({ length: ROWS }, () => {
  const o = pick(['Won', 'Won', 'Lost', 'Open', 'No decision']);
  const start = 42000 + Math.floor(random() * 1400);
  return {
    o,
    amount: Math.round(100 + random() * 20000),
    start,
    end: o === 'Open' ? null : start + Math.floor(random() * 90),
    region: pick(['Central', 'East', 'South', 'West']),
    months: pick([1, 1, 3, 12]),
    years: pick([1, 2, 3]),
  };
});
const outcome: (string | null)[][] = draws.map((d) => [d.o]);
const amount: number[][] = draws.map((d) => [d.amount]);
const created: number[][] = draws.map((d) => [d.start]);
const closed: (number | null)[][] = draws.map((d) => [d.end]);
const region: string[][] = draws.map((d) => [d.region]);
const billingMonths: number[][] = draws.map((d) => [d.months]);
const termYears: number[][] = draws.map((d) => [d.years]);
draws.length = 0;
const stageTable = [
  ['Won', 1],
  ['Lost', 0],
  ['Open', 0.4],
  ['No decision', 0],
];

const N = ROWS;
const col = (letter: string) => `${letter}1:${letter}${N}`;
const [O, A, C, D, R, M, T] = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(col);

interface Bench {
  name: string;
  args: unknown[];
  native: string[];
}
// HyperFormula does not read scientific notation (1E12) in formulas: big numbers are written out.
const allBenches: Bench[] = [
  { name: 'WINRATE', args: [outcome], native: [`=COUNTIF(${O},"Won")/(COUNTIF(${O},"Won")+COUNTIF(${O},"Lost"))`] },
  { name: 'CLOSERATE', args: [outcome], native: [`=COUNTIF(${O},"Won")/COUNTA(${O})`] },
  { name: 'LEADCONVERSION', args: [closed, outcome], native: [`=COUNT(${D})/COUNTA(${O})`] },
  { name: 'AVGDEALSIZE', args: [amount, outcome], native: [`=SUMIFS(${A},${O},"Won")/COUNTIFS(${O},"Won")`] },
  { name: 'ACV', args: [amount, termYears], native: [`=SUMPRODUCT(${A}/${T})/COUNT(${A})`] },
  { name: 'MRR', args: [amount, billingMonths], native: [`=SUMPRODUCT(${A}/${M})`] },
  { name: 'ARR', args: [amount, billingMonths], native: [`=12*SUMPRODUCT(${A}/${M})`] },
  { name: 'SALESCYCLE', args: [created, closed, outcome], native: [`=SUMPRODUCT((${O}="Won")*(${D}-${C}))/COUNTIFS(${O},"Won")`] },
  { name: 'PIPECOVERAGE', args: [amount, 1e12, created], native: [`=SUM(${A})/(1000000000000-SUM(${C}))`] },
  { name: 'WEIGHTEDPIPE', args: [amount, outcome, stageTable], native: [`=SUMPRODUCT(${A}*((${O}="Won")+0.4*(${O}="Open")))`] },
  { name: 'ATTAINMENT', args: [amount, created], native: [`=SUM(${A})/SUM(${C})`] },
  { name: 'REVGROWTH', args: [amount, created], native: [`=(SUM(${A})-SUM(${C}))/SUM(${C})`] },
  { name: 'CMGR', args: [amount], native: [`=(INDEX(${A},${N})/INDEX(${A},1))^(1/(COUNT(${A})-1))-1`] },
  { name: 'GROSSMARGIN', args: [amount, termYears], native: [`=(SUM(${A})-SUM(${T}))/SUM(${A})`] },
  { name: 'CAC', args: [amount, created], native: [`=SUM(${A})/SUM(${C})`] },
  { name: 'CHURNRATE', args: [closed, outcome], native: [`=COUNT(${D})/COUNTA(${O})`] },
  { name: 'NRR', args: [created, amount, termYears, billingMonths], native: [`=(SUM(${C})-SUM(${A})-SUM(${T})+SUM(${M}))/SUM(${C})`] },
  { name: 'GRR', args: [created, amount, termYears], native: [`=(SUM(${C})-SUM(${A})-SUM(${T}))/SUM(${C})`] },
  { name: 'RETENTION', args: [outcome, closed, outcome], native: [`=(COUNTA(${O})-COUNT(${D}))/COUNTA(${O})`] },
  { name: 'QUICKRATIO', args: [amount, termYears, created, billingMonths], native: [`=(SUM(${A})+SUM(${T}))/(SUM(${C})+SUM(${M}))`] },
  { name: 'VELOCITY', args: [outcome, 0.25, 1000, 30], native: [`=COUNTA(${O})*0.25*1000/30`] },
  { name: 'RUNRATE', args: [amount, 3, 12], native: [`=SUM(${A})/3*12`] },
  { name: 'PACING', args: [amount, 1e12, 3, 12], native: [`=SUM(${A})/(1000000000000*3/12)`] },
  { name: 'REQPIPELINE', args: [1e15, 0.25, amount], native: [`=(1000000000000000-SUM(${A}))/0.25`] },
  {
    name: 'KPIBY',
    args: [region, outcome, amount, created, closed],
    native: ['Central', 'East', 'South', 'West'].flatMap((g) => [
      `=COUNTIFS(${R},"${g}",${O},"<>")`,
      `=COUNTIFS(${R},"${g}",${O},"Won")`,
      `=COUNTIFS(${R},"${g}",${O},"Lost")`,
      `=SUMIFS(${A},${R},"${g}",${O},"Won")`,
      `=SUMPRODUCT((${R}="${g}")*(${O}="Won")*(${D}-${C}))`,
    ]),
  },
];
// BENCH_ONLY=WINRATE,KPIBY measures just those.
const only = process.env.BENCH_ONLY?.split(',');
const benches = only ? allBenches.filter((b) => only.includes(b.name)) : allBenches;

console.log(`Sales Planner KPIs over ${ROWS.toLocaleString('en-US')} rows (core: median of 5 runs; native: HyperFormula, one run on a fresh engine)`);
console.log('Scalar-only KPIs (CACPAYBACK, LTV, LTVCAC) take single values: nothing to measure per row.');
console.log('This takes a few minutes: HyperFormula loads the columns afresh for every KPI, so no cached result is measured.\n');

// Core first, while the heap holds only the columns: HyperFormula's engines would slow its garbage collection.
const coreTimes = new Map(benches.map((b) => [b.name, medianMs(() => invokeFunction(findFunction(b.name)!, b.args))]));

if (process.env.CORE_ONLY) {
  for (const [name, ms] of coreTimes) console.log(`${name.padEnd(15)} ${fmt(ms)}`);
  process.exit(0);
}
const columns = [outcome, amount, created, closed, region, billingMonths, termYears];
const letters = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
console.log(`${'KPI'.padEnd(15)} ${'core'.padStart(12)} ${'ms per 1M'.padStart(10)} ${'native'.padStart(12)} ${'native/core'.padStart(12)}  goal`);
for (const bench of benches) {
  // Only the columns the native formulas read, in their usual places.
  const used = letters.map((letter) => bench.native.some((f) => f.includes(`${letter}1:`)));
  const sheet = outcome.map((_, i) => columns.map((column, c) => (used[c] ? column[i][0] : null)));
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', maxRows: ROWS + 10 });
  const start = performance.now();
  bench.native.forEach((formula, i) => hf.setCellContents({ sheet: 0, col: 10 + i, row: 0 }, formula));
  const nativeMs = performance.now() - start;
  hf.destroy();
  const coreMs = coreTimes.get(bench.name)!;
  const perMillion = (coreMs * 1_000_000) / ROWS;
  const ratio = nativeMs / coreMs;
  const misses = [perMillion > 50 ? '>50 ms' : '', ratio < 5 ? '<5×' : ''].filter(Boolean).join(', ');
  console.log(
    `${bench.name.padEnd(15)} ${fmt(coreMs)} ${perMillion.toFixed(1).padStart(10)} ${fmt(nativeMs)} ${ratio.toFixed(1).padStart(11)}×  ${misses ? `missed (${misses})` : 'met'}`,
  );
}

// Apps Script: the built Code.js in a realm of its own, KPIBY over 100,000 rows as Sheets passes them ('' blanks, Date objects).
const SHEETS_ROWS = 100_000;
const toDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));
const sheetsArgs = [
  region.slice(0, SHEETS_ROWS),
  outcome.slice(0, SHEETS_ROWS),
  amount.slice(0, SHEETS_ROWS),
  created.slice(0, SHEETS_ROWS).map(([s]) => [toDate(s)]),
  closed.slice(0, SHEETS_ROWS).map(([s]) => [s === null ? '' : toDate(s)]),
];
const kpiby = appsScriptInThisRealm().KPIBY;
const sheetsMs = medianMs(() => kpiby(...sheetsArgs), 3);
console.log(`\nApps Script bundle: KPIBY over ${SHEETS_ROWS.toLocaleString('en-US')} rows ${fmt(sheetsMs)} (Sheets allows 30 s per custom function)`);
