import { SheetError, errorKindFromText, isSheetError } from './errors';

/** One cell as core sees it, whatever host it came from: blanks are `null`, dates are serial numbers. */
export type CellValue = number | string | boolean | null | SheetError;

/** A rectangular block of cells, rows first. */
export type Range = readonly (readonly CellValue[])[];

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system that Excel, Sheets and HyperFormula share. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The spreadsheet serial number of a date, read from its wall-clock fields (Apps Script hands
 * custom functions `Date` objects in the script's time zone; the wall clock is what the user typed).
 *
 * @example
 * dateToSerial(new Date(2024, 0, 31)) //=> 45322
 */
export function dateToSerial(date: Date): number {
  const wallClockUtc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return wallClockUtc / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function isDateLike(raw: object): raw is Date {
  return raw instanceof Date || Object.prototype.toString.call(raw) === '[object Date]';
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
 * - NaN and infinities are `#NUM!`.
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
      return Number.isFinite(raw) ? raw : new SheetError('NUM', 'a cell holds a number too large to use');
    case 'boolean':
      return raw;
    case 'string': {
      const kind = raw.startsWith('#') ? errorKindFromText(raw) : undefined;
      return kind ? new SheetError(kind, '') : raw;
    }
    case 'object': {
      if (isSheetError(raw)) return raw;
      if (isDateLike(raw)) {
        return Number.isNaN(raw.getTime()) ? new SheetError('VALUE', 'a cell holds an invalid date') : dateToSerial(raw);
      }
      return errorFromHostObject(raw) ?? new SheetError('VALUE', 'a cell holds a value that is not a number, text or date');
    }
    default:
      return new SheetError('VALUE', 'a cell holds a value that is not a number, text or date');
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
  if (!Array.isArray(raw)) {
    const cell = normaliseCell(raw);
    return [[cell]];
  }
  if (raw.length === 0) return [];
  let allRows = true;
  for (let r = 0; allRows && r < raw.length; r += 1) allRows = Array.isArray(raw[r]);
  const rows = allRows ? (raw as unknown[][]) : raw.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  const width = rows[0].length;
  let clean = true;
  // Index loops, not for…of: this runs over every cell of ranges a million rows long.
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (row.length !== width) return new SheetError('VALUE', 'the range is not rectangular');
    if (clean) for (let c = 0; c < width; c += 1) if (!isCleanCell(row[c])) { clean = false; break; }
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

/** The first error inside a range, reading row by row, or undefined when there is none. */
export function firstError(range: Range): SheetError | undefined {
  for (let r = 0; r < range.length; r += 1) {
    const row = range[r];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (typeof cell === 'object' && cell !== null) return cell;
    }
  }
  return undefined;
}

/** The number of rows and columns of a range, as `[rows, columns]`. */
export function shapeOf(range: Range): readonly [number, number] {
  return [range.length, range.length === 0 ? 0 : range[0].length];
}
