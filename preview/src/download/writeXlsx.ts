/**
 * The preview's workbook as an .xlsx file (exceljs, MIT): every sheet with live native formulas and
 * their last results, number formats, the plan's looks, names, highlights (conditional formats),
 * input rules (data validation) and chart, so a manager can open it in Excel or upload it to Sheets.
 */
import { Workbook, Worksheet } from 'exceljs';
import { a1, parseRangeA1, PlanHighlight, PlanValidation, HIGHLIGHT_LOOK, STYLE_LOOK } from '../../../core/kit/sheet';
import { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from './bookSnapshot';
import { addCharts } from './xlsxCharts';
import { addScenarios } from './xlsxScenarios';
import { ScenarioStore } from '../../../core/plans/scenarios';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Excel's column width unit is about 7 pixels of its default font, plus 5 pixels of padding. */
const widthInCharacters = (pixels: number) => Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);

function writeCell(sheet: Worksheet, row: number, col: number, cell: SnapshotCell): void {
  const target = sheet.getCell(row + 1, col + 1);
  if (cell.formula) {
    const result = cell.value === null ? undefined : cell.value;
    const formula = cell.formula.replace(/^=/, '');
    // A spilling formula as an array formula over its area (<f t="array" ref="…">), as every Excel and LibreOffice read it.
    target.value = (cell.arrayArea ? { formula, result, shareType: 'array', ref: cell.arrayArea } : { formula, result }) as never;
  } else {
    // Text stays text: exceljs writes a string as a string, never as a formula ("=1+1", "007").
    target.value = cell.value as never;
  }
  if (cell.note) target.note = cell.note;
  if (cell.format) target.numFmt = cell.format;
  const look = cell.style && STYLE_LOOK[cell.style];
  if (look) {
    target.font = { bold: look.bold, size: look.size, color: look.color ? { argb: argb(look.color) } : undefined };
    if (look.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } };
  }
}

function addHighlight(sheet: Worksheet, highlight: PlanHighlight, priority: number): void {
  const look = HIGHLIGHT_LOOK[highlight.look];
  const style = { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(look.fill) } }, font: { color: { argb: argb(look.color) } } } as const;
  const rule =
    'below' in highlight.when
      ? { type: 'cellIs', operator: 'lessThan', formulae: [String(highlight.when.below)], style, priority }
      : 'above' in highlight.when
        ? { type: 'cellIs', operator: 'greaterThan', formulae: [String(highlight.when.above)], style, priority }
        : 'equals' in highlight.when
          ? { type: 'cellIs', operator: 'equal', formulae: [`"${highlight.when.equals.replace(/"/g, '""')}"`], style, priority }
          : { type: 'expression', formulae: [highlight.when.formula.replace(/^=/, '')], style, priority };
  sheet.addConditionalFormatting({ ref: highlight.range, rules: [rule as never] });
}

/** The cell rule as Excel stores it: a number between bounds, refused with the plan's message. */
function addValidation(sheet: Worksheet, rule: PlanValidation): void {
  const bounds = [rule.min, rule.max].filter((b): b is number => b !== undefined);
  const operator = rule.min !== undefined && rule.max !== undefined ? 'between' : rule.min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual';
  const { top, left, bottom, right } = parseRangeA1(rule.range);
  for (let row = top; row <= bottom; row += 1) {
    for (let col = left; col <= right; col += 1) {
      sheet.getCell(a1(row, col)).dataValidation = {
        type: rule.whole ? 'whole' : 'decimal',
        operator,
        allowBlank: true,
        formulae: bounds,
        showErrorMessage: true,
        errorStyle: 'error',
        errorTitle: 'Sales Planner',
        error: rule.message,
        showInputMessage: true,
        prompt: rule.message,
      };
    }
  }
}

function writeSheet(workbook: Workbook, snapshot: SheetSnapshot): void {
  const { frozen } = snapshot;
  const sheet = workbook.addWorksheet(
    snapshot.name,
    frozen.rows || frozen.columns ? { views: [{ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows }] } : {},
  );
  snapshot.columnWidths.forEach((pixels, col) => (sheet.getColumn(col + 1).width = widthInCharacters(pixels)));
  snapshot.cells.forEach((cells, row) => cells.forEach((cell, col) => cell && writeCell(sheet, row, col, cell)));
  snapshot.highlights.forEach((highlight, i) => addHighlight(sheet, highlight, i + 1));
  snapshot.validations.forEach((rule) => addValidation(sheet, rule));
  for (const { name, range } of snapshot.names) workbook.definedNames.add(`'${snapshot.name.replace(/'/g, "''")}'!${range}`, name);
}

/**
 * The workbook as the bytes of an .xlsx file. Excel recalculates every formula when it opens the
 * file (the results written are the preview's, for viewers that do not calculate). A plan sheet's
 * saved scenarios go in as Excel scenarios.
 *
 * @example
 * const bytes = await writeXlsx(snapshotWorkbook(book.hf, book.sheetModels()));
 */
export async function writeXlsx(snapshot: WorkbookSnapshot, scenarios: ScenarioStore = {}): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'Sales Planner';
  workbook.calcProperties.fullCalcOnLoad = true;
  snapshot.sheets.forEach((sheet) => writeSheet(workbook, sheet));
  const bytes = await workbook.xlsx.writeBuffer();
  const charts = snapshot.sheets.map((sheet, i) => ({ sheetNumber: i + 1, sheetName: sheet.name, charts: sheet.charts }));
  const withCharts = await addCharts(bytes as ArrayBuffer, charts);
  return addScenarios(
    withCharts,
    snapshot.sheets.map((s) => s.name),
    scenarios,
  );
}
