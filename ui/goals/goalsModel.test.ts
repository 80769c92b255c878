import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { CellValue } from '../../core/kit/cells';
import { GoalDeals, dealsKpi } from '../../core/plans/goals';
import { baselineScale, blankGoal, changeScale, initialState, presetGoal, restoreState, thisYear, validateStep } from './goalsModel';

const deals: GoalDeals = {
  sheet: 'Opportunities',
  range: 'A1:K201',
  fields: SAMPLE_OPPORTUNITIES.header as string[],
  outcomeField: 'Outcome',
  amountField: 'Amount',
  dateField: 'Closed',
};
const rows = SAMPLE_OPPORTUNITIES.rows as CellValue[][];

describe("the goals wizard's answers", () => {
  it('offers goals over the year of the latest deal, with a baseline from the year before it', () => {
    const winRate = presetGoal('winRate', deals, rows);
    expect([winRate.start, winRate.deadline]).toEqual([42736, 43100]);
    // 2016's win rate: the same measure over the same span just before the goal's start.
    expect(winRate.baseline).toBe(dealsKpi(deals, rows, 'winRate', 42736 - 364 - 1, 42735));
    expect(winRate).toMatchObject({ measure: 'winRate', kind: 'points', change: 0.05 });
    expect(presetGoal('cac', null, undefined)).toMatchObject({ measure: 'typed', baseline: 200, change: -0.15, kind: 'percent', ...thisYear() });
  });

  it('starts a goal typed from scratch over the same year as the ready-made ones', () => {
    expect(blankGoal(deals, rows)).toMatchObject({ name: '', measure: 'typed', baseline: 0, start: 42736, deadline: 43100 });
    expect(blankGoal(null, undefined)).toMatchObject({ start: thisYear().start, deadline: thisYear().deadline });
  });

  it('takes a change in percent, or in points of a rate, and as is in points of anything else', () => {
    expect(changeScale({ kind: 'percent', measure: 'dealsWon' })).toBe(100);
    expect(changeScale({ kind: 'points', measure: 'winRate' })).toBe(100);
    expect(changeScale({ kind: 'points', measure: 'dealsWon' })).toBe(1);
    // A rate's baseline is typed in percent too, as the sheet shows it: 75 for a 75% win rate.
    expect(baselineScale({ measure: 'winRate' })).toBe(100);
    expect(baselineScale({ measure: 'revenueWon' })).toBe(1);
  });

  it('asks for at least one goal with a name, dates in order and a way to go, and the deals for a KPI goal', () => {
    const goal = presetGoal('cac', null, undefined);
    const at = (goals: object[], withDeals = false) =>
      validateStep({ step: 1, answers: { ...initialState().answers, deals: withDeals ? deals : null, goals: goals as never } }).goals;
    expect(at([])).toBe('Add at least one goal (or a ready-made one).');
    expect(at([goal])).toBeUndefined();
    expect(at([{ ...goal, name: ' ' }])).toBe('Goal 1 needs a name, a baseline and a change.');
    expect(at([{ ...goal, deadline: goal.start }])).toBe('Goal 1: the deadline must come after the start.');
    expect(at([{ ...goal, change: 0 }])).toBe('Goal 1: a change of 0 leaves no way to go.');
    // Where a typed goal is now: blank while not known, or a number; anything else would reach the sheet as NaN.
    expect(at([{ ...goal, actual: null }])).toBeUndefined();
    expect(at([{ ...goal, actual: Number.NaN }])).toBe('Goal 1: where it is now is a number, or blank while not known.');
    expect(at([{ ...goal, measure: 'winRate' }])).toBe('Goal 1 reads the deals: select them at step 1, or type its measure.');
    expect(at([{ ...goal, measure: 'winRate' }], true)).toBeUndefined();
  });

  it('keeps amber at or below green, and restores a saved state checked step by step', () => {
    const fresh = initialState();
    expect(validateStep({ step: 2, answers: { ...fresh.answers, amberFrom: 1.1 } })).toEqual({ cutOffs: 'Amber must start at or below green.' });
    const saved = { step: 3, answers: { ...fresh.answers, deals, goals: [presetGoal('winRate', deals, rows)] } };
    expect(restoreState(JSON.stringify(saved))).toEqual({ state: saved });
    expect(
      restoreState(JSON.stringify({ ...saved, answers: { ...saved.answers, goals: [{ ...saved.answers.goals[0], kind: 'ratio' }] } })).message,
    ).toBeDefined();
  });
});
