import { SheetError, reason } from '../../kit/cells/errors';
import { defineFunction } from '../../kit/catalogue/types';

/**
 * Gross margin: (revenue − cost of goods sold) / revenue. May be negative.
 *
 * @example
 * grossMargin(1000, 600) //=> 0.4
 */
export function grossMargin(revenue: number, costOfGoodsSold: number): number | SheetError {
  if (revenue < 0) return new SheetError('NUM', reason('revenue cannot be negative'));
  if (revenue === 0) return new SheetError('DIV0', reason('revenue is 0'));
  return (revenue - costOfGoodsSold) / revenue;
}

export const GROSSMARGIN = defineFunction({
  name: 'GROSSMARGIN',
  title: 'Gross margin',
  summary: 'Gross margin ratio: (revenue − cost of goods sold) / revenue.',
  description:
    'Returns (revenue − COGS) / revenue. It is negative when costs exceed revenue. Either argument may ' +
    'be a single cell or a range whose numbers are added up. To compute it from profit instead, pass ' +
    'revenue and revenue − profit. The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'revenue', kind: 'total', description: 'Revenue: a number, or a range to add up.' },
    { name: 'cogs', kind: 'total', description: 'Cost of goods sold: a number, or a range to add up.' },
  ],
  returns: { description: 'The gross margin, a fraction (negative when costs exceed revenue).', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'revenue is 0' },
    { kind: 'NUM', when: 'revenue is negative' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=GROSSMARGIN(250000, 160000)', note: '36% of revenue is left after the cost of the goods sold.' },
    { formula: '=GROSSMARGIN(SUMIFS(G2:G201, F2:F201, "Won"), 0.7 * SUMIFS(G2:G201, F2:F201, "Won"))', note: 'Won revenue with costs at 70% of it.' },
  ],
  run: (revenue, cogs) => grossMargin(revenue, cogs),
});
