import { fillMessage } from '../i18n/translate';

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
 * Why an error happened, as a source message with its `{placeholders}`' values (a value may be
 * another reason, translated in its turn), so each host can say it in the user's language.
 */
export interface Reason {
  readonly template: string;
  readonly params: Readonly<Record<string, string | number | Reason>>;
}

/**
 * A reason, marked for the message catalogue: its template is a source message (`{name}`
 * placeholders), translated where the error is shown.
 *
 * @example
 * new SheetError('NUM', reason('n must be a whole number of 1 or more, not {n}', { n: 0.5 })).message
 * //=> 'n must be a whole number of 1 or more, not 0.5'
 */
export const reason = (template: string, params: Reason['params'] = {}): Reason => ({ template, params });

/**
 * A reason in words, each message put through `translate` (English when none is given).
 *
 * @example
 * sayReason(reason('row {row} needs numbers', { row: 3 })) //=> 'row 3 needs numbers'
 */
export function sayReason(said: Reason, translate: (source: string) => string = (source) => source): string {
  const values = Object.entries(said.params).map(([name, value]) => [name, typeof value === 'object' ? sayReason(value, translate) : value]);
  return fillMessage(translate(said.template), Object.fromEntries(values));
}

/**
 * A typed spreadsheet error: a kind and a reason that says why, in the manager's words. `message`
 * is the reason in English; {@link localizedMessage} says it in another language.
 *
 * @example
 * new SheetError('DIV0', reason('no won or lost deals')).toString() //=> '#DIV/0! no won or lost deals'
 */
export class SheetError {
  readonly reason: Reason;
  readonly message: string;

  constructor(
    readonly kind: ErrorKind,
    why: string | Reason,
  ) {
    // A plain string is a reason already in words (a user's own text, a host's message): kept as it is.
    this.reason = typeof why === 'string' ? { template: why, params: {} } : why;
    this.message = sayReason(this.reason);
  }

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
  const where = row === undefined ? reason('in {argument}', { argument }) : reason('in {argument}, row {row}', { argument, row });
  return new SheetError(error.kind, error.message ? reason('{where}: {why}', { where, why: error.reason }) : where);
}

/**
 * An error's reason in a language: each of its messages translated, the values kept.
 *
 * @example
 * localizedMessage(new SheetError('DIV0', reason('target is 0')), translator('vi')) //=> 'mục tiêu bằng 0'
 */
export function localizedMessage(error: SheetError, translate: (source: string) => string): string {
  return sayReason(error.reason, translate);
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
