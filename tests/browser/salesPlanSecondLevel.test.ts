/**
 * A sales plan with a second level, as a manager sets it in the preview: products typed under the
 * regions, each region's products adding up to its target on the sheet, and a product's driver edited
 * there moving only its region's split. Screenshots of the step and the sheet.
 */
import { join } from 'node:path';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const amount = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

describeInBrowser('a sales plan with a second level, in the preview', () => {
  const session = usePreviewPage();

  it("splits each region's target among its products, adding up exactly, and follows a driver edited on the sheet", async () => {
    const { page } = session();
    const cell = (a1: string) => page.locator('.pv-sheet-holder td[data-cell="' + a1 + '"]');
    const next = () => page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('tab', { name: 'Sales plan', exact: true }).click();
    await next();
    await next();
    await page.getByLabel('Second level is').fill('Product');
    await page
      .getByLabel('Second level, a line each: Row above: item, driver, lock')
      .fill('North: Chairs, 3\nNorth: Desks, 1\nSouth: Phones, 1, 100000\nSouth: Paper, 1');
    await page.screenshot({ path: join(SCREENSHOTS, 'wizard-second-level.png') });
    await next();
    await page.getByRole('button', { name: 'Build the plan sheet' }).click();
    await page.locator('.sp-status', { hasText: 'Built “Sales plan' }).waitFor();
    await expect(cell('A3').textContent()).resolves.toMatch(/^✓/);

    // The products sit under the new reps: go there as a person scrolls, and read them.
    const section = await page
      .locator('.pv-sheet-holder td')
      .getByText(/^Targets by product within each region/)
      .getAttribute('data-cell');
    const first = Number(section!.slice(1)) + 2;
    await page.locator('.pv-address').fill(`A${first}`);
    await page.locator('.pv-address').press('Enter');
    const [north, south] = [amount(await cell('D29').textContent()), amount(await cell('D30').textContent())];
    const targets = async () => Promise.all([0, 1, 2, 3].map(async (k) => amount(await cell(`D${first + k}`).textContent())));
    const [chairs, desks, phones, paper] = await targets();
    expect(chairs + desks).toBe(north);
    // Three quarters of North, to the plan's unit (1,000): the unit left over goes by largest remainder.
    expect(Math.abs(chairs - north * 0.75)).toBeLessThan(1000);
    expect(phones).toBe(100_000);
    expect(phones + paper).toBe(south);
    await expect(cell(`E${first}`).textContent()).resolves.toBe('North');
    await expect(cell(`F${first}`).textContent()).resolves.toBe('0');
    await page.screenshot({ path: join(SCREENSHOTS, 'wizard-second-level-sheet.png') });

    // Chairs' driver down to 1: North's products share half and half; South's do not move.
    await cell(`B${first}`).click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(([a1, before]) => document.querySelector(`.pv-sheet-holder td[data-cell="${a1}"]`)?.textContent !== before, [
      `D${first}`,
      chairs.toLocaleString('en-US'),
    ] as const);
    const after = await targets();
    expect(Math.abs(after[0] - after[1])).toBeLessThanOrEqual(1000);
    expect(after[0] + after[1]).toBe(north);
    expect(after.slice(2)).toEqual([phones, paper]);
  }, 120_000);
});
