import { InsertOutcome, MAX_SELECTION_CELLS, SelectionValues, UiSettings, usedPart } from '../../ui/host';
import { rangeA1 } from '../../core/kit/sheet';
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
  const used = usedPart(sheet.getRange(top, left, rows, columns).getValues(), top - 1, left - 1);
  const address = used.values.length === 0 ? selected : rangeA1(used.top, used.left, used.top + used.values.length - 1, used.left + used.values[0].length - 1);
  return { ...said, address, values: withSpreadsheetDates(used.values), ...(address === selected ? {} : { trimmedFrom: selected }) };
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
  /** One read and one write of the document's properties, merged on the server: no other key is lost. */
  saveSettings(patch: UiSettings): void {
    writeSettings(PropertiesService.getDocumentProperties(), patch);
  },
  readSelection,
  renderPlan: renderPlanInSheets,
  /** The user's language in Google (`vi`, `zh-CN`, `cy`…), which the sidebar speaks. */
  userLocale(): string {
    return Session.getActiveUserLocale();
  },
  sidebarMessages,
};
