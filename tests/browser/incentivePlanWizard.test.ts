/**
 * The incentive wizard as a manager runs it in the preview: four reps typed with their quotas, the
 * sample Opportunities selected by keyboard as the actuals, the accelerator preset, review, Build;
 * then a quota edited on the Incentive plan sheet moves that rep's attainment and commission, with
 * no add-in. Screenshots of each step, of the sheet and of its charts.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REP_COLUMNS as C, RATE_PRESETS, firstRepRow } from '../../core/plans/incentivePlan';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const LAST_ROW = SAMPLE_OPPORTUNITIES.rows.length + 1;
const numberIn = (text: string | null) => Number((text ?? '').replace(/[,%]/g, ''));
const REPS = [
  'Kelly Williamson: 1500, 2000, 300, Account executive',
  'Anna Andreadi: 5000, 2100, 600, Team lead',
  'Chuck Magee: 4000, 2200, 500, Account executive',
  'Cassandra Brandow: 2500, 2300, 400, Account executive',
];

describeInBrowser('the incentive wizard in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (ref: string) => page.locator(`.pv-sheet-holder td[data-cell="${ref}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `incentives-${name}.png`) });
  const next = () => page.getByRole('button', { name: 'Next →' }).click();
  const heading = (text: string) => expect(page.locator('.sp-app h2').textContent()).resolves.toBe(text);
  const tab = (name: string) => page.locator('.pv-tab', { hasText: new RegExp(`^${name}$`) }).click();

  it('builds a live incentive plan over the sample opportunities, and follows a quota edited on it', async () => {
    await page.locator('.sp-tab', { hasText: /^Incentives$/ }).click();
    const reps = page.getByLabel('Reps, a line each: Name: quota, base, variable, role');
    await reps.fill(REPS.join('\n'));
    await reps.press('Tab');
    await page.locator('[data-field="repsRead"]', { hasText: '4 reps, 13,000 of quota in all.' }).waitFor();
    await shot('1-reps');
    await next();
    await heading('2. The actuals');
    await tab('Opportunities');
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await expect(page.locator('.pv-address').inputValue()).resolves.toBe(`A1:K${LAST_ROW}`);
    await page.getByRole('button', { name: 'Use the selected cells as the actuals' }).click();
    await expect(page.getByLabel('Rep field (who sold it)').inputValue()).resolves.toBe('Owner');
    await shot('2-actuals');
    await next();
    await heading('3. Pay mix');
    // A role's pay mix is set once for its reps: the team lead's is her own.
    await expect(page.getByLabel('Variable pay on target, Team lead').inputValue()).resolves.toBe('600');
    await shot('3-pay-mix');
    await next();
    await heading('4. Rate table');
    await expect(page.getByLabel('Band 2 rate (× base rate)').inputValue()).resolves.toBe(String(RATE_PRESETS.accelerator.bands[1].rate));
    await shot('4-rates');
    await next();
    await heading('5. Period and cap');
    await expect(page.getByLabel('Year').inputValue()).resolves.toBe('2017');
    await next();
    await heading('6. Review and build');
    await page.locator('.sp-facts dt', { hasText: 'Anna Andreadi' }).waitFor();
    await shot('6-review');
    await page.getByRole('button', { name: 'Build the incentive plan' }).click();
    const built = 'Built “Incentive plan”. Edit a rate, a quota or a deal: every payout follows.';
    await page.locator('.sp-status', { hasText: built }).waitFor();

    const anna = firstRepRow({ bands: RATE_PRESETS.accelerator.bands }) + 1;
    await expect(cell(a1(anna, C.name)).textContent()).resolves.toBe('Anna Andreadi');
    const before = numberIn(await cell(a1(anna, C.payout)).textContent());
    expect(before).toBeGreaterThan(600); // above target pay: Anna sold 117% of her quota, and the rate doubles above 100%
    await shot('7-sheet');
    const charts = page.locator('.pv-sheet-holder .pv-chart-at');
    await expect(charts.count()).resolves.toBe(2);
    await charts.last().scrollIntoViewIfNeeded();
    await shot('8-charts');
    // The payout curve reads as the sheet means it: attainment as a percentage, a multiple of variable pay in two decimals.
    const curve = charts.last();
    await expect(curve.locator('.pv-chart-label').allTextContents()).resolves.toEqual(expect.arrayContaining(['0%', '100%', '200%']));
    await expect(curve.locator('.pv-chart-value').allTextContents()).resolves.toEqual(expect.arrayContaining(['0.10', '1.00']));

    // Anna's quota raised on the sheet, without the add-in: she falls below 100% and earns less.
    await page.locator('.pv-address').fill(a1(anna, C.quota));
    await page.locator('.pv-address').press('Enter');
    await page.keyboard.type('8000');
    await page.keyboard.press('Enter');
    await expect(cell(a1(anna, C.attainment)).textContent()).resolves.toMatch(/^7\d(\.\d+)?%$/);
    expect(numberIn(await cell(a1(anna, C.payout)).textContent())).toBeLessThan(before);
  });
});
