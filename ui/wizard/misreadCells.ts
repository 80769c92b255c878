import { MisreadCell } from '../../core/kit/sheet';
import { t } from '../i18n';

/**
 * Why a table cannot be used as it is, in words: where the cell is and what to do, so the plan
 * sheet and the pane never disagree about it.
 *
 * @example
 * sayMisread('spaces', { column: 1, row: 12, text: 'Ann ' }, ['Lead', 'Owner']) //=> 'Owner in row 12 of the table reads "Ann " …'
 */
export function sayMisread(kind: 'spaces' | 'textNumber', cell: MisreadCell, fields: readonly string[]): string {
  const at = { field: fields[cell.column] ?? '', row: cell.row, text: cell.text };
  return kind === 'spaces'
    ? t(
        '{field} in row {row} of the table reads "{text}", with spaces around it: the plan sheet compares names exactly and would not count it. Remove the spaces (TRIM) and read the table again.',
        at,
      )
    : t(
        '{field} in row {row} of the table holds {text} as text: the plan sheet reads text as a word, not a number. Store the column as numbers and read the table again.',
        at,
      );
}
