import { ERROR_TEXT, FunctionResult, isSheetError } from '../../core';

type SheetsValue = number | string | boolean;

/**
 * A core result as Sheets wants it: the value, or a thrown `Error` whose message starts with the
 * error's name and says why (`#DIV/0! no won or lost deals`), which Sheets shows on the cell. In a
 * table a custom function cannot put an error in one cell, so such a cell shows the error's name
 * as text (`#DIV/0!`) and the rest of the table stays.
 */
export function toSheetsResult(result: FunctionResult): SheetsValue | SheetsValue[][] {
  if (Array.isArray(result)) return result.map((row) => row.map((cell) => (isSheetError(cell) ? ERROR_TEXT[cell.kind] : cell)));
  if (isSheetError(result)) throw new Error(result.toString());
  return result;
}
