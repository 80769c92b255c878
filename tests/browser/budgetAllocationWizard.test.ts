/**
 * The budget wizard as a manager runs it in the preview: the sample Marketing history selected by
 * keyboard, curves fitted, bounds as multiples, the optimal method, review, Build; then the Budget
 * sheet's proposal moves when the budget and a bound are edited on it. Screenshots of each step.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BUDGET_LAYOUT as L, LINE_COLUMNS as C } from '../../core/plans/budgetAllocation';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_MARKETING } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const LAST_ROW = SAMPLE_MARKETING.rows.length + 1;
/** What the sample's five channels spent over the history's last 12 months, to the cent. */
const SPEND_NOW = (() => {
  const spendCol = SAMPLE_MARKETING.header.indexOf('Spend');
  const total = SAMPLE_MARKETING.rows.slice(-60).reduce((s, r) => s + Number(r[spendCol]), 0);
  return Math.round(total * 100) / 100;
})();
const numberIn = (text: string | null) => Number((text ?? '').replace(/[,%]/g, ''));

describeInBrowser('the budget wizard in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (ref: string) => page.locator(`.pv-sheet-holder td[data-cell="${ref}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `budget-${name}.png`) });
  const next = () => page.getByRole('button', { name: 'Next →' }).click();
  const proposed = async () => Promise.all([0, 1, 2, 3, 4].map(async (i) => numberIn(await cell(a1(L.firstLine + i, C.proposed)).textContent())));

  it('builds a live budget sheet from the sample marketing history', async () => {
    await page.getByRole('tab', { name: 'Budget', exact: true }).click();
    await expect(page.getByLabel('Periods', { exact: true }).inputValue()).resolves.toBe('12');
    await page.getByRole('tab', { name: 'Marketing', exact: true }).click();
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await expect(page.locator('.pv-address').inputValue()).resolves.toBe(`A1:D${LAST_ROW}`);
    await page.getByRole('button', { name: 'Use the selected cells as the lines' }).click();
    // The sample's history runs to December 2017: the budget is for the year after it.
    await expect(page.locator('.sp-step .sp-hint', { hasText: 'lines read' }).textContent()).resolves.toBe(
      `5 lines read from Marketing!A1:D${LAST_ROW}. The history runs to 2017-12, so the budget is for 2018.`,
    );
    await expect(page.locator('.sp-children tbody tr').count()).resolves.toBe(5);
    await shot('1-lines');
    await next();

    // The budget starts at what the lines spend now (the sum of the Current column), and says so.
    const spend = SPEND_NOW.toLocaleString('en-US', { maximumFractionDigits: 0 });
    await expect(page.getByLabel('Budget', { exact: true }).inputValue()).resolves.toBe(String(SPEND_NOW));
    await expect(page.locator('.sp-step .sp-hint').first().textContent()).resolves.toBe(
      `The lines spend ${spend} now, so the budget starts there; type another to grow or cut it.`,
    );
    await page.getByLabel('Budget', { exact: true }).fill('300000');
    await shot('2-budget');
    await next();

    await expect(page.getByLabel('Bounds').inputValue()).resolves.toBe('Multiples of current spend');
    await shot('3-bounds');
    await next();
    await page.getByLabel('Round to').fill('100');
    await next();

    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('5. Review and build');
    await expect(page.locator('[data-field="returns"]').textContent()).resolves.toMatch(
      /^Return under the curves: [\d,]+ at current spend .*, [\d,]+ as proposed\. A reallocation under these curves, not a forecast\.$/,
    );
    await shot('4-review');
    await page.getByRole('button', { name: 'Build the budget sheet' }).click();
    // A build runs a slice at a time: wait for its word, as a person would.
    await page.locator('.sp-status', { hasText: 'Built “Budget”. Edit the budget or a bound there: the proposal follows.' }).waitFor();
    await expect(page.locator('.sp-status').textContent()).resolves.toBe('Built “Budget”. Edit the budget or a bound there: the proposal follows.');
    await expect(cell('A3').textContent()).resolves.toMatch(/^✓ The proposal spends the budget/);
    const before = await proposed();
    expect(before.reduce((s, x) => s + x, 0)).toBe(300_000);
    await shot('5-sheet');
    // The change chart shows cuts to the left of its zero line, not as nothing.
    const chart = page.locator('svg[aria-label="Change against current"]');
    // The grid paints rows as it scrolls, which moves the charts under it: scroll to the end first.
    for (let i = 0; i < 5; i += 1) await page.locator('.pv-sheet-holder .pv-scroll').evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await chart.scrollIntoViewIfNeeded();
    const values = await chart.locator('.pv-chart-value').allTextContents();
    expect(values.some((v) => v.startsWith('-'))).toBe(true);
    await chart.screenshot({ path: join(SCREENSHOTS, 'budget-5-change-chart.png') });
    // Current and proposed side by side, and each line's response curve.
    await expect(page.locator('svg[aria-label="Current and proposed per line"] .pv-chart-series').count()).resolves.toBe(10);
    const curves = page.locator('svg[aria-label="Response curves: return by spend"]');
    await expect(curves.locator('polyline').count()).resolves.toBe(5);
    await page.locator('svg[aria-label="Current and proposed per line"]').screenshot({ path: join(SCREENSHOTS, 'budget-5-current-proposed.png') });
    await curves.screenshot({ path: join(SCREENSHOTS, 'budget-5-response-curves.png') });

    // A bigger budget on the sheet, without the add-in: every line's proposal follows and still adds up.
    await cell(a1(L.budget, 1)).click();
    await page.keyboard.type('400000');
    await page.keyboard.press('Enter');
    const bigger = await proposed();
    expect(bigger.reduce((s, x) => s + x, 0)).toBe(400_000);
    expect(bigger.some((x, i) => x !== before[i])).toBe(true);
    // Search held at 100,000 at most (above its lower bound of half its current spend; the bounds still meet the budget).
    await cell(a1(L.firstLine, C.upper)).click();
    await page.keyboard.type('100000');
    await page.keyboard.press('Enter');
    const held = await proposed();
    expect(held[0]).toBe(100_000);
    expect(held.reduce((s, x) => s + x, 0)).toBe(400_000);
    await shot('6-edited');
  }, 120_000);
});
