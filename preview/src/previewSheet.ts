import { SAMPLE_OPPORTUNITIES } from './sample';

/** How the preview shows a cell's number. */
export type CellFormat = 'text' | 'money' | 'date' | 'percent' | 'number';

/** One sheet of the preview's workbook: its starting content and how its cells are shown. */
export interface PreviewSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** How much of the sheet the grid shows. */
  readonly size: { readonly rows: number; readonly cols: number };
  /** The cell selected when the sheet opens: the first free one, for trying a formula. */
  readonly firstSelection: { readonly row: number; readonly col: number };
  /** Column widths in pixels, from column A; the rest are 96. */
  readonly columnWidths?: readonly number[];
  formatAt(row: number, col: number): CellFormat;
  isHeader(row: number, col: number): boolean;
}

/** The sample opportunities: a header row, then one deal a row. */
export const OPPORTUNITIES_SHEET: PreviewSheet = {
  name: SAMPLE_OPPORTUNITIES.name,
  rows: [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows],
  size: { rows: SAMPLE_OPPORTUNITIES.rows.length + 30, cols: 16 },
  firstSelection: { row: 1, col: SAMPLE_OPPORTUNITIES.header.length + 1 },
  columnWidths: [120, 140, 130, 70, 90, 70, 90, 90, 90],
  formatAt: (row, col) => (row === 0 ? 'text' : SAMPLE_OPPORTUNITIES.formats[col] ?? 'text'),
  isHeader: (row, col) => row === 0 && col < SAMPLE_OPPORTUNITIES.header.length,
};
