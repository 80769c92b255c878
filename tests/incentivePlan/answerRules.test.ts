/**
 * Each number answer of the incentive plan is declared once (INCENTIVE_PLAN_FIELDS): the pane's step
 * check, the restore of a saved state, the Incentive plan sheet's input rule and its check cell agree
 * at its bounds and just past them.
 */
import { CellValue } from '../../core/kit/cells';
import { INCENTIVE_LAYOUT, INCENTIVE_PLAN_FIELDS, buildIncentivePlan } from '../../core/plans/incentivePlan';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { IncentivePlanState, initialState, restoreState, validateStep } from '../../ui/incentivePlan/incentivePlanModel';
import { readActuals } from '../../ui/salesEvaluation/salesEvaluationModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';

const table = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows.slice(0, 40)] as CellValue[][];
const fields = table[0].map(String);
const fresh = initialState();
const ready: IncentivePlanState = {
  ...fresh,
  step: 5,
  fields,
  answers: {
    ...fresh.answers,
    gate: 0.5,
    actuals: readActuals(table, 'Opportunities', `A1:K${table.length}`).actuals,
    reps: [
      { name: 'Kelly Williamson', quota: 1500, quotaFormula: null, base: 2000, variable: 300 },
      { name: 'Anna Andreadi', quota: 5000, quotaFormula: null, base: 2100, variable: 600 },
    ],
  },
};

const INCENTIVE_PLAN: RuledWizard<IncentivePlanState> = {
  fields: INCENTIVE_PLAN_FIELDS,
  puts: {
    // The bands stay rising from 0 whichever bound is probed: the second band's.
    bandFrom: (a, v) => ({ ...a, bands: [a.bands[0], { ...a.bands[1], from: v as number }] }),
    quota: (a, v) => ({ ...a, reps: a.reps.map((r, i) => (i === 0 ? { ...r, quota: v as number } : r)) }),
  },
  ready,
  validateStep,
  restoreState,
  build: (state) => buildIncentivePlan(state.answers, fields),
  checkRow: INCENTIVE_LAYOUT.check,
};

describe("the incentive plan's number answers, each declared once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(INCENTIVE_PLAN_FIELDS, initialState().answers)).toEqual([]);
  });

  it('declares each field where the answers hold a number', () => {
    expect(misplacedFields(INCENTIVE_PLAN)).toEqual([]);
  });

  // A second band from 0 or below does not rise above the first: that rule (across the bands) speaks instead.
  const probed = ruleCases(INCENTIVE_PLAN).filter(([name, value]) => !(name === 'bandFrom' && value !== null && value <= 0));
  it.each(probed)('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(INCENTIVE_PLAN, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(INCENTIVE_PLAN)).toEqual([]);
  });
});
