import { CaseArg, CaseCell } from '../../core/kit/catalogue';
import { ERROR_TEXT, SheetError } from '../../core';

/** A case's date as a wall-clock `Date`, as Apps Script hands it over. */
export function caseDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function isRangeArg(arg: CaseArg): arg is readonly (readonly CaseCell[])[] {
  return Array.isArray(arg);
}

/** A case cell as core's own callers pass it (blanks `null`, errors as `SheetError`). */
export function coreCell(cell: CaseCell): unknown {
  if (cell !== null && typeof cell === 'object') {
    return 'error' in cell ? new SheetError(cell.error, '') : caseDate(cell.date);
  }
  return cell;
}

/** Excel passes every range as a 2-D array with `null` blanks, and error cells as error objects. */
export function excelArg(arg: CaseArg): unknown {
  const cell = (c: CaseCell) => (c !== null && typeof c === 'object' && 'error' in c ? { code: ERROR_TEXT[c.error], type: 'Error' } : coreCell(c));
  return isRangeArg(arg) ? arg.map((row) => row.map(cell)) : cell(arg);
}

/**
 * Sheets passes blanks as `''`, dates as `Date`, error cells as their names, and a one-cell range
 * as a plain value rather than a 1×1 array.
 */
export function sheetsArg(arg: CaseArg): unknown {
  const cell = (c: CaseCell): unknown => {
    if (c === null) return '';
    if (typeof c === 'object') return 'error' in c ? ERROR_TEXT[c.error] : caseDate(c.date);
    return c;
  };
  if (!isRangeArg(arg)) return cell(arg);
  if (arg.length === 1 && arg[0].length === 1) return cell(arg[0][0]);
  return arg.map((row) => row.map(cell));
}
