import { CellValue } from '../../core/kit/cells';
import { columnLetters, parseRangeA1, rangeA1 } from '../../core/kit/sheet';
import { SelectionValues } from '../host';
import { t } from '../i18n';
import { MAX_SAVED_TEXT } from './savedState';

/** A table the user selected: where it is, its field names (the header row) and its cells. */
export interface SelectedTable {
  readonly sheet: string;
  readonly range: string;
  readonly fields: string[];
  readonly values: CellValue[][];
}

/**
 * The table selected in the sheet, header row first, or what is wrong with the selection in words
 * (`what` names its rows: "the leads"). A one-cell address is widened to the block of values read.
 *
 * @example
 * selectedTable(await ctx.readSelection('leads'), 'the leads') //=> { sheet: 'Leads', range: 'A1:I2506', fields: ['Lead', …], values }
 */
export function selectedTable({ sheet, address, values }: SelectionValues, what: string): SelectedTable | string {
  const fields = (values[0] ?? []).map((v) => String(v ?? '').trim());
  if (values.length < 2) return t('Select the whole table: a header row of field names, then {what}.', { what });
  const unnamed = fields.indexOf('');
  if (unnamed >= 0)
    return t('Column {column} has no field name in the header row: name it, or leave the column out of the selection.', {
      column: columnLetters(parseRangeA1(address).left + unnamed),
    });
  // Field names go into the plan's formulas and its saved answers: a paragraph is not a field name.
  const long = fields.find((f) => f.length > MAX_SAVED_TEXT);
  if (long)
    return t('A field name is {length} characters long; the plan takes names of up to {max}: shorten "{start}…".', {
      length: long.length,
      max: MAX_SAVED_TEXT,
      start: long.slice(0, 40),
    });
  const range = address.includes(':') ? address.replace(/\$/g, '') : rangeA1(0, 0, values.length - 1, fields.length - 1);
  return { sheet: sheet ?? 'Sheet1', range, fields, values: values as CellValue[][] };
}
