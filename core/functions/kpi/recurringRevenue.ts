import { SheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction, documented } from '../../kit/catalogue/types';
import { sameShape } from './sameShape';

/**
 * Monthly recurring revenue: Σ amount / billing period in months, over the subscriptions. A single
 * number of billing months applies to every row; rows with no numeric amount are left out.
 *
 * @example
 * monthlyRecurringRevenue([[100], [1200]], [[1], [12]]) //=> 200
 */
export function monthlyRecurringRevenue(amounts: Range, billingMonths: Range | number = 1): number | SheetError {
  if (typeof billingMonths !== 'number') {
    const shapeError = sameShape({ amounts, billing_months: billingMonths });
    if (shapeError) return shapeError;
  }
  let mrr = 0;
  let subscriptions = 0;
  for (let r = 0; r < amounts.length; r += 1) {
    for (let c = 0; c < amounts[r].length; c += 1) {
      const amount = amounts[r][c];
      if (typeof amount !== 'number') continue;
      const months = typeof billingMonths === 'number' ? billingMonths : billingMonths[r][c];
      if (typeof months !== 'number') return new SheetError('VALUE', reason('the subscription in row {value} has no billing period', { value: r + 1 }));
      if (months === 0) return new SheetError('DIV0', reason('the billing period in row {value} is 0 months', { value: r + 1 }));
      if (months < 0) return new SheetError('NUM', reason('the billing period in row {value} must be more than 0 months', { value: r + 1 }));
      mrr += amount / months;
      subscriptions += 1;
    }
  }
  return subscriptions === 0 ? new SheetError('VALUE', reason('amounts holds no numbers')) : mrr;
}

const params = documented([
  { name: 'amounts', kind: 'range', description: 'The recurring amount billed per subscription (one-off charges left out).' },
  {
    name: 'billing_months',
    kind: 'range',
    optional: true,
    defaultText: '1',
    description: 'How many months each amount covers (1 monthly, 3 quarterly, 12 yearly): one number for all, or a column.',
  },
] as const);

const errors = [
  { kind: 'DIV0', when: 'a billing period is 0 months' },
  { kind: 'NUM', when: 'a billing period is negative' },
  { kind: 'VALUE', when: 'amounts holds no numbers, the ranges differ in size, or a row has no billing period' },
] as const;

/** A single billing period applies to all rows; a range is read row for row. */
function billing(months: Range | undefined): Range | number | undefined {
  return months && months.length === 1 && months[0].length === 1 && typeof months[0][0] === 'number' ? months[0][0] : months;
}

export const MRR = defineFunction({
  name: 'MRR',
  title: 'Monthly recurring revenue',
  summary: 'Monthly recurring revenue: the sum of recurring amounts, each divided by its billing months.',
  description:
    'Adds up the recurring amounts, each turned into a monthly amount by dividing by the months it ' +
    'covers: a yearly plan of 1,200 adds 100. Blank and text amounts are left out. Leave one-off ' +
    'charges out of the amounts.',
  category: 'KPI',
  params,
  returns: { description: 'Monthly recurring revenue.', format: 'money' },
  errors,
  examples: [
    { formula: '=MRR({100; 250; 1200}, {1; 1; 12})', note: 'Two monthly plans and a yearly one: 100 + 250 + 100.' },
    { formula: '=MRR({1200; 2400}, 12)', note: 'Two yearly plans: 300 a month.' },
  ],
  run: (amounts, months) => monthlyRecurringRevenue(amounts, billing(months)),
});

export const ARR = defineFunction({
  name: 'ARR',
  title: 'Annual recurring revenue',
  summary: 'Annual recurring revenue: 12 × monthly recurring revenue.',
  description:
    'Returns 12 × MRR of the same arguments: the recurring amounts, each divided by the months it ' +
    'covers, times twelve. One-off charges are not recurring revenue: leave them out.',
  category: 'KPI',
  params,
  returns: { description: 'Annual recurring revenue.', format: 'money' },
  errors,
  examples: [
    { formula: '=ARR({100; 250; 1200}, {1; 1; 12})', note: '12 × (100 + 250 + 100).' },
    { formula: '=ARR({49; 99; 99})', note: 'Three monthly plans: 247 a month, 2,964 a year.' },
  ],
  run(amounts, months) {
    const mrr = monthlyRecurringRevenue(amounts, billing(months));
    return typeof mrr === 'number' ? 12 * mrr : mrr;
  },
});
