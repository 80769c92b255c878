/**
 * Each number answer of the lead scoring is ruled once (LEAD_SCORING_RULES): the pane's step check,
 * the restore of a saved state and the Lead scoring sheet's input rule agree at its bounds and past them.
 */
import { buildLeadScoring, LEAD_SCORING_RULES, LeadDecayAnswers, LeadScoringAnswers } from '../../core/plans/leadScoring';
import { LeadScoringState, initialState, presetRules, restoreState, validateStep } from '../../ui/leadScoring/leadScoringModel';
import { RuledField, RuledWizard, ruleCases, ruleDisagreements } from '../harness/answerRules';

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
  },
};
const band = (key: 'maxScore' | 'warmFrom' | 'hotFrom'): RuledField<LeadScoringState> => ({
  step: 3,
  error: 'bands',
  onSheet: true,
  // Warm stays at or below hot, so that only the rule probed speaks.
  put: (s, v) => ({
    ...s,
    answers: {
      ...s.answers,
      warmFrom: key === 'hotFrom' ? 0 : s.answers.warmFrom,
      hotFrom: key === 'warmFrom' ? 1e9 : s.answers.hotFrom,
      [key]: v,
    } as LeadScoringAnswers,
  }),
});
const inDecay = (key: 'rate' | 'periodDays', error: string): RuledField<LeadScoringState> => ({
  step: 2,
  error,
  onSheet: true,
  put: (s, v) => ({ ...s, answers: { ...s.answers, decay: { ...decay, [key]: v } as LeadDecayAnswers } }),
});

const LEAD_SCORING: RuledWizard<LeadScoringState> = {
  rules: LEAD_SCORING_RULES,
  fields: {
    maxScore: band('maxScore'),
    warmFrom: band('warmFrom'),
    hotFrom: band('hotFrom'),
    decayRate: inDecay('rate', 'decayRate'),
    decayPeriod: inDecay('periodDays', 'decayPeriod'),
  },
  ready,
  validateStep,
  restoreState,
  build: (state) => buildLeadScoring(state.answers),
};

describe("the lead scoring's number answers, each ruled once", () => {
  it.each(ruleCases(LEAD_SCORING))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(LEAD_SCORING, name, value)).toEqual([]);
  });
});
