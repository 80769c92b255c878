import { SheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';
import { DEFAULT_LOST_LABEL, DEFAULT_WON_LABEL, labelMatcher, normaliseLabel } from './labels';
import { sameShape } from './sameShape';

/** Options of {@link winRate}: the labels, what counts as a decided deal, and count or value basis. */
export interface WinRateOptions {
  readonly wonLabel?: string;
  readonly lostLabel?: string;
  /** Deals with this label count as decided but not won (e.g. "No decision"). */
  readonly noDecisionLabel?: string;
  /** Weigh each deal by its amount: won amount / decided amount. Rows whose amount is not a number are left out. */
  readonly amounts?: Range;
}

/**
 * Win rate from a range of outcomes: won / (won + lost). Other statuses (open, no decision unless
 * asked for) and blanks are left out; labels are matched without regard to case.
 *
 * @example
 * winRate([['Won'], ['Lost'], ['won'], ['Open']]) //=> 0.6666666666666666
 * winRate([['Won'], ['Lost']], { amounts: [[300], [100]] }) //=> 0.75
 * winRate([['Open']]) //=> SheetError DIV0 (no won or lost deals)
 */
export function winRate(outcomes: Range, options: WinRateOptions = {}): number | SheetError {
  const { wonLabel = DEFAULT_WON_LABEL, lostLabel = DEFAULT_LOST_LABEL, noDecisionLabel, amounts } = options;
  const labels = [wonLabel, lostLabel, ...(noDecisionLabel === undefined ? [] : [noDecisionLabel])].map(normaliseLabel);
  if (new Set(labels).size !== labels.length) return new SheetError('VALUE', reason('the won, lost and no-decision labels must differ'));
  const shapeError = amounts && sameShape({ outcomes, amounts });
  if (shapeError) return shapeError;
  const which = labelMatcher(labels);
  let won = 0;
  let decided = 0;
  for (let r = 0; r < outcomes.length; r += 1) {
    const row = outcomes[r];
    for (let c = 0; c < row.length; c += 1) {
      const label = which(row[c]);
      if (label < 0) continue;
      const amount = amounts ? amounts[r][c] : 1;
      if (typeof amount !== 'number') continue;
      decided += amount;
      if (label === 0) won += amount;
    }
  }
  if (decided === 0) {
    const labels = { won: wonLabel, lost: lostLabel };
    return new SheetError(
      'DIV0',
      amounts
        ? reason('no decided amount (no amount beside "{won}" or "{lost}")', labels)
        : reason('no won or lost deals (no cell reads "{won}" or "{lost}")', labels),
    );
  }
  return won / decided;
}

/**
 * Win rate from counts: won / (won + lost).
 *
 * @example
 * winRateFromCounts(30, 70) //=> 0.3
 * winRateFromCounts(0, 0)   //=> SheetError DIV0
 */
export function winRateFromCounts(won: number, lost: number): number | SheetError {
  if (won < 0 || lost < 0) return new SheetError('NUM', reason('deal counts cannot be negative'));
  if (won + lost === 0) return new SheetError('DIV0', reason('no won or lost deals'));
  return won / (won + lost);
}

export const WINRATE = defineFunction({
  name: 'WINRATE',
  title: 'Win rate',
  summary: 'Share of decided deals that were won: won / (won + lost).',
  description:
    'Counts the cells of `outcomes` that read the won label and the lost label (ignoring case and ' +
    'surrounding spaces) and returns won / (won + lost). Open deals, other statuses and blanks are ' +
    'left out, so "no decision yet" never lowers the rate; give `no_decision_label` to count such ' +
    'deals as decided and not won. Give `amounts` to weigh deals by value (won amount / decided ' +
    'amount) instead of counting them. Given two numbers instead, returns ' +
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
    { name: 'amounts', kind: 'range', optional: true, description: 'Deal amounts, the same size as outcomes: the win rate by value.' },
    { name: 'no_decision_label', kind: 'text', optional: true, description: 'The label of deals closed without a decision, to count them as not won.' },
  ],
  returns: { description: 'The win rate, a fraction between 0 and 1.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'no cell reads the won or the lost label (or both counts are 0)' },
    { kind: 'NUM', when: 'a count is negative' },
    { kind: 'VALUE', when: 'two labels are the same, amounts differs in size from outcomes, or a count is given without the other' },
  ],
  examples: [
    { formula: '=WINRATE(F2:F201)', note: 'Won / (won + lost) over the Outcome column; open deals are left out.' },
    { formula: '=WINRATE(F2:F201, , , G2:G201)', note: 'By value: won amount / decided amount.' },
    { formula: '=WINRATE(F2:F201, "Closed Won", "Closed Lost")', note: "Your CRM's own labels; #DIV/0! when no cell reads them." },
    { formula: '=WINRATE(30, 70)', note: '30 won and 70 lost deals.' },
  ],
  run(outcomes, second, lostLabel, amounts, noDecisionLabel) {
    const single = outcomes.length === 1 && outcomes[0].length === 1 ? outcomes[0][0] : undefined;
    if (typeof single === 'number') {
      if (typeof second !== 'number') {
        return new SheetError('VALUE', reason('with a won count, give the lost count as the second argument'));
      }
      if (lostLabel !== undefined || amounts !== undefined || noDecisionLabel !== undefined) {
        return new SheetError('VALUE', reason('labels and amounts do not apply to counts'));
      }
      return winRateFromCounts(single, second);
    }
    return winRate(outcomes, { wonLabel: second === undefined ? undefined : String(second), lostLabel, amounts, noDecisionLabel });
  },
});
