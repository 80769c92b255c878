import { DetailedCellError } from 'hyperformula';
import { createWorkbook } from '../preview/src/workbook';
import { OPPORTUNITIES_SHEET } from '../preview/src/previewSheet';

const hf = createWorkbook([OPPORTUNITIES_SHEET]);
const sheet = hf.getSheetId('Opportunities')!;
// Far to the right of the sample, with room below for a table to spill.
const scratch = { sheet, col: 30, row: 0 };

function shown(value: unknown): string {
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === 'number') return String(Math.round(value * 10_000) / 10_000);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * What a formula shows over the sample workbook, as the docs print it (numbers to 4 decimals). A
 * formula that spills gives its whole table.
 */
export function evaluateExample(formula: string): string | string[][] {
  hf.setCellContents(scratch, formula);
  const values = hf.getSheetValues(sheet);
  hf.setCellContents(scratch, null);
  const spilled: string[][] = [];
  for (let row = 0; row < values.length; row += 1) {
    const cells = values[row].slice(scratch.col).map(shown);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) break;
    spilled.push(cells);
  }
  return spilled.length === 1 && spilled[0].length === 1 ? spilled[0][0] : spilled.length === 0 ? '' : spilled;
}
