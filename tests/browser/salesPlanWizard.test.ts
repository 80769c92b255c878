/**
 * The sales-plan wizard as a manager runs it in the preview: goal, baseline from the monthly
 * history on the Revenue history sheet, regions and drivers from a selection, review, Build; then the plan
 * sheet's totals, an edited input, and the screenshots of each step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { ChildProcess } from 'node:child_process';
import { roundTo } from '../../core/plans/salesPlan';
import { MONTHLY_REVENUE } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, launchChromium, startPreviewServer } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const numberIn = (text: string | null) => Number((text ?? '').replace(/[,%]/g, ''));

describeInBrowser('the sales-plan wizard in the preview', () => {
  let browser: Browser;
  let server: { url: string; process: ChildProcess };
  let page: Page;
  const cell = (a1: string) => page.locator('.pv-sheet-holder td[data-cell="' + a1 + '"]');
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `wizard-${name}.png`) });

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Sales plan', exact: true }).click();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  it('says what is wrong next to the field, and does not move on', async () => {
    await page.getByLabel('Owner').fill('');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.locator('[data-field="owner"] .sp-field-error').textContent()).resolves.toBe('Say who owns the goal (a team or a person).');
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('1. The goal');
  });

  it('step 1: states the goal and shows the SMART statement', async () => {
    await page.getByLabel('Owner').fill('West & East sales team');
    await page.getByLabel('Plan year').fill('2018');
    await expect(page.locator('.sp-smart').textContent()).resolves.toContain('West & East sales team will reach revenue of');
    await shot('1-goal');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('2. The baseline');
  });

  it('step 2: reads the monthly history selected in the sheet and forecasts a baseline', async () => {
    await page.getByRole('tab', { name: 'Revenue history' }).click();
    await cell('B2').click();
    await cell(`B${MONTHLY_REVENUE.length + 1}`).click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Use the selected cells as monthly history' }).click();
    await expect(page.locator('.sp-step .sp-hint').first().textContent()).resolves.toBe(
      `${MONTHLY_REVENUE.length} months read from B2:B${MONTHLY_REVENUE.length + 1}.`,
    );
    await page.getByLabel('Growth percent').fill('9');
    await expect(page.locator('.sp-result').textContent()).resolves.toMatch(/^Baseline [\d,]+ → target [\d,]+ at 9\.0% growth\.$/);
    await shot('2-baseline');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('3. The breakdown');
  });

  it('step 3: takes the regions and their drivers from a selection, with a lock', async () => {
    // Selected from its header row, as a manager selects a table: the header is not a region.
    await cell('D1').click();
    await cell('E5').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Use the selected cells' }).click();
    await expect(page.getByLabel('Name of row 1').inputValue()).resolves.toBe('Central');
    await expect(page.getByLabel('Name of row 4').inputValue()).resolves.toBe('West');
    await expect(page.getByLabel('Name of row 5').count()).resolves.toBe(0);
    // A name that looks like a formula must stay text on the plan sheet.
    await page.getByLabel('Name of row 3').fill('=1+1');
    await page.getByLabel('Lock of Central').fill('600000');
    await page.getByLabel('Round to').fill('1000');
    await page.getByLabel('New reps').fill('Ines: 4');
    await page.getByLabel('Ramp month 1 percent').fill('30');
    await shot('3-breakdown');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('4. Review and build');
  });

  it('step 4: reviews the totals and builds a plan sheet that adds up', async () => {
    const target = numberIn(await page.locator('.sp-facts dd').first().textContent());
    expect(target).toBeGreaterThan(0);
    await shot('4-review');
    await page.getByRole('button', { name: 'Build the plan sheet' }).click();
    // A build runs a slice at a time: wait for its word, as a person would.
    await page.locator('.sp-status', { hasText: 'Built “Sales plan 2018”. Edit its yellow cells: every target follows.' }).waitFor();
    await expect(page.locator('.sp-status').textContent()).resolves.toBe('Built “Sales plan 2018”. Edit its yellow cells: every target follows.');
    await expect(page.getByRole('tab', { name: 'Sales plan 2018', exact: true }).count()).resolves.toBe(1);
    await expect(cell('A1').textContent()).resolves.toBe('Sales plan 2018: Revenue');
    expect(numberIn(await cell('B7').textContent())).toBe(target);
    // Children: rows 29–32; total on row 33; the check on row 34 is 0; the message in A3 says all is well.
    await expect(cell('A31').textContent()).resolves.toBe('=1+1');
    await expect(cell('D29').textContent()).resolves.toBe('600,000');
    const handOut = numberIn(await cell('B10').textContent());
    expect(numberIn(await cell('D33').textContent())).toBe(handOut);
    await expect(cell('D34').textContent()).resolves.toBe('0');
    // The new rep ramps 30% (as set), 50%, 75%, then full quota from her start in April.
    await expect(cell('B14').textContent()).resolves.toBe('30.00%');
    await expect(cell('A38').textContent()).resolves.toBe('Ines');
    expect(numberIn(await cell('D38').textContent())).toBe(Math.round((250000 / 12) * (0.3 + 0.5 + 0.75 + 6)));
    let months = 0;
    for (const col of 'EFGHIJKLMNOP') months += numberIn(await cell(`${col}33`).textContent());
    expect(months).toBe(handOut);
    await shot('5-plan');
    // The preview draws the plan's chart of targets by month under the sheet.
    await expect(page.locator('.pv-chart .pv-chart-title').textContent()).resolves.toBe('Targets by month, 2018');
    await expect(page.locator('.pv-chart rect').count()).resolves.toBe(12);
    await expect(page.locator('.pv-chart .pv-chart-label').allTextContents()).resolves.toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    await page.locator('.pv-chart').screenshot({ path: join(SCREENSHOTS, 'wizard-5-plan-chart.png') });
  });

  it('keeps the plan live: a new growth rate changes every target', async () => {
    const baseline = numberIn(await cell('B5').textContent());
    await cell('B6').click();
    await page.keyboard.type('0.2');
    await page.keyboard.press('Enter');
    expect(numberIn(await cell('B7').textContent())).toBe(roundTo(baseline * 1.2, 1000));
    const handOut = numberIn(await cell('B10').textContent());
    expect(numberIn(await cell('D33').textContent())).toBe(handOut);
    await shot('6-plan-edited');
  });

  it('shows the targets by week and day beside the plan, and a holiday typed takes a working day from its week', async () => {
    await page.locator('.pv-address').fill('Y4');
    await page.locator('.pv-address').press('Enter');
    await expect(cell('Y4').textContent()).resolves.toBe('Targets by week and day');
    // Monday 1 January 2018 starts the first week: five working days, until New Year's Day is typed as a holiday.
    await expect(cell('Y9').textContent()).resolves.toBe('2018-01-01');
    await expect(cell('Z9').textContent()).resolves.toBe('5');
    const january = numberIn(await cell('E33').textContent());
    expect(numberIn(await cell('AA9').textContent())).toBe(Math.round((january * 5) / 23));
    await cell('AC9').click();
    await page.keyboard.type('2018-01-01');
    await page.keyboard.press('Enter');
    await expect(cell('Z9').textContent()).resolves.toBe('4');
    // January's target is now shared over its 22 working days, not 23: the first week keeps 4 of them.
    expect(numberIn(await cell('AA9').textContent())).toBe(Math.round((january * 4) / 22));
    await expect(cell('Z6').textContent()).resolves.toBe('0'); // the day shown, 1 January, is now a holiday
    await shot('7-plan-weeks');
    await page.locator('.pv-address').fill('A1');
    await page.locator('.pv-address').press('Enter');
  });

  it('downloads the workbook as .xlsx: every sheet, the edited plan live, names and chart kept', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('Sales Planner preview.xlsx');
    const file = await download.path();
    await expect(page.locator('.pv-download-status').textContent()).resolves.toBe('Downloaded “Sales Planner preview.xlsx”.');
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Opportunities',
      'KPIs',
      'Revenue history',
      'Leads',
      'Marketing',
      'Accounts',
      'Pipeline',
      'Sales plan 2018',
    ]);
    const plan = workbook.getWorksheet('Sales plan 2018')!;
    expect(plan.getCell('B6').value).toBe(0.2);
    expect(plan.getCell('B7').formula).toMatch(/^ROUND/);
    expect(plan.getCell('B7').result).toBe(numberIn(await cell('B7').textContent()));
    expect(plan.getCell('A31').value).toBe('=1+1');
    expect(plan.getCell('B7').numFmt).toBe('#,##0');
    expect(workbook.definedNames.model.map((n: { name: string }) => n.name)).toContain('Sales_plan_2018_Target');
    const kpi = workbook.getWorksheet('KPIs')!.getCell('B5');
    expect(typeof kpi.value).toBe('number');
    expect(String(kpi.note)).toMatch(/^=WINRATE\(Opportunities!F2:F201\) in the Sales Planner preview/);
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(zip.file('xl/charts/chart1.xml')).not.toBeNull();
  });

  it('refuses growth typed as 20 on a % cell, saying why, and keeps the old value', async () => {
    const before = await cell('B6').textContent();
    await cell('B6').click();
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await expect(page.locator('.pv-refusal').textContent()).resolves.toMatch(/^B6 was not changed: Growth: type a percentage such as 20%/);
    await expect(cell('B6').textContent()).resolves.toBe(before);
    await shot('7-growth-refused');
  });

  it('says in words, and in red, when a lock is above the quota handed out', async () => {
    await expect(cell('A3').textContent()).resolves.toMatch(/^✓ Every check passes/);
    await cell('C29').click();
    await page.keyboard.type('99000000');
    await page.keyboard.press('Enter');
    await expect(cell('A3').textContent()).resolves.toMatch(/^⚠ The locked targets add up to 99,000,000, more than the quota handed out/);
    await expect(cell('A3').getAttribute('class')).resolves.toContain('pv-look-bad');
    await expect(cell('D34').getAttribute('class')).resolves.toContain('pv-look-bad');
    await shot('8-lock-too-high');
    await cell('C29').click();
    await page.keyboard.type('600000');
    await page.keyboard.press('Enter');
    await expect(cell('A3').textContent()).resolves.toMatch(/^✓/);
  });

  it('keeps the plan and the answers after a reload, and never overwrites a plan', async () => {
    await page.reload();
    // The workbook is kept in the browser: the plan built (and its edited growth) is still there.
    await expect(page.getByRole('tab', { name: 'Sales plan 2018', exact: true }).count()).resolves.toBe(1);
    await page.getByRole('tab', { name: 'Sales plan 2018', exact: true }).click();
    await expect(cell('B6').textContent()).resolves.toBe('20.00%');
    await page.getByRole('tab', { name: 'Sales plan', exact: true }).click();
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('4. Review and build');
    await page.getByRole('button', { name: 'Build the plan sheet' }).click();
    await page.locator('.sp-status', { hasText: 'Built “Sales plan 2018 (2)”' }).waitFor();
    await expect(page.getByRole('tab', { name: 'Sales plan 2018', exact: true }).count()).resolves.toBe(1);
  });

  it('takes a plan build back with Undo, and builds it again with Redo', async () => {
    await expect(page.getByRole('tab', { name: 'Sales plan 2018 (2)' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Undo' }).getAttribute('title')).resolves.toBe('Undo building “Sales plan 2018 (2)” (Ctrl+Z)');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('tab', { name: 'Sales plan 2018 (2)' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(page.getByRole('tab', { name: 'Sales plan 2018 (2)' }).count()).resolves.toBe(1);
    await expect(cell('A1').textContent()).resolves.toBe('Sales plan 2018: Revenue');
  });
});
