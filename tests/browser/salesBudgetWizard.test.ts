/**
 * The sales budget as a manager builds it in the preview: a sales plan built first with the pane's
 * defaults and an Incentive plan over the sample opportunities, then the Sales budget tab reads the
 * plan's sheet and the Incentive plan's (each selected from A1), a new hire, Build; then a salary
 * edited on the Sales budget sheet moves the cost of sales, the growth edited on the sales plan's own
 * sheet moves the budget's revenue target, and a quota edited on the Incentive plan moves its
 * commissions: no add-in needed.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SALES_BUDGET_LAYOUT as L } from '../../core/plans/salesBudget';
import { SALES_PLAN_LAYOUT as SP } from '../../core/plans/salesPlan';
import { a1 } from '../../core/kit/sheet';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const numberIn = (text: string | null) => Number((text ?? '').replace(/[,%]/g, ''));

describeInBrowser('the sales budget wizard in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (ref: string) => page.locator(`.pv-sheet-holder td[data-cell="${ref}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `salesBudget-${name}.png`) });
  const next = () => page.getByRole('button', { name: 'Next →' }).click();
  const heading = (text: string) => expect(page.locator('.sp-app h2').textContent()).resolves.toBe(text);
  const tab = (name: string) => page.locator('.pv-tab', { hasText: new RegExp(`^${name}$`) }).click();
  const goTo = async (ref: string, typed: string) => {
    await page.locator('.pv-address').fill(ref);
    await page.locator('.pv-address').press('Enter');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
  };

  it('builds a budget that reads the sales plan and the Incentive plan, and follows a salary, the plan’s growth and a quota', async () => {
    await page.getByRole('tab', { name: 'Sales plan', exact: true }).click();
    // A plan for another year than the budget's default (next calendar year), as the sample's history gives.
    await page.getByLabel('Plan year', { exact: true }).fill('2018');
    for (let step = 0; step < 3; step += 1) await next();
    await page.getByRole('button', { name: 'Build the plan sheet' }).click();
    await page.locator('.sp-status', { hasText: /^Built “Sales plan \d{4}”/ }).waitFor();
    const planName = (await page.locator('.pv-tab[aria-selected="true"]').textContent())!.trim();

    // An Incentive plan over the sample's won deals, its reps typed.
    await page.locator('.sp-tab', { hasText: /^Incentives$/ }).click();
    const reps = page.getByLabel('Reps, a line each: Name: quota, base, variable, role');
    await reps.fill(['Kelly Williamson: 1500, 2000, 300', 'Anna Andreadi: 5000, 2100, 600'].join('\n'));
    await reps.press('Tab');
    await next();
    await tab('Opportunities');
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await page.getByRole('button', { name: 'Use the selected cells as the actuals' }).click();
    for (let step = 0; step < 4; step += 1) await next();
    await page.getByRole('button', { name: 'Build the incentive plan' }).click();
    await page.locator('.sp-status', { hasText: /^Built “Incentive plan”/ }).waitFor();

    await page.locator('.sp-tab', { hasText: /^Sales budget$/ }).click();
    await tab(planName);
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await page.getByRole('button', { name: 'Read the selected Sales plan sheet' }).click();
    // The budget is for the plan's year, read from its title.
    await expect(page.getByLabel('Year', { exact: true }).inputValue()).resolves.toBe('2018');
    expect(planName).toBe('Sales plan 2018');
    await page.getByText(`Read from '${planName}'!$B$7: it follows that sheet.`).waitFor();
    await shot('1-target');
    await next();
    await heading('2. The team');
    const hires = page.getByLabel('New hires, a line each: Name: start month (1–12), salary a year');
    await hires.fill('Ines: 4, 55000');
    await hires.press('Tab');
    await next();
    await heading('3. Commissions');
    await tab('Incentive plan');
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await page.getByRole('button', { name: 'Read the selected Incentive plan sheet' }).click();
    await page.getByText(/^Commissions for the year: [\d,]+, read from the Incentive plan\.$/).waitFor();
    for (const title of ['4. Software and training', '5. Travel and marketing', '6. Other lines', '7. Review and build']) {
      await next();
      await heading(title);
    }
    await shot('7-review');
    await page.getByRole('button', { name: 'Build the sales budget' }).click();
    await page.locator('.sp-status', { hasText: /^Built “Sales budget”/ }).waitFor();

    const costOfSales = page.locator('.pv-sheet-holder td[data-cell^="A"]', { hasText: /^Cost of sales \(costs ÷ revenue target\)$/ });
    const row = Number((await costOfSales.getAttribute('data-cell'))!.slice(1));
    const shownBefore = await cell(`B${row}`).textContent();
    const before = numberIn(shownBefore);
    expect(before).toBeGreaterThan(0);
    await expect(cell(a1(L.target, 1)).textContent()).resolves.toBe('1,100,000');
    await shot('8-sheet');

    // A salary raised on the budget's own sheet: the cost of sales rises.
    const role = Number((await page.locator('.pv-sheet-holder td[data-cell^="A"]', { hasText: /^Account executive$/ }).getAttribute('data-cell'))!.slice(1));
    await goTo(`C${role}`, '90000');
    await page.locator(`.pv-sheet-holder td[data-cell="B${row}"]`, { hasNotText: shownBefore! }).waitFor();
    expect(numberIn(await cell(`B${row}`).textContent())).toBeGreaterThan(before);

    // The plan's growth raised on its own sheet: the budget's revenue target follows.
    await tab(planName);
    await goTo(a1(SP.growth, 1), '20%');
    await tab('Sales budget');
    await expect(cell(a1(L.target, 1)).textContent()).resolves.toBe('1,200,000');
    await shot('9-after-edits');

    // Anna's quota raised on the Incentive plan: her commission falls, and so do the budget's commissions.
    const commissionsRow = Number(
      (await page.locator('.pv-sheet-holder td[data-cell^="A"]', { hasText: /^Commissions$/ }).getAttribute('data-cell'))!.slice(1),
    );
    const commissions = await cell(`N${commissionsRow}`).textContent();
    await tab('Incentive plan');
    const anna = Number((await page.locator('.pv-sheet-holder td[data-cell^="A"]', { hasText: /^Anna Andreadi$/ }).getAttribute('data-cell'))!.slice(1));
    await goTo(`B${anna}`, '8000');
    await tab('Sales budget');
    await page.locator(`.pv-sheet-holder td[data-cell="N${commissionsRow}"]`, { hasNotText: commissions! }).waitFor();
    expect(numberIn(await cell(`N${commissionsRow}`).textContent())).toBeLessThan(numberIn(commissions));
  });
});
