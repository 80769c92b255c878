import { a1, rangeA1 } from '../../kit/sheet/a1';
import { PlanFormat, PlanSheet, STATUS_COLOURS } from '../../kit/sheet/plan';
import { SheetBuilder, TableCell, absolute, absoluteBlock } from '../../kit/sheet/sheetBuilder';
import { quotedSheet } from '../../kit/sheet/userTable';
import { ActualsSource, toDateEndFormula } from './actualsSource';
import { CHILD_COLUMNS, EVALUATION_LAYOUT as L, MONTHS } from './evaluationLayout';
import { SalesEvaluationAnswers } from './salesEvaluationAnswers';
import { msg } from '../../kit/i18n/msg';
import { Translate, translator } from '../../kit/i18n/translate';
import { formulaString } from '../../kit/sheet/formulaText';
import { FORECAST_COLUMNS } from './pipelineForecastBlock';
import { exactCriterionOf } from '../../kit/sheet/exactMatch';

export const DASHBOARD_SHEET = msg('Dashboard');

/** The most statuses the Dashboard charts (a row each): a status column, not a column of names. */
export const MAX_STATUSES = 50;

/** The KPIs' row (their big numbers; labels above, what each counts below), and where each chart's data starts. */
export const DASHBOARD_LAYOUT = { kpiLabels: 3, kpis: 4, kpiNotes: 5, months: 8, children: 27, chartColumn: 5, chartSpacing: 19 } as const;
const D = DASHBOARD_LAYOUT;
/** The KPIs, in their columns from A. */
export const DASHBOARD_KPIS = ['winRate', 'averageDeal', 'cycleDays', 'pipelineCoverage', 'attainment', 'growth'] as const;

/** A cell (or a block, to a second corner) of the Evaluation sheet as the dashboard reads it: quoted, so a renamed sheet is followed. */
type EvaluationCell = (row: number, col: number, toRow?: number, toCol?: number) => string;
const evaluation =
  (sheetName: string): EvaluationCell =>
  (row, col, toRow, toCol) =>
    `${quotedSheet(sheetName)}!${toRow === undefined ? absolute(row, col) : absoluteBlock(row, col, toRow, toCol ?? col)}`;

/** The six KPIs: label, formula, format, and what each counts. */
function kpiCells(a: SalesEvaluationAnswers, source: ActualsSource, ev: EvaluationCell, t: Translate): [string, string, PlanFormat, string][] {
  const [year, elapsed] = [ev(L.year, 1), ev(L.elapsed, 1)];
  const inYear = source.between(`DATE(${year},1,1)`, `DATE(${year}+1,1,1)`);
  const closed = source.dates(`DATE(${year},1,1)`, `DATE(${year}+1,1,1)`);
  const won = `COUNTIFS(${inYear})`;
  const created = a.actuals.createdField ? source.column(a.actuals.createdField) : '';
  const pipeline = `(SUM(${source.amount})-SUMIFS(${source.amount},${source.date},">=0"))`;
  const childRange = (c: number) => ev(L.firstChild, c, L.firstChild + Math.max(1, a.children.length) - 1);
  const toGo = `(SUM(${ev(L.firstMonth, 1, L.firstMonth + 11)})-SUM(${childRange(CHILD_COLUMNS.actual)}))`;
  const toDate = (y: string) => source.between(`DATE(${y},1,1)`, toDateEndFormula(y, elapsed));
  return [
    [
      t('Win rate'),
      a.actuals.statusField ? `=IFERROR(${won}/COUNTIFS(${closed}),"")` : '=""',
      'percent',
      t('{status} of the deals closed in the year', { status: a.actuals.countedStatus || t('Counted') }),
    ],
    [
      t('Average deal'),
      `=IFERROR(SUMIFS(${source.amount},${inYear})/${won},"")`,
      'money',
      t('Amount of a {status} deal', { status: a.actuals.countedStatus || t('counted') }),
    ],
    [
      t('Sales cycle (days)'),
      created ? `=IFERROR((SUMIFS(${source.date},${inYear})-SUMIFS(${created},${inYear}))/${won},"")` : '=""',
      'decimal',
      created
        ? t('{dateField} − {createdField}, on average', { dateField: a.actuals.dateField, createdField: a.actuals.createdField ?? '' })
        : t('Choose a created-date field'),
    ],
    [
      t('Pipeline coverage'),
      `=IF(${toGo}<=0,"",${pipeline}/${toGo})`,
      'decimal',
      t('Open amount (no {dateField}) / target still to go', { dateField: a.actuals.dateField }),
    ],
    [
      t('Attainment to date'),
      `=IFERROR(SUM(${childRange(CHILD_COLUMNS.actual)})/SUM(${childRange(CHILD_COLUMNS.toDate)}),"")`,
      'percent',
      t('Actual / target to date, everyone'),
    ],
    [
      t('Growth on {value}', { value: a.year - 1 }),
      `=IFERROR(SUMIFS(${source.amount},${toDate(year)})/SUMIFS(${source.amount},${toDate(`(${year}-1)`)})-1,"")`,
      'percent',
      t('To date, against the same months'),
    ],
  ];
}

/** The big numbers across the top: a label, the number (large), what it counts. */
function placeKpis(sheet: SheetBuilder, a: SalesEvaluationAnswers, source: ActualsSource, ev: EvaluationCell): void {
  kpiCells(a, source, ev, sheet.t).forEach(([label, formula, format, note], col) => {
    sheet.text(D.kpiLabels, col, label);
    sheet.formula(D.kpis, col, formula);
    sheet.format(a1(D.kpis, col), format);
    sheet.text(D.kpiNotes, col, note);
  });
  sheet.style(rangeA1(D.kpiLabels, 0, D.kpiLabels, DASHBOARD_KPIS.length - 1), 'header');
  sheet.style(rangeA1(D.kpis, 0, D.kpis, DASHBOARD_KPIS.length - 1), 'title');
  sheet.style(rangeA1(D.kpiNotes, 0, D.kpiNotes, DASHBOARD_KPIS.length - 1), 'statement');
}

/** A block of chart data from `top` (section, header, rows), with its chart beside it. Returns the row after. */
function placeChartData(
  sheet: SheetBuilder,
  top: number,
  block: {
    title: string;
    header: string[];
    rows: TableCell[][];
    format: PlanFormat;
    chart: Omit<Parameters<SheetBuilder['chart']>[0], 'categories' | 'values' | 'anchor' | 'title'>;
  },
  chartAt: number,
): number {
  sheet.section(top, block.title);
  sheet.header(top + 1, 0, block.header);
  // Text (a month, a stage) is written as text, whatever it starts with; formulas are marked as such.
  block.rows.forEach((cells, i) =>
    cells.forEach((cell, c) =>
      typeof cell === 'string'
        ? sheet.text(top + 2 + i, c, cell)
        : cell !== null && typeof cell === 'object'
          ? sheet.formula(top + 2 + i, c, cell.formula)
          : null,
    ),
  );
  const [first, last] = [top + 2, top + 1 + Math.max(1, block.rows.length)];
  const width = block.header.length;
  sheet.format(rangeA1(first, 1, last, width - 1), block.format);
  sheet.chart({
    ...block.chart,
    title: block.title,
    categories: rangeA1(first, 0, last, 0),
    values: rangeA1(first, 1, last, width - 1),
    seriesNames: block.header.slice(1),
    anchor: a1(chartAt, D.chartColumn),
  });
  return last + 2;
}

/**
 * The Dashboard sheet: the KPIs over the actuals (win rate, average deal, sales cycle, pipeline
 * coverage, attainment, growth) as big numbers, and four charts that read blocks on the sheet, so
 * they follow edits: actual (columns) against target (a line) by month, attainment by child in its
 * status colour (stacked bars: a series per status), win rate by month, and the amount by status or
 * stage. It reads the Evaluation sheet (targets, statuses) and the actuals, in native formulas.
 *
 * @example
 * buildSalesDashboard(answers, source, 'Evaluation').name //=> 'Dashboard'
 */
export function buildSalesDashboard(
  a: SalesEvaluationAnswers,
  source: ActualsSource,
  evaluationSheet: string,
  t: Translate = translator('en'),
  name = t(DASHBOARD_SHEET),
): PlanSheet {
  const sheet = new SheetBuilder(name, t);
  const ev = evaluation(evaluationSheet);
  sheet.text(
    0,
    0,
    t('Sales dashboard {year}: {sheet}!{range} against the {evaluationSheet} sheet', {
      year: a.year,
      sheet: a.actuals.sheet,
      range: a.actuals.range,
      evaluationSheet,
    }),
  );
  sheet.style('A1', 'title');
  sheet.note(1, t('Every number reads the {evaluationSheet} sheet and the actuals: edit either and the dashboard follows.', { evaluationSheet }));
  placeKpis(sheet, a, source, ev);
  const year = ev(L.year, 1);
  const month = (m: number) => [`DATE(${year},${m + 1},1)`, `DATE(${year},${m + 2},1)`] as const;
  let top = placeChartData(
    sheet,
    D.months - 1,
    {
      title: a.pipeline ? t('Actual, target and weighted forecast by month') : t('Actual and target by month'),
      header: [t('Month'), t('Actual'), t('Target'), ...(a.pipeline ? [t('Weighted forecast')] : [])],
      format: 'money',
      chart: { kind: 'column', lines: [1], colours: ['0B5A3A', '57606A', '6E8FB5'] },
      rows: MONTHS.map((m, i) => [
        t(m),
        { formula: `=${ev(L.firstMonth + i, 2)}` },
        { formula: `=${ev(L.firstMonth + i, 1)}` },
        ...(a.pipeline ? [{ formula: `=${ev(L.firstMonth + i, FORECAST_COLUMNS.weighted)}` }] : []),
      ]),
    },
    D.months - 1,
  );
  const status = (s: string, i: number) => ({
    formula: `=IF(${ev(L.firstChild + i, CHILD_COLUMNS.rag)}=${formulaString(s)},${ev(L.firstChild + i, CHILD_COLUMNS.attainment)},"")`,
  });
  top = placeChartData(
    sheet,
    top,
    {
      title: t('Attainment to date by {childField}', { childField: a.actuals.childField }),
      header: [a.actuals.childField, t('Green'), t('Amber'), t('Red')],
      format: 'percent',
      chart: { kind: 'bar', stacked: true, colours: [STATUS_COLOURS.Green, STATUS_COLOURS.Amber, STATUS_COLOURS.Red], valueFormat: 'percent' },
      rows: a.children.map((_, i) => [
        { formula: `=${ev(L.firstChild + i, CHILD_COLUMNS.name)}` },
        status(t('Green'), i),
        status(t('Amber'), i),
        status(t('Red'), i),
      ]),
    },
    D.months - 1 + D.chartSpacing,
  );
  top = placeChartData(
    sheet,
    top,
    {
      title: t('Win rate by month'),
      header: [t('Month'), t('Win rate')],
      format: 'percent',
      chart: { kind: 'line', valueFormat: 'percent' },
      rows: MONTHS.map((m, i) => [t(m), { formula: `=IFERROR(COUNTIFS(${source.between(...month(i))})/COUNTIFS(${source.dates(...month(i))}),"")` }]),
    },
    D.months - 1 + 2 * D.chartSpacing,
  );
  const stageColumn = a.actuals.statusField ? source.column(a.actuals.statusField) : '';
  const inYear = source.dates(`DATE(${year},1,1)`, `DATE(${year}+1,1,1)`);
  placeChartData(
    sheet,
    top,
    {
      title: t('Amount by {field}: closed in the year, and open', { field: a.actuals.statusField || t('status') }),
      header: [a.actuals.statusField || t('Status'), t('Amount')],
      format: 'money',
      chart: { kind: 'column' },
      // Without a status field there are no statuses to chart (stale ones would read no column).
      rows: (a.actuals.statusField ? (a.stages ?? []) : []).map((s, i) => {
        const stage = exactCriterionOf(a1(top + 2 + i, 0));
        return [
          s,
          {
            formula: `=SUMIFS(${source.amount},${stageColumn},${stage},${inYear})+SUMIFS(${source.amount},${stageColumn},${stage})-SUMIFS(${source.amount},${stageColumn},${stage},${source.date},">=0")`,
          },
        ];
      }),
    },
    D.months - 1 + 3 * D.chartSpacing,
  );
  sheet.layout([150, 130, 130, 150, 150, 150], { rows: 0, columns: 0 });
  return sheet.build();
}
