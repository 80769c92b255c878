import { CellValue } from '../cells/values';
import { numberPattern } from '../cells/args';

/** A cell of a user's table that a plan sheet would read differently from core, and where it is. */
export interface MisreadCell {
  /** The column's index in the table, 0 for the first. */
  readonly column: number;
  /** The table's row, 1 for the first under the header (the sheet's row is the table's top + row). */
  readonly row: number;
  readonly text: string;
}

/**
 * The first name in a column with spaces around it. Core and the wizards trim names; a plan sheet's
 * SUMIFS and COUNTIFS compare a column's cells exactly, so "Ann " would count for nobody.
 *
 * @example
 * spacedName([['Owner'], ['Ann'], ['Ann ']], 0) //=> { column: 0, row: 2, text: 'Ann ' }
 */
export function spacedName(table: readonly (readonly CellValue[])[], column: number): MisreadCell | undefined {
  for (let row = 1; row < table.length; row += 1) {
    const cell = table[row][column];
    if (typeof cell === 'string' && cell.trim() !== '' && cell.trim() !== cell) return { column, row, text: cell };
  }
  return undefined;
}

/**
 * The first number stored as text in a table's body. Core reads '12' as 12; a plan sheet reads it as
 * a word, so a rule "Visits at least 10" would score it in core and not on the sheet.
 *
 * @example
 * numberAsText([['Visits'], [12], ['7']]) //=> { column: 0, row: 2, text: '7' }
 */
export function numberAsText(table: readonly (readonly CellValue[])[]): MisreadCell | undefined {
  for (let row = 1; row < table.length; row += 1) {
    const column = table[row].findIndex((cell) => typeof cell === 'string' && numberPattern.test(cell));
    if (column >= 0) return { column, row, text: String(table[row][column]) };
  }
  return undefined;
}
