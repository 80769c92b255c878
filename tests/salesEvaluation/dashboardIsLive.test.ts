/**
 * The Dashboard sheet: its KPIs (win rate, average deal, sales cycle, pipeline coverage, attainment,
 * growth) and the data its charts read (actual and target by month, attainment by region in its
 * status's column, win rate by month, amount by status) equal core's numbers, and follow an edit of
 * an actual on the user's sheet and of a target on the Evaluation sheet.
 */
import { CellValue } from '../../core/kit/cells';
import {
  DASHBOARD_LAYOUT as D,
  DASHBOARD_SHEET,
  CHILD_COLUMNS,
  EVALUATION_LAYOUT as L,
  buildSalesEvaluation,
  dashboardNumbers,
  SalesEvaluationAnswers,
  evaluationNumbers,
} from '../../core/plans/salesEvaluation';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { loadPlanSheet, mismatches } from '../harness/liveness';
import { sampleDealsRead } from '../harness/sampleTables';

const ACTUALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const regions = ['Central', 'East', 'South', 'West'];
const answers: SalesEvaluationAnswers = {
  actuals: { ...sampleDealsRead(`A1:K${ACTUALS.length}`, 'Region'), createdField: 'Created' },
  year: 2017,
  monthsElapsed: 11.5,
  stages: ['Won', 'Lost', 'Open'],
  children: regions.map((name, i) => ({ name, targets: Array.from({ length: 12 }, (_, m) => 300 + 150 * i + 20 * m) })),
  amberFrom: 0.95,
  greenFrom: 1,
};
const build = (a: SalesEvaluationAnswers) => buildSalesEvaluation(a, ACTUALS[0].map(String));
const rowOf = (a: SalesEvaluationAnswers, title: string) =>
  build(a).sheets[1].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text.startsWith(title)) + 2;

function expected(a: SalesEvaluationAnswers, table: CellValue[][]): Record<string, number | string> {
  const n = evaluationNumbers(a, table);
  const d = dashboardNumbers(a, table, n);
  const [children, winRates, stages] = [rowOf(a, 'Attainment to date by'), rowOf(a, 'Win rate by month'), rowOf(a, 'Amount by')];
  const kpis = [d.winRate, d.averageDeal, d.cycleDays, d.pipelineCoverage, d.attainment, d.growth];
  return {
    ...Object.fromEntries(kpis.map((v, col) => [a1(D.kpis, col), v])),
    ...Object.fromEntries(
      n.byMonth.flatMap((m, i) => [
        [a1(D.months + 1 + i, 1), m.actual],
        [a1(D.months + 1 + i, 2), m.target],
      ]),
    ),
    ...Object.fromEntries(
      n.byChild.flatMap((c, i) => ['Green', 'Amber', 'Red'].map((s, k) => [a1(children + i, 1 + k), c.rag === s ? c.actual / c.targetToDate : ''])),
    ),
    ...Object.fromEntries(d.winRateByMonth.map((v, m) => [a1(winRates + m, 1), v])),
    ...Object.fromEntries(d.amountByStage.map((v, i) => [a1(stages + i, 1), v])),
  };
}

describe('the Dashboard sheet', () => {
  it('shows the KPIs and chart data core computes over the sample opportunities', () => {
    const d = dashboardNumbers(answers, ACTUALS, evaluationNumbers(answers, ACTUALS));
    expect([d.winRate, d.averageDeal, d.cycleDays, d.pipelineCoverage, d.attainment, d.growth].every((v) => typeof v === 'number')).toBe(true);
    expect(d.pipeline).toBeGreaterThan(0);
    const plan = build(answers);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Evaluation', DASHBOARD_SHEET]);
    expect(plan.sheets[1].charts.map((c) => c.kind)).toEqual(['column', 'bar', 'line', 'column']);
    const sheet = loadPlanSheet(plan, { Opportunities: ACTUALS });
    expect(mismatches((c) => sheet.valueIn(DASHBOARD_SHEET, c), expected(answers, ACTUALS))).toEqual([]);
  });

  it("follows an actual edited on the user's sheet and a target edited on the Evaluation sheet", () => {
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    const row = ACTUALS.findIndex((r, i) => i > 0 && r[5] === 'Won' && typeof r[8] === 'number' && r[8] >= 42736 && r[3] === 'East');
    sheet.hf.setCellContents({ sheet: sheet.hf.getSheetId('Opportunities')!, row, col: 6 }, 50_000);
    const edited = ACTUALS.map((r, i) => (i === row ? r.map((v, c) => (c === 6 ? 50_000 : v)) : r));
    expect(mismatches((c) => sheet.valueIn(DASHBOARD_SHEET, c), expected(answers, edited))).toEqual([]);
    sheet.set(a1(L.firstChild, CHILD_COLUMNS.firstMonth), 9_000);
    const target = { ...answers, children: answers.children.map((c, i) => (i === 0 ? { ...c, targets: c.targets.map((t, m) => (m === 0 ? 9_000 : t)) } : c)) };
    expect(mismatches((c) => sheet.valueIn(DASHBOARD_SHEET, c), expected(target, edited))).toEqual([]);
  });
});

describe('the Dashboard without a status field', () => {
  it('charts no statuses, even ones a saved state still lists, and shows no error', () => {
    const noStatus = { ...answers, actuals: { ...answers.actuals, statusField: '', countedStatus: '' } };
    const plan = build(noStatus);
    const sheet = loadPlanSheet(plan, { Opportunities: ACTUALS });
    const dashboard = plan.sheets[1];
    const errors = dashboard.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        if (cell === null || !('formula' in cell)) return [];
        const value = sheet.valueIn(dashboard.name, a1(r, c));
        return typeof value === 'string' && value.startsWith('#') ? [`${a1(r, c)}: ${value}`] : [];
      }),
    );
    expect(errors).toEqual([]);
  });
});
