import { columnLetters, parseRangeA1 } from './a1';

/**
 * A sheet's name as a formula refers to it from another sheet: quoted, its apostrophes doubled.
 *
 * @example
 * quotedSheet("Bob's leads") //=> "'Bob''s leads'"
 */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A reference's sheet and the rest, as {@link quotedSheet} or a plain name writes it: the inverse.
 *
 * @example
 * splitReference("'Bob''s leads'!A1:I30") //=> { sheet: "Bob's leads", local: 'A1:I30' }
 * splitReference('K2')                   //=> { sheet: undefined, local: 'K2' }
 */
export function splitReference(reference: string): { sheet?: string; local: string } {
  const [, quoted, plain, local] = reference.match(/^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/) ?? [];
  return { sheet: quoted?.replace(/''/g, "'") ?? plain, local: local ?? reference };
}

/**
 * The user's table a plan reads where it is (a block whose first row holds the field names), as
 * absolute references from the plan's sheet: its header row, each body row, each body column.
 *
 * @example
 * userTable('Leads', 'A1:I2506').row(0) //=> "'Leads'!$A2:$I2"
 */
export function userTable(sheet: string, range: string) {
  const { top, left, bottom, right } = parseRangeA1(range);
  const quoted = quotedSheet(sheet);
  const span = (row: number, fixed: '$' | '') => `${quoted}!$${columnLetters(left)}${fixed}${row + 1}:$${columnLetters(right)}${fixed}${row + 1}`;
  return {
    header: span(top, '$'),
    // Each row's formulas read their own row relatively, so every row's formula is the same
    // formula moved down: engines parse it once (HyperFormula caches by relative form).
    row: (i: number) => span(top + 1 + i, ''),
    /** The body of the table's column `i` (0 for its first). */
    column: (i: number) => `${quoted}!$${columnLetters(left + i)}$${top + 2}:$${columnLetters(left + i)}$${bottom + 1}`,
    count: bottom - top,
  };
}

/**
 * A field's column of the user's table (its body, absolute, on the table's sheet), found by the
 * field's name in the table's header as read; throws naming the table when it has no such field.
 *
 * @example
 * fieldColumn('Pipeline', 'A1:I42', ['Opportunity', 'Amount'], 'pipeline')('Amount') //=> "'Pipeline'!$B$2:$B$42"
 */
export function fieldColumn(sheet: string, range: string, header: readonly string[], what: string): (field: string) => string {
  const table = userTable(sheet, range);
  return (field) => {
    const i = header.indexOf(field);
    if (i < 0) throw new Error(`the ${what} have no field "${field}"`);
    return table.column(i);
  };
}
