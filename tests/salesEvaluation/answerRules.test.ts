/**
 * Each number answer of the evaluation is ruled once (EVALUATION_FIELDS): the pane's step check, the
 * restore of a saved state and the Evaluation sheet's input rule agree at its bounds and just past them.
 */
import { CellValue } from '../../core/kit/cells';
import { buildSalesEvaluation, EVALUATION_LAYOUT, EVALUATION_FIELDS } from '../../core/plans/salesEvaluation';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import {
  SalesEvaluationState,
  initialState,
  readActuals,
  restoreState,
  targetsFromLastYear,
  validateStep,
} from '../../ui/salesEvaluation/salesEvaluationModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';

const table = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const fields = table[0].map(String);
const fresh = initialState();
const read = { ...fresh.answers, ...readActuals(table, 'Opportunities', `A1:K${table.length}`) };
const ready: SalesEvaluationState = { ...fresh, step: 2, fields, answers: { ...read, children: targetsFromLastYear(read, table, 0.1) } };
const EVALUATION: RuledWizard<SalesEvaluationState> = {
  fields: EVALUATION_FIELDS,
  // Amber stays at or below green whichever is probed.
  puts: {
    amberFrom: (a, v) => ({ ...a, amberFrom: v as number, greenFrom: Math.max(1, (v as number) + 1) }),
    greenFrom: (a, v) => ({ ...a, amberFrom: 0, greenFrom: v as number }),
  },
  ready,
  validateStep,
  restoreState: (saved) => restoreState(saved),
  build: (state) => buildSalesEvaluation(state.answers, fields),
  checkRow: EVALUATION_LAYOUT.check,
};

describe("the evaluation's number answers, each ruled once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(EVALUATION_FIELDS, initialState().answers)).toEqual([]);
  });

  it('declares each field where the answers hold a number', () => {
    expect(misplacedFields(EVALUATION)).toEqual([]);
  });

  it.each(ruleCases(EVALUATION))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(EVALUATION, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(EVALUATION)).toEqual([]);
  });
});
