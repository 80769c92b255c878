/**
 * The Price and offers wizard as a manager runs it in the preview: three products typed, elasticity
 * fitted from a price–units history typed on a sheet, a 10% cut on each and a spring offer, review,
 * Build; on the sheet the cut that loses profit shows red, and a smaller cut typed there turns it
 * around. Screenshots of the steps and the sheet.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the Price and offers wizard in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (a1: string) => page.locator(`.pv-sheet-holder td[data-cell="${a1}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `price-${name}.png`) });
  const next = () => page.getByRole('button', { name: 'Next →' }).click();
  const typeInto = async (a1: string, value: string) => {
    await cell(a1).click();
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  };

  it('flags a price cut that loses profit in red, and follows a smaller cut typed on the sheet', async () => {
    // A price–units history typed on the sample's Marketing sheet's free columns, as a manager pastes one.
    await page.getByRole('tab', { name: 'Marketing', exact: true }).click();
    const history = [
      ['Product', 'Price', 'Units'],
      ['Chairs', '80', '1562.5'],
      ['Chairs', '100', '1000'],
      ['Chairs', '125', '640'],
    ];
    for (const [r, row] of history.entries()) for (const [c, value] of row.entries()) await typeInto(`${'HIJ'[c]}${r + 1}`, value);

    await page.locator('.sp-tab', { hasText: /^Price and offers$/ }).click();
    await page
      .getByLabel('Products or segments, a line each: Name: price, units, unit cost')
      .fill('Chairs: 100, 1000, 60\nBinders: 8, 20000, 3\nPaper: 5, 5000, 4.6');
    await shot('1-products');
    await next();
    await page.locator('.pv-address').fill('H1:J4');
    await page.locator('.pv-address').press('Enter');
    await page.getByRole('button', { name: 'Fit from the selected price–units history' }).click();
    await expect(page.getByLabel('Elasticity of Chairs').inputValue()).resolves.toBe('-2');
    await expect(page.locator('.sp-status').textContent()).resolves.toMatch(/^Fitted: Chairs: -2\.00 from 3 rows; Binders: not fitted/);
    await page.getByLabel('Elasticity of Binders').fill('-3');
    await page.getByLabel('Elasticity of Paper').fill('-1.2');
    await shot('2-elasticity');
    await next();
    await page.getByLabel('Offers, a line each: Offer: product, discount %, share of volume %').fill('Spring: Chairs, 20%, 30%');
    await shot('3-offers');
    await next();
    await expect(page.locator('.sp-facts dt').first().textContent()).resolves.toBe('Chairs at -10.0%');
    await expect(page.locator('.sp-facts dd').first().textContent()).resolves.toMatch(/: ⚠ below break-even$/);
    await shot('4-review');
    await page.getByRole('button', { name: 'Build the price and offers sheet' }).click();
    await page.locator('.sp-status', { hasText: /^Built “Price and offers”/ }).waitFor();

    // Chairs: a 10% cut at elasticity −2 sells 20% more, short of the 33% it needs: profit falls, in red.
    await expect(cell('A3').textContent()).resolves.toMatch(/^✓/);
    await expect(cell('G9').textContent()).resolves.toBe('⚠ below break-even');
    await expect(cell('H9').textContent()).resolves.toBe('-4,000');
    const red = await cell('H9').evaluate((td) => getComputedStyle(td).color);
    await expect(cell('H10').evaluate((td) => getComputedStyle(td).color)).resolves.not.toBe(red);
    await shot('5-sheet');

    // A 5% rise instead: 10% fewer chairs, within the 11% it may lose, so profit rises: no longer red.
    await typeInto('F9', '0.05');
    await expect(cell('G9').textContent()).resolves.toBe('✓ at or above break-even');
    await expect(cell('H9').evaluate((td) => getComputedStyle(td).color)).resolves.not.toBe(red);
    await shot('6-edited');
  }, 120_000);
});
