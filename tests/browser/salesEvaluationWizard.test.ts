/**
 * The evaluation wizard as a manager runs it in the preview: the sample Opportunities selected by
 * keyboard, targets at last year's actuals plus growth, review, Build; then an actual edited on the
 * Opportunities sheet moves the variance and status on the Evaluation sheet and the Dashboard's
 * attainment. Screenshots of each step and of the dashboard's charts.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DASHBOARD_LAYOUT as D, CHILD_COLUMNS as C, EVALUATION_LAYOUT as L } from '../../core/plans/salesEvaluation';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const LAST_ROW = SAMPLE_OPPORTUNITIES.rows.length + 1;
const numberIn = (text: string | null) => Number((text ?? '').replace(/[,%]/g, ''));

describeInBrowser('the evaluation wizard in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (ref: string) => page.locator(`.pv-sheet-holder td[data-cell="${ref}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `evaluation-${name}.png`) });
  const next = () => page.getByRole('button', { name: 'Next →' }).click();
  /** A sheet's tab under the grid (the pane has an Evaluation tab too). */
  const tab = (name: string) => page.locator('.pv-tab', { hasText: new RegExp(`^${name}$`) }).click();

  it('builds a live evaluation and dashboard over the sample opportunities', async () => {
    await page.locator('.sp-tab', { hasText: /^Evaluation$/ }).click();
    await tab('Opportunities');
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await expect(page.locator('.pv-address').inputValue()).resolves.toBe(`A1:K${LAST_ROW}`);
    await page.getByRole('button', { name: 'Use the selected cells as the actuals' }).click();
    await expect(page.getByLabel('Product field (price, volume, mix)').inputValue()).resolves.toBe('Product');
    await page.getByLabel('Measured by (rep, region, product, customer)').selectOption('Region');
    await shot('1-actuals');
    await next();
    await expect(page.getByLabel('Year').inputValue()).resolves.toBe('2017');
    await page.getByRole('button', { name: "Targets: 2016's actuals plus growth" }).click();
    await page.locator('[data-field="targetsRead"]', { hasText: /^4 targets/ }).waitFor();
    await shot('2-targets');
    await next();
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('3. Review and build');
    await shot('3-review');
    await page.getByRole('button', { name: 'Build the evaluation and dashboard' }).click();
    // A build runs a slice at a time: wait for its word, as a person would.
    await page
      .locator('.sp-status', { hasText: 'Built “Evaluation”, “Dashboard”. Edit an actual or a target: variance, status and the dashboard follow.' })
      .waitFor();
    await expect(page.locator('.sp-status').textContent()).resolves.toBe(
      'Built “Evaluation”, “Dashboard”. Edit an actual or a target: variance, status and the dashboard follow.',
    );

    await tab('Evaluation');
    const east = Number((await page.locator('.pv-sheet-holder td[data-cell^="A"]', { hasText: /^East$/ }).getAttribute('data-cell'))!.slice(1)) - 1;
    expect(east).toBeGreaterThanOrEqual(L.firstChild);
    const variance = numberIn(await cell(a1(east, C.variance)).textContent());
    await shot('4-evaluation');
    await tab('Dashboard');
    const attainment = await cell(a1(D.kpis, 4)).textContent();
    await shot('5-dashboard');
    // The charts sit beside the blocks they chart, as in Excel and Sheets: a person scrolls to them.
    const charts = page.locator('.pv-sheet-holder .pv-chart-at');
    await expect(charts.count()).resolves.toBeGreaterThanOrEqual(3);
    await charts.first().scrollIntoViewIfNeeded();
    await expect(charts.first().isVisible()).resolves.toBe(true);
    await shot('5-dashboard-charts');

    // A big East win typed on the Opportunities sheet, without the add-in.
    await tab('Opportunities');
    const row = SAMPLE_OPPORTUNITIES.rows.findIndex((r) => r[3] === 'East' && r[5] === 'Won' && typeof r[8] === 'number' && r[8] >= 42736) + 2;
    await page.locator('.pv-address').fill(`G${row}`);
    await page.locator('.pv-address').press('Enter');
    await page.keyboard.type('90000');
    await page.keyboard.press('Enter');
    await tab('Evaluation');
    await expect(cell(a1(east, C.rag)).textContent()).resolves.toBe('Green');
    expect(numberIn(await cell(a1(east, C.variance)).textContent())).toBeGreaterThan(variance + 80_000);
    await tab('Dashboard');
    await expect(cell(a1(D.kpis, 4)).textContent()).resolves.not.toBe(attainment);
    await shot('6-edited');
  }, 120_000);
});
