/**
 * Each number answer of the goals is declared once (GOALS_FIELDS): the pane's step check, the restore
 * of a saved state, the Goals sheet's input rule and its check cell agree at its bounds and past them.
 */
import { GOALS_FIELDS, GOALS_LAYOUT, buildGoals } from '../../core/plans/goals';
import { GoalsState, initialState, restoreState, validateStep } from '../../ui/goals/goalsModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';

const fresh = initialState(new Date(Date.UTC(2027, 2, 1)));
const ready: GoalsState = {
  step: 3,
  answers: {
    ...fresh.answers,
    goals: [
      { name: 'Reduce CAC 15%', measure: 'typed', owner: 'Ana', baseline: 200, change: -0.15, kind: 'percent', start: 46388, deadline: 46752, actual: 190 },
    ],
  },
};

const GOALS: RuledWizard<GoalsState> = {
  fields: GOALS_FIELDS,
  // A deadline probed keeps its start a day before it, so that only the rule probed speaks.
  puts: {
    deadline: (a, v) => ({ ...a, goals: a.goals.map((g) => ({ ...g, deadline: v as number, start: (v as number) - 1 })) }),
    amberFrom: (a, v) => ({ ...a, amberFrom: v as number, greenFrom: Math.max(v ?? 0, 1) }),
    greenFrom: (a, v) => ({ ...a, amberFrom: 0, greenFrom: v as number }),
  },
  ready,
  validateStep,
  restoreState,
  build: (state) => buildGoals(state.answers),
  checkRow: GOALS_LAYOUT.check,
};

describe("the goals' number answers, each declared once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(GOALS_FIELDS, initialState().answers)).toEqual([]);
  });

  it('declares each field where the answers hold a number', () => {
    expect(misplacedFields(GOALS)).toEqual([]);
  });

  it.each(ruleCases(GOALS))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(GOALS, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(GOALS)).toEqual([]);
  });
});
