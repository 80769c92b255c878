import { DetailedCellError, ErrorType, HyperFormula, SimpleCellAddress } from 'hyperformula';
import { CATALOGUE } from '../../../core';
import { PlanChart, PlanHighlight, PlanStyle, PlanValidation, rangeA1, scopedName, SPREADSHEET_FORMATS, formatGrid, styleGrid } from '../../../core/kit/sheet';
import { CellFormat, PreviewSheet } from '../previewSheet';
import { t } from '../../../ui/i18n';

/** A cell's value as a file stores it: a number, text, a boolean, an error, or nothing. */
export type SnapshotValue = number | string | boolean | { readonly error: string } | null;

/** One cell to write: a live formula with its last result, or a value (with a note saying why, if any). */
export interface SnapshotCell {
  readonly value: SnapshotValue;
  readonly formula?: string;
  readonly note?: string;
  /** An Excel number format code; General when absent. */
  readonly format?: string;
  readonly style?: PlanStyle;
  /** For a native formula whose result spills: the area it fills (`D5:D106`), written as an array formula. */
  readonly arrayArea?: string;
}

/** One sheet of a download: its cells and everything a plan adds (names, rules, chart). */
export interface SheetSnapshot {
  readonly name: string;
  readonly cells: readonly (readonly (SnapshotCell | null)[])[];
  readonly columnWidths: readonly number[];
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Workbook names already made unique (`Sales_plan_2027_Target`), over ranges of this sheet. */
  readonly names: readonly { readonly name: string; readonly range: string }[];
  readonly highlights: readonly PlanHighlight[];
  readonly validations: readonly PlanValidation[];
  readonly charts: readonly PlanChart[];
}

/** The whole workbook at one moment, as data: what `writeXlsx` turns into a file. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

/** How the preview's cell formats read as Excel number formats (what the grid shows). */
const EXCEL_FORMAT: Readonly<Record<CellFormat, string | undefined>> = {
  text: undefined,
  number: undefined,
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  percent: '0.00%',
  decimal: '#,##0.00',
  whole: '#,##0',
};
const FUNCTION_FORMAT = { percent: '0.00%', money: '#,##0.00', number: undefined, text: undefined } as const;
const CATALOGUE_FORMAT = new Map(CATALOGUE.map((fn) => [fn.name, FUNCTION_FORMAT[fn.returns.format]]));
// With or without Excel's SALES. prefix, which the preview accepts too.
const CATALOGUE_CALL = new RegExp(`(?<![A-Z0-9._])(?:SALES\\.)?(${CATALOGUE.map((fn) => fn.name).join('|')})\\s*\\(`, 'i');

/** The Sales Planner function a formula calls, if any: such a cell needs the add-in to stay live. */
export function catalogueCallIn(formula: string): string | undefined {
  return formula.match(CATALOGUE_CALL)?.[1].toUpperCase();
}

/** The error values Excel writes; HyperFormula's own (#ERROR!, #CYCLE!, #LIC!) are not among them. */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

function valueOf(value: unknown): SnapshotValue {
  if (value instanceof DetailedCellError) return { error: EXCEL_ERRORS.has(value.value) ? value.value : value.value === '#CYCLE!' ? '#REF!' : '#VALUE!' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/**
 * Where native array formulas spill (FREQUENCY on a plan sheet, or one typed in the preview): each
 * formula's area by its top-left cell, and the cells it fills. The file writes the formula as an
 * array formula over its area, which Excel and LibreOffice recompute, and leaves the rest empty.
 */
function spilledCells(hf: HyperFormula, sheet: number, rows: number, cols: number): { areas: Map<string, string>; filled: Set<string> } {
  const [areas, filled] = [new Map<string, string>(), new Set<string>()];
  const partOfArray = (row: number, col: number) => hf.isCellPartOfArray({ sheet, row, col }) && !hf.doesCellHaveFormula({ sheet, row, col });
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      const address = { sheet, row, col };
      if (!hf.doesCellHaveFormula(address) || !hf.isCellPartOfArray(address) || catalogueCallIn(hf.getCellFormula(address) ?? '')) continue;
      let right = col + 1;
      while (right < cols && partOfArray(row, right)) right += 1;
      let bottom = row + 1;
      while (bottom < rows && partOfArray(bottom, col)) bottom += 1;
      areas.set(`${row},${col}`, rangeA1(row, col, bottom - 1, right - 1));
      for (let r = row; r < bottom; r += 1) {
        for (let c = col; c < right; c += 1) if (r !== row || c !== col) filled.add(`${r},${c}`);
      }
    }
  }
  return { areas, filled };
}

/**
 * One cell as the file will hold it. A native formula is written live with its last result; a
 * formula that calls a Sales Planner function is written as its value with a note, since a file
 * opened without the add-in cannot compute it.
 */
function snapshotCell(hf: HyperFormula, address: SimpleCellAddress, format: string | undefined, style: PlanStyle | undefined): SnapshotCell | null {
  const value = valueOf(hf.getCellValue(address));
  const formula = hf.doesCellHaveFormula(address) ? hf.getCellFormula(address) : undefined;
  if (formula === undefined) return value === null && !style ? null : { value, format, style };
  // A formula the preview could not read would make Excel refuse the whole file: kept as its text.
  if (hf.getCellValue(address) instanceof DetailedCellError && (hf.getCellValue(address) as DetailedCellError).type === ErrorType.ERROR) {
    return {
      value: formula,
      note: t('{formula} could not be read in the Sales Planner preview (check its brackets, commas and quotes): kept here as text.', { formula }),
      style,
    };
  }
  const called = catalogueCallIn(formula);
  if (!called) return { value, formula, format, style };
  const note = t(
    '{formula} in the Sales Planner preview. Install Sales Planner ({called} is one of its functions) to keep this cell live; here it holds the value.',
    { formula, called },
  );
  return { value, note, format: format ?? CATALOGUE_FORMAT.get(called), style };
}

/** `B7` → `$B$7`; `E31:P31` → `$E$31:$P$31`: a workbook name must not move when it is used elsewhere. */
export function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((corner) => corner.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2'))
    .join(':');
}

function planGrids(model: PreviewSheet) {
  if (!model.plan) return { formats: [] as string[][], styles: [] as (PlanStyle | undefined)[][] };
  return { formats: formatGrid(model.plan, SPREADSHEET_FORMATS, ''), styles: styleGrid(model.plan) };
}

/**
 * One sheet of the preview's workbook as data: its cells as HyperFormula holds them now (with the
 * user's edits), formats and looks as the grid shows them, and the plan's names, rules and chart.
 */
export function snapshotSheet(hf: HyperFormula, model: PreviewSheet): SheetSnapshot {
  const sheet = hf.getSheetId(model.name)!;
  const { height, width } = hf.getSheetDimensions(sheet);
  const spilled = spilledCells(hf, sheet, height, width);
  const plan = planGrids(model);
  const cells = Array.from({ length: height }, (_, row) =>
    Array.from({ length: width }, (_, col) => {
      if (spilled.filled.has(`${row},${col}`)) return null;
      const format = plan.formats[row]?.[col] || EXCEL_FORMAT[model.formatAt(row, col)];
      const style = plan.styles[row]?.[col] ?? (model.isHeader(row, col) ? 'header' : undefined);
      const cell = snapshotCell(hf, { sheet, row, col }, format, style);
      const area = spilled.areas.get(`${row},${col}`);
      return cell && area ? { ...cell, arrayArea: area } : cell;
    }),
  );
  return {
    name: model.name,
    cells,
    columnWidths: model.columnWidths ?? [],
    frozen: model.plan?.frozen ?? { rows: 0, columns: 0 },
    names: (model.plan?.names ?? []).map(({ name, range }) => ({ name: scopedName(model.name, name), range: absoluteRange(range) })),
    highlights: model.highlights ?? [],
    validations: model.validations ?? [],
    charts: model.plan?.charts ?? [],
  };
}

/**
 * The preview's whole workbook as data, sheet by sheet in tab order.
 *
 * @example
 * const snapshot = snapshotWorkbook(book.hf, book.sheetModels());
 * snapshot.sheets.map((s) => s.name) //=> ['Opportunities', 'KPIs', 'Revenue history', 'Sales plan 2027']
 */
export function snapshotWorkbook(hf: HyperFormula, models: readonly PreviewSheet[]): WorkbookSnapshot {
  return { sheets: models.map((model) => snapshotSheet(hf, model)) };
}
