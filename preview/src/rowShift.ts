/** A quoted part of a formula (a text in double quotes or a sheet's name in single quotes), kept as it is. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

/** A cell reference with a relative row (`B7`, `$B7`, `'Leads'!A3`): not a function name (`LOG10(`) nor part of a longer name. */
const RELATIVE_ROW = /(?<![A-Za-z0-9_$.])(\$?[A-Z]{1,3})(\d+)(?![A-Za-z0-9_(!])/g;

/** A whole-row reference (`3:3`), which this module does not move: a formula holding one is not shifted. */
const WHOLE_ROWS = /(?<![A-Za-z0-9_$.])\$?\d+:\$?\d+(?![A-Za-z0-9_])/;

/**
 * A formula as it reads `rows` rows further down, as a spreadsheet copies it: every relative row
 * number moves, absolute ones (`$7`) stay; undefined when the formula holds something this does not
 * move (a whole-row reference) or a row would fall above the first.
 *
 * @example
 * shiftRows('=IF(A2="",0,$B$1*A2)&"A1"', 3) //=> '=IF(A5="",0,$B$1*A5)&"A1"'
 */
export function shiftRows(formula: string, rows: number): string | undefined {
  let fine = true;
  // Split by a capturing pattern: the quoted parts are the odd ones.
  const parts = formula.split(QUOTED).map((part, i) => {
    if (i % 2 === 1 || !fine) return part;
    if (WHOLE_ROWS.test(part)) fine = false;
    return part.replace(RELATIVE_ROW, (whole, column: string, row: string) => {
      const moved = Number(row) + rows;
      if (moved < 1) fine = false;
      return `${column}${moved}`;
    });
  });
  return fine ? parts.join('') : undefined;
}

/**
 * Whether `row` holds what `above` holds one row further down: the same values, and each formula
 * the one above with its relative rows moved by one. A build pastes such rows instead of reading
 * their formulas' text again.
 *
 * @example
 * isRowBelow(['=A1*2', 5], ['=A2*2', 5]) //=> true
 */
export function isRowBelow(above: readonly unknown[], row: readonly unknown[]): boolean {
  if (above.length !== row.length) return false;
  return row.every((cell, col) => {
    const before = above[col];
    if (typeof cell === 'string' && cell.startsWith('=')) return typeof before === 'string' && shiftRows(before, 1) === cell;
    return cell === before;
  });
}
