/**
 * The preview as a person uses it, in headless Chromium: type formulas into cells, read what the
 * grid shows, search the gallery and insert a function. Screenshots go to artifacts/screenshots.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ChildProcess } from 'node:child_process';
import { AVGDEALSIZE, KPIBY, WINRATE } from '../../core/functions/byName';
import { invokeFunction } from '../../core';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, launchChromium, startPreviewServer, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const outcomes = SAMPLE_OPPORTUNITIES.rows.map((row) => [row[5]]);
const amounts = SAMPLE_OPPORTUNITIES.rows.map((row) => [row[6]]);
const percent = (value: number) => `${(Math.round(value * 10_000) / 100).toFixed(2)}%`;

describeInBrowser('the preview in a browser', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));

  const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);
  const typeInto = async (a1: string, text: string) => {
    await cell(a1).click();
    // As a person does: type once the cell shows as selected (under load a click lands late).
    await page.waitForFunction((at) => document.querySelector<HTMLInputElement>('.pv-address')?.value === at, a1);
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };

  it('opens on the sample opportunities', async () => {
    await expect(cell('F1').textContent()).resolves.toBe('Outcome');
    await expect(cell('A2').textContent()).resolves.toBe(String(SAMPLE_OPPORTUNITIES.rows[0][0]));
    await expect(cell('H2').textContent()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-open.png') });
  });

  it('computes WINRATE typed into a free cell beside the sample data, as core does', async () => {
    await typeInto('M2', '=WINRATE(F2:F201)');
    const expected = invokeFunction(WINRATE, [outcomes]) as number;
    await expect(cell('M2').textContent()).resolves.toBe(percent(expected));
    await typeInto('M3', '=AVGDEALSIZE(G2:G201, F2:F201)');
    const average = invokeFunction(AVGDEALSIZE, [amounts, outcomes]) as number;
    await expect(cell('M3').textContent()).resolves.toBe(average.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    await cell('M2').click();
    await expect(page.locator('.pv-input').inputValue()).resolves.toBe('=WINRATE(F2:F201)');
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-winrate.png') });
  });

  it('shows a clear error, with its reason, for data that cannot answer', async () => {
    await typeInto('K4', '=WINRATE(G2:G201)');
    await expect(cell('K4').textContent()).resolves.toBe('#DIV/0!');
    await expect(cell('K4').getAttribute('title')).resolves.toContain('no won or lost deals');
  });

  it('finds a function in the gallery and inserts it into the selected cell', async () => {
    await page.getByLabel('Search functions').fill('revgrowth');
    await expect(page.locator('.sp-item .sp-name').allTextContents()).resolves.toEqual(['REVGROWTH']);
    await page.locator('.sp-item[data-fn="REVGROWTH"]').click();
    await expect(page.locator('.sp-syntax').textContent()).resolves.toBe('=REVGROWTH(current, previous)');
    await cell('L2').click();
    await page.getByLabel('Formula to insert for REVGROWTH').fill('=REVGROWTH(132000, 120000)');
    await page.getByRole('button', { name: 'Insert into active cell' }).click();
    await expect(page.locator('.sp-status').textContent()).resolves.toBe('Inserted into L2.');
    await expect(cell('L2').textContent()).resolves.toBe('10.00%');
    await page.screenshot({ path: join(SCREENSHOTS, 'gallery-inserted.png') });
  });

  it('asks before replacing a cell that holds data, and replaces it only when told', async () => {
    await page.locator('.sp-item[data-fn="WINRATE"]').click();
    await cell('B2').click();
    const customer = await cell('B2').textContent();
    await page.getByRole('button', { name: 'Insert into active cell' }).click();
    await expect(page.locator('.sp-status').textContent()).resolves.toContain(`B2 already holds “${customer}”. Replace it?`);
    await expect(cell('B2').textContent()).resolves.toBe(customer);
    await page.screenshot({ path: join(SCREENSHOTS, 'gallery-occupied.png') });
    await page.getByRole('button', { name: 'Replace' }).click();
    await expect(page.locator('.sp-status').textContent()).resolves.toBe('Inserted into B2.');
    await expect(cell('B2').textContent()).resolves.toMatch(/%$/);
  });

  it('remembers the search and the open function when the page opens again', async () => {
    await page.getByLabel('Search functions').fill('quota');
    await page.getByLabel('Search functions').press('Enter');
    await page.locator('.sp-item[data-fn="ATTAINMENT"]').click();
    await page.reload();
    await page.locator('.sp-details').waitFor();
    await expect(page.getByLabel('Search functions').inputValue()).resolves.toBe('quota');
    await expect(page.locator('.sp-open .sp-name').textContent()).resolves.toBe('ATTAINMENT');
  });
});

describeInBrowser('the KPI sheet of the preview', () => {
  let browser: Browser;
  let server: { url: string; process: ChildProcess };
  let page: Page;
  const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);
  const money = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await page.locator('td[data-cell="A5"]', { hasText: 'Win rate' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  it('shows the KPIs that core computes over the sample', async () => {
    await expect(cell('B5').textContent()).resolves.toBe(percent(invokeFunction(WINRATE, [outcomes]) as number));
    await expect(cell('B8').textContent()).resolves.toBe(money(invokeFunction(AVGDEALSIZE, [amounts, outcomes]) as number));
    await page.screenshot({ path: join(SCREENSHOTS, 'kpi-sheet.png') });
  });

  it('spills KPIBY by region with the same figures as core', async () => {
    const regions = SAMPLE_OPPORTUNITIES.rows.map((row) => [row[3]]);
    const created = SAMPLE_OPPORTUNITIES.rows.map((row) => [row[7]]);
    const closed = SAMPLE_OPPORTUNITIES.rows.map((row) => [row[8]]);
    const table = invokeFunction(KPIBY, [regions, outcomes, amounts, created, closed]) as (string | number)[][];
    for (const [r, row] of table.entries()) {
      await expect(cell(`A${17 + r}`).textContent()).resolves.toBe(String(row[0]));
      if (r > 0) {
        await expect(cell(`B${17 + r}`).textContent()).resolves.toBe(String(row[1]));
        await expect(cell(`E${17 + r}`).textContent()).resolves.toBe(percent(row[4] as number));
        await expect(cell(`G${17 + r}`).textContent()).resolves.toBe(money(row[6] as number));
      }
    }
  });

  it('follows a change to a deal on the Opportunities sheet', async () => {
    const before = await cell('B5').textContent();
    await page.getByRole('tab', { name: 'Opportunities' }).click();
    const lost = SAMPLE_OPPORTUNITIES.rows.findIndex((row) => row[5] === 'Lost') + 2;
    await cell(`F${lost}`).click();
    await page.keyboard.type('Won');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'KPIs' }).click();
    const changed = outcomes.map((row, i) => (i === lost - 2 ? ['Won'] : row));
    await expect(cell('B5').textContent()).resolves.toBe(percent(invokeFunction(WINRATE, [changed]) as number));
    await expect(cell('B5').textContent()).resolves.not.toBe(before);
  });
});
