/**
 * Plan builds and baseline accuracy, measured in one run; prints, asserts nothing.
 * 1. The sales plan for 10, 100 and 1,000 children × 12 months: building it in core, rendering it
 *    in each host's fake (Excel, Apps Script, HyperFormula), and the round trips each took.
 * 2. BASELINE's forecast error (MAPE) on the public Superstore monthly revenue, 2017 held out,
 *    against a seasonal-naive forecast (2017 = 2016) on the same months.
 */
import { HyperFormula } from 'hyperformula';
import { buildSalesPlan, defaultAnswers, SalesPlanAnswers } from '../core/plans/salesPlan';
import { holtWinters, meanAbsolutePercentageError } from '../core/functions/targets';
import { renderPlanInExcel } from '../excel-addin/src/renderPlanInExcel';
import { hyperFormulaContent } from '../preview/src/planContent';
import { MONTHLY_REVENUE } from '../preview/src/sample';
import { loadAppsScript } from '../tests/harness/appsScript';
import { fmt, medianMs } from './timing';

function answersWith(children: number): SalesPlanAnswers {
  return {
    ...defaultAnswers(2027),
    children: Array.from({ length: children }, (_, i) => ({ name: `Rep ${i + 1}`, driver: 1000 + ((i * 7919) % 9000), lock: i % 25 === 0 ? 5000 : null })),
  };
}

/** Office.js in miniature: every queued call is accepted, and context.sync() is counted. */
function installExcelFake(): { syncs: () => number } {
  let syncs = 0;
  const anything: unknown = new Proxy(function () {}, {
    get: (_t, key) => (key === 'items' ? [] : key === 'then' ? undefined : anything),
    set: () => true,
    apply: () => anything,
  });
  const context = { workbook: anything, sync: async () => void (syncs += 1) };
  // Office.js enumerations (ChartType, ConditionalFormatType, DataValidationOperator…) read as their member names.
  const enumeration = new Proxy({}, { get: (_t, member) => String(member) });
  const run = async (callback: (c: unknown) => Promise<unknown>) => callback(context);
  (globalThis as Record<string, unknown>).Excel = new Proxy({ run }, { get: (target, key) => (key === 'run' ? target.run : enumeration) });
  return { syncs: () => syncs };
}

async function main(): Promise<void> {
  console.log('Sales plan build and render, children × 12 months (median of 5 runs)');
  console.log(
    `${'children'.padStart(8)} ${'build (core)'.padStart(14)} ${'Excel fake'.padStart(12)} ${'syncs'.padStart(6)} ${'Apps Script'.padStart(12)} ${'writes'.padStart(7)} ${'HyperFormula'.padStart(13)}`,
  );
  for (const n of [10, 100, 1000]) {
    const answers = answersWith(n);
    const plan = buildSalesPlan(answers);
    const buildMs = medianMs(() => buildSalesPlan(answers));
    const excel = installExcelFake();
    const excelTimes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      await renderPlanInExcel(plan);
      excelTimes.push(performance.now() - start);
    }
    excelTimes.sort((a, b) => a - b);
    const json = JSON.parse(JSON.stringify(plan));
    let writes = 0;
    const sheetsMs = medianMs(() => {
      const { context, calls } = loadAppsScript();
      context.renderPlan(json);
      writes = calls.filter((c) => /^(set|insertChart)/.test(c.method)).length;
    });
    const hfMs = medianMs(() => {
      const sheet = plan.sheets[0];
      const hf = HyperFormula.buildFromSheets({ [sheet.name]: hyperFormulaContent(sheet) } as never, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
      hf.destroy();
    }, 3);
    console.log(
      `${String(n).padStart(8)} ${fmt(buildMs).padStart(14)} ${fmt(excelTimes[2]).padStart(12)} ${String(excel.syncs() / 5).padStart(6)} ${fmt(sheetsMs).padStart(12)} ${String(writes).padStart(7)} ${fmt(hfMs).padStart(13)}`,
    );
  }

  const revenue = MONTHLY_REVENUE.map(([, value]) => value);
  const train = revenue.slice(0, revenue.length - 12);
  const heldOut = revenue.slice(-12);
  const fit = holtWinters(train, 12, 12);
  if (!('forecast' in fit)) throw new Error(fit.message);
  const seasonalNaive = train.slice(-12);
  const hwError = meanAbsolutePercentageError(heldOut, fit.forecast);
  const naiveError = meanAbsolutePercentageError(heldOut, seasonalNaive);
  console.log(
    `\nBASELINE on Superstore monthly revenue (${MONTHLY_REVENUE[0][0]} to ${MONTHLY_REVENUE[MONTHLY_REVENUE.length - 1][0]}), the last 12 months held out:`,
  );
  console.log(`  BASELINE (the average of ${fit.fits.length} models)  MAPE ${(hwError * 100).toFixed(1)}%`);
  console.log(`  seasonal naive (same month last year)   MAPE ${(naiveError * 100).toFixed(1)}%`);
  console.log(`  ratio BASELINE / naive               ${(hwError / naiveError).toFixed(2)}`);
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(
    `  annual total: actual ${Math.round(total(heldOut)).toLocaleString('en-US')}, Holt-Winters ${Math.round(total(fit.forecast)).toLocaleString('en-US')}, naive ${Math.round(total(seasonalNaive)).toLocaleString('en-US')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
