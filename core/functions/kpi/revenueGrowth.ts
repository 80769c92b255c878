import { SheetError, reason } from '../../kit/cells/errors';
import { defineFunction } from '../../kit/catalogue/types';

/**
 * Revenue growth from one period to another: (current − previous) / previous.
 *
 * @example
 * revenueGrowth(110, 100) //=> 0.1
 * revenueGrowth(110, 0)   //=> SheetError DIV0
 */
export function revenueGrowth(current: number, previous: number): number | SheetError {
  if (previous < 0) return new SheetError('NUM', reason('previous revenue cannot be negative'));
  if (previous === 0) return new SheetError('DIV0', reason('previous revenue is 0, so growth has no base'));
  return (current - previous) / previous;
}

export const REVGROWTH = defineFunction({
  name: 'REVGROWTH',
  title: 'Revenue growth',
  summary: 'Growth from the previous period: (current − previous) / previous.',
  description:
    'Returns (current − previous) / previous, for month-on-month, quarter-on-quarter or ' +
    'year-on-year growth alike. Either argument may be a single cell or a range whose numbers are ' +
    "added up (a quarter's months, say). A previous revenue of 0 has no growth rate: #DIV/0!. " +
    'The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'current', kind: 'total', description: 'Revenue of the current period: a number, or a range to add up.' },
    { name: 'previous', kind: 'total', description: 'Revenue of the earlier period: a number, or a range to add up.' },
  ],
  returns: { description: 'Growth, a fraction (0.1 = +10%).', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'previous is 0' },
    { kind: 'NUM', when: 'previous is negative' },
    { kind: 'VALUE', when: 'a value is blank or not a number, or a range holds no numbers' },
  ],
  examples: [
    { formula: '=REVGROWTH(132000, 120000)', note: 'Revenue up from 120,000 to 132,000: growth of 10%.' },
    {
      formula: '=REVGROWTH(SUMIFS(G2:G201, F2:F201, "Won", D2:D201, "West"), SUMIFS(G2:G201, F2:F201, "Won", D2:D201, "East"))',
      note: "The West's won amount compared with the East's.",
    },
  ],
  run: (current, previous) => revenueGrowth(current, previous),
});
