import { CellInput, InsertOutcome, MAX_SELECTION_CELLS, SelectionValues, UiSettings, cellInput, usedSelection } from '../../ui/host';
import { parseRangeA1, planCellOf, rangeA1, typedCell } from '../../core/kit/sheet';
import { readSettings, writeSettings } from './documentSettings';
import { withSpreadsheetDates } from './spreadsheetDates';
import { renderPlanInSheets } from './renderPlanInSheets';
import { ServerApi } from './serverApi';
import { sidebarMessages } from './sidebarMessages';
import { msg } from '../../core/kit/i18n';

/**
 * The used part of the selection, as Excel's used range of a selection gives it: the rows and
 * columns past the sheet's last data are never read (whole columns A:E hold a million rows), and
 * blank rows and columns at the edges are dropped. Dates become serials in the spreadsheet's zone
 * (only plain JSON crosses to the sidebar, and Excel gives serials too). Through
 * `getActiveSpreadsheet()`: top-level `SpreadsheetApp.getActiveRange()` is reported to fail under the
 * `spreadsheets.currentonly` scope.
 */
function readSelection(): SelectionValues {
  const range = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  if (!range) throw new Error(msg('Select some cells first.'));
  const sheet = range.getSheet();
  const selected = range.getA1Notation();
  const [top, left] = [range.getRow(), range.getColumn()];
  const rows = Math.min(range.getLastRow(), sheet.getLastRow()) - top + 1;
  const columns = Math.min(range.getLastColumn(), sheet.getLastColumn()) - left + 1;
  const said = { sheet: sheet.getName() };
  if (rows < 1 || columns < 1) return { ...said, address: selected, values: [], trimmedFrom: selected };
  if (rows * columns > MAX_SELECTION_CELLS)
    return { ...said, address: rangeA1(top - 1, left - 1, top + rows - 2, left + columns - 2), values: [], tooLarge: rows * columns, trimmedFrom: selected };
  const read = usedSelection(said.sheet, selected, sheet.getRange(top, left, rows, columns).getValues(), top - 1, left - 1);
  return { ...read, values: withSpreadsheetDates(read.values) };
}

/** A sheet by name, or an error that names it (renamed or deleted since the plan was built). */
function sheetNamed(name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`The sheet “${name}” is no longer in the workbook.`);
  return sheet;
}

/** Some cells of a sheet, read as one block around them (one service call: a scenario's inputs sit together). */
function readCells(sheet: string, refs: string[]): CellInput[] {
  const cells = refs.map((ref) => parseRangeA1(ref));
  const top = Math.min(...cells.map((c) => c.top));
  const left = Math.min(...cells.map((c) => c.left));
  const rows = Math.max(...cells.map((c) => c.top)) - top + 1;
  const columns = Math.max(...cells.map((c) => c.left)) - left + 1;
  const values = withSpreadsheetDates(
    sheetNamed(sheet)
      .getRange(top + 1, left + 1, rows, columns)
      .getValues(),
  );
  return cells.map((c) => cellInput(values[c.top - top][c.left - left]));
}

/** One write a cell (a scenario has at most 32): text behind an apostrophe, so it is never a formula; null clears. */
function writeCells(sheet: string, refs: string[], values: CellInput[]): void {
  const target = sheetNamed(sheet);
  refs.forEach((ref, i) => {
    const v = values[i];
    if (v === null || v === undefined) target.getRange(ref).clearContent();
    else target.getRange(ref).setValue(typedCell(planCellOf(v)));
  });
}

/** How long a save waits for another save of the same document (a wizard's answers beside a build's scenario record). */
const SETTINGS_LOCK_MS = 10_000;

/**
 * `work` while holding the document's lock, so two saves at once (the sidebar calls the server
 * without waiting, and Apps Script runs each call as its own execution) never read the same
 * settings and write back each other's loss. `getDocumentLock()` is documented to return null
 * outside a document; then there is nothing to share and `work` runs as it is.
 */
function underDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return work();
  if (!lock.tryLock(SETTINGS_LOCK_MS)) throw new Error(msg('Another save of this document is still running: nothing was saved. Try again in a moment.'));
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * The server half of SheetsHost: what the sidebar asks of the spreadsheet, done with SpreadsheetApp
 * in as few service calls as the task allows (each is a round trip to Google's servers).
 */
export const serverApi: ServerApi = {
  insertFormula(formula: string, replace: boolean): InsertOutcome {
    const cell = SpreadsheetApp.getActiveSpreadsheet().getCurrentCell();
    if (!cell) throw new Error(msg('Select a cell first.'));
    const address = cell.getA1Notation();
    // A value hidden by its number format (;;;) shows nothing but is there: the cell is occupied.
    const value: unknown = cell.getValue();
    const current = cell.getFormula() || (value === '' ? '' : String(cell.getDisplayValue() || value));
    if (current !== '' && !replace) return { status: 'occupied', address, current };
    cell.setFormula(formula);
    return { status: 'inserted', address };
  },
  loadSettings(): UiSettings {
    return readSettings(PropertiesService.getDocumentProperties());
  },
  /** One read and one write of the document's properties, merged on the server under the document's lock: no other key is lost. */
  saveSettings(patch: UiSettings): void {
    underDocumentLock(() => writeSettings(PropertiesService.getDocumentProperties(), patch));
  },
  readSelection,
  renderPlan: renderPlanInSheets,
  readCells,
  writeCells,
  /** The user's language in Google (`vi`, `zh-CN`, `cy`…), which the sidebar speaks. */
  userLocale(): string {
    return Session.getActiveUserLocale();
  },
  sidebarMessages,
};
