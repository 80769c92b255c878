import { absolute } from './sheetBuilder';
import { quotedSheet } from './userTable';

/**
 * How a plan reads another plan's cell: a formula that is the cell's absolute reference on its sheet
 * (`='Sales plan 2027'!$B$7`), or a sum of such cells. A formula saved in the document comes back as
 * untrusted text, so a plan writes one only when it is exactly this shape (never a HYPERLINK or any
 * other formula a shared workbook could slip in); otherwise it writes the number the wizard read.
 */

/** A cell of another sheet, absolute: `'Sales plan 2027'!$E$12` or `Plan!$E$12`. */
const SHEET_CELL = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$[A-Z]{1,3}\$[1-9]\d{0,6}`;
const ONE_CELL = new RegExp(String.raw`^=${SHEET_CELL}$`);
const SUM_OF_CELLS = new RegExp(String.raw`^=${SHEET_CELL}(?:\+${SHEET_CELL}){0,23}$`);

/**
 * Whether a formula is one cell of another sheet, or (with `sum`) up to 24 such cells added up.
 *
 * @example
 * isPlanReference("='Sales plan 2027'!$B$7")                   //=> true
 * isPlanReference("='Plan'!$E$12+'Plan'!$F$12", { sum: true })  //=> true
 * isPlanReference('=HYPERLINK("http://x","click")')             //=> false
 */
export function isPlanReference(formula: string, { sum = false } = {}): boolean {
  return (sum ? SUM_OF_CELLS : ONE_CELL).test(formula);
}

/**
 * The formula that reads a cell (zero-based row and column) of a sheet.
 *
 * @example
 * planReference('Sales plan 2027', 6, 1) //=> "='Sales plan 2027'!$B$7"
 */
export const planReference = (sheet: string, row: number, col: number): string => `=${quotedSheet(sheet)}!${absolute(row, col)}`;

/**
 * A value a plan reads from another plan: its reference when it keeps the shape above, else the
 * number itself (typed, or as read when the wizard ran).
 *
 * @example
 * referencedOr({ value: 1_100_000, formula: "='Sales plan 2027'!$B$7" }) //=> { formula: "='Sales plan 2027'!$B$7" }
 * referencedOr({ value: 1_100_000, formula: null })                      //=> 1100000
 */
export function referencedOr(read: { readonly value: number; readonly formula: string | null }, { sum = false } = {}): number | { formula: string } {
  return read.formula !== null && isPlanReference(read.formula, { sum }) ? { formula: read.formula } : read.value;
}
