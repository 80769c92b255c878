/**
 * Rules learnt from the sample's won and lost leads, as a manager gets them in the preview: the
 * sample Leads table read, "Learn from won and lost leads" pressed, and the review ranks the leads
 * better than chance without a warning, where the "Fit and engagement" preset warns.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE_LEADS } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('rules learnt from the won and lost leads in the preview', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));
  /** The wizard's first step on the sample's Leads table, selected from A1 to its end as a person would (each test opens the preview afresh). */
  const readSampleLeads = async () => {
    await page.getByRole('tab', { name: 'Lead scoring', exact: true }).click();
    await page.getByRole('tab', { name: 'Leads', exact: true }).click();
    await page.locator('.pv-sheet-holder td[data-cell="A1"]').click();
    await page.keyboard.press('Control+Shift+End');
    await page.getByRole('button', { name: 'Use the selected cells as the lead table' }).click();
  };

  it('gives the sample a rule that ranks its leads better than chance, and the review says so without a warning', async () => {
    await readSampleLeads();
    await page.getByRole('button', { name: 'Next →' }).click();

    await page.getByRole('button', { name: 'Learn from won and lost leads' }).click();
    await expect(page.getByLabel('Field of rule 1').inputValue()).resolves.toBe('Region');
    await expect(page.getByLabel('Value of rule 1').inputValue()).resolves.toBe('West, South');
    await page.screenshot({ path: join(SCREENSHOTS, 'leads-learnt-rules.png') });
    for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'Next →' }).click();

    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('5. Review and build');
    await expect(page.locator('.sp-facts dd').nth(2).textContent()).resolves.toBe('0.639');
    await expect(page.locator('.sp-app', { hasText: 'no better than chance' }).count()).resolves.toBe(0);
    await expect(page.locator('.sp-hint', { hasText: 'the sheet reads' }).textContent()).resolves.toBe(
      `1 rule; the sheet reads Leads!A1:I${SAMPLE_LEADS.rows.length + 1} and never writes to it.`,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'leads-learnt-review.png') });
  });

  it('says why it cannot learn when no field says Won / Lost', async () => {
    await readSampleLeads();
    await page.getByLabel('Outcome field').selectOption('');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('2. The rules');
    await expect(page.getByRole('button', { name: 'Learn from won and lost leads' }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('.sp-hint', { hasText: 'to learn rules' }).textContent()).resolves.toBe(
      'Choose the field that says Won / Lost (step 1) to learn rules from the leads.',
    );
  });
});
