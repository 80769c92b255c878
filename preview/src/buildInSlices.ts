import { HyperFormula } from 'hyperformula';

/** Cells put into the engine per slice: a fifth of a second or so of parsing and calculating on a slow machine. */
export const SLICE_CELLS = 4_000;

/** A formula whose range spans more rows than this sums a column: it waits for the rows it reads. */
const MANY_ROWS = 50;

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
 * Adds a sheet and fills it a slice of rows at a time, calculating each slice as it lands, so the
 * page paints the progress and stays responsive while a large plan is read and calculated. The
 * cells that sum many rows (totals, counts over every lead) wait until the rows they read are in,
 * then land in one batch: were they there first, every slice would recalculate them (O(n²)).
 * A failed build leaves the sheet for the caller to remove.
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
): Promise<void> {
  const sheet = hf.getSheetId(hf.addSheet(name))!;
  const waiting: { row: number; col: number; formula: string }[] = [];
  const rowsNow = content.map((row, r) =>
    row.map((cell, col) => {
      if (typeof cell !== 'string' || !cell.startsWith('=') || !readsManyRows(cell)) return cell;
      waiting.push({ row: r, col, formula: cell });
      return null;
    }),
  );
  const width = content.reduce((most, row) => Math.max(most, row.length), 1);
  const rowsPerSlice = Math.max(1, Math.floor(SLICE_CELLS / width));
  for (let top = 0; top < rowsNow.length; top += rowsPerSlice) {
    hf.setCellContents({ sheet, row: top, col: 0 }, rowsNow.slice(top, top + rowsPerSlice) as never);
    progress.share(Math.min(1, (top + rowsPerSlice) / rowsNow.length));
    await turn();
  }
  progress.calculating();
  await turn();
  hf.batch(() =>
    columnRuns(waiting).forEach(({ row, col, formulas }) =>
      hf.setCellContents(
        { sheet, row, col },
        formulas.map((f) => [f]),
      ),
    ),
  );
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
