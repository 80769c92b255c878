/** The widest a column grows to fit its content, in pixels. */
const MAX_WIDTH = 360;
/** Cell padding and a little air, in pixels. */
const PADDING = 16;
/** Rows looked at to fit a column: enough to see every label of a plan or a sample. */
const ROWS_LOOKED_AT = 500;

export interface ColumnContent {
  readonly rows: number;
  readonly cols: number;
  /** The width a column has before fitting (the sheet's own, or the default). */
  baseWidth(col: number): number;
  /** The cell's text as shown, and whether it may run into the empty cell on its right. */
  textAt(row: number, col: number): { readonly text: string; readonly bold: boolean; readonly mayOverflow: boolean };
}

/**
 * Column widths that show every label whole, as a spreadsheet's auto-fit does: each column is as
 * wide as its widest text that cannot run into an empty neighbour (numbers, and text with a filled
 * cell on its right), never narrower than it was, and at most 360 px (longer text stays cut, with
 * the whole of it in the formula bar).
 *
 * @example
 * fittedWidths(content, (text, bold) => context.measureText(text).width) //=> [215, 96, …]
 */
export function fittedWidths(content: ColumnContent, measure: (text: string, bold: boolean) => number): number[] {
  const widths = Array.from({ length: content.cols }, (_, col) => content.baseWidth(col));
  const rows = Math.min(content.rows, ROWS_LOOKED_AT);
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < content.cols; col += 1) {
      const { text, bold, mayOverflow } = content.textAt(row, col);
      if (text === '' || mayOverflow) continue;
      widths[col] = Math.min(MAX_WIDTH, Math.max(widths[col], Math.ceil(measure(text, bold)) + PADDING));
    }
  }
  return widths;
}
