import { SheetError } from '../cells/errors';
import { Range } from '../cells/values';
import { defineFunction } from '../catalogue/types';
import { DEFAULT_LOST_LABEL, DEFAULT_WON_LABEL, labelMatcher, normaliseLabel } from './labels';

/**
 * Win rate from a column of outcomes: won / (won + lost). Other statuses (open, no decision) and
 * blanks are left out; labels are matched without regard to case.
 *
 * @example
 * winRate([['Won'], ['Lost'], ['won'], ['Open']]) //=> 0.6666666666666666
 * winRate([['Open']]) //=> SheetError DIV0 (no won or lost deals)
 */
export function winRate(outcomes: Range, wonLabel = DEFAULT_WON_LABEL, lostLabel = DEFAULT_LOST_LABEL): number | SheetError {
  const won = normaliseLabel(wonLabel);
  const lost = normaliseLabel(lostLabel);
  if (won === lost) return new SheetError('VALUE', `won_label and lost_label are both "${wonLabel}"`);
  const which = labelMatcher([wonLabel, lostLabel]);
  let wonCount = 0;
  let lostCount = 0;
  for (let r = 0; r < outcomes.length; r += 1) {
    const row = outcomes[r];
    for (let c = 0; c < row.length; c += 1) {
      const label = which(row[c]);
      if (label === 0) wonCount += 1;
      else if (label === 1) lostCount += 1;
    }
  }
  if (wonCount + lostCount === 0) {
    return new SheetError('DIV0', `no won or lost deals (no cell reads "${wonLabel}" or "${lostLabel}")`);
  }
  return wonCount / (wonCount + lostCount);
}

/**
 * Win rate from counts: won / (won + lost).
 *
 * @example
 * winRateFromCounts(30, 70) //=> 0.3
 * winRateFromCounts(0, 0)   //=> SheetError DIV0
 */
export function winRateFromCounts(won: number, lost: number): number | SheetError {
  if (won < 0 || lost < 0) return new SheetError('NUM', 'deal counts cannot be negative');
  if (won + lost === 0) return new SheetError('DIV0', 'no won or lost deals');
  return won / (won + lost);
}

export const WINRATE = defineFunction({
  name: 'WINRATE',
  summary: 'Share of decided deals that were won: won / (won + lost).',
  description:
    'Counts the cells of `outcomes` that read the won label and the lost label (ignoring case and ' +
    'surrounding spaces) and returns won / (won + lost). Open deals, other statuses and blanks are ' +
    'left out, so "no decision yet" never lowers the rate. Given two numbers instead, returns ' +
    'won_count / (won_count + lost_count). The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'outcomes', kind: 'range', description: 'The deal outcomes (e.g. the Outcome column), or the number of won deals.' },
    {
      name: 'won_label',
      kind: 'value',
      optional: true,
      defaultText: '"Won"',
      description: 'The label of a won deal; or, when outcomes is a number, the number of lost deals.',
    },
    { name: 'lost_label', kind: 'text', optional: true, defaultText: '"Lost"', description: 'The label of a lost deal.' },
  ],
  returns: { description: 'The win rate, a fraction between 0 and 1.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'no cell reads the won or the lost label (or both counts are 0)' },
    { kind: 'NUM', when: 'a count is negative' },
    { kind: 'VALUE', when: 'won_label and lost_label are the same, or a count is given without the other' },
  ],
  examples: [
    { formula: '=WINRATE(F2:F201)', note: 'Won / (won + lost) over the Outcome column; open deals are left out.' },
    { formula: '=WINRATE(F2:F201, "Closed Won", "Closed Lost")', note: 'Your CRM\'s own labels; #DIV/0! when no cell reads them.' },
    { formula: '=WINRATE(30, 70)', note: '30 won and 70 lost deals.' },
  ],
  run(outcomes, second, lostLabel) {
    const single = outcomes.length === 1 && outcomes[0].length === 1 ? outcomes[0][0] : undefined;
    if (typeof single === 'number') {
      if (typeof second !== 'number') {
        return new SheetError('VALUE', 'with a won count, give the lost count as the second argument');
      }
      if (lostLabel !== undefined) return new SheetError('VALUE', 'lost_label does not apply to counts');
      return winRateFromCounts(single, second);
    }
    return winRate(outcomes, second === undefined ? undefined : String(second), lostLabel);
  },
});
