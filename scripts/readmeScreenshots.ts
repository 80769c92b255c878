/**
 * The README's three screenshots, taken from the preview as it is now (Debian Chromium, headless):
 * WINRATE typed beside the sample's deals with the gallery open; the KPIs sheet; and a sales plan
 * built by its wizard with the review beside it. Run after `npm run build` when the preview's look
 * changes: `npm run screenshots`. Writes docs/preview.png, docs/preview-kpis.png, docs/preview-plan.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MONTHLY_REVENUE } from '../preview/src/sample';
import { launchChromium, startPreviewServer } from '../tests/harness/browser';

const DOCS = join(__dirname, '..', 'docs');
const cell = (page: Page, a1: string) => page.locator(`.pv-sheet-holder td[data-cell="${a1}"]`);

/** Goes to a cell by the address box, as a person would type B200 there. */
async function goTo(page: Page, a1: string): Promise<void> {
  await page.locator('.pv-address').fill(a1);
  await page.locator('.pv-address').press('Enter');
}

/** =WINRATE(F2:F201) typed into M2 beside the deals, M2 selected so the bar shows the formula. */
async function winRateBesideTheDeals(page: Page): Promise<void> {
  await goTo(page, 'M2');
  await page.keyboard.type('=WINRATE(F2:F201)');
  await page.keyboard.press('Enter');
  await cell(page, 'M2').click();
  await page.locator('.pv-saved', { hasText: 'Saved in this browser' }).waitFor();
  await page.screenshot({ path: join(DOCS, 'preview.png') });
}

/** The sales-plan wizard run on the sample: goal, baseline from the revenue history, regions from a selection, Build. */
async function salesPlanBuilt(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Sales plan', exact: true }).click();
  await page.getByLabel('Owner').fill('West & East sales team');
  await page.getByLabel('Plan year').fill('2018');
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.locator('.pv-tab', { hasText: 'Revenue history' }).click();
  await cell(page, 'B2').click();
  await cell(page, `B${MONTHLY_REVENUE.length + 1}`).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Use the selected cells as monthly history' }).click();
  await page.getByLabel('Growth percent').fill('9');
  await page.getByRole('button', { name: 'Next →' }).click();
  await cell(page, 'D2').click();
  await cell(page, 'E5').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Use the selected cells' }).click();
  await page.getByLabel('Round to').fill('1000');
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.getByRole('button', { name: 'Build the plan sheet' }).click();
  await page.locator('.sp-status', { hasText: 'Built “Sales plan 2018”' }).waitFor();
  await cell(page, 'B6').click();
  await page.locator('.pv-saved', { hasText: 'Saved in this browser' }).waitFor();
  await page.screenshot({ path: join(DOCS, 'preview-plan.png') });
}

async function main(): Promise<void> {
  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(server.url);
    await cell(page, 'A1').filter({ hasText: 'Opportunity' }).waitFor();
    await winRateBesideTheDeals(page);
    await page.locator('.pv-tab', { hasText: 'KPIs' }).click();
    await cell(page, 'A1').waitFor();
    await page.screenshot({ path: join(DOCS, 'preview-kpis.png') });
    await salesPlanBuilt(page);
    console.log('Wrote docs/preview.png, docs/preview-kpis.png and docs/preview-plan.png.');
  } finally {
    await browser.close();
    server.process.kill();
  }
}

void main();
