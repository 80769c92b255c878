import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range, shapeOf } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';
import { chooseOption, median } from './guards';
import { DEFAULT_WON_LABEL, labelMatcher } from './labels';
import { sameShape } from './sameShape';

/**
 * Average deal size: the mean (or median) amount of the won deals. Won rows whose amount is blank
 * or text are left out; the ranges must have the same shape, row for row.
 *
 * @example
 * averageDealSize([[100], [300], [50]], [['Won'], ['Won'], ['Lost']]) //=> 200
 * averageDealSize([[10], [20], [90]], [['Won'], ['Won'], ['Won']], 'Won', 'median') //=> 20
 */
export function averageDealSize(amounts: Range, outcomes: Range, wonLabel = DEFAULT_WON_LABEL, method: 'mean' | 'median' = 'mean'): number | SheetError {
  const shapeError = sameShape({ amounts, outcomes });
  if (shapeError) return shapeError;
  const [rows, columns] = shapeOf(amounts);
  const isWon = labelMatcher([wonLabel]);
  const won: number[] = [];
  let total = 0;
  let count = 0;
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const amount = amounts[r][c];
      if (typeof amount === 'number' && isWon(outcomes[r][c]) === 0) {
        total += amount;
        count += 1;
        if (method === 'median') won.push(amount);
      }
    }
  }
  if (count === 0) return new SheetError('DIV0', reason('no won deals with an amount (no outcome reads "{wonLabel}")', { wonLabel }));
  return method === 'median' ? median(won) : total / count;
}

export const AVGDEALSIZE = defineFunction({
  name: 'AVGDEALSIZE',
  title: 'Average deal size',
  summary: 'Average amount of the won deals (mean or median).',
  description:
    'Takes the amounts of the rows whose outcome reads the won label (ignoring case) and returns ' +
    'their mean, or their median with method "median" (a few very large deals then do not pull the ' +
    'figure up). Won rows with a blank or text amount are left out. `amounts` and `outcomes` must be ' +
    'ranges of the same shape, matched cell for cell.',
  category: 'KPI',
  params: [
    { name: 'amounts', kind: 'range', description: 'The deal amounts (e.g. the Amount column).' },
    { name: 'outcomes', kind: 'range', description: 'The deal outcomes, the same size as amounts.' },
    { name: 'won_label', kind: 'text', optional: true, defaultText: '"Won"', description: 'The label of a won deal.' },
    { name: 'method', kind: 'text', optional: true, defaultText: '"mean"', description: '"mean" or "median".' },
  ],
  returns: { description: "The average won amount, in the amounts' currency.", format: 'money' },
  errors: [
    { kind: 'VALUE', when: 'amounts and outcomes differ in shape, or method is not "mean" or "median"' },
    { kind: 'DIV0', when: 'no won deal has a numeric amount' },
  ],
  examples: [
    { formula: '=AVGDEALSIZE(G2:G201, F2:F201)', note: 'Mean Amount of the rows whose Outcome is Won.' },
    { formula: '=AVGDEALSIZE(G2:G201, F2:F201, "Won", "median")', note: 'The median won amount: the typical deal.' },
    { formula: '=AVGDEALSIZE(G2:G201, F2:F200)', note: 'The ranges must be the same size.' },
  ],
  run(amounts, outcomes, wonLabel, method) {
    const chosen = chooseOption(method, ['mean', 'median'], 'method');
    return isSheetError(chosen) ? chosen : averageDealSize(amounts, outcomes, wonLabel, chosen);
  },
});
