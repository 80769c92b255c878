import { HyperFormula } from 'hyperformula';
import { isRowBelow } from './rowShift';

/** Cells put into the engine per slice: a fifth of a second or so of parsing and calculating on a slow machine. */
export const SLICE_CELLS = 4_000;

/** A formula whose range spans more rows than this sums a column: it waits for the rows it reads. */
const MANY_ROWS = 50;

/**
 * Whether a sheet's contents hold more formulas than a slice: too many to read at once without the
 * page stopping (values are read fast; formulas are what take the engine seconds).
 *
 * @example
 * hasManyFormulas([[1, '=A1*2']]) //=> false
 */
export function hasManyFormulas(content: readonly (readonly unknown[])[], slice = SLICE_CELLS): boolean {
  let formulas = 0;
  for (const row of content) for (const cell of row) if (typeof cell === 'string' && cell.startsWith('=') && ++formulas > slice) return true;
  return false;
}

/** What a build tells the page as it goes: the share of the sheet in place, then that it is finishing. */
export interface BuildProgress {
  share(done: number): void;
  calculating(): void;
}

/** Gives the page a turn (to paint the progress, take a click) before the next slice. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Whether a formula reads a range of many rows (a column's total, a count over all leads), or a whole column.
 *
 * @example
 * readsManyRows('=SUM($C$11:$C$2515)') //=> true
 * readsManyRows('=IF(B12="",0,B12*$B$5)') //=> false
 */
export function readsManyRows(formula: string): boolean {
  if (/(^|[^A-Za-z0-9_$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![A-Za-z0-9_(])/.test(formula)) return true;
  for (const [, top, bottom] of formula.matchAll(/\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3}\$?(\d+)/g)) {
    if (Math.abs(Number(bottom) - Number(top)) > MANY_ROWS) return true;
  }
  return false;
}

/**
 * Adds a sheet and fills it a slice of rows at a time ({@link fillInSlices}), so the page paints the
 * progress and stays responsive while a large plan is read and calculated. A failed build leaves
 * the sheet for the caller to remove.
 *
 * @example
 * await fillSheetInSlices(hf, 'Lead scoring', content, { share: (s) => (bar.value = s), calculating: () => say('Calculating…') });
 */
export async function fillSheetInSlices(
  hf: HyperFormula,
  name: string,
  content: readonly (readonly unknown[])[],
  progress: BuildProgress,
  turn: () => Promise<void> = nextTurn,
  cellsPerSlice = SLICE_CELLS,
): Promise<void> {
  await fillInSlices(hf, hf.getSheetId(hf.addSheet(name))!, content, progress, turn, cellsPerSlice);
}

/**
 * Fills an empty sheet a slice of rows at a time, calculating each slice as it lands and giving the
 * page a turn between slices. The cells that sum many rows (totals, counts over every lead) wait
 * until the rows they read are in, then land in one batch: were they there first, every slice would
 * recalculate them (O(n²)). A slice whose rows repeat the rows above it, one row further down each,
 * is pasted from them: HyperFormula moves the formulas it has parsed rather than reading their text
 * again (the 5,000 leads: 7.7 s where typing every row takes 13 s, with pastedFormulas.ts).
 *
 * @example
 * await fillInSlices(hf, hf.getSheetId('Lead scoring')!, content, progress);
 */
export async function fillInSlices(
  hf: HyperFormula,
  sheet: number,
  content: readonly (readonly unknown[])[],
  progress: BuildProgress,
  turn: () => Promise<void> = nextTurn,
  cellsPerSlice = SLICE_CELLS,
): Promise<void> {
  const waiting: { row: number; col: number; formula: string }[] = [];
  const rowsNow = content.map((row, r) =>
    row.map((cell, col) => {
      if (typeof cell !== 'string' || !cell.startsWith('=') || !readsManyRows(cell)) return cell;
      waiting.push({ row: r, col, formula: cell });
      return null;
    }),
  );
  const width = content.reduce((most, row) => Math.max(most, row.length), 1);
  const rowsPerSlice = Math.max(1, Math.floor(cellsPerSlice / width));
  const pastes = pastableSlices(rowsNow, rowsPerSlice);
  for (let top = 0; top < rowsNow.length; top += rowsPerSlice) {
    const rows = Math.min(rowsPerSlice, rowsNow.length - top);
    const pastable = pastes.has(top);
    if (!pastable || !pasted(hf, { sheet, top, rows, width })) {
      // A paste HyperFormula refused will be refused again: the rest of the sheet is typed.
      if (pastable) pastes.clear();
      hf.setCellContents({ sheet, row: top, col: 0 }, rowsNow.slice(top, top + rows) as never);
    }
    progress.share(Math.min(1, (top + rows) / rowsNow.length));
    await turn();
  }
  progress.calculating();
  await turn();
  hf.batch(() => writeInColumnRuns(hf, sheet, waiting));
}

/**
 * Writes formulas at their places on a sheet, a call per run down a column ({@link columnRuns}); the
 * caller batches the calls.
 *
 * @example
 * hf.batch(() => writeInColumnRuns(hf, sheet, [{ row: 3, col: 1, formula: '=A4*2' }, { row: 4, col: 1, formula: '=A5*2' }]))
 */
export function writeInColumnRuns(hf: HyperFormula, sheet: number, cells: readonly { row: number; col: number; formula: string }[]): void {
  for (const { row, col, formulas } of columnRuns(cells))
    hf.setCellContents(
      { sheet, row, col },
      formulas.map((f) => [f]),
    );
}

/**
 * Pastes the `rows` rows above `top` down to it: HyperFormula moves their formulas from its parsed
 * copies. False when HyperFormula refuses (its clipboard once lost formulas holding some numbers,
 * see clipboardFormulas.ts), for the caller to type the rows.
 */
function pasted(hf: HyperFormula, at: { sheet: number; top: number; rows: number; width: number }): boolean {
  try {
    hf.copy({ start: { sheet: at.sheet, row: at.top - at.rows, col: 0 }, end: { sheet: at.sheet, row: at.top - 1, col: at.width - 1 } });
    hf.paste({ sheet: at.sheet, row: at.top, col: 0 });
    hf.clearClipboard();
    return true;
  } catch {
    return false;
  }
}

/**
 * The slices (by their first row) that are the slice above moved down: each of their rows, and each
 * of the slice above's, holds the row above it moved one row down ({@link isRowBelow}). A plan's
 * per-lead or per-account rows are; its blocks of inputs and totals are not, and go in as text.
 *
 * @example
 * pastableSlices(rows, 100) //=> Set { 200, 300, … } for a header and then rows of the same formulas
 */
export function pastableSlices(rows: readonly (readonly unknown[])[], rowsPerSlice: number): Set<number> {
  const below = rows.map((row, r) => r > 0 && isRowBelow(rows[r - 1], row));
  const pastes = new Set<number>();
  for (let top = rowsPerSlice; top < rows.length; top += rowsPerSlice) {
    const end = Math.min(top + rowsPerSlice, rows.length);
    const from = top - (end - top);
    let all = true;
    for (let r = from + 1; r < end && all; r += 1) all = below[r];
    if (all) pastes.add(top);
  }
  return pastes;
}

/**
 * Cells grouped into runs down a column (a column's cells on consecutive rows), each run written in
 * one call: HyperFormula's batch keeps an undo entry per call and reads them all again at each call,
 * so the lead sheet's 10,000 waiting cells, one call each, spent seconds there.
 *
 * @example
 * columnRuns([{ row: 3, col: 1, formula: '=A' }, { row: 4, col: 1, formula: '=B' }, { row: 9, col: 1, formula: '=C' }])
 * //=> [{ row: 3, col: 1, formulas: ['=A', '=B'] }, { row: 9, col: 1, formulas: ['=C'] }]
 */
export function columnRuns(cells: readonly { row: number; col: number; formula: string }[]): { row: number; col: number; formulas: string[] }[] {
  const runs: { row: number; col: number; formulas: string[] }[] = [];
  const byColumn = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  for (const { row, col, formula } of byColumn) {
    const run = runs[runs.length - 1];
    if (run && run.col === col && run.row + run.formulas.length === row) run.formulas.push(formula);
    else runs.push({ row, col, formulas: [formula] });
  }
  return runs;
}
