/**
 * @jest-environment jsdom
 */
import { PreviewBook } from './previewBook';
import { HISTORY_SHEET, OPPORTUNITIES_SHEET } from './previewSheet';
import { openWorkbook, saveWorkbook } from './savedWorkbook';
import { memoryStore } from './workbookStore';
import { createWorkbook } from './workbook';

const samples = [OPPORTUNITIES_SHEET, HISTORY_SHEET];
// jsdom lays nothing out: no scrolling and no canvas to measure text with.
Element.prototype.scrollIntoView = () => undefined;
HTMLCanvasElement.prototype.getContext = (() => null) as never;

/** A book whose Revenue history sheet has a formula that reads Opportunities. */
function bookWithAReference(): PreviewBook {
  const book = new PreviewBook(createWorkbook(samples), samples);
  book.show(1);
  book.active.setContent({ row: 0, col: 8 }, '=COUNTA(Opportunities!A:A)');
  return book;
}
const tabNames = (book: PreviewBook) => [...book.element.querySelectorAll('.pv-tab')].map((tab) => tab.textContent);

describe('renaming a sheet in the preview', () => {
  it('renames the sheet, its tab and every formula that reads it, and keeps its formats', () => {
    const book = bookWithAReference();
    book.formats.set('Opportunities', { top: 1, left: 6, bottom: 1, right: 6 }, 'percent');
    expect(book.renameSheet('Opportunities', '  Deals 2017 ')).toBeUndefined();
    expect(book.sheetNames()).toEqual(['Deals 2017', 'Revenue history']);
    expect(tabNames(book)).toEqual(['Deals 2017', 'Revenue history']);
    expect(book.active.name).toBe('Deals 2017');
    expect(book.hf.getCellFormula({ sheet: book.hf.getSheetId('Revenue history')!, row: 0, col: 8 })).toBe("=COUNTA('Deals 2017'!A:A)");
    expect(book.formats.get('Deals 2017', 1, 6)).toBe('percent');
    expect(book.active.model.formatAt(1, 1)).toBe(OPPORTUNITIES_SHEET.formatAt(1, 1));
  });

  it('is one step of the undo history: Undo gives the old name back, Redo the new one', () => {
    const book = bookWithAReference();
    book.renameSheet('Opportunities', 'Deals');
    book.editor.history.undo();
    expect(tabNames(book)).toEqual(['Opportunities', 'Revenue history']);
    expect(book.hf.getCellFormula({ sheet: book.hf.getSheetId('Revenue history')!, row: 0, col: 8 })).toBe('=COUNTA(Opportunities!A:A)');
    book.editor.history.redo();
    expect(book.sheetNames()).toEqual(['Deals', 'Revenue history']);
  });

  it.each([
    ['', 'A sheet needs a name.'],
    ['x'.repeat(32), 'A sheet name has at most 31 characters; this one has 32.'],
    ['Q1/Q2', 'A sheet name cannot contain / \\ ? * : [ or ].'],
    ["'Plan", 'A sheet name cannot start or end with an apostrophe.'],
    ['history', 'Excel keeps the name “History” for itself.'],
    ['revenue HISTORY', 'Another sheet is already called “Revenue history”.'],
  ])('refuses %j, saying why, and changes nothing', (name, reason) => {
    const book = bookWithAReference();
    expect(book.renameSheet('Opportunities', name)).toBe(reason);
    expect(book.sheetNames()).toEqual(['Opportunities', 'Revenue history']);
    expect(book.editor.history.nextUndo?.label).not.toMatch(/renaming/);
  });

  it('is kept in the browser under its new name', async () => {
    const storage = memoryStore();
    const book = bookWithAReference();
    book.renameSheet('Opportunities', 'Deals');
    await saveWorkbook(book, storage);
    const opened = await openWorkbook(storage, samples);
    expect(opened.sheets.map((s) => s.name)).toEqual(['Deals', 'Revenue history']);
    expect(createWorkbook(opened.sheets).getCellFormula({ sheet: 1, row: 0, col: 8 })).toBe('=COUNTA(Deals!A:A)');
  });

  it('renames from the tab: a double-click opens a name box, Enter renames, a refused name keeps the box and says why', () => {
    const book = bookWithAReference();
    document.body.append(book.element);
    const tab = book.element.querySelectorAll<HTMLElement>('.pv-tab')[0];
    tab.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    const box = book.element.querySelector<HTMLInputElement>('.pv-tab-name')!;
    box.value = 'Revenue history';
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(book.element.querySelector('.pv-refusal')?.textContent).toBe('Another sheet is already called “Revenue history”.');
    expect(book.element.querySelector('.pv-tab-name')).not.toBeNull();
    box.value = 'Deals';
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(book.element.querySelector('.pv-tab-name')).toBeNull();
    expect(tabNames(book)).toEqual(['Deals', 'Revenue history']);
    book.element.remove();
  });
});
