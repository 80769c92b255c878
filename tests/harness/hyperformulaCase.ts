import { DetailedCellError, HyperFormula } from 'hyperformula';
import { CaseArg, CaseCell } from '../../core/kit/catalogue';
import { ErrorKind } from '../../core';
import { registerSalesPlannerFunctions } from '../../preview/src/workbook';
import { columnLetters } from '../../core/kit/sheet';
import { forgetSpills, settleSpills } from '../../preview/src/hyperformula/spills';

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
  // Text that starts with "=" is text in a user's cell (typed behind an apostrophe), not a formula.
  if (typeof cell === 'string' && cell.startsWith('=')) return `'${cell}`;
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
 * One engine for every case: building a HyperFormula builds its formula parser (≈ 10 ms, 14 s over
 * the case tables), so each case clears the two sheets and the spill records instead, and starts
 * from the same empty state a new engine would have.
 */
let engine: HyperFormula | undefined;
function caseEngine(): HyperFormula {
  engine ??= HyperFormula.buildFromSheets({ Args: [], Out: [] }, { licenseKey: 'gpl-v3' });
  forgetSpills(engine);
  return engine;
}

/** A cell of a HyperFormula result: its value, or the error's text. */
export type HfCell = number | string | boolean | null | { error: string };

/**
 * Evaluates `=NAME(args…)` in HyperFormula as a user's sheet would: each range argument is laid
 * out on an Args sheet and referenced, scalars are typed into the formula, and blanks, errors and
 * dates are cells referenced by the formula. The formula sits alone on an Out sheet, so a table can
 * spill; the result is the spilled area (one cell for a single value).
 */
export function evaluateInHyperFormula(name: string, args: readonly CaseArg[]): HfCell[][] {
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
      return `Args!${columnLetters(col)}1:${lastCol}${Math.max(rows.length, 1)}`;
    }
    const cell = arg as CaseCell;
    if (cell !== null && typeof cell !== 'object') return literal(cell);
    nextColumn += 2;
    put(0, col, hfCell(cell));
    return `Args!${columnLetters(col)}1`;
  });
  put(0, 0, 'args');
  const hf = caseEngine();
  const [argsId, outId] = [hf.getSheetId('Args')!, hf.getSheetId('Out')!];
  hf.batch(() => {
    hf.setSheetContent(argsId, sheet.map((row) => Array.from(row, (v) => v ?? null)) as never);
    hf.setSheetContent(outId, [[`=${name}(${refs.join(', ')})`]]);
  });
  // As the preview does after loading: tables parsed before their data was read get their own size.
  settleSpills(hf);
  const values = hf.getSheetValues(outId);
  hf.batch(() => [argsId, outId].forEach((id) => hf.clearSheet(id)));
  const cells = values.map((row) => row.map((value): HfCell => (value instanceof DetailedCellError ? { error: value.value } : (value as HfCell))));
  // Trim the empty part of the area HyperFormula reserved for the spill.
  const used = cells
    .filter((row) => row.some((v) => v !== null))
    .map((row) => {
      const copy = [...row];
      while (copy.length > 1 && copy[copy.length - 1] === null) copy.pop();
      return copy;
    });
  return used.length === 0 ? [[null]] : used;
}
