import {
  renamePlanSheets,
  checkPlan,
  Plan,
  PlanChart,
  PlanChartKind,
  PlanSheet,
  PlanValidation,
  chartSeries,
  freeSheetName,
  planNames,
  seriesRunDown,
  HIGHLIGHT_LOOK,
  SPREADSHEET_FORMATS,
  STYLE_LOOK,
  formatGrid,
  payloadChunks,
  textPieces,
  typedCell,
  parseRangeA1,
} from '../../core/kit/sheet';
import { RenderedPlan } from '../../ui/host';

/**
 * The most one request carries: Excel on the web refuses a request over 5 MB, and JSON of the
 * cells is not all a request holds, so each chunk stays at a fifth of that.
 */
export const EXCEL_CHUNK_BYTES = 1_000_000;

/** A plan cell as Excel's `formulas` takes it ({@link typedCell}; a blank as '', which Excel clears). */
const excelCell = (cell: PlanSheet['cells'][number][number]): string | number => typedCell(cell) ?? '';

/** Queues one chunk of rows: formats first, so that text cells are already text when their contents arrive. */
function queueRows(worksheet: Excel.Worksheet, formats: string[][], cells: (string | number)[][], start: number, rows: number): void {
  const block = worksheet.getRangeByIndexes(start, 0, rows, cells[0].length);
  block.numberFormat = formats.slice(start, start + rows);
  block.formulas = cells.slice(start, start + rows);
}

function validationRule(v: PlanValidation): Excel.DataValidationRule {
  const basic =
    v.min !== undefined && v.max !== undefined
      ? { formula1: v.min, formula2: v.max, operator: Excel.DataValidationOperator.between }
      : v.min !== undefined
        ? { formula1: v.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo }
        : { formula1: v.max ?? 0, operator: Excel.DataValidationOperator.lessThanOrEqualTo };
  return v.whole ? { wholeNumber: basic } : { decimal: basic };
}

/** Each plan chart kind as Excel's chart type, side by side or stacked (read when used: `Excel` exists only in Office). */
const EXCEL_CHART_TYPE: Readonly<Record<PlanChartKind, (stacked: boolean) => Excel.ChartType>> = {
  column: (stacked) => (stacked ? Excel.ChartType.columnStacked : Excel.ChartType.columnClustered),
  line: () => Excel.ChartType.line,
  bar: (stacked) => (stacked ? Excel.ChartType.barStacked : Excel.ChartType.barClustered),
  pie: () => Excel.ChartType.pie,
};

/**
 * A chart's title or series name as Excel takes it: at most 255 characters (a longer series name
 * fails the whole build, late, with Office's generic error), never cut inside a surrogate pair.
 */
export function chartText(text: string): string {
  return textPieces(text, 255)[0];
}

/** Queues a plan chart: its type, each series' categories, name, colour, and a combo's lines. */
function queueChart(worksheet: Excel.Worksheet, chart: PlanChart): void {
  const kind = chart.kind ?? 'column';
  const added = worksheet.charts.add(
    EXCEL_CHART_TYPE[kind](chart.stacked ?? false),
    worksheet.getRange(chart.values),
    seriesRunDown(chart) ? Excel.ChartSeriesBy.columns : Excel.ChartSeriesBy.rows,
  );
  added.title.text = chartText(chart.title);
  chartSeries(chart).forEach(({ name, colour, line }, i) => {
    const series = added.series.getItemAt(i);
    series.setXAxisValues(worksheet.getRange(chart.categories));
    if (chart.seriesNames) series.name = chartText(name);
    // A pie's slices keep Excel's varied colours.
    if (kind === 'pie') return;
    if (line && kind !== 'line') series.chartType = Excel.ChartType.line;
    if (line) series.format.line.color = `#${colour}`;
    else series.format.fill.setSolidColor(`#${colour}`);
  });
  if (chart.valueFormat && kind !== 'pie') added.axes.valueAxis.numberFormat = SPREADSHEET_FORMATS[chart.valueFormat];
  added.setPosition(chart.anchor);
}

/** Queues the look of a sheet: styles, widths, panes, highlights, rules, names and charts. */
function queueFinish(context: Excel.RequestContext, worksheet: Excel.Worksheet, sheet: PlanSheet, names: readonly string[]): void {
  for (const { range, style } of sheet.styles) {
    const look = STYLE_LOOK[style];
    const target = worksheet.getRange(range);
    if (look.fill) target.format.fill.color = look.fill;
    if (look.bold) target.format.font.bold = true;
    if (look.size) target.format.font.size = look.size;
    if (look.color) target.format.font.color = look.color;
  }
  // Excel measures column widths in points: 0.75 of a pixel.
  sheet.columnWidths.forEach((pixels, col) => (worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = pixels * 0.75));
  if (sheet.frozen.columns > 0) worksheet.freezePanes.freezeColumns(sheet.frozen.columns);
  if (sheet.frozen.rows > 0) worksheet.freezePanes.freezeRows(sheet.frozen.rows);
  for (const { range, when, look } of sheet.highlights) {
    const { fill, color } = HIGHLIGHT_LOOK[look];
    const target = worksheet.getRange(range);
    if ('below' in when || 'above' in when || 'equals' in when) {
      const added = target.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      added.cellValue.rule =
        'below' in when
          ? { formula1: String(when.below), operator: Excel.ConditionalCellValueOperator.lessThan }
          : 'above' in when
            ? { formula1: String(when.above), operator: Excel.ConditionalCellValueOperator.greaterThan }
            : { formula1: `="${when.equals.replace(/"/g, '""')}"`, operator: Excel.ConditionalCellValueOperator.equalTo };
      Object.assign(added.cellValue.format.fill, { color: fill });
      Object.assign(added.cellValue.format.font, { color });
    } else {
      const added = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      added.custom.rule.formula = when.formula;
      Object.assign(added.custom.format.fill, { color: fill });
      Object.assign(added.custom.format.font, { color });
    }
  }
  for (const v of sheet.validations) {
    const target = worksheet.getRange(v.range);
    target.dataValidation.rule = validationRule(v);
    // eslint-disable-next-line no-restricted-syntax -- the product's name, the same in every language
    target.dataValidation.errorAlert = { message: v.message, showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: 'Sales Planner' };
  }
  sheet.names.forEach(({ range }, i) => context.workbook.names.add(names[i], worksheet.getRange(range)));
  for (const chart of sheet.charts) queueChart(worksheet, chart);
  worksheet.activate();
}

/** Writes one sheet: one sync per chunk of rows, the last chunk with everything else. */
async function writeSheet(context: Excel.RequestContext, worksheet: Excel.Worksheet, sheet: PlanSheet, names: readonly string[]): Promise<void> {
  const formats = formatGrid(sheet, SPREADSHEET_FORMATS, 'General', '@');
  const cells = sheet.cells.map((row) => row.map(excelCell));
  // A spilling formula is written after the blanks of every chunk: a blank written into its spill
  // later would be a value typed there, which Excel answers with #SPILL!.
  const spills = (sheet.spills ?? []).map(({ cell }) => ({ cell, ...parseRangeA1(cell) }));
  for (const { top, left } of spills) cells[top][left] = '';
  // The cells and formats leave room for the rest of each request (the range's address, the calls).
  const chunks = payloadChunks(cells, formats, EXCEL_CHUNK_BYTES - 4096);
  for (const [i, { start, rows }] of chunks.entries()) {
    queueRows(worksheet, formats, cells, start, rows);
    if (i === chunks.length - 1) for (const { cell, top, left } of spills) worksheet.getRange(cell).formulas = [[excelCell(sheet.cells[top][left])]];
    if (i === chunks.length - 1) queueFinish(context, worksheet, sheet, names);
    await context.sync();
  }
}

/**
 * Renders a plan in one `Excel.run`: one sync to read the sheet names and the workbook's names, one
 * to add the sheets (and learn their ids), then one per chunk of at most {@link EXCEL_CHUNK_BYTES} of
 * cells: 3 syncs for a plan of a few hundred rows, one more per megabyte beyond. Its named ranges
 * are free in the workbook (a sheet the user renamed keeps its names). If building fails, one more
 * sync removes what was made: each sheet by its id (a sheet of the same name made meanwhile by
 * someone else survives) and each named range this build added, no other.
 */
export async function renderPlanInExcel(plan: Plan): Promise<RenderedPlan> {
  checkPlan(plan);
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    context.workbook.names.load('items/name');
    await context.sync();
    const taken = worksheets.items.map((w) => w.name);
    const names: string[] = [];
    for (const sheet of plan.sheets) names.push(freeSheetName(sheet.name, [...taken, ...names]));
    const rangeNames = planNames(
      plan,
      names,
      context.workbook.names.items.map((n) => n.name),
    );
    const added = names.map((name) => worksheets.add(name));
    added.forEach((worksheet) => worksheet.load('id'));
    await context.sync();
    let reached = 0;
    try {
      for (const [i, sheet] of renamePlanSheets(plan, names).sheets.entries()) {
        reached = i;
        await writeSheet(context, added[i], sheet, rangeNames[i]);
      }
    } catch (error) {
      // Batches are not atomic: take away what was half built (the names of the sheets reached, all
      // free before this build), then say why.
      for (const name of rangeNames.slice(0, reached + 1).flat()) context.workbook.names.getItemOrNullObject(name).delete();
      for (const worksheet of added) worksheets.getItemOrNullObject(worksheet.id).delete();
      await context.sync();
      throw error;
    }
    return { sheetNames: names };
  });
}
