import { Plan, PlanSheet, freeSheetName, scopedName } from '../../core/plan/plan';
import { SPREADSHEET_FORMATS, STYLE_LOOK, formatGrid } from '../../core/plan/renderGrid';
import { RenderedPlan } from '../../ui/host';

/** A plan cell as Excel's `formulas` takes it: text behind an apostrophe, so it is never a formula. */
function excelCell(cell: PlanSheet['cells'][number][number]): string | number {
  if (cell === null) return '';
  if ('text' in cell) return `'${cell.text}`;
  if ('number' in cell) return cell.number;
  return cell.formula;
}

/** Queues everything one plan sheet needs on a new worksheet; nothing here waits for Excel. */
function queueSheet(context: Excel.RequestContext, sheet: PlanSheet, name: string): void {
  const worksheet = context.workbook.worksheets.add(name);
  const rows = sheet.cells.length;
  const columns = sheet.cells[0]?.length ?? 0;
  const block = worksheet.getRangeByIndexes(0, 0, rows, columns);
  // Formats first, so that text cells are already text when their contents arrive.
  block.numberFormat = formatGrid(sheet, SPREADSHEET_FORMATS, 'General', '@');
  block.formulas = sheet.cells.map((row) => row.map(excelCell));
  for (const { range, style } of sheet.styles) {
    const look = STYLE_LOOK[style];
    const target = worksheet.getRange(range);
    if (look.fill) target.format.fill.color = look.fill;
    if (look.bold) target.format.font.bold = true;
    if (look.size) target.format.font.size = look.size;
    if (look.color) target.format.font.color = look.color;
  }
  sheet.columnWidths.forEach((pixels, col) => {
    // Excel measures column widths in points: 0.75 of a pixel.
    worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = pixels * 0.75;
  });
  if (sheet.frozen.columns > 0) worksheet.freezePanes.freezeColumns(sheet.frozen.columns);
  if (sheet.frozen.rows > 0) worksheet.freezePanes.freezeRows(sheet.frozen.rows);
  for (const { name: short, range } of sheet.names) context.workbook.names.add(scopedName(name, short), worksheet.getRange(range));
  for (const chart of sheet.charts) {
    const added = worksheet.charts.add(Excel.ChartType.columnClustered, worksheet.getRange(chart.values), Excel.ChartSeriesBy.rows);
    added.title.text = chart.title;
    added.series.getItemAt(0).setXAxisValues(worksheet.getRange(chart.categories));
    added.setPosition(chart.anchor);
  }
  worksheet.activate();
}

/**
 * Renders a plan in one `Excel.run`: one sync to read the sheet names, one to build everything,
 * whatever the plan's size; if building fails, one more to remove the partly built sheets.
 */
export async function renderPlanInExcel(plan: Plan): Promise<RenderedPlan> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const taken = worksheets.items.map((w) => w.name);
    const names: string[] = [];
    for (const sheet of plan.sheets) names.push(freeSheetName(sheet.name, [...taken, ...names]));
    try {
      plan.sheets.forEach((sheet, i) => queueSheet(context, sheet, names[i]));
      await context.sync();
    } catch (error) {
      // Batches are not atomic: take away what was half built, then say why.
      for (const name of names) context.workbook.worksheets.getItemOrNullObject(name).delete();
      await context.sync();
      throw error;
    }
    return { sheetNames: names };
  });
}
