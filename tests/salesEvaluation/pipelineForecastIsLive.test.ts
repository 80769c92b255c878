/**
 * The Evaluation sheet's forecast block (native formulas over the user's Pipeline sheet) gives what
 * PIPEFORECAST gives for the year's months, beside the target still to go and the gap, and follows
 * an edit of a deal's probability, close date or category, and of a month's target; the Dashboard
 * charts the forecast beside actual and target; the check says when a probability cannot be one.
 */
import { CellValue } from '../../core/kit/cells';
import {
  EVALUATION_LAYOUT as L,
  FORECAST_COLUMNS as F,
  CHILD_COLUMNS as C,
  DASHBOARD_LAYOUT as D,
  buildSalesEvaluation,
  evaluationNumbers,
  forecastNumbers,
  SalesEvaluationAnswers,
  ACCURACY_ROWS,
  STAGE_COLUMNS,
} from '../../core/plans/salesEvaluation';
import { forecastAccuracy } from '../../core/functions/forecast';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { PIPELINE, PIPELINE_CATEGORIES, SAMPLE_PIPELINE_ANSWERS } from '../harness/pipelineSample';
import { Expected, loadPlanSheet, mismatches } from '../harness/liveness';
import { sampleDealsRead } from '../harness/sampleTables';

const ACTUALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const col = (field: string) => PIPELINE[0].indexOf(field);
const owners = ['Kelly Williamson', 'Anna Andreadi', 'Chuck Magee', 'Cassandra Brandow'];
const CATEGORIES = PIPELINE_CATEGORIES;
const answers: SalesEvaluationAnswers = {
  actuals: sampleDealsRead(`A1:I${ACTUALS.length}`, 'Owner'),
  year: 2018,
  monthsElapsed: 1.5,
  children: owners.map((name, i) => ({ name, targets: Array.from({ length: 12 }, (_, m) => 400 + 50 * i + 20 * m) })),
  amberFrom: 0.95,
  greenFrom: 1,
  pipeline: SAMPLE_PIPELINE_ANSWERS,
};
const build = (a: SalesEvaluationAnswers) => buildSalesEvaluation(a, ACTUALS[0].map(String));
const load = (a: SalesEvaluationAnswers, pipeline = PIPELINE) => loadPlanSheet(build(a), { Opportunities: ACTUALS, Pipeline: pipeline });

/** The block's cells as core computes them for these answers and this pipeline table. */
function expected(a: SalesEvaluationAnswers, pipeline = PIPELINE): Expected {
  const months = forecastNumbers(a, pipeline, evaluationNumbers(a, ACTUALS).byMonth);
  if (!Array.isArray(months)) throw new Error(months.message);
  return Object.fromEntries(
    months.flatMap((m, i) => [
      [a1(L.firstMonth + i, F.weighted), m.weighted],
      [a1(L.firstMonth + i, F.toGo), m.toGo],
      [a1(L.firstMonth + i, F.gap), m.gap],
      ...m.categories.map((v, c) => [a1(L.firstMonth + i, F.firstCategory + c), v]),
    ]),
  );
}

describe("the Evaluation sheet's forecast of the open pipeline", () => {
  it('gives each month the weighted forecast and every category as core does, beside the target still to go and the gap', () => {
    const sheet = load(answers);
    const months = forecastNumbers(answers, PIPELINE, evaluationNumbers(answers, ACTUALS).byMonth) as { weighted: number; gap: number }[];
    expect(months.filter((m) => m.weighted > 0).length).toBeGreaterThanOrEqual(4);
    expect(months.some((m) => m.gap > 0)).toBe(true);
    expect(mismatches(sheet.value, expected(answers))).toEqual([]);
    expect(sheet.value(a1(L.monthsHeader, F.firstCategory + 2))).toBe('Commit');
  });

  it('equals PIPEFORECAST over the same deals, month by month and category by category', () => {
    const sheet = load(answers);
    const n = PIPELINE.length;
    sheet.set('AD1', `=PIPEFORECAST(Pipeline!E2:E${n},Pipeline!H2:H${n},Pipeline!G2:G${n},Pipeline!I2:I${n},DATE(2018,1,1),12)`);
    const spilled = (row: number, c: number) => sheet.value(a1(row, 29 + c));
    expect([spilled(0, 2), spilled(0, 3), spilled(0, 4)]).toEqual(CATEGORIES);
    for (let m = 0; m < 12; m += 1) {
      expect(sheet.value(a1(L.firstMonth + m, F.weighted))).toBeCloseTo(spilled(1 + m, 1) as number, 6);
      CATEGORIES.forEach((_, c) => expect(sheet.value(a1(L.firstMonth + m, F.firstCategory + c))).toBeCloseTo(spilled(1 + m, 2 + c) as number, 6));
    }
  });

  it('follows an edit of a deal on the Pipeline sheet: its probability, its close date and its category', () => {
    const sheet = load(answers);
    const id = sheet.hf.getSheetId('Pipeline')!;
    const edited = PIPELINE.map((r) => [...r]);
    const type = (row: number, field: string, value: number | string) => {
      sheet.hf.setCellContents({ sheet: id, row, col: col(field) }, value);
      edited[row][col(field)] = value;
    };
    type(3, 'Probability', 90);
    type(5, 'Expected close', 43300);
    type(7, 'Forecast category', 'Commit');
    expect(mismatches(sheet.value, expected(answers, edited))).toEqual([]);
  });

  it("follows an edit of a month's target: still to go and the gap move, the forecast does not", () => {
    const sheet = load(answers);
    sheet.set(a1(L.firstChild, C.firstMonth + 3), 9000);
    const edit = { ...answers, children: answers.children.map((c, i) => (i === 0 ? { ...c, targets: c.targets.map((t, m) => (m === 3 ? 9000 : t)) } : c)) };
    expect(mismatches(sheet.value, expected(edit))).toEqual([]);
  });

  it('says in words how many open deals close in other years, and leaves them out', () => {
    const sheet = load({ ...answers, year: 2017 });
    const outside = PIPELINE.slice(1).filter((r) => (r[col('Expected close')] as number) >= 43101).length;
    expect(sheet.value(a1(L.firstMonth + 13, F.weighted))).toMatch(
      new RegExp(`^${outside} open deals close in other years and are not above \\(weighted [\\d,]+\\)\\.$`),
    );
    expect(mismatches(sheet.value, expected({ ...answers, year: 2017 }))).toEqual([]);
  });

  it('flags a probability that cannot be one in the check cell', () => {
    const sheet = load(answers);
    sheet.hf.setCellContents({ sheet: sheet.hf.getSheetId('Pipeline')!, row: 2, col: col('Probability') }, 150);
    expect(sheet.value('A3')).toBe('⚠ 1 open deals have a probability outside 0–100%: type it as 0.4 or 40.');
  });

  it('is charted on the Dashboard beside actual and target, month by month', () => {
    const sheet = load(answers);
    const [, dashboard] = build(answers).sheets;
    expect(dashboard.charts?.[0].seriesNames).toEqual(['Actual', 'Target', 'Weighted forecast']);
    for (let m = 0; m < 12; m += 1)
      expect(sheet.valueIn(dashboard.name, a1(D.months + 1 + m, 3))).toBeCloseTo(sheet.value(a1(L.firstMonth + m, F.weighted)) as number, 9);
  });

  it('is absent, with the dashboard as before, when no pipeline is given', () => {
    const { pipeline: _, ...without } = answers;
    const [evaluation, dashboard] = build(without).sheets;
    expect(evaluation.cells[L.monthsHeader]?.[F.weighted] ?? null).toBeNull();
    expect(dashboard.charts?.[0].seriesNames).toEqual(['Actual', 'Target']);
  });

  it('measures the forecasts as made against the actuals of the months gone by, as FORECASTACCURACY does', () => {
    // 2017: a year the sample's deals have actuals in.
    const sheet = load({ ...answers, year: 2017 });
    const last = L.firstMonth + 11;
    const accuracy = (measure: keyof typeof ACCURACY_ROWS) => sheet.value(a1(last + ACCURACY_ROWS[measure], F.accuracy));
    // Blank until a forecast as made is typed.
    expect((['wape', 'mape', 'bias'] as const).map(accuracy)).toEqual(['', '', '']);
    sheet.set(a1(L.elapsed, 1), 6);
    const typed = [500, 0, 2400, 800, 1000];
    typed.forEach((f, m) => sheet.set(a1(L.firstMonth + m, F.asMade), f));
    // A month still to come does not count, whatever is typed for it.
    sheet.set(a1(L.firstMonth + 9, F.asMade), 99_999);
    const actual = (m: number) => sheet.value(a1(L.firstMonth + m, 2)) as number;
    const pairs = typed.map((f, m): [number, number] => [f, actual(m)]);
    for (const measure of ['wape', 'mape', 'bias'] as const) {
      const want = forecastAccuracy(pairs, measure);
      if (typeof want !== 'number') throw new Error(`core cannot measure ${measure}`);
      expect([measure, accuracy(measure)]).toEqual([measure, expect.closeTo(want, 9)]);
    }
  });
});

describe("the Evaluation sheet's forecast weighted by each deal's stage", () => {
  const stages = [
    { name: 'Prospecting', probability: 0.1 },
    { name: 'Qualification', probability: 0.25 },
    { name: 'Proposal', probability: 0.5 },
    { name: 'Negotiation', probability: 0.75 },
  ];
  const byStage: SalesEvaluationAnswers = { ...answers, pipeline: { ...SAMPLE_PIPELINE_ANSWERS, probabilityField: '', stageField: 'Stage', stages } };
  const S = STAGE_COLUMNS;
  const n = PIPELINE.length;

  it('gives each month what the probability field gives, the sample’s probabilities being its stages’', () => {
    const sheet = load(byStage);
    expect(mismatches(sheet.value, expected(byStage))).toEqual([]);
    expect(mismatches(sheet.value, expected(answers))).toEqual([]);
    expect(sheet.value(a1(L.monthsHeader, S.name))).toBe('Stage');
    expect(sheet.value('A3')).not.toMatch(/stage|probabilit/);
  });

  it('adds up, with the deals of other years, to WEIGHTEDPIPE over the same stage table', () => {
    const sheet = load({ ...byStage, year: 2017 });
    const table = `${a1(L.firstMonth, S.name)}:${a1(L.firstMonth + stages.length - 1, S.probability)}`;
    sheet.set('AZ1', `=WEIGHTEDPIPE(Pipeline!E2:E${n},Pipeline!F2:F${n},${table})`);
    const months = Array.from({ length: 12 }, (_, m) => sheet.value(a1(L.firstMonth + m, F.weighted)) as number).reduce((x, y) => x + y, 0);
    const others = stages.reduce((sum, _, i) => sum + stages[i].probability * (sheet.value(a1(L.firstMonth + i, S.otherYears)) as number), 0);
    expect(months + others).toBeCloseTo(sheet.value('AZ1') as number, 6);
    expect(others).toBeGreaterThan(0);
  });

  it('follows a stage’s probability retyped on the sheet, and a deal moved to another stage', () => {
    const sheet = load(byStage);
    sheet.set(a1(L.firstMonth + 1, S.probability), 0.4);
    const edited = PIPELINE.map((r) => [...r]);
    sheet.hf.setCellContents({ sheet: sheet.hf.getSheetId('Pipeline')!, row: 4, col: col('Stage') }, 'Negotiation');
    edited[4][col('Stage')] = 'Negotiation';
    const retyped = { ...byStage, pipeline: { ...byStage.pipeline!, stages: stages.map((s, i) => (i === 1 ? { ...s, probability: 0.4 } : s)) } };
    expect(mismatches(sheet.value, expected(retyped, edited))).toEqual([]);
  });

  it('counts the deals of a stage the table does not list in the check, and weighs them nothing, as core does', () => {
    const without = { ...byStage, pipeline: { ...byStage.pipeline!, stages: stages.slice(0, 3) } };
    const sheet = load(without);
    const missing = PIPELINE.slice(1).filter((r) => r[col('Stage')] === 'Negotiation').length;
    expect(sheet.value('A3')).toBe(
      `⚠ ${missing} open deals have a stage the stage table does not list: they weigh nothing until you add it with its probability.`,
    );
    expect(mismatches(sheet.value, expected(without))).toEqual([]);
  });

  it('flags a stage listed twice, and a probability past 100%', () => {
    const sheet = load(byStage);
    sheet.set(a1(L.firstMonth + 3, S.name), 'proposal');
    expect(sheet.value('A3')).toBe('⚠ A stage is listed twice in the stage table: its deals would count twice. Keep one row a stage.');
    sheet.set(a1(L.firstMonth + 3, S.name), 'Negotiation');
    sheet.set(a1(L.firstMonth, S.probability), 1.5);
    expect(sheet.value('A3')).toMatch(/^⚠ AG12:AG15: A stage's probability/);
  });
});
