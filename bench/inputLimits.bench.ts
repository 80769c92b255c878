/**
 * Each catalogue function at its documented largest input, through the built Apps Script bundle:
 * the time it takes there, against the 1 s each must answer within (Office restarts an add-in
 * blocked for 5 s, Sheets stops a custom function at 30 s), and against a peer measured in the
 * same run: WINRATE reading as many cells, the cheapest pass over the same data.
 * Prints, asserts nothing (tests/catalogue/inputLimits.test.ts checks the limits are enforced).
 *
 * Functions whose cost is not linear get realistic inputs (random places, noisy curves); the rest
 * repeat the rows of their largest valid case up to the limit.
 */
import { CATALOGUE, CatalogueFunction, LARGEST_INPUT, largestInputOf } from '../core';
import { CASES_BY_FUNCTION } from '../core/functions/allCases';
import { CaseArg } from '../core/kit/catalogue';
import { LARGEST_FIT, LARGEST_SCORING } from '../core/functions/leads';
import { isRangeArg, sheetsArg } from '../tests/harness/caseValues';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { fmt, medianMs, seededRandom } from './timing';

type Call = (...args: unknown[]) => unknown;
const bundle = appsScriptInThisRealm() as unknown as Record<string, Call>;
const random = seededRandom(7);
const limitOf = (name: string, param: string) => largestInputOf(CATALOGUE.find((f) => f.name === name)!.params.find((p) => p.name === param)!);
const columnOf = (n: number, value: () => unknown) => Array.from({ length: n }, () => [value()]);

/** Inputs for the functions whose cost grows faster than their input, at their limits. */
const REALISTIC: Record<string, () => { args: unknown[]; cells: number; what: string }> = {
  VISITORDER: () => {
    const n = limitOf('VISITORDER', 'latitudes');
    return { args: [columnOf(n, () => 50 + random() * 5), columnOf(n, () => -5 + random() * 6)], cells: 2 * n, what: `${n} random places` };
  },
  FITRESPONSE: () => {
    const n = limitOf('FITRESPONSE', 'spend');
    const spend = columnOf(n, () => 100 + random() * 10_000) as number[][];
    return { args: [spend, spend.map(([s]) => [((5000 * s) / (2000 + s)) * (0.9 + 0.2 * random())])], cells: 2 * n, what: `${n} noisy periods` };
  },
  BASELINE: () => {
    const n = limitOf('BASELINE', 'history');
    return {
      args: [Array.from({ length: n }, (_, i) => [1000 + 100 * Math.sin((i * Math.PI) / 6) + random() * 50]), 12],
      cells: n,
      what: `${n} seasonal months`,
    };
  },
  ALLOCATE: () => {
    const lines = limitOf('ALLOCATE', 'curves') / 4;
    const curves = Array.from({ length: lines }, () => ['hill', 1000 + random() * 9000, 500 + random() * 5000, 0.5 + random() * 3]);
    return { args: [lines * 1000, curves], cells: lines * 4, what: `${lines} Hill curves` };
  },
  LEADSCORE: () => {
    const rules = 100;
    const n = LARGEST_SCORING / rules;
    const leads = [
      ['Source', 'Visits', 'Company'],
      ...Array.from({ length: n }, () => [`S${Math.floor(random() * 9)}`, Math.floor(random() * 20), `C${Math.floor(random() * 1000)}`]),
    ];
    const table = Array.from({ length: rules }, (_, i) =>
      i % 2 ? ['Source', 'is', `s${i % 9}`, 5, `G${i % 5}`] : ['Visits', 'at least', i % 20, 3, `G${i % 5}`],
    );
    return { args: [leads, table], cells: 3 * n + 5 * rules, what: `${n} leads × ${rules} rules` };
  },
  LEADMODEL: () => {
    const terms = 50; // 2 numeric columns and a source of 49 levels
    const n = Math.floor(LARGEST_FIT / (terms + 1) ** 2);
    const features = [
      ['Visits', 'Size', 'Source'],
      ...Array.from({ length: n }, () => [Math.floor(random() * 20), random() * 1000, `S${Math.floor(random() * 49)}`]),
    ];
    const outcomes = [['Outcome'], ...features.slice(1).map((f) => [random() < 0.3 + (f[0] as number) / 40 ? 'Won' : 'Lost'])];
    return { args: [features, outcomes], cells: 4 * n, what: `${n} leads, ${terms} terms` };
  },
};

const rowsOf = (arg: CaseArg) => (isRangeArg(arg) ? arg.length : 0);
const isError = (expect: unknown) => typeof expect === 'object' && expect !== null && 'error' in expect;

/** The largest valid case, its longest ranges repeated row by row up to their parameters' limits. */
function repeatedCase(fn: CatalogueFunction): { args: unknown[]; cells: number; what: string } | undefined {
  const cases = (CASES_BY_FUNCTION[fn.name] ?? []).filter((c) => !isError(c.expect) && c.args.some(isRangeArg));
  if (cases.length === 0) return undefined;
  const best = cases.reduce((a, b) => (Math.max(...b.args.map(rowsOf)) > Math.max(...a.args.map(rowsOf)) ? b : a));
  const longest = Math.max(...best.args.map(rowsOf));
  const grown = best.args.map((arg, i) => (isRangeArg(arg) && arg.length === longest && longest > 1 ? i : -1)).filter((i) => i >= 0);
  if (grown.length === 0) return undefined;
  const rows = Math.min(...grown.map((i) => Math.floor(largestInputOf(fn.params[i]) / (best.args[i] as CaseArg[][])[0].length)));
  let cells = 0;
  const args = best.args.map((arg, i) => {
    if (!grown.includes(i)) return sheetsArg(arg);
    const range = Array.from({ length: rows }, (_, r) => (arg as readonly (readonly unknown[])[])[r % longest]);
    cells += rows * range[0].length;
    return sheetsArg(range as CaseArg);
  });
  return { args, cells, what: `${rows} rows` };
}

function describe(result: unknown): string {
  if (Array.isArray(result)) return `a ${result.length}-row table`;
  return typeof result === 'number' ? 'a number' : String(result).slice(0, 40);
}

// The peer: WINRATE over the most cells any argument takes, scaled to each input's cells.
const peerOutcomes = columnOf(LARGEST_INPUT, () => (random() < 0.5 ? 'Won' : 'Lost'));
const peerMs = medianMs(() => bundle.WINRATE(peerOutcomes), 3);

console.log('\nEach function at its largest input, in the Apps Script bundle (median of 3). Goal: < 1,000 ms.');
console.log(`${'function'.padEnd(16)}${'input'.padEnd(26)}${'time'.padStart(12)}  ${'of 1 s'.padStart(7)}  × WINRATE a cell  answer`);
for (const fn of CATALOGUE) {
  const input = REALISTIC[fn.name]?.() ?? repeatedCase(fn);
  if (!input) {
    console.log(`${fn.name.padEnd(16)}single values only: constant cost`);
    continue;
  }
  let result: unknown;
  const ms = medianMs(() => {
    try {
      result = bundle[fn.name](...input.args);
    } catch (error) {
      result = error instanceof Error ? error.message : error;
    }
  }, 3);
  const peer = (peerMs * input.cells) / LARGEST_INPUT;
  const share = `${((ms / 1000) * 100).toFixed(0)}%`;
  console.log(
    `${fn.name.padEnd(16)}${input.what.padEnd(26)}${fmt(ms)}  ${share.padStart(7)}  ${`${(ms / peer).toFixed(1)}×`.padStart(8)}         ${describe(result)}`,
  );
}
