import { DetailedCellError, HyperFormula } from 'hyperformula';
import { CaseArg, CaseCell } from '../../core/catalogue/cases';
import { ErrorKind } from '../../core';
import { registerSalesPlannerFunctions } from '../../preview/src/workbook';
import { columnLetters } from '../../preview/src/grid';

/** A formula that makes each error kind in a cell, the way a user's sheet would hold one. */
const ERROR_FORMULA: Record<ErrorKind, string> = {
  DIV0: '=1/0',
  VALUE: '="a"*1',
  NUM: '=SQRT(-1)',
  NA: '=NA()',
  REF: '=#REF!',
  NAME: '=NOSUCHFUNCTION()',
  NULL: '=NA()',
};

function hfCell(cell: CaseCell): unknown {
  if (cell === null || typeof cell !== 'object') return cell;
  if ('error' in cell) return ERROR_FORMULA[cell.error];
  const [y, m, d] = cell.date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

function literal(cell: number | string | boolean): string {
  if (typeof cell === 'string') return `"${cell.replace(/"/g, '""')}"`;
  if (typeof cell === 'boolean') return cell ? 'TRUE()' : 'FALSE()';
  return String(cell);
}

/**
 * Evaluates `=NAME(args…)` in HyperFormula as a user's sheet would: each range argument is laid
 * out on the sheet and referenced, scalars are typed into the formula, and blanks, errors and dates
 * are cells referenced by the formula.
 */
export function evaluateInHyperFormula(name: string, args: readonly CaseArg[]): number | string | boolean | { error: string } {
  registerSalesPlannerFunctions();
  const sheet: unknown[][] = [];
  const put = (row: number, col: number, value: unknown) => {
    while (sheet.length <= row) sheet.push([]);
    sheet[row][col] = value;
  };
  let nextColumn = 1;
  const refs = args.map((arg) => {
    const col = nextColumn;
    if (Array.isArray(arg)) {
      const rows = arg as CaseCell[][];
      rows.forEach((cells, r) => cells.forEach((cell, c) => put(r, col + c, hfCell(cell))));
      nextColumn += (rows[0]?.length ?? 1) + 1;
      const lastCol = columnLetters(col + Math.max((rows[0]?.length ?? 1) - 1, 0));
      return `${columnLetters(col)}1:${lastCol}${Math.max(rows.length, 1)}`;
    }
    const cell = arg as CaseCell;
    if (cell !== null && typeof cell !== 'object') return literal(cell);
    nextColumn += 2;
    put(0, col, hfCell(cell));
    return `${columnLetters(col)}1`;
  });
  put(0, 0, `=${name}(${refs.join(', ')})`);
  const hf = HyperFormula.buildFromArray(sheet.map((row) => Array.from(row, (v) => v ?? null)) as never, { licenseKey: 'gpl-v3' });
  const value = hf.getCellValue({ sheet: 0, col: 0, row: 0 });
  hf.destroy();
  if (value instanceof DetailedCellError) return { error: value.value };
  return value as number | string | boolean;
}
