import { Plan, PlanSheet, PlanStyle, freeSheetName, scopedName } from '../../core/plan/plan';
import { SPREADSHEET_FORMATS, STYLE_LOOK, formatGrid } from '../../core/plan/renderGrid';
import { RenderedPlan } from '../../ui/host';

/** A plan cell for setValues: text behind an apostrophe (never a formula), formulas as "=…" strings. */
function sheetsCell(cell: PlanSheet['cells'][number][number]): string | number {
  if (cell === null) return '';
  if ('text' in cell) return `'${cell.text}`;
  if ('number' in cell) return cell.number;
  return cell.formula;
}

/** Runs of equal widths, so a plan of any size takes a handful of setColumnWidths calls. */
function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count += 1;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

function writeSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: PlanSheet, name: string): void {
  const rows = plan.cells.length;
  const columns = plan.cells[0]?.length ?? 0;
  const block = sheet.getRange(1, 1, rows, columns);
  block.setNumberFormats(formatGrid(plan, SPREADSHEET_FORMATS, 'General'));
  block.setValues(plan.cells.map((row) => row.map(sheetsCell)));
  // One range list per style: the number of calls depends on the styles, not on the plan's size.
  const byStyle = new Map<PlanStyle, string[]>();
  for (const { range, style } of plan.styles) byStyle.set(style, [...(byStyle.get(style) ?? []), range]);
  for (const [style, ranges] of byStyle) {
    const look = STYLE_LOOK[style];
    const list = sheet.getRangeList(ranges);
    if (look.fill) list.setBackground(look.fill);
    if (look.bold) list.setFontWeight('bold');
    if (look.size) list.setFontSize(look.size);
    if (look.color) list.setFontColor(look.color);
  }
  for (const run of widthRuns(plan.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  if (plan.frozen.rows > 0) sheet.setFrozenRows(plan.frozen.rows);
  if (plan.frozen.columns > 0) sheet.setFrozenColumns(plan.frozen.columns);
  for (const { name: short, range } of plan.names) spreadsheet.setNamedRange(scopedName(name, short), sheet.getRange(range));
  for (const chart of plan.charts) {
    const anchor = sheet.getRange(chart.anchor);
    const built = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(chart.categories))
      .addRange(sheet.getRange(chart.values))
      .setTransposeRowsAndColumns(true)
      .setOption('title', chart.title)
      .setPosition(anchor.getRow(), anchor.getColumn(), 0, 0)
      .build();
    sheet.insertChart(built);
  }
}

/**
 * Renders a plan with SpreadsheetApp: one batched write per block (values, formats, each style),
 * never a call per cell. If a sheet fails midway, it is deleted before the error is passed on.
 */
export function renderPlanInSheets(plan: Plan): RenderedPlan {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const taken = spreadsheet.getSheets().map((s) => s.getName());
  const names: string[] = [];
  for (const planSheet of plan.sheets) {
    const name = freeSheetName(planSheet.name, [...taken, ...names]);
    const sheet = spreadsheet.insertSheet(name);
    try {
      writeSheet(spreadsheet, sheet, planSheet, name);
    } catch (error) {
      spreadsheet.deleteSheet(sheet);
      throw error;
    }
    names.push(name);
  }
  return { sheetNames: names };
}
