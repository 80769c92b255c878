import { CellResult, ErrorKind, FunctionResult, SheetError, isSheetError } from '../../core';

type ExcelErrorName = keyof typeof CustomFunctions.ErrorCode;

/**
 * Which Excel error each kind becomes, and whether Excel shows a message with it. Office shows a
 * custom function's message only on #VALUE! and #N/A and drops it on the other codes, so none is
 * sent there. Excel cannot return #REF! or #NAME? from a custom function at all: those (which only
 * arrive from the user's cells) come back as #VALUE! with a message naming the original error.
 */
export const EXCEL_ERROR_CODES: Readonly<Record<ErrorKind, { readonly code: ExcelErrorName; readonly carriesMessage: boolean }>> = {
  DIV0: { code: 'divisionByZero', carriesMessage: false },
  VALUE: { code: 'invalidValue', carriesMessage: true },
  NUM: { code: 'invalidNumber', carriesMessage: false },
  NA: { code: 'notAvailable', carriesMessage: true },
  NULL: { code: 'nullReference', carriesMessage: false },
  REF: { code: 'invalidValue', carriesMessage: true },
  NAME: { code: 'invalidValue', carriesMessage: true },
};

/** The message Excel will show with an error, or '' where Excel shows none. */
export function excelMessage(error: SheetError): string {
  if (!EXCEL_ERROR_CODES[error.kind].carriesMessage) return '';
  return error.kind === 'REF' || error.kind === 'NAME' ? `an input cell is ${error.toString()}` : error.message;
}

function excelError(error: SheetError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[EXCEL_ERROR_CODES[error.kind].code];
  const message = excelMessage(error);
  return message ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}

function excelCell(cell: CellResult): unknown {
  return isSheetError(cell) ? excelError(cell) : cell;
}

/**
 * A core result as Excel wants it back: the value itself, or a `CustomFunctions.Error` of the
 * matching code (with a message only where Excel shows one); a table as rows of those, so each
 * cell of a spill carries its own error.
 */
export function toExcelResult(result: FunctionResult): unknown {
  return Array.isArray(result) ? result.map((row) => row.map(excelCell)) : excelCell(result);
}
