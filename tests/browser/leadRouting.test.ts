/**
 * Lead routing as a manager sets it up in the preview: the sample's first 300 leads, every band
 * routed by region to reps with capacities; on the sheet each lead's owner, each rep's load,
 * and the owners follow when a capacity is edited there. Screenshots of the step and the sheet.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('lead routing in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (a1: string) => page.locator(`.pv-sheet-holder td[data-cell="${a1}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `routing-${name}.png`) });
  const goTo = async (a1: string) => {
    await page.locator('.pv-address').fill(a1);
    await page.locator('.pv-address').press('Enter');
  };
  /** The row of the cell that says `text` exactly, among the cells shown. */
  const rowOf = async (text: string) =>
    Number((await page.locator('.pv-sheet-holder td').getByText(text, { exact: true }).first().getAttribute('data-cell'))!.replace(/^[A-Z]+/, ''));
  const columnOf = async (text: string) =>
    (await page.locator('.pv-sheet-holder td').getByText(text, { exact: true }).first().getAttribute('data-cell'))!.replace(/\d+$/, '');

  it('routes leads to the reps of their region, hottest first, and the owners follow an edited capacity', async () => {
    await page.getByRole('tab', { name: 'Lead scoring', exact: true }).click();
    await page.getByRole('tab', { name: 'Leads', exact: true }).click();
    await goTo('A1:I301');
    await page.getByRole('button', { name: 'Use the selected cells as the lead table' }).click();
    await expect(page.locator('.sp-step .sp-hint').first().textContent()).resolves.toBe('300 leads with 9 fields read from Leads!A1:I301.');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Fit and engagement' }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Next →' }).click();

    await page.getByLabel('Route to reps').selectOption('Cold');
    await expect(page.getByLabel('Area field of the leads').inputValue()).resolves.toBe('Region');
    // A rep per region is offered, for the manager to name.
    await expect(page.getByLabel('Reps, a line each: Name: area, capacity').inputValue()).resolves.toMatch(/^Central rep: Central\n/);
    await page
      .getByLabel('Reps, a line each: Name: area, capacity')
      .fill('Kelly: Central, 20\nAnna: West, 20\nChuck: East, 20\nCassandra: South, 15\nBen: *, 40');
    await shot('1-step');
    await page.getByRole('button', { name: 'Next →' }).click();
    const routed = await page.locator('.sp-facts dt', { hasText: 'Routed by Region' }).locator('xpath=following-sibling::dd[1]').textContent();
    expect(routed).toMatch(/^Kelly \d+, Anna \d+, Chuck \d+, Cassandra \d+, Ben \d+, \(no rep\) \d+$/);
    const kellyLeads = /^Kelly (\d+)/.exec(routed!)![1];
    await page.getByRole('button', { name: 'Build the lead scoring sheet' }).click();
    await page.locator('.sp-status', { hasText: 'Built “Lead scoring”.' }).waitFor();
    await expect(cell('A3').textContent()).resolves.toMatch(/^✓/);

    // The reps' block: Kelly's load is the review's.
    const kelly = (await rowOf('Route leads from band')) + 4;
    await expect(cell(`A${kelly}`).textContent()).resolves.toBe('Kelly');
    await expect(cell(`D${kelly}`).textContent()).resolves.toBe(kellyLeads);
    await expect(cell(`E${kelly}`).textContent()).resolves.toBe(`${((Number(kellyLeads) / 20) * 100).toFixed(2)}%`);
    await cell(`A${kelly}`).scrollIntoViewIfNeeded();
    await shot('2-reps');

    // Each lead's owner beside its band: Kelly's leads are in the Central region.
    await goTo(`A${kelly + 40}`);
    const header = await rowOf('Owner');
    const owner = await columnOf('Owner');
    // The owners of the lead rows the grid shows, by row.
    const owners = async () =>
      page.evaluate(
        ({ column, from }) =>
          Object.fromEntries(
            [...document.querySelectorAll<HTMLElement>('.pv-sheet-holder td[data-cell]')]
              .map((td) => [td.dataset.cell!, td.textContent ?? ''] as const)
              .filter(([at]) => at.replace(/\d+$/, '') === column && Number(at.replace(/^[A-Z]+/, '')) > from),
          ),
        { column: owner, from: header },
      );
    const before = await owners();
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(Object.values(before)).toContain('Kelly');
    await goTo(`A${header}`);
    await shot('3-owners');

    // Kelly takes no leads: hers go to Ben, who serves every region, while he has room.
    await goTo(`C${kelly}`);
    await cell(`C${kelly}`).click();
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect(cell(`D${kelly}`).textContent()).resolves.toBe('0');
    await goTo(`A${kelly + 40}`);
    const after = await owners();
    await goTo(`A${header}`);
    expect(Object.values(after)).not.toContain('Kelly');
    const hers = Object.entries(before).flatMap(([at, was]) => (was === 'Kelly' ? [after[at]] : []));
    expect(hers).toContain('Ben');
    expect(hers.filter((now) => now !== 'Ben' && now !== '(no rep)')).toEqual([]);
    await shot('4-edited');
  }, 180_000);
});
