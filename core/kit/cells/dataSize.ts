import { isArrayValue } from './values';

/** A raw host cell that holds nothing: hosts pass blanks as `null`, `undefined` or `''`. */
const isRawBlank = (cell: unknown): boolean => cell === null || cell === undefined || cell === '';

/**
 * The cells of a raw host argument that hold data: its rows up to the last one with a value, times
 * its columns up to the last one with a value. Blank rows and columns after the data are not
 * counted, so a whole column (`B:B`, a million rows in Excel) costs what its data costs. A single
 * value is one cell; a blank, none.
 *
 * @example
 * dataCells([[1], [2], [null], [null]]) //=> 2
 * dataCells([[1, null], [2, 3], ['', '']]) //=> 4
 * dataCells(7) //=> 1
 */
export function dataCells(raw: unknown): number {
  if (!isArrayValue(raw)) return isRawBlank(raw) ? 0 : 1;
  let rows = 0;
  let columns = 0;
  raw.forEach((row, r) => {
    const cells: readonly unknown[] = isArrayValue(row) ? row : [row];
    for (let c = cells.length - 1; c >= 0; c -= 1) {
      if (isRawBlank(cells[c])) continue;
      rows = r + 1;
      columns = Math.max(columns, c + 1);
      break;
    }
  });
  return rows * columns;
}
