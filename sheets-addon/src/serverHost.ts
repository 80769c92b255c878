import { InsertOutcome, SETTINGS_KEY, SelectionValues, UiSettings, mergeSettings, parseSettings } from '../../ui/host';
import { renderPlanInSheets } from './renderPlanInSheets';
import { ServerApi } from './serverApi';
import { msg } from '../../core/i18n/msg';


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
    return parseSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY));
  },
  /** One read and one write of the document's property, merged on the server: no other key is lost. */
  saveSettings(patch: UiSettings): void {
    const properties = PropertiesService.getDocumentProperties();
    properties.setProperty(SETTINGS_KEY, JSON.stringify(mergeSettings(parseSettings(properties.getProperty(SETTINGS_KEY)), patch)));
  },
  readSelection(): SelectionValues {
    const range = SpreadsheetApp.getActiveRange();
    if (!range) throw new Error(msg('Select some cells first.'));
    // Only plain JSON crosses to the sidebar: dates become ISO text, read back by core as dates.
    const values = range.getValues().map((row) => row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v)));
    return { sheet: range.getSheet().getName(), address: range.getA1Notation(), values };
  },
  renderPlan: renderPlanInSheets,
  /** The user's language in Google (`vi`, `zh-CN`, `cy`…), which the sidebar speaks. */
  userLocale(): string {
    return Session.getActiveUserLocale();
  },
};
