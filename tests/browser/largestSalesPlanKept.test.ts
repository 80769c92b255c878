/**
 * The largest sales plan the wizard builds (5,000 children), as a manager would make it in the
 * preview: 5,000 reps pasted beside the sample, selected, read by the wizard, built; an input edited;
 * the page reloaded: the sheet, its last child and the edit are all there.
 */
import { join } from 'node:path';
import { MAX_CHILDREN } from '../../core/plans/salesPlan';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the largest sales plan in the preview', () => {
  const session = usePreviewPage();

  it(`builds ${MAX_CHILDREN.toLocaleString('en-US')} children, follows an edit, and keeps both across a reload`, async () => {
    const { page } = session();
    const cell = (ref: string) => page.locator(`.pv-sheet-holder td[data-cell="${ref}"]`);
    const goTo = async (ref: string) => {
      await page.locator('.pv-address').fill(ref);
      await page.locator('.pv-address').press('Enter');
    };
    // 5,000 reps and their drivers pasted into two free columns of the Opportunities sheet.
    const tsv = ['Rep\tDriver', ...Array.from({ length: MAX_CHILDREN }, (_, i) => `Rep ${i + 1}\t${1000 + ((i * 7919) % 9000)}`)].join('\n');
    await goTo('M1');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.querySelector('.pv-sheet-holder table')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, tsv);
    await goTo(`M${MAX_CHILDREN + 1}`);
    await expect(cell(`M${MAX_CHILDREN + 1}`).textContent()).resolves.toBe(`Rep ${MAX_CHILDREN}`);
    await goTo(`M2:N${MAX_CHILDREN + 1}`);

    await page.locator('.sp-tab', { hasText: /^Sales plan$/ }).click();
    for (let i = 0; i < 2; i += 1) await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Use the selected cells' }).click();
    await page.getByLabel(`Name of row ${MAX_CHILDREN}`).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Build the plan sheet' }).click();
    await page.locator('.sp-status', { hasText: 'Built “Sales plan' }).waitFor({ timeout: 240_000 });
    const sheet = (await page.locator('.pv-tab[aria-selected="true"]').textContent())!;
    const lastChild = `A${28 + MAX_CHILDREN}`;
    await goTo(lastChild);
    await expect(cell(lastChild).textContent()).resolves.toBe(`Rep ${MAX_CHILDREN}`);

    await goTo('B6');
    await page.keyboard.type('20%');
    await page.keyboard.press('Enter');
    const target = async () => cell('B7').textContent();
    await page.waitForFunction(() => document.querySelector('.pv-sheet-holder td[data-cell="B6"]')?.textContent === '20.00%');
    const edited = await target();
    await page.screenshot({ path: join(SCREENSHOTS, 'largest-sales-plan-edited.png') });

    // What a person waits for: the page saying the work is kept; then the reload brings it all back.
    await page.locator('.pv-saved', { hasText: 'Saved in this browser' }).waitFor({ timeout: 240_000 });
    await page.reload();
    await page.locator('.pv-tab', { hasText: sheet }).click({ timeout: 240_000 });
    await cell('B6').filter({ hasText: '20.00%' }).waitFor({ timeout: 240_000 });
    await expect(target()).resolves.toBe(edited);
    await goTo(lastChild);
    await expect(cell(lastChild).textContent()).resolves.toBe(`Rep ${MAX_CHILDREN}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'largest-sales-plan-reloaded.png') });
  }, 900_000);
});
