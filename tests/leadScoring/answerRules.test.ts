/**
 * Each number answer of the lead scoring is ruled once (LEAD_SCORING_FIELDS): the pane's step check,
 * the restore of a saved state and the Lead scoring sheet's input rule agree at its bounds and past them.
 */
import { buildLeadScoring, LEAD_SCORING_LAYOUT, LEAD_SCORING_FIELDS, LeadDecayAnswers } from '../../core/plans/leadScoring';
import { LeadScoringState, initialState, presetRules, restoreState, validateStep } from '../../ui/leadScoring/leadScoringModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';

const fields = ['Lead', 'Source', 'Segment', 'Company size', 'Visits', 'Outcome', 'Last activity'];
const fresh = initialState();
const decay: LeadDecayAnswers = { group: 'Engagement', dateField: 'Last activity', method: 'linear', rate: 0.25, periodDays: 30, asOf: 46000 };
const ready: LeadScoringState = {
  ...fresh,
  step: 4,
  fields,
  answers: {
    ...fresh.answers,
    leadsSheet: 'Leads',
    leadsRange: 'A1:G4',
    labelField: 'Lead',
    outcomeField: 'Outcome',
    rules: presetRules('fitEngagement', fields),
    decay,
    routing: { areaField: 'Segment', from: 'Hot', reps: [{ name: 'Kelly', area: 'Corporate', capacity: 20 }] },
  },
};
const LEAD_SCORING: RuledWizard<LeadScoringState> = {
  fields: LEAD_SCORING_FIELDS,
  // Warm stays at or below hot, so that only the rule probed speaks.
  puts: {
    warmFrom: (a, v) => ({ ...a, warmFrom: v as number, hotFrom: 1e9 }),
    hotFrom: (a, v) => ({ ...a, warmFrom: 0, hotFrom: v as number }),
  },
  ready,
  validateStep,
  restoreState,
  build: (state) => buildLeadScoring(state.answers),
  checkRow: LEAD_SCORING_LAYOUT.check,
};

describe("the lead scoring's number answers, each ruled once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(LEAD_SCORING_FIELDS, initialState().answers)).toEqual([]);
  });

  it('declares each field where the answers hold a number', () => {
    expect(misplacedFields(LEAD_SCORING)).toEqual([]);
  });

  it.each(ruleCases(LEAD_SCORING))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(LEAD_SCORING, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(LEAD_SCORING, { 'rules.*.value': 'a typed value that is not a finite number stays text (ruleValue)' })).toEqual([]);
  });
});
