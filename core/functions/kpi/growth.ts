import { SheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';

/**
 * Compound monthly (or per-period) growth rate: (end / start)^(1 / periods) − 1.
 *
 * @example
 * compoundGrowth(100, 121, 2) //=> 0.1 (to within rounding)
 */
export function compoundGrowth(start: number, end: number, periods: number): number | SheetError {
  // Zero denominators first (end / start, 1 / periods): #DIV/0!, as every KPI's.
  if (start === 0) return new SheetError('DIV0', reason('the starting value is 0, so growth has no base'));
  if (periods === 0) return new SheetError('DIV0', reason('periods is 0'));
  if (start < 0) return new SheetError('NUM', reason('the starting value must be more than 0'));
  if (end < 0) return new SheetError('NUM', reason('the ending value cannot be negative'));
  if (periods < 0) return new SheetError('NUM', reason('periods must be more than 0'));
  return (end / start) ** (1 / periods) - 1;
}

/** The first and last numbers of a series in reading order, and how many numbers it holds. */
function seriesEnds(range: Range): { first: number; last: number; count: number } {
  let first = Number.NaN;
  let last = Number.NaN;
  let count = 0;
  for (let r = 0; r < range.length; r += 1) {
    const row = range[r];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (typeof cell !== 'number') continue;
      if (count === 0) first = cell;
      last = cell;
      count += 1;
    }
  }
  return { first, last, count };
}

export const CMGR = defineFunction({
  name: 'CMGR',
  title: 'Compound monthly growth',
  summary: 'Compound growth rate per period: (end / start)^(1 / periods) − 1.',
  description:
    'Given a series of periodic values (a row or column of monthly revenue, say), returns the ' +
    'compound growth per period from the first number to the last: (last / first)^(1 / (n − 1)) − 1. ' +
    'Given three numbers, returns (end / start)^(1 / periods) − 1. Blanks and text in the series are ' +
    'skipped. The result is a fraction per period: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'start_or_series', kind: 'range', description: 'The starting value, or the whole series of periodic values.' },
    { name: 'end', kind: 'number', optional: true, description: 'The ending value (with a starting value).' },
    { name: 'periods', kind: 'number', optional: true, description: 'How many periods lie between start and end.' },
  ],
  returns: { description: 'The compound growth rate per period, a fraction.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'the start is 0, or periods is 0' },
    { kind: 'NUM', when: 'the start is negative, the end is negative, or periods is negative' },
    { kind: 'VALUE', when: 'a series has fewer than two numbers, or a start is given without end and periods' },
  ],
  examples: [
    { formula: '=CMGR(10000, 14641, 4)', note: 'From 10,000 to 14,641 in four months: 10% a month.' },
    { formula: '=CMGR({100, 110, 121})', note: 'A series growing 10% a period.' },
  ],
  run(startOrSeries, end, periods) {
    if (end === undefined && periods === undefined) {
      const { first, last, count } = seriesEnds(startOrSeries);
      if (count < 2) return new SheetError('VALUE', reason('a series needs at least two numbers'));
      return compoundGrowth(first, last, count - 1);
    }
    const start = startOrSeries.length === 1 && startOrSeries[0].length === 1 ? startOrSeries[0][0] : undefined;
    if (typeof start !== 'number') return new SheetError('VALUE', reason('with end and periods, the start must be one number'));
    if (end === undefined || periods === undefined) return new SheetError('VALUE', reason('give both end and periods, or a series alone'));
    return compoundGrowth(start, end, periods);
  },
});
