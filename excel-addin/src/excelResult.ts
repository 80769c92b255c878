import { CellResult, ErrorKind, FunctionResult, SheetError, isSheetError, localizedMessage, reason } from '../../core';
import { Language, languageOf } from '../../core/i18n/languages';
import { REASON_SOURCES, REASON_TRANSLATIONS } from './errorReasons.generated';

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

/** Excel's display language, which a function's error speaks; English before Office is ready. */
function officeLanguage(): Language {
  try {
    return languageOf(Office.context.displayLanguage);
  } catch {
    return 'en';
  }
}

/** A reason's words in a language, from the reasons bundled with the functions. */
function reasonIn(language: Language): (source: string) => string {
  if (language === 'en') return (source) => source;
  const translations = REASON_TRANSLATIONS[language];
  return (source) => translations[REASON_SOURCES.indexOf(source)] ?? source;
}

/**
 * The message Excel will show with an error, in Excel's language, or '' where Excel shows none.
 *
 * @example
 * excelMessage(new SheetError('NA', reason('no one is behind target')), 'vi') //=> 'không ai thiếu so với mục tiêu'
 */
export function excelMessage(error: SheetError, language: Language = officeLanguage()): string {
  if (!EXCEL_ERROR_CODES[error.kind].carriesMessage) return '';
  const said = error.kind === 'REF' || error.kind === 'NAME' ? new SheetError(error.kind, reason('an input cell is {error}', { error: error.toString() })) : error;
  return localizedMessage(said, reasonIn(language));
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
