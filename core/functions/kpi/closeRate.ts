import { SheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';
import { DEFAULT_WON_LABEL, labelMatcher } from './labels';
import { sameShape } from './sameShape';

/**
 * Close rate: won / all opportunities. Unlike the win rate, open and undecided deals stay in the
 * denominator. Every non-blank cell counts as an opportunity; with `amounts`, won amount / all amounts.
 *
 * @example
 * closeRate([['Won'], ['Lost'], ['Open'], [null]]) //=> 0.3333333333333333
 * closeRate([['Won'], ['Open']], 'Won', [[100], [300]]) //=> 0.25
 */
export function closeRate(outcomes: Range, wonLabel = DEFAULT_WON_LABEL, amounts?: Range): number | SheetError {
  const shapeError = amounts && sameShape({ outcomes, amounts });
  if (shapeError) return shapeError;
  const isWon = labelMatcher([wonLabel]);
  let won = 0;
  let all = 0;
  for (let r = 0; r < outcomes.length; r += 1) {
    const row = outcomes[r];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (cell === null) continue;
      const amount = amounts ? amounts[r][c] : 1;
      if (typeof amount !== 'number') continue;
      all += amount;
      if (isWon(cell) === 0) won += amount;
    }
  }
  if (all === 0) return new SheetError('DIV0', amounts ? reason('no opportunity has an amount') : reason('no opportunities (every cell is blank)'));
  return won / all;
}

export const CLOSERATE = defineFunction({
  name: 'CLOSERATE',
  title: 'Close rate',
  summary: 'Share of all opportunities that were won: won / all non-blank outcomes.',
  description:
    'Counts the non-blank cells of `outcomes` and those that read the won label (ignoring case), and ' +
    'returns won / all. Open and undecided deals stay in the denominator, which is what separates ' +
    'the close rate from WINRATE. Give `amounts` to measure by value: won amount / all amounts. ' +
    'The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'outcomes', kind: 'range', description: 'The deal outcomes, one cell per opportunity.' },
    { name: 'won_label', kind: 'text', optional: true, defaultText: '"Won"', description: 'The label of a won deal.' },
    { name: 'amounts', kind: 'range', optional: true, description: 'Deal amounts, the same size as outcomes: the close rate by value.' },
  ],
  returns: { description: 'The close rate, a fraction between 0 and 1.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'every cell of outcomes is blank (or no opportunity has an amount)' },
    { kind: 'VALUE', when: 'amounts differs in size from outcomes' },
  ],
  examples: [
    { formula: '=CLOSERATE(F2:F201)', note: 'Won deals over every opportunity, open ones included.' },
    { formula: '=CLOSERATE(F2:F201, "Won", G2:G201)', note: 'By value: won amount over the amount of every opportunity.' },
  ],
  run: (outcomes, wonLabel, amounts) => closeRate(outcomes, wonLabel, amounts),
});
