import { PlanChart, PlanHighlight, PlanSheet, PlanValidation } from '../../core/kit/sheet';
import {
  MONTHLY_REVENUE,
  REGION_REVENUE_2017,
  SAMPLE_ACCOUNTS,
  SAMPLE_LEADS,
  SAMPLE_MARKETING,
  SAMPLE_OPPORTUNITIES,
  SAMPLE_PIPELINE,
  SampleSheet,
} from './sample';

/** How the preview shows a cell's number. */
export type CellFormat = 'text' | 'money' | 'date' | 'percent' | 'number' | 'decimal' | 'whole';

/** One sheet of the preview's workbook: its starting content and how its cells are shown. */
export interface PreviewSheet {
  readonly name: string;
  /** For a sample sheet: the sample's own name, which says its looks after a rename. */
  readonly sample?: string;
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  /** How much of the sheet the grid shows. */
  readonly size: { readonly rows: number; readonly cols: number };
  /** The cell selected when the sheet opens: the first free one, for trying a formula. */
  readonly firstSelection: { readonly row: number; readonly col: number };
  /** Column widths in pixels, from column A; the rest are 96. */
  readonly columnWidths?: readonly number[];
  formatAt(row: number, col: number): CellFormat;
  isHeader(row: number, col: number): boolean;
  /** Column charts to draw under the grid (a plan's chart: the preview's engine draws none). */
  readonly charts?: readonly PlanChart[];
  /** A plan's look for the cell (inputs, totals, titles…), shown with a class of its own. */
  styleAt?(row: number, col: number): string | undefined;
  /** A plan's highlights (conditional formats), painted over the style when their condition holds. */
  readonly highlights?: readonly PlanHighlight[];
  /** A plan's rules on input cells: a typed value that breaks one is refused, as Excel and Sheets do. */
  readonly validations?: readonly PlanValidation[];
  /** The plan the sheet was built from: its names, frozen panes and exact formats go into a download. */
  readonly plan?: PlanSheet;
}

/** A sample table as a sheet: its header row, then one record a row, in its columns' formats. */
function sampleSheet(sample: SampleSheet, columnWidths: readonly number[]): PreviewSheet {
  return {
    name: sample.name,
    rows: [sample.header, ...sample.rows],
    size: { rows: sample.rows.length + 30, cols: 16 },
    firstSelection: { row: 1, col: sample.header.length },
    columnWidths,
    formatAt: (row, col) => (row === 0 ? 'text' : (sample.formats[col] ?? 'text')),
    isHeader: (row, col) => row === 0 && col < sample.header.length,
  };
}

/** The sample opportunities: a header row, then one deal a row. */
export const OPPORTUNITIES_SHEET: PreviewSheet = sampleSheet(SAMPLE_OPPORTUNITIES, [120, 140, 130, 70, 90, 80, 90, 90, 90]);

/** Monthly revenue history (A: month, B: revenue) and each region's 2017 revenue (D: region, E: revenue). */
export const HISTORY_SHEET: PreviewSheet = {
  name: 'Revenue history',
  rows: [
    ['Month', 'Revenue', null, 'Region', 'Revenue 2017'],
    ...MONTHLY_REVENUE.map(([month, revenue], i) => [month, revenue, null, ...(REGION_REVENUE_2017[i] ?? [null, null])]),
  ],
  size: { rows: MONTHLY_REVENUE.length + 6, cols: 8 },
  firstSelection: { row: 1, col: 1 },
  columnWidths: [90, 110, 30, 100, 120],
  formatAt: (row, col) => (row > 0 && (col === 1 || col === 4) ? 'money' : 'text'),
  isHeader: (row, col) => row === 0 && col !== 2,
};

/** The sample leads, for lead scoring: a header row, then one lead a row. */
export const LEADS_SHEET: PreviewSheet = sampleSheet(SAMPLE_LEADS, [120, 140, 90, 100, 80, 95, 60, 95, 75]);

/** The sample Marketing sheet, for budget allocation: month, channel, spend and revenue. */
export const MARKETING_SHEET: PreviewSheet = sampleSheet(SAMPLE_MARKETING, [90, 100, 90, 100]);

/** The sample Accounts sheet, for field work: customers with their state, revenue and coordinates. */
export const ACCOUNTS_SHEET: PreviewSheet = sampleSheet(SAMPLE_ACCOUNTS, [90, 150, 120, 110, 100, 80, 90]);

/** The sample Pipeline sheet, for the evaluation's forecast: the open deals with stage, probability, close date and category. */
export const PIPELINE_SHEET: PreviewSheet = sampleSheet(SAMPLE_PIPELINE, [130, 140, 130, 70, 90, 100, 80, 100, 120]);
