import { CatalogueFunction, CellResult, ErrorKind, FunctionResult, SheetError, invokeFunction, isSheetError, localizedMessage, reason } from '../../core';
import { Language, languageOf } from '../../core/kit/i18n';
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
  const said =
    error.kind === 'REF' || error.kind === 'NAME' ? new SheetError(error.kind, reason('an input cell is {error}', { error: error.toString() })) : error;
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
 * cell of a spill carries its own error. A function declared to return a table (`any[][]` in its
 * metadata) always returns rows: a whole-call error is a 1×1 table holding it, as Excel documents
 * for dynamic arrays ("return a two-dimensional array"), never a bare error object.
 *
 * @example
 * toExcelResult(new SheetError('VALUE', reason('no rows')), 'table') //=> [[CustomFunctions.Error(invalidValue, 'no rows')]]
 */
export function toExcelResult(result: FunctionResult, shape?: 'table'): unknown {
  if (Array.isArray(result)) return result.map((row) => row.map(excelCell));
  return shape === 'table' ? [[excelCell(result)]] : excelCell(result);
}

/** Excel's data types that stand for a thing, whose basic value is #VALUE!: read as the text the cell shows. */
const ENTITY_TYPES = new Set(['Entity', 'LinkedEntity', 'LocalImage', 'WebImage']);

/**
 * A value from Excel as a plain cell value. The metadata allows Excel's data types in `any`
 * parameters (`allowCustomDataForDataTypeAny`, which the metadata generator sets), so a cell
 * holding a formatted number (`{ type: 'FormattedNumber', basicValue: 0.25 }`), a string or
 * boolean data type, or a linked entity (a stock, a city: `{ type: 'LinkedEntity', text: 'Seattle' }`)
 * arrives as an object. We keep the option on and read such a value as what its cell shows: its
 * basic value, or an entity's text, so `=SALES.WINRATE(B2:B9)` counts a column of entities as
 * labels instead of answering #VALUE!. An Error data type gives its error text (`#DIV/0!`).
 *
 * @example
 * fromExcelDataTypes([[{ type: 'FormattedNumber', basicValue: 0.25, numberFormat: '0%' }]]) //=> [[0.25]]
 */
export function fromExcelDataTypes(raw: unknown): unknown {
  try {
    if (Array.isArray(raw)) return raw.map(fromExcelDataTypes);
    if (raw === null || typeof raw !== 'object' || !('type' in raw)) return raw;
    const value = raw as { type: unknown; text?: unknown; basicValue?: unknown };
    if (ENTITY_TYPES.has(String(value.type)) && typeof value.text === 'string') return value.text;
    return 'basicValue' in value ? value.basicValue : raw;
  } catch {
    // Something that cannot even be looked at (a revoked proxy) is left for core to refuse as #VALUE!.
    return raw;
  }
}

/**
 * Runs a catalogue function as Excel calls it: data types read as plain values, the result mapped
 * to what Excel shows. Every generated wrapper is this one call.
 *
 * @example
 * callFromExcel(WINRATE, [[['Won'], ['Lost']]]) //=> 0.5
 */
export function callFromExcel(fn: CatalogueFunction, args: readonly unknown[]): unknown {
  return toExcelResult(invokeFunction(fn, args.map(fromExcelDataTypes)), fn.returns.shape);
}
