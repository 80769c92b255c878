/**
 * WINRATE over 1,000,000 cells: the core function against the same computation as native formulas
 * in HyperFormula, measured in the same run. Prints times and their ratio; asserts nothing.
 */
import { HyperFormula } from 'hyperformula';
import { WINRATE } from '../core/functions/byName';
import { invokeFunction } from '../core';
import { fmt, medianMs, seededRandom } from './timing';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const random = seededRandom(2027);
const labels = ['Won', 'Lost', 'Open', 'No decision'];
// Excel hands a custom function a 2-D array of rows; this is that array.
const column = Array.from({ length: ROWS }, () => [labels[Math.floor(random() * labels.length)]]);

const coreMs = medianMs(() => invokeFunction(WINRATE, [column]));
const coreResult = invokeFunction(WINRATE, [column]);

const nativeFormula = `=COUNTIF(A1:A${ROWS},"Won")/(COUNTIF(A1:A${ROWS},"Won")+COUNTIF(A1:A${ROWS},"Lost"))`;
const nativeTimes: number[] = [];
let nativeResult: unknown;
for (let run = 0; run < 3; run += 1) {
  // A fresh engine each run: HyperFormula caches COUNTIF results, and a cached answer is not a measurement.
  const hf = HyperFormula.buildFromArray(column, { licenseKey: 'gpl-v3', maxRows: ROWS + 1 });
  const start = performance.now();
  hf.setCellContents({ sheet: 0, col: 1, row: 0 }, nativeFormula);
  nativeResult = hf.getCellValue({ sheet: 0, col: 1, row: 0 });
  nativeTimes.push(performance.now() - start);
  hf.destroy();
}
nativeTimes.sort((a, b) => a - b);
const nativeMs = nativeTimes[1];

console.log(`WINRATE over ${ROWS.toLocaleString('en-US')} cells (median of runs, same process)`);
console.log(`  core WINRATE                         ${fmt(coreMs)}   result ${coreResult}`);
console.log(`  HyperFormula COUNTIF/COUNTIF formula ${fmt(nativeMs)}   result ${nativeResult}`);
console.log(`  ratio native / core                  ${(nativeMs / coreMs).toFixed(1).padStart(9)} ×`);
