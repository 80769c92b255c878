import { DetailedCellError } from 'hyperformula';
import { createWorkbook } from '../preview/src/workbook';
import { SAMPLE_OPPORTUNITIES } from '../preview/src/sample';

const hf = createWorkbook([SAMPLE_OPPORTUNITIES]);
const scratch = { sheet: 0, col: 20, row: 0 };

/** What a formula shows over the sample workbook, as the docs print it (4 significant decimals). */
export function evaluateExample(formula: string): string {
  hf.setCellContents(scratch, formula);
  const value = hf.getCellValue(scratch);
  hf.setCellContents(scratch, null);
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === 'number') return String(Math.round(value * 10_000) / 10_000);
  return String(value);
}
