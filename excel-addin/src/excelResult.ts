import { CellResult, ErrorKind, FunctionResult, SheetError, isSheetError } from '../../core';

type ExcelErrorName = keyof typeof CustomFunctions.ErrorCode;

/**
 * Which Excel error each kind becomes. Excel shows a custom message only with #VALUE! and #N/A, and
 * cannot return #REF! or #NAME? from a custom function at all, so those (which only ever arrive
 * from the user's cells) come back as #VALUE! with a message naming the original error.
 */
export const EXCEL_ERROR_CODES: Readonly<Record<ErrorKind, ExcelErrorName>> = {
  DIV0: 'divisionByZero',
  VALUE: 'invalidValue',
  NUM: 'invalidNumber',
  NA: 'notAvailable',
  NULL: 'nullReference',
  REF: 'invalidValue',
  NAME: 'invalidValue',
};

function excelError(error: SheetError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[EXCEL_ERROR_CODES[error.kind]];
  const message = error.kind === 'REF' || error.kind === 'NAME' ? `an input cell is ${error.toString()}` : error.message;
  return message ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}

function excelCell(cell: CellResult): unknown {
  return isSheetError(cell) ? excelError(cell) : cell;
}

/**
 * A core result as Excel wants it back: the value itself, or a `CustomFunctions.Error` of the
 * matching code; a table as rows of those, so each cell of a spill carries its own error.
 */
export function toExcelResult(result: FunctionResult): unknown {
  return Array.isArray(result) ? result.map((row) => row.map(excelCell)) : excelCell(result);
}
