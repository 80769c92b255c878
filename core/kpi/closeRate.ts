import { SheetError } from '../cells/errors';
import { Range } from '../cells/values';
import { defineFunction } from '../catalogue/types';
import { DEFAULT_WON_LABEL, labelMatcher } from './labels';

/**
 * Close rate: won / all opportunities. Unlike the win rate, open and undecided deals stay in the
 * denominator. Every non-blank cell counts as an opportunity.
 *
 * @example
 * closeRate([['Won'], ['Lost'], ['Open'], [null]]) //=> 0.3333333333333333
 */
export function closeRate(outcomes: Range, wonLabel = DEFAULT_WON_LABEL): number | SheetError {
  const isWon = labelMatcher([wonLabel]);
  let wonCount = 0;
  let all = 0;
  for (let r = 0; r < outcomes.length; r += 1) {
    const row = outcomes[r];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (cell === null) continue;
      all += 1;
      if (isWon(cell) === 0) wonCount += 1;
    }
  }
  if (all === 0) return new SheetError('DIV0', 'no opportunities (every cell is blank)');
  return wonCount / all;
}

export const CLOSERATE = defineFunction({
  name: 'CLOSERATE',
  summary: 'Share of all opportunities that were won: won / all non-blank outcomes.',
  description:
    'Counts the non-blank cells of `outcomes` and those that read the won label (ignoring case), and ' +
    'returns won / all. Open and undecided deals stay in the denominator, which is what separates ' +
    'the close rate from WINRATE. The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'outcomes', kind: 'range', description: 'The deal outcomes, one cell per opportunity.' },
    { name: 'won_label', kind: 'text', optional: true, defaultText: '"Won"', description: 'The label of a won deal.' },
  ],
  returns: { description: 'The close rate, a fraction between 0 and 1.', format: 'percent' },
  errors: [{ kind: 'DIV0', when: 'every cell of outcomes is blank' }],
  examples: [
    { formula: '=CLOSERATE(F2:F201)', note: 'Won deals over every opportunity, open ones included.' },
    { formula: '=CLOSERATE(F2:F201, "Closed Won")', note: 'Your CRM\'s own label for a won deal.' },
  ],
  run: (outcomes, wonLabel) => closeRate(outcomes, wonLabel),
});
