import { CellValue } from '../../core/kit/cells';
import { SAMPLE_OPPORTUNITIES, SAMPLE_PIPELINE } from '../../preview/src/sample';
import { PipelineAnswers } from '../../core/plans/salesEvaluation';
import {
  initialState,
  readActuals,
  readPipeline,
  restoreState,
  stagesAsText,
  targetsFromLastYear,
  targetsFromPlan,
  typedStages,
  validateStep,
  withActualsField,
  withProbabilityFrom,
} from './salesEvaluationModel';
import { setUiLanguage } from '../i18n';
import '../../core/kit/i18n/catalogues';

const table = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];

describe("the evaluation wizard's answers", () => {
  it("finds the sample's close date, amount, owner, counted status, product and quantity, and the latest year", () => {
    const read = readActuals(table, 'Opportunities', 'A1:K201');
    expect(read.actuals).toMatchObject({
      dateField: 'Closed',
      amountField: 'Amount',
      childField: 'Owner',
      statusField: 'Outcome',
      countedStatus: 'Won',
      createdField: 'Created',
      productField: 'Product',
      quantityField: 'Quantity',
    });
    expect(read.year).toBe(2017);
    expect(read.monthsElapsed).toBeGreaterThan(11);
    expect(read.stages).toEqual(['Won', 'Lost', 'Open']);
    expect(read.products).toEqual(expect.arrayContaining(['Furniture', 'Office Supplies', 'Technology']));
  });

  it('lists the statuses and products of the fields chosen, and none once a field is (none)', () => {
    const read = { ...initialState(), fields: table[0].map(String), answers: { ...initialState().answers, ...readActuals(table, 'Opportunities', 'A1:K201') } };
    const noStatus = withActualsField(read, 'statusField', '', table);
    expect(noStatus.answers.stages).toEqual([]);
    expect(withActualsField(noStatus, 'statusField', 'Outcome', table).answers).toMatchObject({
      stages: ['Won', 'Lost', 'Open'],
      actuals: { countedStatus: 'Won' },
    });
    expect(withActualsField(read, 'productField', '', table).answers.products).toEqual([]);
  });

  it('refuses a restored field the actuals no longer have, in words', () => {
    const read = { ...initialState(), fields: table[0].map(String), answers: { ...initialState().answers, ...readActuals(table, 'Opportunities', 'A1:K201') } };
    const stale = { ...read, answers: { ...read.answers, actuals: { ...read.answers.actuals, productField: 'Category' } } };
    expect(validateStep(stale)).toEqual({ actualFields: 'The actuals have no field "Category": choose one of their fields, or (none).' });
  });

  it("sets targets at last year's counted actuals by month plus growth", () => {
    const a = { ...initialState().answers, ...readActuals(table, 'Opportunities', 'A1:K201') };
    const children = targetsFromLastYear(a, table, 0.1);
    expect(children.map((c) => c.name).sort()).toEqual(['Anna Andreadi', 'Cassandra Brandow', 'Chuck Magee', 'Kelly Williamson']);
    const won2016 = table
      .slice(1)
      .filter((r) => r[5] === 'Won' && typeof r[8] === 'number' && r[8] >= 42370 && r[8] < 42736)
      .reduce((s, r) => s + (r[6] as number), 0);
    const total = children.reduce((s, c) => s + c.targets.reduce((x, t) => x + t, 0), 0);
    expect(Math.abs(total - won2016 * 1.1)).toBeLessThanOrEqual(48);
  });

  it("reads targets from a plan sheet's rows as references to its month cells, skipping the total", () => {
    const values = [
      ['Child', 'Driver', 'Lock', 'Target', 'Jan', 'Feb'],
      ['East', 1, null, 300, 100, 200],
      ['Total', null, null, 300, 100, 200],
    ];
    const children = targetsFromPlan({ sheet: "Bob's plan", address: 'A11:F13', values });
    expect(children).toEqual([
      {
        name: 'East',
        targets: [100, 200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        targetCells: ["'Bob''s plan'!$E$12", "'Bob''s plan'!$F$12", null, null, null, null, null, null, null, null, null, null],
      },
    ]);
    expect(
      targetsFromPlan({
        address: 'A1:B2',
        values: [
          ['Name', 'Amount'],
          ['x', 1],
        ],
      }),
    ).toMatch(/^Select the plan's rows/);
  });

  it('checks the actuals and the targets in order, and restores only whole saved answers', () => {
    const fresh = initialState();
    expect(validateStep(fresh)).toHaveProperty('actuals');
    expect(validateStep({ ...fresh, step: 1 })).toHaveProperty('targets');
    expect(restoreState('{').message).toMatch(/damaged/);
    const bad = { ...fresh, answers: { ...fresh.answers, children: [{ name: 'x', targets: [1], targetCells: ['=HYPERLINK("x")'] }] } };
    expect(restoreState(JSON.stringify(bad)).message).toBeDefined();
  });
});

describe('targets from a plan built in another language', () => {
  afterEach(() => setUiLanguage('en'));

  it('reads the month columns and skips the total row of a Vietnamese plan, with the pane in Vietnamese', () => {
    setUiLanguage('vi');
    const values = [
      ['Khu vực', 'Động lực', 'Khóa', 'Mục tiêu năm', 'Th1', 'Th2'],
      ['Bắc', 1, null, 2400, 200, 210],
      ['Tổng', null, null, 2400, 200, 210],
    ];
    const children = targetsFromPlan({ sheet: 'Kế hoạch doanh số 2027', address: 'A27:F29', values });
    expect(children).toEqual([expect.objectContaining({ name: 'Bắc', targets: [200, 210, ...Array(10).fill(0)] })]);
  });
});

describe("the open pipeline's probabilities from each deal's stage", () => {
  const pipeline = [SAMPLE_PIPELINE.header, ...SAMPLE_PIPELINE.rows] as CellValue[][];
  const withoutProbability = pipeline.map((row) => row.filter((_, i) => i !== 6));
  const at = (p: PipelineAnswers) => {
    const state = {
      ...initialState(),
      fields: table[0].map(String),
      answers: { ...initialState().answers, ...readActuals(table, 'Opportunities', 'A1:K201'), pipeline: p },
    };
    return validateStep(state);
  };

  it('reads a table without a probability field by its stages, the standard ones given their probability and the others left to type', () => {
    const read = readPipeline(withoutProbability, 'Pipeline', 'A1:H42');
    expect(read).toMatchObject({ probabilityField: '', stageField: 'Stage' });
    expect(read.stages?.map((s) => [s.name, s.probability])).toEqual([
      ['Prospecting', 0.1],
      ['Qualification', 0.1],
      ['Proposal', Number.NaN],
      ['Negotiation', Number.NaN],
    ]);
    expect(at(read)).toEqual({ stages: 'The probability of "Proposal" must be from 0% to 100% (type 40% or 0.4).' });
  });

  it('reads the stage table typed a line each, and says it back the same way', () => {
    const typed = 'Prospecting: 10%\nQualification: 0.25\nProposal: 50%\nNegotiation: 75%';
    const stages = typedStages(typed);
    expect(stages).toEqual([
      { name: 'Prospecting', probability: 0.1 },
      { name: 'Qualification', probability: 0.25 },
      { name: 'Proposal', probability: 0.5 },
      { name: 'Negotiation', probability: 0.75 },
    ]);
    expect(stagesAsText(stages)).toBe('Prospecting: 10%\nQualification: 25%\nProposal: 50%\nNegotiation: 75%');
    expect(at({ ...readPipeline(withoutProbability, 'Pipeline', 'A1:H42'), stages })).toEqual({});
  });

  it('refuses a stage listed twice, one without a name, and a probability past 100%', () => {
    const read = readPipeline(withoutProbability, 'Pipeline', 'A1:H42');
    expect(at({ ...read, stages: typedStages('Won: 100%\nwon: 1') })).toEqual({ stages: '"won" is listed twice: keep one line a stage.' });
    expect(at({ ...read, stages: typedStages(': 40%') })).toEqual({ stages: 'Give each stage its probability, a line each: "Proposal: 50%".' });
    expect(at({ ...read, stages: typedStages('Proposal: 140%') })).toEqual({
      stages: 'The probability of "Proposal" must be from 0% to 100% (type 40% or 0.4).',
    });
  });

  it('switches between a probability field and the stage table, and keeps the stage table through a save and restore', () => {
    const read = readPipeline(pipeline, 'Pipeline', 'A1:I42');
    expect(read).toMatchObject({ probabilityField: 'Probability' });
    expect(read.stageField).toBeUndefined();
    const staged = {
      ...withProbabilityFrom(read, 'stage', pipeline),
      stages: typedStages('Prospecting: 10%\nQualification: 25%\nProposal: 50%\nNegotiation: 75%'),
    };
    expect(staged).toMatchObject({ probabilityField: '', stageField: 'Stage' });
    expect(withProbabilityFrom(staged, 'field')).toMatchObject({ probabilityField: 'Probability' });
    expect(withProbabilityFrom(staged, 'field').stages).toBeUndefined();
    const saved = {
      ...initialState(),
      fields: table[0].map(String),
      answers: { ...initialState().answers, ...readActuals(table, 'Opportunities', 'A1:K201'), pipeline: staged },
    };
    expect(restoreState(JSON.stringify(saved)).state.answers.pipeline).toEqual(staged);
  });
});
