/**
 * Each number answer of the evaluation is ruled once (EVALUATION_RULES): the pane's step check, the
 * restore of a saved state and the Evaluation sheet's input rule agree at its bounds and just past them.
 */
import { CellValue } from '../../core/kit/cells';
import { buildSalesEvaluation, EVALUATION_RULES, SalesEvaluationAnswers } from '../../core/plans/salesEvaluation';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import {
  SalesEvaluationState,
  initialState,
  readActuals,
  restoreState,
  targetsFromLastYear,
  validateStep,
} from '../../ui/salesEvaluation/salesEvaluationModel';
import { RuledField, RuledWizard, ruleCases, ruleDisagreements } from '../harness/answerRules';

const table = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const fields = table[0].map(String);
const fresh = initialState();
const read = { ...fresh.answers, ...readActuals(table, 'Opportunities', `A1:K${table.length}`) };
const ready: SalesEvaluationState = { ...fresh, step: 2, fields, answers: { ...read, children: targetsFromLastYear(read, table, 0.1) } };
const field = (error: string, key: keyof SalesEvaluationAnswers): RuledField<SalesEvaluationState> => ({
  step: 1,
  error,
  onSheet: true,
  put: (s, v) => ({ ...s, answers: { ...s.answers, [key]: v } }),
});

const EVALUATION: RuledWizard<SalesEvaluationState> = {
  rules: EVALUATION_RULES,
  fields: {
    year: field('year', 'year'),
    monthsElapsed: field('elapsed', 'monthsElapsed'),
    amberFrom: {
      ...field('cutOffs', 'amberFrom'),
      put: (s, v) => ({ ...s, answers: { ...s.answers, amberFrom: v as number, greenFrom: Math.max(1, (v as number) + 1) } }),
    },
    greenFrom: { ...field('cutOffs', 'greenFrom'), put: (s, v) => ({ ...s, answers: { ...s.answers, amberFrom: 0, greenFrom: v as number } }) },
  },
  ready,
  validateStep,
  restoreState: (saved) => restoreState(saved),
  build: (state) => buildSalesEvaluation(state.answers, fields),
};

describe("the evaluation's number answers, each ruled once", () => {
  it.each(ruleCases(EVALUATION))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(EVALUATION, name, value)).toEqual([]);
  });
});
