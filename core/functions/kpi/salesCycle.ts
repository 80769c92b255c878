import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';
import { chooseOption, median } from './guards';
import { DEFAULT_LOST_LABEL, DEFAULT_WON_LABEL, labelMatcher } from './labels';
import { sameShape } from './sameShape';

/** Which deals a sales cycle is measured on. */
export type CycleBasis = 'won' | 'closed';

/**
 * Sales cycle in days: the mean (or median) of closed − created, over the won deals (or all closed
 * ones). Rows without both dates are left out; without outcomes, every row with both dates counts.
 *
 * @example
 * salesCycle([[45292], [45300]], [[45322], [45310]]) //=> 20
 */
export function salesCycle(
  created: Range,
  closed: Range,
  outcomes?: Range,
  basis: CycleBasis = 'won',
  method: 'mean' | 'median' = 'mean',
): number | SheetError {
  const shapeError = sameShape({ created, closed, outcomes });
  if (shapeError) return shapeError;
  const which = labelMatcher([DEFAULT_WON_LABEL, DEFAULT_LOST_LABEL]);
  const days: number[] = [];
  let total = 0;
  let count = 0;
  for (let r = 0; r < created.length; r += 1) {
    for (let c = 0; c < created[r].length; c += 1) {
      const start = created[r][c];
      const end = closed[r][c];
      if (typeof start !== 'number' || typeof end !== 'number') continue;
      if (outcomes) {
        const label = which(outcomes[r][c]);
        if (label < 0 || (basis === 'won' && label !== 0)) continue;
      }
      if (end < start) return new SheetError('NUM', reason('the deal in row {value} closes before it was created', { value: r + 1 }));
      if (method === 'median') days.push(end - start);
      total += end - start;
      count += 1;
    }
  }
  if (count === 0)
    return new SheetError(
      'DIV0',
      outcomes ? (basis === 'won' ? reason('no won deal has both dates') : reason('no closed deal has both dates')) : reason('no row has both dates'),
    );
  return method === 'median' ? median(days) : total / count;
}

export const SALESCYCLE = defineFunction({
  name: 'SALESCYCLE',
  title: 'Sales cycle',
  summary: 'Average days from created to closed, over won deals (or all closed ones).',
  description:
    'For each deal with both dates, takes closed − created in days, and returns their mean (or ' +
    'median). With `outcomes`, only the won deals count (labels "Won" and "Lost"), or the won and lost ' +
    'ones with include "closed". Without outcomes, every row with both dates counts. Dates may be ' +
    'date cells or serial numbers; rows missing a date are left out.',
  category: 'KPI',
  params: [
    { name: 'created', kind: 'range', description: 'The date each deal was created.' },
    { name: 'closed', kind: 'range', description: 'The date each deal closed, the same size (blank while open).' },
    { name: 'outcomes', kind: 'range', optional: true, description: 'The deal outcomes, to measure won deals only.' },
    { name: 'include', kind: 'text', optional: true, defaultText: '"won"', description: '"won" for won deals, "closed" for won and lost ones.' },
    { name: 'method', kind: 'text', optional: true, defaultText: '"mean"', description: '"mean" or "median".' },
  ],
  returns: { description: 'The sales cycle, in days.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'no deal that counts has both dates' },
    { kind: 'NUM', when: 'a deal closes before it was created' },
    { kind: 'VALUE', when: 'the ranges differ in size, or include or method is not one of its choices' },
  ],
  examples: [
    { formula: '=SALESCYCLE(H2:H201, I2:I201, F2:F201)', note: 'Mean days from Created to Closed over the won deals.' },
    { formula: '=SALESCYCLE(H2:H201, I2:I201, F2:F201, "closed", "median")', note: 'Median days over won and lost deals.' },
  ],
  run(created, closed, outcomes, include, method) {
    const basis = chooseOption(include, ['won', 'closed'], 'include');
    if (isSheetError(basis)) return basis;
    const chosen = chooseOption(method, ['mean', 'median'], 'method');
    return isSheetError(chosen) ? chosen : salesCycle(created, closed, outcomes, basis, chosen);
  },
});
