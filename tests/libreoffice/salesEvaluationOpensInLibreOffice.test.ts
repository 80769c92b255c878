/**
 * The Evaluation sheet (and its Dashboard), downloaded with the sample opportunities beside it and recalculated in
 * LibreOffice Calc: months' actuals (SUMIFS with ">="&DATE criteria), each owner's target to date,
 * actual, status and forecast, the shortfalls, and the open pipeline's forecast by month (the sample
 * Pipeline sheet beside it: SUMPRODUCT over dates and probabilities, SUMIFS per category) equal core's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook, Worksheet } from 'exceljs';
import { CellValue } from '../../core/kit/cells';
import {
  CHILD_COLUMNS as C,
  EVALUATION_LAYOUT as L,
  buildSalesEvaluation,
  DASHBOARD_LAYOUT as D,
  dashboardNumbers,
  pvmNumbers,
  SalesEvaluationAnswers,
  evaluationNumbers,
  FORECAST_COLUMNS as F,
  forecastNumbers,
  ACCURACY_ROWS,
} from '../../core/plans/salesEvaluation';
import { forecastAccuracy } from '../../core/functions/forecast';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { OPPORTUNITIES_SHEET, PIPELINE_SHEET } from '../../preview/src/previewSheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { PIPELINE, SAMPLE_PIPELINE_ANSWERS } from '../harness/pipelineSample';
import { renamePlanSheets } from '../../core/kit/sheet';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';
import { sampleDealsRead } from '../harness/sampleTables';

const ACTUALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const owners = ['Kelly Williamson', 'Anna Andreadi', 'Chuck Magee', 'Cassandra Brandow'];
const answers: SalesEvaluationAnswers = {
  actuals: { ...sampleDealsRead(`A1:K${ACTUALS.length}`, 'Owner'), createdField: 'Created', productField: 'Product', quantityField: 'Quantity' },
  year: 2017,
  monthsElapsed: 9.5,
  amberFrom: 0.95,
  greenFrom: 1,
  products: ['Furniture', 'Office Supplies', 'Technology'],
  stages: ['Won', 'Lost', 'Open'],
  children: owners.map((name, i) => ({ name, targets: Array.from({ length: 12 }, (_, m) => 150 + 40 * i + 10 * m) })),
  pipeline: SAMPLE_PIPELINE_ANSWERS,
};

/** The same plan with each deal's probability from its stage, by a stage table (the sample's probabilities are its stages'). */
const STAGES = [
  { name: 'Prospecting', probability: 0.1 },
  { name: 'Qualification', probability: 0.3 },
  { name: 'Proposal', probability: 0.5 },
  { name: 'Negotiation', probability: 0.8 },
];
const byStage: SalesEvaluationAnswers = {
  ...answers,
  year: 2018,
  pipeline: { ...SAMPLE_PIPELINE_ANSWERS, probabilityField: '', stageField: 'Stage', stages: STAGES },
};

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;
const AS_MADE = [300, 200, 0, 1200, 650];

describeWithLibreOffice('the Evaluation sheet, recalculated in LibreOffice Calc', () => {
  let sheet: Worksheet;
  let dashboard: Worksheet;
  let staged: Worksheet;
  const [plan, dashboardPlan] = buildSalesEvaluation(answers, ACTUALS[0].map(String)).sheets;
  const [stagePlan] = renamePlanSheets({ sheets: [buildSalesEvaluation(byStage, ACTUALS[0].map(String)).sheets[0]] }, ['Evaluation by stage']).sheets;
  const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
  const at = (row: number, col: number) => shown(sheet.getRow(row + 1).getCell(col + 1));
  const n = evaluationNumbers(answers, ACTUALS);

  beforeAll(async () => {
    const hf = createWorkbook([OPPORTUNITIES_SHEET, PIPELINE_SHEET]);
    for (const p of [plan, dashboardPlan, stagePlan]) hf.addSheet(p.name);
    for (const p of [plan, dashboardPlan, stagePlan]) hf.setSheetContent(hf.getSheetId(p.name)!, hyperFormulaContent(p));
    // Forecasts as made for the first months, as a manager types them month by month.
    AS_MADE.forEach((f, m) => hf.setCellContents({ sheet: hf.getSheetId(plan.name)!, row: L.firstMonth + m, col: F.asMade }, f));
    const file = join(mkdtempSync(join(tmpdir(), 'evaluation-')), 'evaluation.xlsx');
    writeFileSync(
      file,
      await writeXlsx(
        snapshotWorkbook(hf, [
          OPPORTUNITIES_SHEET,
          PIPELINE_SHEET,
          previewSheetOfPlan(plan, plan.name),
          previewSheetOfPlan(dashboardPlan, dashboardPlan.name),
          previewSheetOfPlan(stagePlan, stagePlan.name),
        ]),
      ),
    );
    const [recalculated] = recalculateInLibreOffice([file]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculated);
    sheet = workbook.getWorksheet('Evaluation')!;
    dashboard = workbook.getWorksheet('Dashboard')!;
    staged = workbook.getWorksheet('Evaluation by stage')!;
  }, 240_000);

  it("weighs each open deal by its stage's probability in the stage table as core does, month by month", () => {
    const months = forecastNumbers(byStage, PIPELINE, n.byMonth);
    if (!Array.isArray(months)) throw new Error(months.message);
    const got = months.map((_, i) => shown(staged.getRow(L.firstMonth + i + 1).getCell(F.weighted + 1)));
    expect(months.filter((m) => m.weighted > 0).length).toBeGreaterThanOrEqual(2);
    expect(got.map((v, i) => typeof v === 'number' && Math.abs(v - months[i].weighted) <= 1e-6 * Math.max(1, months[i].weighted))).toEqual(
      months.map(() => true),
    );
  });

  it("gives each month's actual and each owner's standing as core does", () => {
    const close = (got: unknown, want: number) => typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
    expect(n.byMonth.every((m, i) => close(at(L.firstMonth + i, 2), m.actual))).toBe(true);
    const off = n.byChild.flatMap((c, i) => {
      const row = L.firstChild + i;
      const ok =
        close(at(row, C.toDate), c.targetToDate) &&
        close(at(row, C.actual), c.actual) &&
        at(row, C.rag) === c.rag &&
        (c.forecast === undefined || close(at(row, C.forecast), c.forecast));
      return ok ? [] : [`${c.name}: LibreOffice ${JSON.stringify([at(row, C.toDate), at(row, C.actual), at(row, C.rag), at(row, C.forecast)])}`];
    });
    expect(off).toEqual([]);
  });

  it("lists the shortfalls in core's order", () => {
    const top = plan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === '#') + 1;
    expect(n.shortfalls.map((_, k) => at(top + k, 1))).toEqual(n.shortfalls.map((s) => s.name));
  });

  it("gives the price-volume-mix split and the dashboard's KPIs as core does", () => {
    const close = (got: unknown, want: number | '') =>
      want === '' ? got === '' : typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
    const { split } = pvmNumbers(answers, ACTUALS);
    const splitTop = plan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Volume');
    expect(
      [split.volume, split.mix, split.price, split.total].map(
        (want, k) => close(at(splitTop + k, 1), want) || `${k}: LibreOffice ${JSON.stringify(at(splitTop + k, 1))}, core ${want}`,
      ),
    ).toEqual([true, true, true, true]);
    const d = dashboardNumbers(answers, ACTUALS, n);
    const kpis = [d.winRate, d.averageDeal, d.cycleDays, d.pipelineCoverage, d.attainment, d.growth];
    const got = kpis.map((_, col) => shown(dashboard.getRow(D.kpis + 1).getCell(col + 1)));
    expect(kpis.map((want, col) => close(got[col], want) || `${col}: LibreOffice ${JSON.stringify(got[col])}, core ${want}`)).toEqual(kpis.map(() => true));
  });

  it("gives the open pipeline's forecast by month, still to go, the gap and each category as core does", () => {
    const months = forecastNumbers(answers, PIPELINE, n.byMonth);
    if (!Array.isArray(months)) throw new Error(months.message);
    expect(months.some((m) => m.weighted > 0)).toBe(true);
    const close = (got: unknown, want: number) => typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
    const off = months.flatMap((m, i) => {
      const row = L.firstMonth + i;
      const wanted: [number, number][] = [
        [F.weighted, m.weighted],
        [F.toGo, m.toGo],
        [F.gap, m.gap],
        ...m.categories.map((v, c): [number, number] => [F.firstCategory + c, v]),
      ];
      return wanted
        .filter(([col, want]) => !close(at(row, col), want))
        .map(([col, want]) => `month ${i + 1}, column ${col}: LibreOffice ${JSON.stringify(at(row, col))}, core ${want}`);
    });
    expect(off).toEqual([]);
    expect(at(L.firstMonth + 13, F.weighted)).toMatch(/^\d+ open deals close in other years and are not above \(weighted [\d,]+\)\.$/);
  });

  it('measures the forecasts as made over the months gone by as FORECASTACCURACY does', () => {
    const pairs = AS_MADE.map((f, m): [number, number] => [f, n.byMonth[m].actual]);
    for (const measure of ['wape', 'mape', 'bias'] as const) {
      const want = forecastAccuracy(pairs, measure);
      if (typeof want !== 'number') throw new Error(`core cannot measure ${measure}`);
      expect([measure, at(L.firstMonth + 11 + ACCURACY_ROWS[measure], F.accuracy)]).toEqual([measure, expect.closeTo(want, 9)]);
    }
  });
});
