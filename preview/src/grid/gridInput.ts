import { a1, parseRangeA1 } from '../../../core/kit/sheet';
import { RawCellContent } from 'hyperformula';
import { fromTsv, toTsv } from './clipboard';
import { isEngineNumber } from '../cellText';
import { numberAsTyped } from '../../../ui/numbers';
import { SheetBlock } from './movedFormulas';
import { gridCommand, GridCommand } from './keys';
import { Cell, edgeOfData } from './selection';
import type { SheetGrid } from './sheetGrid';
import { t } from '../../../ui/i18n';

/** Rows a PageUp or PageDown moves: what the grid shows at a time. */
function pageRows(grid: SheetGrid): number {
  const scroller = grid.tableElement.parentElement;
  return Math.max(5, Math.floor((scroller?.clientHeight ?? 600) / 25) - 1);
}

/** The cell of the grid under a mouse event, from its `data-cell` address. */
function cellOfEvent(event: Event): Cell | undefined {
  const td = (event.target as HTMLElement).closest?.('td[data-cell]') as HTMLElement | null;
  if (!td) return undefined;
  const { top, left } = parseRangeA1(td.dataset.cell!);
  return { row: top, col: left };
}

/** The last row and column that hold anything (Ctrl+End, Ctrl+A). */
function lastUsedCell(grid: SheetGrid): Cell {
  const { height, width } = grid.hfDimensions();
  return { row: Math.max(0, height - 1), col: Math.max(0, width - 1) };
}

function moveBy(grid: SheetGrid, rows: number, cols: number, extend: boolean): void {
  const { active } = grid.selection;
  grid.select({ row: active.row + rows, col: active.col + cols }, extend);
}

function jump(grid: SheetGrid, rows: number, cols: number, extend: boolean): void {
  const to = edgeOfData(grid.selection.active, { rows, cols }, (cell) => grid.isFilled(cell), grid.limits);
  grid.select(to, extend);
}

/** Carries out a command of the keyboard on the grid. */
function run(grid: SheetGrid, command: GridCommand): void {
  const { active } = grid.selection;
  switch (command.kind) {
    case 'move':
    case 'extend':
      return moveBy(grid, command.rows, command.cols, command.kind === 'extend');
    case 'jump':
    case 'jumpExtend':
      return jump(grid, command.rows, command.cols, command.kind === 'jumpExtend');
    case 'page':
      return moveBy(grid, command.rows, 0, command.extend);
    case 'rowStart':
      return grid.select({ row: active.row, col: 0 }, command.extend);
    case 'sheetStart':
      return grid.select({ row: 0, col: 0 }, command.extend);
    case 'sheetEnd':
      return grid.select(lastUsedCell(grid), command.extend);
    case 'selectAll':
      return grid.selectBlock({ top: 0, left: 0, ...(({ row, col }) => ({ bottom: row, right: col }))(lastUsedCell(grid)) });
    case 'collapse':
      return grid.select(active);
    case 'clear':
      return clearSelection(grid);
    case 'fillDown':
    case 'fillRight':
      return fill(grid, command.kind === 'fillDown');
    case 'undo':
      return void grid.services.editor.history.undo();
    case 'redo':
      return void grid.services.editor.history.redo();
    case 'leave':
      return grid.services.leave();
    case 'edit':
      return startEditing(grid, undefined);
    case 'type':
      return startEditing(grid, command.text);
  }
}

function startEditing(grid: SheetGrid, text: string | undefined): void {
  if (text !== undefined) {
    grid.formulaBar.value = text;
    grid.formulaBar.classList.remove('pv-spilled');
  }
  grid.formulaBar.focus();
  const end = grid.formulaBar.value.length;
  grid.formulaBar.setSelectionRange(end, end);
}

function clearSelection(grid: SheetGrid): void {
  const b = grid.selection.block;
  const blank = Array.from({ length: b.bottom - b.top + 1 }, () => Array<null>(b.right - b.left + 1).fill(null));
  grid.write(b.top, b.left, blank, t('clearing cells'));
  grid.select(grid.selection.active);
}

/**
 * Numbers copied from a spreadsheet arrive as they were shown ("1,234.50", "$980", in Vietnamese
 * "1.234,50"): read them as numbers in the pane's language ({@link numberAsTyped}), as Excel and
 * Sheets do when they paste text. Anything else is written as it reads.
 */
export function pastedContent(field: string): string | null {
  if (field === '') return null;
  const plain = field.trim().replace(/^\$/, '');
  const read = numberAsTyped(plain);
  return read === plain ? (isEngineNumber(plain) ? plain : field) : read;
}

/**
 * What the preview copied last: the text it put on the clipboard, and where the cells came from
 * (a cut keeps its cells as they were, since it clears them). A paste of that same text is a paste
 * of those cells, formulas and all; any other text is another program's, pasted as values.
 */
let copied: { text: string; sheet: string; block: SheetBlock; cutCells?: RawCellContent[][] } | undefined;
const sameText = (a: string, b: string) => a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');

function copyBlock(grid: SheetGrid, event: ClipboardEvent, cut: boolean): void {
  const b = grid.selection.block;
  const rows = Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
    Array.from({ length: b.right - b.left + 1 }, (_, c) => grid.shownText(b.top + r, b.left + c)),
  );
  const text = toTsv(rows);
  event.clipboardData?.setData('text/plain', text);
  event.preventDefault();
  const block = { sheet: grid.sheet, top: b.top, left: b.left, rows: rows.length, cols: rows[0].length };
  copied = { text, sheet: grid.name, block, cutCells: cut ? grid.rawBlock(block) : undefined };
  if (cut) clearSelection(grid);
}

/** Writes a block at the selection's top left and selects it, as one undoable paste. */
function writePasted(grid: SheetGrid, contents: RawCellContent[][]): void {
  const { top, left } = grid.selection.block;
  if (grid.write(top, left, contents as (string | number | null)[][], t('pasting into {a1}', { a1: a1(top, left) }))) {
    grid.selectBlock({ top, left, bottom: top + contents.length - 1, right: left + contents[0].length - 1 });
  }
}

function pasteBlock(grid: SheetGrid, event: ClipboardEvent): void {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  event.preventDefault();
  if (text === '') return;
  const source = copied && sameText(text, copied.text) ? copied : undefined;
  const sourceSheet = source && grid.sheetIdOf(source.sheet);
  if (source && sourceSheet !== undefined) {
    if (source.cutCells) return writePasted(grid, source.cutCells);
    const b = grid.selection.block;
    const destination = { sheet: grid.sheet, top: b.top, left: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 };
    return writePasted(grid, grid.filled({ ...source.block, sheet: sourceSheet }, destination));
  }
  writePasted(
    grid,
    fromTsv(text).map((row) => row.map(pastedContent)),
  );
}

/** Ctrl+D / Ctrl+R: the selection's top row (left column) copied down (right) over the rest, formulas moved. */
function fill(grid: SheetGrid, down: boolean): void {
  const b = grid.selection.block;
  const [rows, cols] = [b.bottom - b.top + 1, b.right - b.left + 1];
  if ((down ? rows : cols) < 2) return;
  const source = { sheet: grid.sheet, top: b.top, left: b.left, rows: down ? 1 : rows, cols: down ? cols : 1 };
  const destination = down ? { ...source, top: b.top + 1, rows: rows - 1 } : { ...source, left: b.left + 1, cols: cols - 1 };
  const contents = grid.filled(source, destination);
  const label = t('filling {a1}', { a1: a1(destination.top, destination.left) });
  if (grid.write(destination.top, destination.left, contents as (string | number | null)[][], label)) grid.selectBlock(b);
}

function attachMouse(grid: SheetGrid, table: HTMLTableElement): void {
  let dragging = false;
  table.addEventListener('mousedown', (event) => {
    const cell = cellOfEvent(event);
    if (!cell) return;
    // No text selection on the page while cells are selected with Shift or a drag.
    event.preventDefault();
    table.focus();
    dragging = true;
    grid.select(cell, event.shiftKey);
  });
  table.addEventListener('mouseover', (event) => {
    const cell = dragging && event.buttons === 1 ? cellOfEvent(event) : undefined;
    if (cell) grid.select(cell, true);
  });
  window.addEventListener('mouseup', () => (dragging = false));
  table.addEventListener('dblclick', () => startEditing(grid, undefined));
}

function commitAndMove(grid: SheetGrid, rows: number, cols: number): void {
  const { active } = grid.selection;
  // A spilled cell's greyed formula left as it was is not typed into the cell (that would block the table).
  if (grid.formulaBar.value === grid.spilledFormulaAt(active)) {
    grid.tableElement.focus();
    return moveBy(grid, rows, cols, false);
  }
  const written = grid.setContent(active, grid.formulaBar.value.trim() === '' ? '' : grid.formulaBar.value);
  grid.tableElement.focus();
  if (written) moveBy(grid, rows, cols, false);
  else grid.select(active);
}

function attachFormulaBar(grid: SheetGrid): void {
  grid.formulaBar.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitAndMove(grid, event.shiftKey ? -1 : 1, 0);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commitAndMove(grid, 0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      grid.tableElement.focus();
      grid.select(grid.selection.active);
    }
  });
  // What is typed is the user's own, not the table's greyed formula.
  grid.formulaBar.addEventListener('input', () => grid.formulaBar.classList.remove('pv-spilled'));
}

/** Wires the mouse, the keyboard, the clipboard and the formula bar to a grid's table. */
export function attachGridInput(grid: SheetGrid): void {
  const table = grid.tableElement;
  attachMouse(grid, table);
  attachFormulaBar(grid);
  table.addEventListener('keydown', (event) => {
    const command = gridCommand(event, pageRows(grid));
    if (!command) return;
    event.preventDefault();
    run(grid, command);
  });
  table.addEventListener('copy', (event) => copyBlock(grid, event, false));
  table.addEventListener('cut', (event) => copyBlock(grid, event, true));
  table.addEventListener('paste', (event) => pasteBlock(grid, event));
}
