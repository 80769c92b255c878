import { SheetError, reason } from '../../kit/cells/errors';
import { Range, shapeOf } from '../../kit/cells/values';

/**
 * `#VALUE!` naming the ranges that differ in shape from the first, or undefined when all match:
 * columns of one table are read row for row, so they must be the same size.
 *
 * @example
 * sameShape({ amounts: [[1], [2]], outcomes: [['Won']] }) //=> SheetError VALUE 'amounts is 2×1 but outcomes is 1×1'
 */
export function sameShape(ranges: Readonly<Record<string, Range | undefined>>): SheetError | undefined {
  const entries = Object.entries(ranges).filter((entry): entry is [string, Range] => entry[1] !== undefined);
  const [firstName, first] = entries[0];
  const [rows, columns] = shapeOf(first);
  for (const [name, range] of entries.slice(1)) {
    const [r, c] = shapeOf(range);
    if (r !== rows || c !== columns)
      return new SheetError('VALUE', reason('{firstName} is {rows}×{columns} but {name} is {r}×{c}', { firstName, rows, columns, name, r, c }));
  }
  return undefined;
}
