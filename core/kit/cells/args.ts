import { SheetError, isSheetError, passedOn, reason } from './errors';
import { CellValue, Range, firstError, isArrayValue, normaliseCell, toRange } from './values';

/**
 * How a parameter takes what the user passes:
 * - `range`: a block of cells (a single value counts as a 1×1 range);
 * - `number`: one number (a one-cell range is unwrapped; a blank is `#VALUE!` unless optional);
 * - `total`: one number, or a range whose numbers are added up (blanks and text skipped);
 * - `text`: a label; a blank means "use the default";
 * - `value`: any one value, when its meaning depends on its type;
 * - `count`: a number of things (never negative), or a range of two or more cells whose non-blank
 *   cells are counted (a column of lead IDs counts the leads);
 * - `rate`: a fraction between 0 and 1 (25% or 0.25); 25 is `#NUM!`, never read as 25%.
 */
export type ParamKind = 'range' | 'number' | 'total' | 'text' | 'value' | 'count' | 'rate';

/** The value a function's implementation receives for each kind. */
export interface ParamValue {
  range: Range;
  number: number;
  total: number;
  text: string;
  value: Exclude<CellValue, SheetError>;
  count: number;
  rate: number;
}

/** Text that core reads as a number: an optional sign, digits with a point, an exponent; spaces around. */
export const numberPattern = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** A number from one cell: numbers as they are, numeric text as its number, anything else `#VALUE!`. */
function numberFromCell(cell: CellValue, label: string): number | SheetError {
  if (isSheetError(cell)) return cell;
  if (typeof cell === 'number') return cell;
  if (cell === null) return new SheetError('VALUE', reason('{label} is blank', { label }));
  if (typeof cell === 'string' && numberPattern.test(cell)) {
    const value = Number(cell);
    // "1e400" is numeric text too large for any spreadsheet: #NUM!, as a raw Infinity is.
    return Number.isFinite(value) ? value : new SheetError('NUM', reason('{label} is a number too large to use ({trim})', { label, trim: cell.trim() }));
  }
  return new SheetError('VALUE', reason('{label} must be a number, not {describe}', { label, describe: describe(cell) }));
}

function describe(cell: Exclude<CellValue, SheetError | null>): string {
  return typeof cell === 'boolean' ? String(cell).toUpperCase() : `"${cell}"`;
}

function isSingleCell(raw: unknown[]): boolean {
  return raw.length === 1 && (!isArrayValue(raw[0]) || raw[0].length === 1);
}

/** One value from a raw argument: a one-cell range is unwrapped, a larger one is `#VALUE!`. */
function singleCell(raw: unknown, label: string): CellValue {
  const range = toRange(raw);
  if (isSheetError(range)) return range;
  if (range.length !== 1 || range[0].length !== 1) return new SheetError('VALUE', reason('{label} must be a single cell, not a range', { label }));
  const cell = range[0][0];
  return isSheetError(cell) ? passedOn(cell, label) : cell;
}

/**
 * One pass over a raw range for totals and counts: the sum of its numbers, how many there are and
 * how many cells are not blank, or the first error met (a ragged range is #VALUE!). Cells are read
 * as normaliseCell reads them, without building a normalised copy: ranges may be a million rows.
 */
function tallyCells(raw: unknown[], label: string): { sum: number; numbers: number; nonBlank: number } | SheetError {
  let sum = 0;
  let numbers = 0;
  let nonBlank = 0;
  let width = -1;
  for (let r = 0; r < raw.length; r += 1) {
    const row = isArrayValue(raw[r]) ? (raw[r] as unknown[]) : [raw[r]];
    if (width < 0) width = row.length;
    else if (row.length !== width) return new SheetError('VALUE', reason('the range is not rectangular'));
    for (let c = 0; c < row.length; c += 1) {
      const raw = row[c];
      // Fast paths for what ranges mostly hold; anything else is read as normaliseCell reads it.
      if (raw === null || raw === '' || raw === undefined) continue;
      if (typeof raw === 'string' && raw.charCodeAt(0) !== 35) {
        nonBlank += 1;
        continue;
      }
      const cell: CellValue = typeof raw === 'number' && Number.isFinite(raw) ? raw : normaliseCell(raw);
      if (cell === null) continue;
      if (typeof cell === 'number') {
        sum += cell;
        numbers += 1;
      } else if (typeof cell === 'object') {
        return passedOn(cell, label, r + 1);
      }
      nonBlank += 1;
    }
  }
  return { sum, numbers, nonBlank };
}

function isAllBlank(range: Range): boolean {
  for (let r = 0; r < range.length; r += 1) {
    const row = range[r];
    for (let c = 0; c < row.length; c += 1) if (row[c] !== null) return false;
  }
  return true;
}

/**
 * Reads a raw host argument as a parameter of the given kind. Returns `undefined` for a missing or
 * blank optional argument (so the function's default applies), or the first error it meets.
 *
 * @example
 * readArgument(' 12 ', 'number', 'target', false) //=> 12
 * readArgument([[1], [null], ['x'], [2]], 'total', 'actual', false) //=> 3
 * readArgument(null, 'text', 'won_label', true) //=> undefined
 */
export function readArgument<K extends ParamKind>(raw: unknown, kind: K, label: string, optional: boolean): ParamValue[K] | SheetError | undefined {
  type Out = ParamValue[K] | SheetError | undefined;
  if (kind === 'range') {
    const range = toRange(raw);
    if (isSheetError(range)) return range;
    if (optional && isAllBlank(range)) return undefined;
    // A range used as it came holds no error objects (toRange copies any range that might).
    const found = range === raw ? undefined : firstError(range);
    return (found ? passedOn(found.error, label, found.row) : range) as Out;
  }
  // A one-cell range reads as that cell: Sheets passes one-cell references as plain values and
  // Excel passes typed literals as 1×1 arrays, and both must give the same answer.
  if ((kind === 'total' || kind === 'count') && isArrayValue(raw) && !isSingleCell(raw)) {
    const tally = tallyCells(raw, label);
    if (isSheetError(tally)) return tally;
    if (optional && tally.nonBlank === 0) return undefined;
    if (kind === 'count') return tally.nonBlank as Out;
    return (tally.numbers === 0 ? new SheetError('VALUE', reason('{label} holds no numbers', { label })) : tally.sum) as Out;
  }
  const cell = singleCell(raw, label);
  if (cell === null && optional) return undefined;
  if (isSheetError(cell)) return cell;
  switch (kind) {
    case 'number':
    case 'total':
      return numberFromCell(cell, label) as Out;
    case 'count': {
      const count = numberFromCell(cell, label);
      if (typeof count === 'number' && count < 0) return new SheetError('NUM', reason('{label} cannot be negative', { label })) as Out;
      return count as Out;
    }
    case 'rate': {
      const rate = numberFromCell(cell, label);
      if (typeof rate === 'number' && (rate < 0 || rate > 1)) {
        return new SheetError('NUM', reason('{label} must be a fraction between 0 and 1 (write 25% or 0.25, not {rate})', { label, rate })) as Out;
      }
      return rate as Out;
    }
    case 'text':
      if (cell === null) return new SheetError('VALUE', reason('{label} is blank', { label }));
      return String(cell) as Out;
    default:
      if (cell === null) return new SheetError('VALUE', reason('{label} is blank', { label }));
      return cell as Out;
  }
}
