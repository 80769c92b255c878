/**
 * @jest-environment jsdom
 */
import { PreviewBook } from '../previewBook';
import { OPPORTUNITIES_SHEET } from '../previewSheet';
import { createWorkbook } from '../workbook';

// jsdom lays nothing out: no scrolling and no canvas to measure text with.
Element.prototype.scrollIntoView = () => undefined;
HTMLCanvasElement.prototype.getContext = (() => null) as never;

/** A book whose first sheet has, in column Z, four months and their SEASONALITY spilled beside them. */
function bookWithATable() {
  const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
  const grid = book.active;
  [10, 30, 20, 40].forEach((v, row) => grid.setContent({ row, col: 25 }, String(v)));
  grid.setContent({ row: 0, col: 26 }, '=SEASONALITY(Z1:Z4,2)');
  return { book, grid, value: (row: number) => book.hf.getCellValue({ sheet: 0, row, col: 26 }) };
}
const enter = (input: HTMLInputElement) => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));

describe("the formula bar on a spilled table's cells", () => {
  it("shows the table's formula greyed on a cell the table spilled into, as Excel does, and the formula itself on its first cell", () => {
    const { grid, value } = bookWithATable();
    expect(value(1)).toBeCloseTo(0.7, 12);
    grid.select({ row: 1, col: 26 });
    expect(grid.formulaBar.value).toBe('=SEASONALITY(Z1:Z4,2)');
    expect(grid.formulaBar.classList.contains('pv-spilled')).toBe(true);
    grid.select({ row: 0, col: 26 });
    expect(grid.formulaBar.value).toBe('=SEASONALITY(Z1:Z4,2)');
    expect(grid.formulaBar.classList.contains('pv-spilled')).toBe(false);
  });

  it('leaves the table whole when Enter is pressed on the greyed formula unchanged, and moves down', () => {
    const { grid, value } = bookWithATable();
    grid.select({ row: 1, col: 26 });
    grid.formulaBar.focus();
    enter(grid.formulaBar);
    expect(value(0)).toBeCloseTo(0.3, 12);
    expect(value(1)).toBeCloseTo(0.7, 12);
    expect(grid.selection.active).toEqual({ row: 2, col: 26 });
  });

  it('writes what the user types there, as any cell takes it: the table then cannot spill', () => {
    const { grid, book } = bookWithATable();
    grid.select({ row: 1, col: 26 });
    grid.formulaBar.focus();
    grid.formulaBar.value = '5';
    grid.formulaBar.dispatchEvent(new Event('input'));
    expect(grid.formulaBar.classList.contains('pv-spilled')).toBe(false);
    enter(grid.formulaBar);
    expect(book.hf.getCellValue({ sheet: 0, row: 1, col: 26 })).toBe(5);
    expect(String((book.hf.getCellValue({ sheet: 0, row: 0, col: 26 }) as { value?: string }).value)).toBe('#SPILL!');
  });
});

describe('the formula bar on a typed number', () => {
  it('shows a percent as 9% and a date as 2014-01-03, and typing either back keeps the number', () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const grid = book.active;
    // H2 is the first deal's Created date; Z1 is given a percent format and 9% typed.
    grid.select({ row: 1, col: 7 });
    expect(grid.formulaBar.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const created = book.hf.getCellValue({ sheet: 0, row: 1, col: 7 });
    enter(grid.formulaBar);
    expect(book.hf.getCellValue({ sheet: 0, row: 1, col: 7 })).toBe(created);
    book.formats.set(grid.name, { top: 0, left: 25, bottom: 0, right: 25 }, 'percent');
    grid.setContent({ row: 0, col: 25 }, '9%');
    grid.select({ row: 0, col: 25 });
    expect(grid.formulaBar.value).toBe('9%');
    enter(grid.formulaBar);
    expect(book.hf.getCellValue({ sheet: 0, row: 0, col: 25 })).toBe(0.09);
  });
});
