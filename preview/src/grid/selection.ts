/** A cell by its zero-based row and column. */
export interface Cell {
  readonly row: number;
  readonly col: number;
}

/** A block of cells, corners included. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The block between two cells, whichever way round they are. */
export function blockBetween(a: Cell, b: Cell): Block {
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function inBlock(block: Block, { row, col }: Cell): boolean {
  return row >= block.top && row <= block.bottom && col >= block.left && col <= block.right;
}

/**
 * Where Ctrl+Arrow lands, as in Excel: from a filled cell whose neighbour is filled, the last filled
 * cell of that run; otherwise the next filled cell in that direction, or the sheet's edge.
 *
 * @example
 * // filled: rows 0–4 of column A
 * edgeOfData({ row: 0, col: 0 }, { rows: 1, cols: 0 }, filled, { rows: 100, cols: 26 }) //=> { row: 4, col: 0 }
 */
export function edgeOfData(from: Cell, step: { rows: number; cols: number }, filled: (cell: Cell) => boolean, limits: { rows: number; cols: number }): Cell {
  const next = (cell: Cell): Cell | undefined => {
    const row = cell.row + step.rows;
    const col = cell.col + step.cols;
    return row < 0 || col < 0 || row >= limits.rows || col >= limits.cols ? undefined : { row, col };
  };
  const first = next(from);
  if (!first) return from;
  let cell = first;
  if (filled(from) && filled(first)) {
    for (let n = next(cell); n && filled(n); n = next(cell)) cell = n;
    return cell;
  }
  for (let n: Cell | undefined = cell; n; n = next(cell)) {
    cell = n;
    if (filled(n)) return n;
  }
  return cell;
}

/**
 * The grid's selection: the active cell (where typing goes) and the anchor the block extends from
 * (a shift-click, a shift-arrow, a drag). Without an anchor the block is the active cell alone.
 */
export class Selection {
  private anchorCell: Cell | undefined;

  constructor(
    private activeCell: Cell,
    private readonly limits: () => { rows: number; cols: number },
  ) {}

  get active(): Cell {
    return this.activeCell;
  }

  get block(): Block {
    return blockBetween(this.anchorCell ?? this.activeCell, this.activeCell);
  }

  /** Whether more than one cell is selected. */
  get isBlock(): boolean {
    const b = this.block;
    return b.top !== b.bottom || b.left !== b.right;
  }

  /** Selects a cell; with `extend`, grows the block from the anchor to it instead. */
  select(cell: Cell, extend = false): void {
    const { rows, cols } = this.limits();
    const clamped = { row: Math.min(Math.max(cell.row, 0), rows - 1), col: Math.min(Math.max(cell.col, 0), cols - 1) };
    if (extend) this.anchorCell ??= this.activeCell;
    else this.anchorCell = undefined;
    this.activeCell = clamped;
  }

  /** Selects a whole block, the active cell at its top left (after a paste, say). */
  selectBlock(block: Block): void {
    this.anchorCell = { row: block.bottom, col: block.right };
    this.activeCell = { row: block.top, col: block.left };
    if (!this.isBlock) this.anchorCell = undefined;
  }
}
