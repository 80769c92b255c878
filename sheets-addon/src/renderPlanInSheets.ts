import {
  renamePlanSheets,
  checkPlan,
  Plan,
  PlanChart,
  PlanChartKind,
  PlanHighlight,
  PlanSheet,
  PlanStyle,
  PlanValidation,
  chartSeries,
  freeSheetName,
  planNames,
  seriesRunDown,
  HIGHLIGHT_LOOK,
  SPREADSHEET_FORMATS,
  STYLE_LOOK,
  formatGrid,
  a1,
  parseRangeA1,
  typedCell,
} from '../../core/kit/sheet';
import { RenderedPlan } from '../../ui/host';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The plan's highlights as conditional-format rules: one call sets them all. */
function highlightRules(sheet: Sheet, highlights: readonly PlanHighlight[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return highlights.map(({ range, when, look }) => {
    const builder = SpreadsheetApp.newConditionalFormatRule();
    const conditioned =
      'below' in when
        ? builder.whenNumberLessThan(when.below)
        : 'above' in when
          ? builder.whenNumberGreaterThan(when.above)
          : 'equals' in when
            ? builder.whenTextEqualTo(when.equals)
            : builder.whenFormulaSatisfied(when.formula);
    return conditioned
      .setBackground(HIGHLIGHT_LOOK[look].fill)
      .setFontColor(HIGHLIGHT_LOOK[look].color)
      .setRanges([sheet.getRange(range)])
      .build();
  });
}

/** A number rule as Sheets builds one; whole numbers through a formula, as Sheets has no builder for them. */
function validationRule(v: PlanValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(v.message);
  if (v.whole) {
    const { top, left } = parseRangeA1(v.range);
    const cell = a1(top, left);
    const bounds = [v.min !== undefined ? `${cell}>=${v.min}` : '', v.max !== undefined ? `${cell}<=${v.max}` : ''].filter(Boolean);
    return builder.requireFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}=INT(${cell})${bounds.map((b) => `,${b}`).join('')})`).build();
  }
  if (v.min !== undefined && v.max !== undefined) return builder.requireNumberBetween(v.min, v.max).build();
  if (v.min !== undefined) return builder.requireNumberGreaterThanOrEqualTo(v.min).build();
  return builder.requireNumberLessThanOrEqualTo(v.max ?? 0).build();
}

/** Each plan chart kind as Sheets' chart type (read when used: `Charts` exists only in Apps Script). */
const SHEETS_CHART_TYPE: Readonly<Record<PlanChartKind, () => GoogleAppsScript.Charts.ChartType>> = {
  column: () => Charts.ChartType.COLUMN,
  line: () => Charts.ChartType.LINE,
  bar: () => Charts.ChartType.BAR,
  pie: () => Charts.ChartType.PIE,
};

/** A plan cell for setValues ({@link typedCell}; a blank as ''). */
const sheetsCell = (cell: PlanSheet['cells'][number][number]): string | number => typedCell(cell) ?? '';

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

function writeSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  plan: PlanSheet,
  names: readonly string[],
): void {
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
  if (plan.highlights.length > 0) sheet.setConditionalFormatRules(highlightRules(sheet, plan.highlights));
  for (const v of plan.validations) sheet.getRange(v.range).setDataValidation(validationRule(v));
  plan.names.forEach(({ range }, i) => spreadsheet.setNamedRange(names[i], sheet.getRange(range)));
  for (const chart of plan.charts) sheet.insertChart(buildChart(sheet, chart));
}

/**
 * A plan chart as an embedded chart: its type (a combo when a column chart has lines), each series'
 * legend label, colour and, in a combo, a line's type; stacked when asked.
 */
function buildChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, chart: PlanChart): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const anchor = sheet.getRange(chart.anchor);
  const kind = chart.kind ?? 'column';
  const combo = kind === 'column' && (chart.lines ?? []).length > 0;
  const series = chartSeries(chart).map(({ name, colour, line }) => ({
    labelInLegend: name,
    ...(kind === 'pie' ? {} : { color: `#${colour}` }),
    ...(combo ? { type: line ? 'line' : 'bars' } : {}),
  }));
  return sheet
    .newChart()
    .setChartType(combo ? Charts.ChartType.COMBO : SHEETS_CHART_TYPE[kind]())
    .addRange(sheet.getRange(chart.categories))
    .addRange(sheet.getRange(chart.values))
    .setTransposeRowsAndColumns(!seriesRunDown(chart))
    .setOption('title', chart.title)
    .setOption('series', Object.fromEntries(series.map((s, i) => [i, s])))
    .setOption('isStacked', chart.stacked ?? false)
    .setOption(kind === 'bar' ? 'hAxis' : 'vAxis', chart.valueFormat ? { format: SPREADSHEET_FORMATS[chart.valueFormat] } : {})
    .setOption('legend', { position: chart.seriesNames ? 'top' : 'none' })
    .setPosition(anchor.getRow(), anchor.getColumn(), 0, 0)
    .build();
}

/**
 * Renders a plan with SpreadsheetApp: one batched write per block (values, formats, each style,
 * the highlights, each rule), never a call per cell. The plan is checked first (it crossed
 * google.script.run as JSON). Its named ranges are free in the spreadsheet (a sheet the user renamed
 * keeps its names). If a sheet fails midway, every sheet this build inserted and every named range
 * it added are removed (no other) before the error is passed on, as in Excel.
 */
export function renderPlanInSheets(plan: Plan): RenderedPlan {
  checkPlan(plan);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const taken = spreadsheet.getSheets().map((s) => s.getName());
  const names: string[] = [];
  for (const planSheet of plan.sheets) names.push(freeSheetName(planSheet.name, [...taken, ...names]));
  const rangeNames = planNames(
    plan,
    names,
    spreadsheet.getNamedRanges().map((n) => n.getName()),
  );
  const inserted: Sheet[] = [];
  const named: string[] = [];
  try {
    for (const [i, planSheet] of renamePlanSheets(plan, names).sheets.entries()) {
      inserted.push(spreadsheet.insertSheet(names[i]));
      named.push(...rangeNames[i]);
      writeSheet(spreadsheet, inserted[i], planSheet, rangeNames[i]);
    }
  } catch (error) {
    for (const name of named) if (spreadsheet.getRangeByName(name)) spreadsheet.removeNamedRange(name);
    for (const sheet of inserted) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return { sheetNames: names };
}
