/**
 * Apps Script cold start: Sheets may evaluate the whole Code.js before each custom-function call,
 * so the bundle's parse-and-run time is paid per call. Measures, in a fresh `vm` context per run,
 * evaluating the built Code.js and calling WINRATE once, against the peer: a minimal script that
 * defines WINRATE by hand and does the same call. Prints, asserts nothing.
 *
 * Each run's source gets a unique trailing comment so that V8's per-isolate compilation cache
 * cannot skip the parse (Apps Script does not share one between executions either).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';

const codePath = join(__dirname, '..', 'dist', 'sheets', 'Code.js');
const bundle = readFileSync(codePath, 'utf8');
const minimal = `function WINRATE(outcomes) {
  var won = 0, decided = 0;
  for (var r = 0; r < outcomes.length; r++) for (var c = 0; c < outcomes[r].length; c++) {
    var v = String(outcomes[r][c]).toLowerCase();
    if (v === 'won') { won++; decided++; } else if (v === 'lost') decided++;
  }
  return won / decided;
}`;
const outcomes = [['Won'], ['Lost'], ['Won'], ['Open']];

/**
 * Median time of one cold call: evaluate the script in a fresh context and call WINRATE once.
 * `withContext` counts making the context too (a new sandbox per execution, as Apps Script does).
 */
function coldCallMs(source: string, withContext: boolean, runs = 41): number {
  const times: number[] = [];
  for (let run = 0; run < runs + 5; run += 1) {
    const unique = `${source}\n// run ${run} ${Math.random()}`;
    const before = performance.now();
    const context = vm.createContext({});
    const start = withContext ? before : performance.now();
    vm.runInContext(unique, context);
    vm.runInContext('WINRATE', context)(outcomes);
    if (run >= 5) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;
console.log(`\nApps Script cold start: evaluate the script and call WINRATE once (median of 41 runs)`);
console.log(`${''.padEnd(34)}${'script only'.padStart(11)}${'with a new context'.padStart(20)}`);
const rows = [
  [`Code.js (${(statSync(codePath).size / 1024).toFixed(0)} KB)`, bundle],
  ['minimal script (peer)', minimal],
] as const;
const [[bundleOnly, bundleAll], [minimalOnly, minimalAll]] = rows.map(([, source]) => [coldCallMs(source, false), coldCallMs(source, true)]);
console.log(`${rows[0][0].padEnd(34)}${ms(bundleOnly)}${ms(bundleAll).padStart(20)}`);
console.log(`${rows[1][0].padEnd(34)}${ms(minimalOnly)}${ms(minimalAll).padStart(20)}`);
console.log(`Code.js ÷ minimal: ${(bundleOnly / minimalOnly).toFixed(0)}× script only, ${(bundleAll / minimalAll).toFixed(1)}× with a new context`);
