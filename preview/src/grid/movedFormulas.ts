import { HyperFormula, RawCellContent } from 'hyperformula';

/** A block of a sheet: its top-left cell and size. */
export interface SheetBlock {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * What a block's cells become when copied to `to` (a top-left cell), as every spreadsheet pastes:
 * formulas with their relative references moved by the distance, absolute ones kept, values as they
 * are. The engine's own copy and paste work the references out; the destination is then put back
 * as it was, so the caller writes the result as one undoable step.
 *
 * @example
 * movedContents(hf, { sheet: 0, top: 0, left: 1, rows: 1, cols: 1 }, { sheet: 0, row: 1, col: 1 }) // [['=A2*2']] for =A1*2 in B1
 */
export function movedContents(hf: HyperFormula, from: SheetBlock, to: { sheet: number; row: number; col: number }): RawCellContent[][] {
  const range = (b: SheetBlock) => ({
    start: { sheet: b.sheet, row: b.top, col: b.left },
    end: { sheet: b.sheet, row: b.top + b.rows - 1, col: b.left + b.cols - 1 },
  });
  const target = range({ ...from, sheet: to.sheet, top: to.row, left: to.col });
  const before = hf.getRangeSerialized(target);
  hf.copy(range(from));
  hf.paste({ sheet: to.sheet, row: to.row, col: to.col });
  const after = hf.getRangeSerialized(target);
  hf.setCellContents(target.start, before);
  hf.clearClipboard();
  return after;
}

/**
 * The contents of `destination` filled from `source`, tile by tile, each tile's formulas moved to
 * where it lands: one cell copied into a block fills the block; a row filled down (Ctrl+D) or a
 * column filled right (Ctrl+R) repeats along it. A destination that is not a whole number of tiles
 * takes the source once, at its top left.
 *
 * @example
 * filledContents(hf, oneCell, { sheet: 0, top: 1, left: 1, rows: 3, cols: 1 }) // three moved copies
 */
export function filledContents(hf: HyperFormula, source: SheetBlock, destination: SheetBlock): RawCellContent[][] {
  const tiles =
    destination.rows % source.rows === 0 && destination.cols % source.cols === 0 ? destination : { ...destination, rows: source.rows, cols: source.cols };
  const out: RawCellContent[][] = Array.from({ length: tiles.rows }, () => Array<RawCellContent>(tiles.cols).fill(null));
  for (let r = 0; r < tiles.rows; r += source.rows) {
    for (let c = 0; c < tiles.cols; c += source.cols) {
      const tile = movedContents(hf, source, { sheet: tiles.sheet, row: tiles.top + r, col: tiles.left + c });
      tile.forEach((row, i) => row.forEach((cell, j) => (out[r + i][c + j] = cell)));
    }
  }
  return out;
}
