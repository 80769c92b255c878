import { isSheetError } from '../../kit/cells/errors';
import { chooseOption } from '../kpi/guards';
import { defineFunction } from '../../kit/catalogue/types';
import { GOAL_KINDS, goalProgress, goalTarget } from './goals';

export const GOALPROGRESS = defineFunction({
  name: 'GOALPROGRESS',
  title: 'Goal progress',
  summary: 'How far a goal has come from its baseline to its target, for goals to raise or to reduce.',
  description:
    '(actual − baseline) ÷ (target − baseline): 0 at the baseline, 1 (100%) when the target is reached, above 1 beyond it, below 0 ' +
    'when it went the wrong way. A goal to reduce (CAC, churn: a target below the baseline) reads the same way. The result is a ' +
    'fraction: format it as a percentage.',
  category: 'Targets',
  params: [
    { name: 'baseline', kind: 'number', description: 'Where the measure started.' },
    { name: 'target', kind: 'number', description: 'Where the goal wants it.' },
    { name: 'actual', kind: 'number', description: 'Where it is now.' },
  ],
  returns: { description: 'Progress to the goal, a fraction (1 = reached).', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'the target equals the baseline' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=GOALPROGRESS(200, 170, 185)', note: 'CAC from 200 down to 170: half-way at 185.' },
    { formula: '=GOALPROGRESS(25%, 30%, 27%)', note: 'Win rate from 25% up to 30%: 40% of the way.' },
  ],
  run: (baseline, target, actual) => goalProgress(baseline, target, actual),
});

export const GOALTARGET = defineFunction({
  name: 'GOALTARGET',
  title: 'Goal target',
  summary: 'A goal’s target from its baseline and a change: a percent of it, or points added (for rates).',
  description:
    '"percent" (the default): baseline × (1 + change), so −15% of a CAC of 200 is 170; "points": baseline + change, for rates, so a ' +
    'win rate of 25% up 5 points is 30% (up 5 percent would be 26.25%).',
  category: 'Targets',
  params: [
    { name: 'baseline', kind: 'number', description: 'Where the measure starts.' },
    { name: 'change', kind: 'number', description: 'The change: −15% to reduce by 15%, or 5% for 5 points.' },
    { name: 'kind', kind: 'text', optional: true, defaultText: '"percent"', description: '"percent" or "points".' },
  ],
  returns: { description: 'The target.', format: 'number' },
  errors: [{ kind: 'VALUE', when: 'a value is blank or not a number, or kind is neither "percent" nor "points"' }],
  examples: [
    { formula: '=GOALTARGET(200, -15%)', note: 'Reduce a CAC of 200 by 15%: 170.' },
    { formula: '=GOALTARGET(25%, 5%, "points")', note: 'A win rate of 25% up 5 points: 30%.' },
  ],
  run(baseline, change, kind) {
    const how = chooseOption(kind, GOAL_KINDS, 'kind');
    return isSheetError(how) ? how : goalTarget(baseline, change, how);
  },
});
