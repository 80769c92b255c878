/**
 * The preview behaves like the spreadsheet a manager already knows, tried as a person would in
 * headless Chromium: undo and redo, copy and paste between spreadsheets, the keyboard, spilled
 * tables, formats, errors in words, a workbook kept across reloads, and a pane that makes room.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { MONTHLY_REVENUE } from '../../preview/src/sample';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const LAST_DEAL_ROW = SAMPLE_OPPORTUNITIES.rows.length + 1;

describeInBrowser('the preview as a spreadsheet', () => {
  const session = usePreviewPage();
  let page: Page;
  beforeEach(() => (page = session().page));

  const cell = (a1: string) => page.locator(`.pv-sheet-holder td[data-cell="${a1}"]`);
  const text = (a1: string) => cell(a1).textContent();
  /** The reason beside the formula bar, once it says what is expected: it is written after the selection settles, later on a busy machine. */
  const reason = async (expected: RegExp) => {
    await page.locator('.pv-reason', { hasText: expected }).waitFor({ timeout: 30_000 });
    return page.locator('.pv-reason').textContent();
  };
  const address = () => page.locator('.pv-address').inputValue();
  const press = (key: string) => page.keyboard.press(key);
  /** Types into a cell as a person does: once the cell shows as selected (under load a click lands late), then Enter. */
  const typeInto = async (a1: string, content: string) => {
    await cell(a1).click();
    await page.waitForFunction((at) => document.querySelector<HTMLInputElement>('.pv-address')?.value === at, a1);
    await page.keyboard.type(content);
    await press('Enter');
  };
  const openTab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `sheet-${name}.png`) });

  /** Sends clipboard text to the grid as a paste from another spreadsheet would arrive. */
  const pasteText = (clip: string) =>
    page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      document
        .querySelector('.pv-sheet-holder table')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, clip);
  /** What a copy of the selection puts on the clipboard. */
  const copiedText = () =>
    page.evaluate(() => {
      const transfer = new DataTransfer();
      document.querySelector('.pv-sheet-holder table')!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return transfer.getData('text/plain');
    });

  it('undoes and redoes typing with Ctrl+Z / Ctrl+Y and with the buttons', async () => {
    await typeInto('M2', '123');
    await typeInto('M3', 'note');
    await cell('M4').click();
    await press('Control+z');
    await expect(text('M3')).resolves.toBe('');
    await press('Control+z');
    await expect(text('M2')).resolves.toBe('');
    await press('Control+y');
    await expect(text('M2')).resolves.toBe('123');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(text('M3')).resolves.toBe('note');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(text('M3')).resolves.toBe('');
    await expect(page.getByRole('button', { name: 'Redo' }).getAttribute('title')).resolves.toBe('Redo typing in M3 (Ctrl+Y)');
  });

  it("never edits the pane's fields with Ctrl+Z on the grid", async () => {
    await page.getByPlaceholder('Search: win rate, growth, quota…').fill('pipeline');
    await typeInto('M2', '5');
    await press('Control+z');
    await expect(text('M2')).resolves.toBe('');
    await expect(page.getByPlaceholder('Search: win rate, growth, quota…').inputValue()).resolves.toBe('pipeline');
  });

  it('copies a block as tab-separated text and pastes one from another spreadsheet', async () => {
    await cell('A1').click();
    await press('Shift+ArrowRight');
    await press('Shift+ArrowDown');
    await expect(address()).resolves.toBe('A1:B2');
    const [first] = SAMPLE_OPPORTUNITIES.rows;
    const [h0, h1] = SAMPLE_OPPORTUNITIES.header;
    await expect(copiedText()).resolves.toBe(`${h0}\t${h1}\n${first[0]}\t${first[1]}`);
    // As Excel puts it on the clipboard: CRLF rows, numbers as shown, a quoted field with a line break.
    await cell('M2').click();
    await pasteText('Region\tTarget\r\nNorth\t"1,234.50"\r\n"South\nand East"\t980\r\n');
    await expect(address()).resolves.toBe('M2:N4');
    await expect(text('N3')).resolves.toBe('1234.5');
    await expect(text('M4')).resolves.toBe('South\nand East');
    await typeInto('M3', '=N3*2');
    await expect(text('M3')).resolves.toBe('2469');
    await press('Control+z');
    await press('Control+z');
    await expect(text('M2')).resolves.toBe('');
    await expect(text('N3')).resolves.toBe('');
  });

  it('copies with Ctrl+C and pastes with Ctrl+V through the system clipboard', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session().url });
    await cell('A2').click();
    await press('Shift+ArrowRight');
    await press('Control+c');
    const [first] = SAMPLE_OPPORTUNITIES.rows;
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${first[0]}\t${first[1]}`);
    await cell('M5').click();
    await press('Control+v');
    await expect(Promise.all([text('M5'), text('N5')])).resolves.toEqual([String(first[0]), String(first[1])]);
  });

  it('pastes a copied formula with its references moved, fills a block from one cell, and fills down with Ctrl+D', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session().url });
    await typeInto('P2', '=ROW()*10');
    await typeInto('Q2', '=P2+1');
    // One cell copied into a block fills the block, each copy reading its own row.
    await cell('Q2').click();
    await press('Control+c');
    await cell('Q3').click();
    await cell('Q5').click({ modifiers: ['Shift'] });
    await press('Control+v');
    await cell('Q4').click();
    await expect(page.locator('.pv-input').inputValue()).resolves.toBe('=P4+1');
    // The formula in P2 filled down over P2:P5 with Ctrl+D.
    await cell('P2').click();
    await cell('P5').click({ modifiers: ['Shift'] });
    await press('Control+d');
    await expect(Promise.all(['P5', 'Q5'].map(text))).resolves.toEqual(['50', '51']);
    await cell('P5').click();
    await expect(page.locator('.pv-input').inputValue()).resolves.toBe('=ROW()*10');
    // One step of the history each: Undo takes the fill back, not the paste.
    await press('Control+z');
    await expect(Promise.all(['P5', 'Q5'].map(text))).resolves.toEqual(['', '1']);
    // A percentage pasted from another program shows as one.
    await cell('R2').click();
    await pasteText('12.5%');
    await expect(text('R2')).resolves.toMatch(/^12\.50?%$/);
  });

  it('clears a selected block with Delete, and Undo brings it back', async () => {
    await cell('M2').click();
    await pasteText('1\t2\n3\t4');
    await cell('M2').click();
    await cell('N3').click({ modifiers: ['Shift'] });
    await press('Delete');
    await expect(Promise.all(['M2', 'N2', 'M3', 'N3'].map(text))).resolves.toEqual(['', '', '', '']);
    await press('Control+z');
    await expect(Promise.all(['M2', 'N2', 'M3', 'N3'].map(text))).resolves.toEqual(['1', '2', '3', '4']);
  });

  it('moves as Excel does: Tab, Shift+Tab, Enter, Shift+Enter, Ctrl+Arrow, Home, Ctrl+Home, PageDown', async () => {
    await cell('B2').click();
    await press('Tab');
    await expect(address()).resolves.toBe('C2');
    await press('Shift+Tab');
    await press('Enter');
    await expect(address()).resolves.toBe('B3');
    await press('Shift+Enter');
    await expect(address()).resolves.toBe('B2');
    await press('Control+ArrowDown');
    await expect(address()).resolves.toBe(`B${LAST_DEAL_ROW}`);
    await press('Control+ArrowRight');
    // To the end of the run of filled cells in the last deal's row, as Excel goes.
    const last = SAMPLE_OPPORTUNITIES.rows[SAMPLE_OPPORTUNITIES.rows.length - 1];
    let end = 1;
    while (end + 1 < last.length && last[end + 1] !== null && last[end + 1] !== '') end += 1;
    await expect(address()).resolves.toBe(`${String.fromCharCode(65 + end)}${LAST_DEAL_ROW}`);
    await press('Home');
    await expect(address()).resolves.toBe(`A${LAST_DEAL_ROW}`);
    await press('Control+Home');
    await expect(address()).resolves.toBe('A1');
    await press('PageDown');
    expect(Number((await address()).slice(1))).toBeGreaterThan(10);
    await press('Control+Home');
    await press('Control+Shift+ArrowDown');
    await expect(address()).resolves.toBe(`A1:A${LAST_DEAL_ROW}`);
  });

  it("extends a selection with Shift+click without selecting the page's text, and leaves the grid with F6", async () => {
    await cell('A2').click();
    await cell('C4').click({ modifiers: ['Shift'] });
    await expect(address()).resolves.toBe('A2:C4');
    await expect(cell('B3').getAttribute('class')).resolves.toContain('pv-in-selection');
    await expect(page.evaluate(() => window.getSelection()?.toString() ?? '')).resolves.toBe('');
    await press('F6');
    await expect(page.evaluate(() => document.activeElement?.closest('#app') !== null)).resolves.toBe(true);
    await shot('selection');
  });

  it("reads a keyboard-made selection with the wizard's Use the selected cells", async () => {
    await page.getByRole('tab', { name: 'Sales plan', exact: true }).click();
    await page.getByLabel('Owner').fill('Sales team');
    await page.getByRole('button', { name: 'Next →' }).click();
    await openTab('Revenue history');
    await cell('B2').click();
    await press('Control+Shift+ArrowDown');
    await page.getByRole('button', { name: 'Use the selected cells as monthly history' }).click();
    await expect(page.locator('.sp-step .sp-hint').first().textContent()).resolves.toBe(
      `${MONTHLY_REVENUE.length} months read from B2:B${MONTHLY_REVENUE.length + 1}.`,
    );
  });

  it('keeps a spilled table to its own cells: text below does not block it, a blocker shows #SPILL! until cleared', async () => {
    await openTab('KPIs');
    await expect(text('A17')).resolves.toBe('Group');
    await typeInto('A32', 'A note ten rows under the table');
    await expect(text('A17')).resolves.toBe('Group');
    await typeInto('C19', 'in the way');
    await expect(text('A17')).resolves.toBe('#SPILL!');
    await cell('A17').click();
    // The reason shows once A17 is the cell selected, as the address box says.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.pv-address')?.value === 'A17');
    await expect(reason(/^A17: #SPILL! The table needs the cells under and beside it to be empty/)).resolves.toMatch(/^A17: #SPILL!/);
    await shot('spill-blocked');
    await cell('C19').click();
    await press('Delete');
    await expect(text('A17')).resolves.toBe('Group');
    await expect(text('C19')).resolves.toBe('49');
  });

  it("shows every cell of a spilled table in its function's format, never the column's", async () => {
    await openTab('KPIs');
    await expect(text('E18')).resolves.toMatch(/^\d+\.\d{2}%$/);
    await expect(text('F18')).resolves.toMatch(/^[\d,]+\.\d{2}$/);
    await openTab('Opportunities');
    // Column H holds dates; KPIBY's eighth column (average cycle days) lands in it. The address
    // box goes to a cell below the data, as Excel's name box does.
    await page.locator('.pv-address').fill(`A${LAST_DEAL_ROW + 3}`);
    await press('Enter');
    await expect(address()).resolves.toBe(`A${LAST_DEAL_ROW + 3}`);
    await typeInto(
      `A${LAST_DEAL_ROW + 3}`,
      `=KPIBY(D2:D${LAST_DEAL_ROW}, F2:F${LAST_DEAL_ROW}, G2:G${LAST_DEAL_ROW}, H2:H${LAST_DEAL_ROW}, I2:I${LAST_DEAL_ROW})`,
    );
    await expect(text(`H${LAST_DEAL_ROW + 4}`)).resolves.toMatch(/^\d+(\.\d)?$/);
    await expect(text(`E${LAST_DEAL_ROW + 4}`)).resolves.toMatch(/%$/);
  });

  it('formats the selected cells from the toolbar, undoably, and a formula over a percentage shows one', async () => {
    await openTab('KPIs');
    await cell('B5').click();
    await page.locator('.pv-format[data-format="decimal"]').click();
    await expect(text('B5')).resolves.toMatch(/^0\.\d{2}$/);
    await press('Control+z');
    await expect(text('B5')).resolves.toMatch(/%$/);
    await typeInto('D5', '=B5*1.1');
    await expect(text('D5')).resolves.toMatch(/^\d+\.\d{2}%$/);
    await shot('formats');
  });

  it('says why a formula fails in words beside the formula bar, with a suggestion for a misspelt name', async () => {
    await typeInto('M2', '=WINRAT(F2:F201)');
    await cell('M2').click();
    await expect(reason(/^M2: #NAME\?/)).resolves.toBe('M2: #NAME? There is no function WINRAT. Did you mean WINRATE?');
    await typeInto('M3', '=SUM(1,');
    await cell('M3').click();
    await expect(reason(/cannot be read/)).resolves.toMatch(/cannot be read: check its brackets, commas and quotes/);
    await typeInto('M4', '=SALES.WINRATE(F2:F201)');
    await expect(text('M4')).resolves.toMatch(/^\d+\.\d{2}%$/);
    await shot('error-reason');
  });

  it('does not report success when the gallery inserts a formula the sheet cannot compute', async () => {
    await cell('M2').click();
    await page
      .getByRole('button', { name: /WINRATE/ })
      .first()
      .click();
    await page.getByLabel('Formula to insert for WINRATE').fill('=WINRAT(F2:F201)');
    await page.getByRole('button', { name: 'Insert into active cell' }).click();
    await expect(page.locator('.sp-status').first().textContent()).resolves.toMatch(
      /^Inserted into M2, but the sheet cannot compute it: #NAME\? There is no function WINRAT\. Did you mean WINRATE\?/,
    );
  });

  it('deletes the sheet on show from the toolbar, and Undo brings it back in its place', async () => {
    await openTab('Marketing');
    await page.getByRole('button', { name: 'Delete sheet' }).click();
    await expect(page.locator('.pv-tabs .pv-tab').allTextContents()).resolves.toEqual([
      'Opportunities',
      'KPIs',
      'Revenue history',
      'Leads',
      'Accounts',
      'Pipeline',
    ]);
    // Straight after the toolbar's button, the keyboard's Undo works as the button would.
    await press('Control+z');
    await expect(page.locator('.pv-tabs .pv-tab').allTextContents()).resolves.toEqual([
      'Opportunities',
      'KPIs',
      'Revenue history',
      'Leads',
      'Marketing',
      'Accounts',
      'Pipeline',
    ]);
    await expect(page.locator('.pv-tabs .pv-tab[aria-selected="true"]').textContent()).resolves.toBe('Marketing');
    await shot('sheet-deleted-undone');
  });

  it('renames a sheet by double-clicking its tab, says why a name is refused, and formulas that read it follow', async () => {
    await page.getByRole('tab', { name: 'Opportunities', exact: true }).dblclick();
    const box = page.getByLabel('New name of the sheet “Opportunities”');
    await box.fill('Leads');
    await box.press('Enter');
    await expect(page.locator('.pv-refusal').textContent()).resolves.toBe('Another sheet is already called “Leads”.');
    await shot('rename-refused');
    await box.fill('Deals 2017');
    await box.press('Enter');
    await expect(page.locator('.pv-tabs .pv-tab').allTextContents()).resolves.toEqual([
      'Deals 2017',
      'KPIs',
      'Revenue history',
      'Leads',
      'Marketing',
      'Accounts',
      'Pipeline',
    ]);
    await openTab('KPIs');
    await cell('B5').click();
    await expect(page.locator('.pv-input').inputValue()).resolves.toMatch(/^=WINRATE\('Deals 2017'!F2:F201\)$/);
    await expect(text('B5')).resolves.toMatch(/^\d+\.\d{2}%$/);
    await shot('renamed');
    await page.locator('.pv-toolbar button', { hasText: 'Undo' }).click();
    await expect(page.locator('.pv-tabs .pv-tab').first().textContent()).resolves.toBe('Opportunities');
  });

  it('keeps the workbook across a reload, until Reset sample', async () => {
    await typeInto('M2', 'kept');
    // What a person waits for: the page saying the edit is kept.
    await page.locator('.pv-saved', { hasText: 'Saved in this browser' }).waitFor();
    await page.reload();
    await cell('A1').filter({ hasText: 'Opportunity' }).waitFor();
    await expect(text('M2')).resolves.toBe('kept');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset sample' }).click();
    await cell('A1').filter({ hasText: 'Opportunity' }).waitFor();
    await expect(text('M2')).resolves.toBe('');
  });

  it('has room beside the data, and stays usable at 700 px with the pane hidden or narrowed', async () => {
    await expect(page.locator('.pv-grid thead th').last().textContent()).resolves.toBe('Z');
    await page.setViewportSize({ width: 700, height: 700 });
    await shot('700-with-pane');
    await page.getByRole('button', { name: 'Hide the Sales Planner pane' }).click();
    const width = await page.locator('.pv-sheet-holder').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(650);
    await typeInto('M2', 'fits');
    await expect(text('M2')).resolves.toBe('fits');
    await shot('700-pane-hidden');
  });
});
