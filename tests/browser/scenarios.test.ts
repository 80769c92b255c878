/**
 * Three scenarios of a sales plan, as a manager makes them in the preview: the plan's inputs saved
 * as Base, changed and saved as Best and Worst, Base applied back, then the Scenarios sheet side by
 * side, where one scenario's growth is edited and only its column moves.
 */
import { join } from 'node:path';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const amount = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

describeInBrowser('scenarios of a sales plan, in the preview', () => {
  const session = usePreviewPage();

  it('saves Base, Best and Worst, applies Base back, and sets them side by side on a Scenarios sheet that follows an edit', async () => {
    const { page } = session();
    const cell = (a1: string) => page.locator('.pv-sheet-holder td[data-cell="' + a1 + '"]');
    const type = async (a1: string, text: string) => {
      await cell(a1).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    const paneTab = (name: string) => page.locator('.sp-tab', { hasText: name });
    const status = page.locator('.sp-status');

    await paneTab('Scenarios').click();
    await expect(page.locator('.sp-empty').textContent()).resolves.toContain('Build a plan with a wizard first');
    await paneTab('Sales plan').click();
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Build the plan sheet' }).click();
    await page.locator('.sp-status', { hasText: 'Built “Sales plan' }).waitFor();
    const baseline = amount(await cell('B5').textContent());
    const baseTarget = await cell('B7').textContent();

    await paneTab('Scenarios').click();
    const save = page.getByRole('button', { name: 'Save the plan’s inputs as this scenario' });
    await save.click();
    await status.filter({ hasText: 'Saved “Base”' }).waitFor();
    await type('B6', '15%');
    await type('B9', '95%');
    await page.getByLabel('Scenario name', { exact: true }).first().selectOption('best');
    await save.click();
    await status.filter({ hasText: 'Saved “Best”' }).waitFor();
    await type('B6', '0%');
    await type('B9', '70%');
    await page.getByLabel('Scenario name', { exact: true }).first().selectOption('worst');
    await save.click();
    await status.filter({ hasText: 'Saved “Worst”' }).waitFor();
    await expect(page.locator('.sp-scenario-name').allTextContents()).resolves.toEqual(['Base', 'Best', 'Worst']);

    await page.locator('[data-scenario="Base"]').getByRole('button', { name: 'Apply' }).click();
    await status.filter({ hasText: 'Applied “Base”' }).waitFor();
    await expect(cell('B7').textContent()).resolves.toBe(baseTarget);
    await page.screenshot({ path: join(SCREENSHOTS, 'scenarios-pane.png') });

    await page.getByRole('button', { name: 'Build the Scenarios sheet' }).click();
    await status.filter({ hasText: 'Built “Scenarios”' }).waitFor();
    await expect(page.locator('.pv-tab[aria-selected="true"]').textContent()).resolves.toContain('Scenarios');
    await expect(Promise.all(['C5', 'D5', 'E5'].map((a) => cell(a).textContent()))).resolves.toEqual(['Base', 'Best', 'Worst']);
    // 11 inputs from row 6, then the outputs' section and the target in row 19.
    await expect(cell('A19').textContent()).resolves.toBe('Target');
    const targets = async () => Promise.all(['C19', 'D19', 'E19'].map(async (a) => amount(await cell(a).textContent())));
    const before = await targets();
    expect(before[0]).toBe(amount(baseTarget));
    expect(before[1]).toBe(Math.round((baseline * 1.15) / 1000) * 1000);
    expect(before[2]).toBe(baseline);
    await page.screenshot({ path: join(SCREENSHOTS, 'scenarios-sheet.png') });

    await type('D7', '30%');
    const after = await targets();
    expect(after).toEqual([before[0], Math.round((baseline * 1.3) / 1000) * 1000, before[2]]);
    await expect(cell('A3').textContent()).resolves.toMatch(/^✓/);
    await page.screenshot({ path: join(SCREENSHOTS, 'scenarios-edited.png') });
  });
});
