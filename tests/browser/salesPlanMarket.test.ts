/**
 * A sales plan whose target is a share of a market, as a manager sets it in the preview: the market's
 * size and our share, the target they give, then the plan sheet with its two inputs and statement.
 */
import { join } from 'node:path';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('a sales plan set as a share of a market, in the preview', () => {
  const session = usePreviewPage();

  it('takes the market and our share, builds a sheet whose target is their product, and follows a new share', async () => {
    const { page } = session();
    const cell = (a1: string) => page.locator('.pv-sheet-holder td[data-cell="' + a1 + '"]');
    await page.getByRole('tab', { name: 'Sales plan', exact: true }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByLabel('A share of a market (its size × our share)').check();
    await page.getByLabel('Market size').fill('40000000');
    await page.getByLabel('Our share percent').fill('2.5');
    await expect(page.locator('.sp-result').textContent()).resolves.toBe('Market 40,000,000 × our share 2.5% → target 1,000,000.');
    await page.screenshot({ path: join(SCREENSHOTS, 'wizard-market-share.png') });
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Build the plan sheet' }).click();
    await page.locator('.sp-status', { hasText: 'Built “Sales plan' }).waitFor();
    await expect(cell('A5').textContent()).resolves.toBe('Market size (the period)');
    await expect(cell('A6').textContent()).resolves.toBe('Our share of the market');
    await expect(cell('B7').textContent()).resolves.toBe('1,000,000');
    await expect(cell('A2').textContent()).resolves.toContain('(2.5% of a market of 40,000,000)');
    await cell('B6').click();
    await page.keyboard.type('3%');
    await page.keyboard.press('Enter');
    await expect(cell('B7').textContent()).resolves.toBe('1,200,000');
  });
});
