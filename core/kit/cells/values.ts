import { SheetError, errorKindFromText, isSheetError, reason } from './errors';

/** One cell as core sees it, whatever host it came from: blanks are `null`, dates are serial numbers. */
export type CellValue = number | string | boolean | null | SheetError;

/** A rectangular block of cells, rows first. */
export type Range = readonly (readonly CellValue[])[];

/**
 * Whether a cell is blank: empty, or text of spaces only.
 *
 * @example
 * isBlankCell('  ') //=> true
 */
export const isBlankCell = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system that Excel, Sheets and HyperFormula share. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The day of a date serial as a UTC midnight: the day a spreadsheet shows, whatever the time zone.
 *
 * @example
 * serialToUtcDate(45322).toISOString() //=> '2024-01-31T00:00:00.000Z'
 */
export function serialToUtcDate(serial: number): Date {
  return new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}

/**
 * The serial of the UTC day a time falls in (milliseconds since 1970, as Date.now() gives).
 *
 * @example
 * utcDaySerial(Date.UTC(2024, 0, 31, 15)) //=> 45322
 */
export function utcDaySerial(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
}

/**
 * The serial of a time given as milliseconds since 1970 on a wall clock read as UTC, fraction of
 * the day kept (a spreadsheet's dates and times are such wall-clock times).
 *
 * @example
 * wallClockSerial(Date.UTC(2024, 0, 31, 12)) //=> 45322.5
 */
export function wallClockSerial(ms: number): number {
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * The spreadsheet serial number of a date, read from its wall-clock fields (Apps Script hands
 * custom functions `Date` objects in the script's time zone; the wall clock is what the user typed).
 *
 * @example
 * dateToSerial(new Date(2024, 0, 31)) //=> 45322
 */
export function dateToSerial(date: Date): number {
  // Date.prototype's own methods, not the object's: a cell's value may override them.
  const field = (method: (this: Date) => number) => method.call(date);
  const proto = Date.prototype;
  const wallClockUtc = Date.UTC(
    field(proto.getFullYear),
    field(proto.getMonth),
    field(proto.getDate),
    field(proto.getHours),
    field(proto.getMinutes),
    field(proto.getSeconds),
    field(proto.getMilliseconds),
  );
  return wallClockSerial(wallClockUtc);
}

/**
 * The time of a real Date from any realm (Apps Script and `vm` contexts have their own Date), or
 * undefined for anything else, including an object that only claims to be a Date through its
 * `Symbol.toStringTag`: Date.prototype.getTime checks the internal slot and throws for those.
 */
function realDateTime(raw: object): number | undefined {
  if (!(raw instanceof Date) && Object.prototype.toString.call(raw) !== '[object Date]') return undefined;
  try {
    return Date.prototype.getTime.call(raw);
  } catch {
    return undefined;
  }
}

/** What an object in a cell is: a date, a host error, or nothing a cell can hold (#VALUE!). */
function objectCell(raw: object): CellValue {
  if (isSheetError(raw)) return raw;
  const time = realDateTime(raw);
  if (time !== undefined) return Number.isNaN(time) ? new SheetError('VALUE', reason('a cell holds an invalid date')) : dateToSerial(raw as Date);
  return errorFromHostObject(raw) ?? new SheetError('VALUE', reason('a cell holds a value that is not a number, text or date'));
}

/** Error objects from hosts: Excel's `CustomFunctions.Error` carries `code: '#N/A'` and the like. */
function errorFromHostObject(raw: object): SheetError | undefined {
  const code = (raw as { code?: unknown; errorCode?: unknown }).code ?? (raw as { errorCode?: unknown }).errorCode;
  if (typeof code !== 'string') return undefined;
  const kind = errorKindFromText(code);
  const message = (raw as { message?: unknown }).message;
  return kind ? new SheetError(kind, typeof message === 'string' ? message : '') : undefined;
}

/**
 * Turns one raw value from any host into a {@link CellValue}: the one place where host differences
 * in blanks, dates and errors are settled.
 *
 * - `undefined`, `null` and `''` are blank (Excel passes `null`, Sheets `''`);
 * - `Date` objects become serial numbers; an invalid date is `#VALUE!`;
 * - error names as text (`'#N/A'`, as Sheets passes error cells) and host error objects become errors;
 * - NaN and infinities are `#NUM!`;
 * - any other object (one that only claims to be a Date, one whose getters throw) is `#VALUE!`.
 *
 * @example
 * normaliseCell('')          //=> null
 * normaliseCell('#N/A')      //=> SheetError NA
 * normaliseCell(new Date(2024, 0, 31)) //=> 45322
 */
export function normaliseCell(raw: unknown): CellValue {
  if (raw === undefined || raw === null || raw === '') return null;
  switch (typeof raw) {
    case 'number':
      return Number.isFinite(raw) ? raw : new SheetError('NUM', reason('a cell holds a number too large to use'));
    case 'boolean':
      return raw;
    case 'string': {
      const kind = raw.startsWith('#') ? errorKindFromText(raw) : undefined;
      return kind ? new SheetError(kind, '') : raw;
    }
    case 'object':
      try {
        return objectCell(raw);
      } catch {
        // A host object whose getters throw (a Proxy, a revoked object) is still only a bad cell.
        return new SheetError('VALUE', reason('a cell holds a value that cannot be read'));
      }
    default:
      return new SheetError('VALUE', reason('a cell holds a value that is not a number, text or date'));
  }
}

/**
 * Array.isArray that answers false, rather than throwing, for a revoked Proxy: whatever a host
 * hands over, reading it never throws.
 */
export function isArrayValue(raw: unknown): raw is unknown[] {
  try {
    return Array.isArray(raw);
  } catch {
    return false;
  }
}

/**
 * Turns a raw argument into a rectangular {@link Range}. A single value is a 1×1 range (Sheets passes
 * a one-cell reference as a plain value); a ragged array is `#VALUE!`, as no spreadsheet makes one.
 *
 * @example
 * toRange(5)            //=> [[5]]
 * toRange([['Won'], [null]]) //=> [['Won'], [null]]
 */
export function toRange(raw: unknown): Range | SheetError {
  if (!isArrayValue(raw)) {
    const cell = normaliseCell(raw);
    return [[cell]];
  }
  if (raw.length === 0) return [];
  let allRows = true;
  for (let r = 0; allRows && r < raw.length; r += 1) allRows = isArrayValue(raw[r]);
  const rows = allRows ? (raw as unknown[][]) : raw.map((row: unknown) => (isArrayValue(row) ? row : [row]));
  const width = rows[0].length;
  let clean = true;
  // Index loops, not for…of: this runs over every cell of ranges a million rows long.
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (row.length !== width) return new SheetError('VALUE', reason('the range is not rectangular'));
    if (clean)
      for (let c = 0; c < width; c += 1)
        if (!isCleanCell(row[c])) {
          clean = false;
          break;
        }
  }
  // Most ranges hold only numbers, text and booleans: use them as they are, without a copy
  // (a million-row column is then read once, not rebuilt).
  return clean ? (rows as CellValue[][]) : rows.map((row) => row.map(normaliseCell));
}

/** A raw value that is already a CellValue exactly as normaliseCell would return it. */
function isCleanCell(raw: unknown): boolean {
  switch (typeof raw) {
    case 'number':
      return Number.isFinite(raw);
    case 'string':
      return raw !== '' && raw.charCodeAt(0) !== 35; // '#' may start an error name
    case 'boolean':
      return true;
    default:
      return raw === null;
  }
}

/**
 * The first error inside a range, reading row by row, with its row (1 = the range's first), or
 * undefined when there is none.
 */
export function firstError(range: Range): { readonly error: SheetError; readonly row: number } | undefined {
  for (let r = 0; r < range.length; r += 1) {
    const row = range[r];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (typeof cell === 'object' && cell !== null) return { error: cell, row: r + 1 };
    }
  }
  return undefined;
}

/** The number of rows and columns of a range, as `[rows, columns]`. */
export function shapeOf(range: Range): readonly [number, number] {
  return [range.length, range.length === 0 ? 0 : range[0].length];
}
