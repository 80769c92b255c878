import { FunctionResult, isSheetError } from '../../core';

/**
 * A core result as Sheets wants it: the value, or a thrown `Error` whose message starts with the
 * error's name and says why (`#DIV/0! no won or lost deals`), which Sheets shows on the cell.
 */
export function toSheetsResult(result: FunctionResult): number | string | boolean {
  if (isSheetError(result)) throw new Error(result.toString());
  return result;
}
