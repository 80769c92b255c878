/**
 * The field-work wizard as a manager runs it in the preview: the default funnel and day, the
 * sample Accounts selected by keyboard, a rep per state, review, Build; then a longer visit typed on
 * the Field plan sheet lowers visits a day and raises the reps needed, and a week typed in the
 * visiting order changes its stops. Screenshots of each step.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CALENDAR_COLUMN, FIELD_INPUTS as I, FIELD_RESULTS as R } from '../../core/plans/fieldPlan';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const LAST_ROW = SAMPLE_ACCOUNTS.rows.length + 1;
const numberIn = (text: string | null) => Number((text ?? '').replace(/[,%]/g, ''));

describeInBrowser('the field-work wizard in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  const cell = (ref: string) => page.locator(`.pv-sheet-holder td[data-cell="${ref}"]`);
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `field-${name}.png`) });
  const next = () => page.getByRole('button', { name: 'Next →' }).click();

  it('builds a live field plan from the sample accounts', async () => {
    await page.getByRole('tab', { name: 'Field plan', exact: true }).click();
    await shot('1-funnel');
    await next();
    await expect(page.locator('[data-field="dayResult"]').textContent()).resolves.toMatch(/^4 visits a day, [\d,]+ a year a rep\.$/);
    await page.getByLabel('A visit (minutes)', { exact: true }).fill('30');
    await expect(page.locator('[data-field="dayResult"]').textContent()).resolves.toMatch(/^5 visits a day/);
    await shot('2-day');
    await next();

    await page.getByRole('tab', { name: 'Accounts', exact: true }).click();
    await cell('A1').click();
    await page.keyboard.press('Control+Shift+End');
    await expect(page.locator('.pv-address').inputValue()).resolves.toBe(`A1:G${LAST_ROW}`);
    await page.getByRole('button', { name: 'Use the selected cells as the accounts' }).click();
    await expect(page.getByLabel('Area field').inputValue()).resolves.toBe('State');
    await shot('3-accounts');
    await next();
    await page.getByRole('button', { name: 'A rep per area' }).click();
    await shot('4-reps');
    await next();

    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('5. Review and build');
    const reviewNeeded = (await page.locator('.sp-facts dd').last().textContent())!.split(' / ')[0];
    await shot('5-review');
    await page.getByRole('button', { name: 'Build the field plan' }).click();
    // A build runs a slice at a time: wait for its word, as a person would.
    await page.locator('.sp-status', { hasText: 'Built “Field plan”. Change the visit time there: capacity and coverage follow.' }).waitFor();
    await expect(page.locator('.sp-status').textContent()).resolves.toBe('Built “Field plan”. Change the visit time there: capacity and coverage follow.');
    await expect(cell(a1(R.repsNeeded, 4)).textContent()).resolves.toBe(reviewNeeded);
    await expect(cell(a1(R.visitsPerDay, 4)).textContent()).resolves.toBe('5');
    await shot('6-sheet');
    // Rep 1's week-by-week calendar holds its visits a year.
    const repRow = I.visitsC + 4;
    const weeks = await Promise.all(Array.from({ length: 52 }, (_, k) => cell(a1(repRow, CALENDAR_COLUMN + k)).textContent()));
    expect(weeks.reduce((s, w) => s + numberIn(w), 0)).toBe(numberIn(await cell(a1(repRow, 3)).textContent()));
    await cell(a1(repRow, CALENDAR_COLUMN + 8)).click();
    await shot('6-calendar');

    // Rep 1's week 1, day by day: five stops a day, the km between a day's stops.
    const stopHeader = Number((await page.locator('.pv-sheet-holder td', { hasText: /^Stop$/ }).getAttribute('data-cell'))!.slice(1));
    const stop = (s: number, col: string) => cell(`${col}${stopHeader + s}`).textContent();
    // Go to the route by the address box, as a manager would: the grid draws rows as they come into view.
    await page.locator('.pv-address').fill(`C${stopHeader + 12}`);
    await page.locator('.pv-address').press('Enter');
    await expect(stop(1, 'B')).resolves.toBe('Mon');
    await expect(stop(6, 'B')).resolves.toBe('Tue');
    expect(await stop(2, 'C')).not.toBe('');
    expect(numberIn(await stop(2, 'E'))).toBeGreaterThanOrEqual(0);
    await expect(stop(6, 'E')).resolves.toBe('');
    const weekOne = await stop(1, 'C');
    await cell(`B${stopHeader - 2}`).click();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(stop(1, 'C')).resolves.not.toBe(weekOne);
    await cell(`C${stopHeader + 3}`).click();
    await shot('6-route');

    // The Classes block: how many accounts A takes, and their share of the value (below the 80% cut-off
    // but for the account that crosses it).
    // Below the route's stops (at most 7 days' visits), reached by the address box.
    await page.locator('.pv-address').fill(`A${stopHeader + 60}`);
    await page.locator('.pv-address').press('Enter');
    const classesRow = Number((await page.locator('.pv-sheet-holder td', { hasText: /^Classes: / }).getAttribute('data-cell'))!.slice(1));
    await expect(cell(`A${classesRow + 2}`).textContent()).resolves.toBe('A');
    expect(numberIn(await cell(`C${classesRow + 2}`).textContent())).toBeGreaterThan(0);
    expect(numberIn(await cell(`E${classesRow + 2}`).textContent())).toBeGreaterThanOrEqual(80);
    expect(numberIn(await cell(`E${classesRow + 3}`).textContent())).toBeGreaterThanOrEqual(95);
    await cell(`C${classesRow + 2}`).click();
    await shot('6-classes');

    // An hour a visit, typed on the sheet without the add-in: fewer visits a day, more reps needed.
    const needed = numberIn(await cell(a1(R.repsNeeded, 4)).textContent());
    await cell(a1(I.visit, 1)).click();
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await expect(cell(a1(R.visitsPerDay, 4)).textContent()).resolves.toBe('3');
    expect(numberIn(await cell(a1(R.repsNeeded, 4)).textContent())).toBeGreaterThan(needed);
    await expect(stop(4, 'B')).resolves.toBe('Tue');
    await shot('7-edited');
  }, 120_000);
});
