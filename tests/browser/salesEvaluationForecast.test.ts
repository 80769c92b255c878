/**
 * The evaluation's forecast as a manager uses it in the preview at the start of a year: the sample
 * Opportunities as actuals, the sample Pipeline's open deals selected as the pipeline, 2018 with
 * targets at 2017's actuals plus growth, Build; the Evaluation shows each month's weighted forecast
 * (as PIPEFORECAST computes it) beside the target still to go, and a deal's probability raised on
 * the Pipeline sheet moves its month's forecast. Screenshots of the pipeline step and of the block.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EVALUATION_LAYOUT as L, FORECAST_COLUMNS as F } from '../../core/plans/salesEvaluation';
import { openDeals, pipelineForecast } from '../../core/functions/forecast';
import { CellValue } from '../../core/kit/cells';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES, SAMPLE_PIPELINE } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const numberIn = (text: string | null) => Number((text ?? '').replace(/[$,%]/g, ''));
const JAN_2018 = 43101;

/** Each month's weighted forecast of 2018 as core computes it from the sample's pipeline, with one probability changed. */
function weightedByMonth(probabilityOf: (row: number) => CellValue = (row) => SAMPLE_PIPELINE.rows[row][6]): number[] {
  const rows = SAMPLE_PIPELINE.rows;
  const column = (i: number) => rows.map((r) => r[i] as CellValue);
  const deals = openDeals(
    column(4),
    column(7),
    rows.map((_, i) => probabilityOf(i)),
    column(8),
  );
  const table = pipelineForecast(deals as never, JAN_2018, 12) as (string | number)[][];
  return table.slice(1).map((row) => row[1] as number);
}

describeInBrowser("the evaluation's forecast of the open pipeline in the preview", () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (ref: string) => page.locator(`.pv-sheet-holder td[data-cell="${ref}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `forecast-${name}.png`) });
  const tab = (name: string) => page.locator('.pv-tab', { hasText: new RegExp(`^${name}$`) }).click();
  const selectAll = async (sheet: string, last: string) => {
    await tab(sheet);
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await expect(page.locator('.pv-address').inputValue()).resolves.toBe(`A1:${last}`);
  };

  /** The Evaluation tab with the sample's Opportunities as the actuals and its Pipeline as the open deals. */
  const readActualsAndPipeline = async () => {
    await page.locator('.sp-tab', { hasText: /^Evaluation$/ }).click();
    await selectAll('Opportunities', `K${SAMPLE_OPPORTUNITIES.rows.length + 1}`);
    await page.getByRole('button', { name: 'Use the selected cells as the actuals' }).click();
    await selectAll('Pipeline', `I${SAMPLE_PIPELINE.rows.length + 1}`);
    await page.getByRole('button', { name: 'Use the selected cells as the open pipeline' }).click();
  };
  /** On from the first step: 2018 at its start, targets at 2017's actuals plus growth, Build. */
  const buildFor2018 = async () => {
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByLabel('Year').fill('2018');
    await page.getByLabel('Year').press('Tab');
    await page.getByLabel('Months gone by').fill('0');
    await page.getByLabel('Months gone by').press('Tab');
    await page.getByRole('button', { name: "Targets: 2017's actuals plus growth" }).click();
    await page.locator('[data-field="targetsRead"]', { hasText: /^\d+ targets/ }).waitFor();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Build the evaluation and dashboard' }).click();
    await page.locator('.sp-status', { hasText: /^Built “Evaluation”/ }).waitFor();
  };

  it('forecasts 2018 from the open deals beside the target still to go, and follows a deal edited on the Pipeline sheet', async () => {
    await readActualsAndPipeline();
    await page.getByText(`Forecast from ${SAMPLE_PIPELINE.rows.length} open deals in Pipeline!A1:I${SAMPLE_PIPELINE.rows.length + 1}.`).waitFor();
    await expect(page.getByLabel('Expected close date field').inputValue()).resolves.toBe('Expected close');
    await expect(page.getByLabel('Probability field').inputValue()).resolves.toBe('Probability');
    await expect(page.getByLabel('Forecast category field').inputValue()).resolves.toBe('Forecast category');
    await shot('1-pipeline');
    await buildFor2018();

    await tab('Evaluation');
    const expected = weightedByMonth();
    const shown = async (m: number) => numberIn(await cell(a1(L.firstMonth + m, F.weighted)).textContent());
    // Money shows in whole units on the sheet.
    for (const m of [0, 1, 2, 3]) expect(await shown(m)).toBe(Math.round(expected[m]));
    expect(await cell(a1(L.monthsHeader, F.firstCategory + 2)).textContent()).toBe('Commit');
    expect(numberIn(await cell(a1(L.firstMonth, F.toGo)).textContent())).toBeGreaterThan(0);
    // The block sits beside the months, right of them: a person goes there.
    await page.locator('.pv-address').fill(a1(L.firstMonth + 12, F.firstCategory + 3));
    await page.locator('.pv-address').press('Enter');
    await shot('2-evaluation');

    // The first January deal's probability raised to 90% on the Pipeline sheet, without the add-in.
    const row = SAMPLE_PIPELINE.rows.findIndex((r) => (r[7] as number) >= JAN_2018 && (r[7] as number) < JAN_2018 + 31);
    await tab('Pipeline');
    await page.locator('.pv-address').fill(`G${row + 2}`);
    await page.locator('.pv-address').press('Enter');
    await page.keyboard.type('90%');
    await page.keyboard.press('Enter');
    await tab('Evaluation');
    const raised = weightedByMonth((i) => (i === row ? 0.9 : SAMPLE_PIPELINE.rows[i][6]));
    await page.waitForFunction(
      ([ref, want]) =>
        Math.abs(Number(document.querySelector(`.pv-sheet-holder td[data-cell="${ref}"]`)?.textContent?.replace(/[$,%]/g, '')) - Number(want)) <= 0.5,
      [a1(L.firstMonth, F.weighted), raised[0]] as const,
    );
    expect(raised[0]).toBeGreaterThan(expected[0]);
    await shot('3-after-edit');
  }, 120_000);

  it('weighs each deal by its stage from a stage table typed in the pane, and follows a stage retyped on the sheet', async () => {
    await readActualsAndPipeline();
    await page.getByLabel('Probability from').selectOption('stage');
    await expect(page.getByLabel('Stage field').inputValue()).resolves.toBe('Stage');
    const box = page.getByLabel('Stage probabilities, a line each: Stage: 40%');
    // The standard stages come with their probabilities; the sample's own two are left to type.
    await expect(box.inputValue()).resolves.toBe('Prospecting: 10%\nQualification: 10%\nProposal: \nNegotiation: ');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.locator('[data-field="stages"] .sp-field-error').textContent()).resolves.toBe(
      'The probability of "Proposal" must be from 0% to 100% (type 40% or 0.4).',
    );
    await box.fill('Prospecting: 10%\nQualification: 25%\nProposal: 50%\nNegotiation: 75%');
    await shot('4-stages');
    await buildFor2018();

    await tab('Evaluation');
    // The sample's probabilities are its stages': the same forecast as from the probability field.
    const expected = weightedByMonth();
    for (const m of [0, 1, 2]) expect(numberIn(await cell(a1(L.firstMonth + m, F.weighted)).textContent())).toBe(Math.round(expected[m]));
    await page.locator('.pv-address').fill('AF9');
    await page.locator('.pv-address').press('Enter');
    await expect(cell('AF11').textContent()).resolves.toBe('Stage');
    await expect(cell('AF12').textContent()).resolves.toBe('Prospecting');
    await cell('AG12').click();
    await page.keyboard.type('40%');
    await page.keyboard.press('Enter');
    const raised = weightedByMonth((i) => (SAMPLE_PIPELINE.rows[i][5] === 'Prospecting' ? 0.4 : SAMPLE_PIPELINE.rows[i][6]));
    await page.locator('.pv-address').fill(a1(L.firstMonth, F.weighted));
    await page.locator('.pv-address').press('Enter');
    await page.waitForFunction(
      ([ref, want]) =>
        Math.abs(Number(document.querySelector(`.pv-sheet-holder td[data-cell="${ref}"]`)?.textContent?.replace(/[$,%]/g, '')) - Number(want)) <= 0.5,
      [a1(L.firstMonth, F.weighted), raised[0]] as const,
    );
    expect(raised.some((v, m) => v !== expected[m])).toBe(true);
    // The stage table in view, as a person scrolls to it: its right end, then its first cell.
    for (const ref of ['AP9', 'AF9']) {
      await page.locator('.pv-address').fill(ref);
      await page.locator('.pv-address').press('Enter');
    }
    await shot('5-stage-table');
  }, 120_000);
});
