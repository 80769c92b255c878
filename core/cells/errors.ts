/**
 * The spreadsheet errors that core can return. Core never throws for bad input: it returns one of
 * these, and each host turns the kind into its own error at its edge (Excel `CustomFunctions.Error`,
 * a thrown `Error` in Apps Script, a `CellError` in HyperFormula).
 *
 * DIV0, VALUE, NUM and NA are the kinds core produces itself; REF, NAME and NULL only arrive from
 * the user's cells and are passed on unchanged.
 */
export type ErrorKind = 'DIV0' | 'VALUE' | 'NUM' | 'NA' | 'REF' | 'NAME' | 'NULL';

/** Every kind, in the order hosts list them; used by exhaustive host mappings and tests. */
export const ERROR_KINDS: readonly ErrorKind[] = ['DIV0', 'VALUE', 'NUM', 'NA', 'REF', 'NAME', 'NULL'];

/** How each kind is written in a cell, the same in Excel, Google Sheets and HyperFormula. */
export const ERROR_TEXT: Readonly<Record<ErrorKind, string>> = {
  DIV0: '#DIV/0!',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  REF: '#REF!',
  NAME: '#NAME?',
  NULL: '#NULL!',
};

/**
 * A typed spreadsheet error: a kind and a message that says why, in the manager's words.
 *
 * @example
 * new SheetError('DIV0', 'no won or lost deals').toString() //=> '#DIV/0! no won or lost deals'
 */
export class SheetError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
  ) {}

  /** The error as Google Sheets shows it: its name, then why. */
  toString(): string {
    return this.message ? `${ERROR_TEXT[this.kind]} ${this.message}` : ERROR_TEXT[this.kind];
  }
}

/**
 * An error passed on from an input cell, saying where it came from: the argument and, in a range,
 * the row (1 = the range's first). Sheets shows the message on the cell, so the manager can find it.
 *
 * @example
 * passedOn(new SheetError('NA', ''), 'outcomes', 5).toString() //=> '#N/A in outcomes, row 5'
 */
export function passedOn(error: SheetError, argument: string, row?: number): SheetError {
  const where = `in ${argument}${row === undefined ? '' : `, row ${row}`}`;
  return new SheetError(error.kind, error.message ? `${where}: ${error.message}` : where);
}

/** True when `value` is a {@link SheetError}. */
export function isSheetError(value: unknown): value is SheetError {
  return value instanceof SheetError;
}

/**
 * The error kind written as `text` (`'#N/A'` → `'NA'`), or undefined when the text is no error name.
 * Google Sheets hands error cells to custom functions as these strings.
 *
 * @example
 * errorKindFromText('#DIV/0!') //=> 'DIV0'
 */
export function errorKindFromText(text: string): ErrorKind | undefined {
  const upper = text.trim().toUpperCase();
  return ERROR_KINDS.find((kind) => ERROR_TEXT[kind] === upper);
}
