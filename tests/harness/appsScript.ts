import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/** A call some fake Apps Script service received: service, method, arguments. */
export interface RecordedCall {
  readonly service: string;
  readonly method: string;
  readonly args: unknown[];
}

export interface FakeCell {
  formula: string;
  display: string;
  /** The value under the display, when a number format hides it. */
  value?: unknown;
}

/**
 * The built Code.js, loaded in a fresh `vm` context with fake SpreadsheetApp, HtmlService and
 * PropertiesService that record every call, as Apps Script would run it.
 */
export function loadAppsScript(options: { activeCell?: FakeCell & { a1: string }; sheets?: string[]; failOn?: string; selection?: unknown[][]; userLocale?: string } = {}) {
  const calls: RecordedCall[] = [];
  const record = (service: string, method: string, args: unknown[]) => calls.push({ service, method, args });
  const properties = new Map<string, string>();
  const cell = options.activeCell ?? { a1: 'K2', formula: '', display: '' };

  const menu = {
    addItem: (...args: unknown[]) => (record('Menu', 'addItem', args), menu),
    addToUi: () => record('Menu', 'addToUi', []),
  };
  const ui = {
    createAddonMenu: () => (record('Ui', 'createAddonMenu', []), menu),
    showSidebar: (html: unknown) => record('Ui', 'showSidebar', [html]),
  };
  const range = {
    getA1Notation: () => (record('Range', 'getA1Notation', []), cell.a1),
    getFormula: () => (record('Range', 'getFormula', []), cell.formula),
    getDisplayValue: () => (record('Range', 'getDisplayValue', []), cell.display),
    getValue: () => (record('Range', 'getValue', []), cell.value ?? cell.display),
    setFormula: (formula: string) => {
      record('Range', 'setFormula', [formula]);
      cell.formula = formula;
      return range;
    },
  };
  // Sheets of the spreadsheet: every method call on them is recorded; `failOn` makes one throw.
  const sheetNames = [...(options.sheets ?? ['Sheet1'])];
  const recorder = (service: string): unknown =>
    new Proxy(
      {},
      {
        get(_t, method: string) {
          if (method === 'then') return undefined;
          return (...args: unknown[]) => {
            record(service, method, args);
            if (options.failOn === method) throw new Error(`${method} failed`);
            if (method === 'getRow' || method === 'getColumn') return 1;
            if (method === 'build') return { chart: true };
            return recorder(service === 'Sheet' && method.startsWith('get') ? 'Range' : service === 'Sheet' && method === 'newChart' ? 'ChartBuilder' : service);
          };
        },
      },
    );
  const fakeSheet = (name: string) => ({ getName: () => name });
  const namedRanges = new Set<string>();
  const spreadsheet = {
    getCurrentCell: () => range,
    getSheets: () => sheetNames.map(fakeSheet),
    insertSheet: (name: string) => {
      record('Spreadsheet', 'insertSheet', [name]);
      sheetNames.push(name);
      return recorder('Sheet');
    },
    deleteSheet: (sheet: unknown) => record('Spreadsheet', 'deleteSheet', [sheet !== undefined]),
    setNamedRange: (name: string) => (record('Spreadsheet', 'setNamedRange', [name]), namedRanges.add(name)),
    getRangeByName: (name: string) => (namedRanges.has(name) ? {} : null),
    removeNamedRange: (name: string) => (record('Spreadsheet', 'removeNamedRange', [name]), namedRanges.delete(name)),
  };
  const htmlOutput = {
    setTitle: (title: string) => (record('HtmlOutput', 'setTitle', [title]), htmlOutput),
  };
  const context = vm.createContext({
    SpreadsheetApp: {
      getUi: () => (record('SpreadsheetApp', 'getUi', []), ui),
      getActiveSpreadsheet: () => (record('SpreadsheetApp', 'getActiveSpreadsheet', []), spreadsheet),
      newConditionalFormatRule: () => recorder('RuleBuilder'),
      newDataValidation: () => recorder('RuleBuilder'),
      getActiveRange: () => ({ getSheet: () => ({ getName: () => 'Sheet1' }), getA1Notation: () => 'B2:B4', getValues: () => options.selection ?? [[1], [2], [new Date(Date.UTC(2024, 0, 31))]] }),
    },
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => (record('HtmlService', 'createHtmlOutputFromFile', [name]), htmlOutput),
    },
    PropertiesService: {
      getDocumentProperties: () => ({
        getProperty: (key: string) => (record('Properties', 'getProperty', [key]), properties.get(key) ?? null),
        setProperty: (key: string, value: string) => (record('Properties', 'setProperty', [key, value]), properties.set(key, value)),
      }),
    },
    // The user's Google language; left out, Session is missing, as before the add-on is authorised.
    ...(options.userLocale === undefined ? {} : { Session: { getActiveUserLocale: () => (record('Session', 'getActiveUserLocale', []), options.userLocale) } }),
    Logger: { log: () => undefined },
    Charts: { ChartType: { COLUMN: 'COLUMN', LINE: 'LINE', BAR: 'BAR', PIE: 'PIE', COMBO: 'COMBO' } },
  });
  const code = readFileSync(join(__dirname, '../../dist/sheets/Code.js'), 'utf8');
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context: context as Record<string, (...args: unknown[]) => unknown>, calls, cell, properties, sheetNames, namedRanges };
}
