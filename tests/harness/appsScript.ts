import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { columnLetters, parseRangeA1 } from '../../core/kit/sheet';

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

export interface AppsScriptOptions {
  activeCell?: FakeCell & { a1: string };
  sheets?: string[];
  failOn?: string;
  userLocale?: string;
  /** The data of the selected sheet (row 1 first; `{ date: '2024-02-01' }` is a date cell) and the selected A1 range. */
  data?: unknown[][];
  selected?: string;
  /** The spreadsheet's time zone (File → Settings); the script's own is Etc/UTC, as appsscript.json says. */
  timeZone?: string;
  /** Named ranges the spreadsheet already has. */
  namedRanges?: string[];
  /** Cells of other sheets by A1 (a plan sheet's inputs), which getSheetByName finds; other sheets are not there. */
  cells?: Record<string, Record<string, unknown>>;
  /** Another execution (a second sidebar call) holds the document's lock for longer than any wait. */
  lockHeldElsewhere?: boolean;
}

/**
 * The document's lock as LockService gives it: one holder at a time. `tryLock` waits for another
 * execution's hold and gives up (false) once its timeout passes; `waitLock` throws then, with Apps
 * Script's own message; `releaseLock` lets the next one in (Lock class reference,
 * developers.google.com/apps-script/reference/lock/lock).
 */
function documentLock(options: AppsScriptOptions, record: (service: string, method: string, args: unknown[]) => void) {
  let held = false;
  const take = (method: string, ms: number) => {
    record('Lock', method, [ms]);
    if (!Number.isInteger(ms) || ms < 0) throw new Error(`Invalid argument: timeoutInMillis (${ms})`);
    if (options.lockHeldElsewhere) return false;
    held = true;
    return true;
  };
  return {
    tryLock: (ms: number) => take('tryLock', ms),
    waitLock: (ms: number) => {
      if (!take('waitLock', ms)) throw new Error('Lock timeout: another process was holding the lock for too long.');
    },
    hasLock: () => held,
    releaseLock: () => {
      record('Lock', 'releaseLock', []);
      held = false;
    },
  };
}

/**
 * A sheet of `options.cells`: ranges by A1 (one cell) or by row and column (a block, 1-based, as
 * Apps Script counts), each call recorded. `setValue` of a string starting with "=" writes a formula,
 * as Sheets does; an apostrophe before it keeps it text (and is not kept).
 */
function cellSheet(name: string, cells: Record<string, unknown>, record: (service: string, method: string, args: unknown[]) => void) {
  const at = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;
  const block = (top: number, left: number, rows: number, columns: number) => ({
    getValues: () => (
      record('Range', 'getValues', []),
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cells[at(top - 1 + r, left - 1 + c)] ?? ''))
    ),
  });
  const one = (a1: string) => ({
    setValue: (v: unknown) => {
      record('Range', 'setValue', [a1, v]);
      cells[a1] = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : typeof v === 'string' && v.startsWith('=') ? { formula: v } : v;
    },
    clearContent: () => (record('Range', 'clearContent', [a1]), delete cells[a1]),
  });
  return {
    getName: () => name,
    getRange: (...args: unknown[]) =>
      typeof args[0] === 'string' ? one(args[0]) : block(args[0] as number, args[1] as number, (args[2] as number) ?? 1, (args[3] as number) ?? 1),
  };
}

/**
 * The built Code.js, loaded in a fresh `vm` context with fake SpreadsheetApp, HtmlService,
 * PropertiesService and Utilities that record every call, as Apps Script would run it, and refuse
 * what Apps Script refuses (each rule with its source): a property value over 9 KB or a store over
 * 500 KB ("Quotas for Google Services": Properties value size 9 KB / val, total storage 500 KB /
 * property store); a named range whose name exists; `SpreadsheetApp.getActiveRange()` at the top
 * level, reported to fail under the `spreadsheets.currentonly` scope (use the active spreadsheet's).
 * Date cells reach the script as the instant of their wall-clock time in the spreadsheet's zone,
 * as `getValues()` documents ("Date objects in the spreadsheet's time zone").
 */
export function loadAppsScript(options: AppsScriptOptions = {}) {
  const calls: RecordedCall[] = [];
  const record = (service: string, method: string, args: unknown[]) => calls.push({ service, method, args });
  const properties = strictProperties(record);
  const lock = documentLock(options, record);
  const cell = options.activeCell ?? { a1: 'K2', formula: '', display: '' };
  const timeZone = options.timeZone ?? 'Etc/UTC';

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
            return recorder(
              service === 'Sheet' && method.startsWith('get') ? 'Range' : service === 'Sheet' && method === 'newChart' ? 'ChartBuilder' : service,
            );
          };
        },
      },
    );
  const fakeSheet = (name: string) => ({ getName: () => name });
  const namedRanges = new Set<string>(options.namedRanges ?? []);
  // Assigned once the fake services it closes over exist.
  // eslint-disable-next-line prefer-const
  let context: vm.Context;
  const spreadsheet = {
    getCurrentCell: () => range,
    getActiveRange: () => selectedRange(options, () => context, timeZone),
    getSpreadsheetTimeZone: () => timeZone,
    getNamedRanges: () => [...namedRanges].map((name) => ({ getName: () => name })),
    getSheets: () => sheetNames.map(fakeSheet),
    getSheetByName: (name: string) => (options.cells?.[name] ? cellSheet(name, options.cells[name], record) : null),
    insertSheet: (name: string) => {
      record('Spreadsheet', 'insertSheet', [name]);
      sheetNames.push(name);
      return recorder('Sheet');
    },
    deleteSheet: (sheet: unknown) => record('Spreadsheet', 'deleteSheet', [sheet !== undefined]),
    setNamedRange: (name: string) => {
      record('Spreadsheet', 'setNamedRange', [name]);
      if ([...namedRanges].some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`A named range called ${name} already exists.`);
      namedRanges.add(name);
    },
    getRangeByName: (name: string) => (namedRanges.has(name) ? {} : null),
    removeNamedRange: (name: string) => (record('Spreadsheet', 'removeNamedRange', [name]), namedRanges.delete(name)),
  };
  const htmlOutput = {
    setTitle: (title: string) => (record('HtmlOutput', 'setTitle', [title]), htmlOutput),
  };
  context = vm.createContext({
    SpreadsheetApp: {
      getUi: () => (record('SpreadsheetApp', 'getUi', []), ui),
      getActiveSpreadsheet: () => (record('SpreadsheetApp', 'getActiveSpreadsheet', []), spreadsheet),
      newConditionalFormatRule: () => recorder('RuleBuilder'),
      newDataValidation: () => recorder('RuleBuilder'),
      getActiveRange: () => {
        throw new Error('SpreadsheetApp.getActiveRange() is refused here: use getActiveSpreadsheet().getActiveRange() (spreadsheets.currentonly).');
      },
    },
    Utilities: {
      formatDate: (date: Date, zone: string, pattern: string) => {
        if (pattern !== 'Z') throw new Error(`The fake formats only 'Z', not ${pattern}`);
        return zoneOffset(date.getTime(), zone);
      },
    },
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => (record('HtmlService', 'createHtmlOutputFromFile', [name]), htmlOutput),
      // A file of the pushed project (dist/sheets), as the script editor holds it; a missing one throws.
      createTemplateFromFile: (name: string) => {
        record('HtmlService', 'createTemplateFromFile', [name]);
        const file = join(__dirname, '../../dist/sheets', `${name}.html`);
        if (!/^[\w-]+$/.test(name) || !existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
        return { getRawContent: () => readFileSync(file, 'utf8') };
      },
    },
    PropertiesService: { getDocumentProperties: () => properties.service },
    LockService: { getDocumentLock: () => (record('LockService', 'getDocumentLock', []), lock) },
    // The user's Google language; left out, Session is missing, as before the add-on is authorised.
    ...(options.userLocale === undefined ? {} : { Session: { getActiveUserLocale: () => (record('Session', 'getActiveUserLocale', []), options.userLocale) } }),
    Logger: { log: () => undefined },
    Charts: { ChartType: { COLUMN: 'COLUMN', LINE: 'LINE', BAR: 'BAR', PIE: 'PIE', COMBO: 'COMBO' } },
  });
  const code = readFileSync(join(__dirname, '../../dist/sheets/Code.js'), 'utf8');
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context: context as Record<string, (...args: unknown[]) => unknown>, calls, cell, properties: properties.store, sheetNames, namedRanges };
}

/** Google's quotas for one property store: 9 KB a value, 500 KB in all (keys and values, in bytes). */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

/** Document properties that refuse what Google's quotas refuse, checked on every write. */
function strictProperties(record: (service: string, method: string, args: unknown[]) => void) {
  const store = new Map<string, string>();
  const check = (next: Map<string, string>) => {
    for (const value of next.values()) if (Buffer.byteLength(value) > PROPERTY_VALUE_BYTES) throw new Error('Exceeded maximum property value size (9 KB).');
    const total = [...next].reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    if (total > PROPERTY_STORE_BYTES) throw new Error('You have exceeded the property storage quota (500 KB).');
    store.clear();
    next.forEach((v, k) => store.set(k, v));
  };
  const service = {
    getProperty: (key: string) => (record('Properties', 'getProperty', [key]), store.get(key) ?? null),
    getProperties: () => (record('Properties', 'getProperties', []), Object.fromEntries(store)),
    setProperty: (key: string, value: string) => (record('Properties', 'setProperty', [key, value]), check(new Map([...store, [key, String(value)]])), service),
    setProperties: (values: Record<string, string>, deleteAllOthers = false) => {
      record('Properties', 'setProperties', [values, deleteAllOthers]);
      check(new Map([...(deleteAllOthers ? [] : store), ...Object.entries(values).map(([k, v]) => [k, String(v)] as [string, string])]));
      return service;
    },
    deleteProperty: (key: string) => (record('Properties', 'deleteProperty', [key]), store.delete(key), service),
  };
  return { store, service };
}

/** A zone's offset at an instant, as `Utilities.formatDate(date, zone, 'Z')` writes it: `+0700`. */
export function zoneOffset(ms: number, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const minutes = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The instant a date cell (`2024-02-01`, midnight) stands for in a spreadsheet of that zone. */
export function zonedMidnight(day: string, zone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  let ms = Date.UTC(y, m - 1, d);
  // Two steps settle the offset, across a daylight-saving change too.
  for (let i = 0; i < 2; i += 1) {
    const z = zoneOffset(ms, zone);
    const minutes = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3)));
    ms = Date.UTC(y, m - 1, d) - minutes * 60_000;
  }
  return ms;
}

/** The active range over `options.data`, its date cells as Dates of the script's own realm. */
function selectedRange(options: AppsScriptOptions, context: () => vm.Context, zone: string) {
  const data = options.data ?? [];
  const lastRow = data.length;
  const lastColumn = Math.max(0, ...data.map((row) => row.length));
  const maxRows = Math.max(1000, lastRow);
  const cellAt = (r: number, c: number) => {
    const v = data[r]?.[c] ?? '';
    if (v && typeof v === 'object' && 'date' in v) return vm.runInContext(`new Date(${zonedMidnight(String((v as { date: string }).date), zone)})`, context());
    return v;
  };
  const block = (top: number, left: number, rows: number, columns: number) => ({
    getValues: () => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cellAt(top - 1 + r, left - 1 + c))),
  });
  const sheet = { getName: () => 'Sheet1', getLastRow: () => lastRow, getLastColumn: () => lastColumn, getRange: block };
  const selected = options.selected ?? 'A1';
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(selected);
  const { top, left, bottom, right } = parseRangeA1(whole ? `${whole[1]}1:${whole[2]}${maxRows}` : selected);
  return {
    getSheet: () => sheet,
    getA1Notation: () => selected,
    getRow: () => top + 1,
    getColumn: () => left + 1,
    getLastRow: () => bottom + 1,
    getLastColumn: () => right + 1,
    getValues: () => block(top + 1, left + 1, bottom - top + 1, right - left + 1).getValues(),
  };
}
