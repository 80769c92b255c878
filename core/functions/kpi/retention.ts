import { SheetError, reason } from '../../kit/cells/errors';
import { defineFunction, documented } from '../../kit/catalogue/types';
import { divide, firstNegative } from './guards';

/**
 * Net revenue retention: (start − churned − contraction + expansion) / start.
 *
 * @example
 * netRevenueRetention(100000, 5000, 3000, 12000) //=> 1.04
 */
export function netRevenueRetention(start: number, churned: number, contraction: number, expansion: number): number | SheetError {
  const negative = firstNegative({ start, churned, contraction, expansion });
  if (negative) return negative;
  if (start === 0) return new SheetError('DIV0', reason('no revenue at the start'));
  if (churned + contraction > start) return new SheetError('NUM', reason('more revenue churned and contracted than there was at the start'));
  return divide(start - churned - contraction + expansion, start, reason('no revenue at the start'));
}

/**
 * Customer retention over a period: (customers at end − new customers) / customers at start.
 *
 * @example
 * customerRetention(110, 20, 100) //=> 0.9
 */
export function customerRetention(end: number, added: number, start: number): number | SheetError {
  if (start === 0) return new SheetError('DIV0', reason('no customers at the start'));
  if (added > end) return new SheetError('NUM', reason('more new customers than customers at the end'));
  if (end - added > start) return new SheetError('NUM', reason('more customers kept than there were at the start'));
  return divide(end - added, start, reason('no customers at the start'));
}

/** The revenue a period starts with and loses, as NRR and GRR both read it. */
const revenueKept = documented([
  { name: 'start', kind: 'total', description: 'Recurring revenue at the start of the period.' },
  { name: 'churned', kind: 'total', description: 'Recurring revenue of the customers who left (a positive amount).' },
  { name: 'contraction', kind: 'total', description: 'Recurring revenue lost to downgrades (a positive amount).' },
] as const);

export const CHURNRATE = defineFunction({
  name: 'CHURNRATE',
  title: 'Churn rate',
  summary: 'Logo churn: customers lost in the period / customers at its start.',
  description:
    'Returns customers lost / customers at the start of the period. Each argument is a number, or a ' +
    'range whose non-blank cells are counted (the IDs of the customers lost, say). This is the period ' +
    "rate; for a cohort's churn, pass the cohort's size and how many of it left. The result is a " +
    'fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'customers_lost', kind: 'count', description: 'Customers lost in the period: a number, or a range to count.' },
    { name: 'customers_at_start', kind: 'count', description: "Customers at the start of the period (or the cohort's size): a number, or a range to count." },
  ],
  returns: { description: 'The churn rate, a fraction between 0 and 1.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'no customers at the start' },
    { kind: 'NUM', when: 'a count is negative, or more customers lost than there were' },
    { kind: 'VALUE', when: 'a single cell is blank or not a number' },
  ],
  examples: [
    { formula: '=CHURNRATE(12, 400)', note: '12 of 400 customers left: 3%.' },
    { formula: '=CHURNRATE(0, 0)', note: 'No customers at the start: no rate, not 0%.' },
  ],
  run: (lost, start) =>
    lost > start && start > 0
      ? new SheetError('NUM', reason('more customers lost than there were at the start'))
      : divide(lost, start, reason('no customers at the start')),
});

export const NRR = defineFunction({
  name: 'NRR',
  title: 'Net revenue retention',
  summary: 'Net revenue retention: (start − churned − contraction + expansion) / start.',
  description:
    'Returns the share of the starting recurring revenue that the same customers bring at the end, ' +
    'expansion included: (start − churned − contraction + expansion) / start. Above 1 means the ' +
    'customers you had grew more than you lost. Give churned and contraction as positive amounts; each ' +
    'argument may be a number or a range to add up.',
  category: 'KPI',
  params: [...revenueKept, { name: 'expansion', kind: 'total', description: 'Recurring revenue added by upgrades and cross-sell to existing customers.' }],
  returns: { description: 'Net revenue retention, a fraction (1.04 = 104%).', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'start is 0' },
    { kind: 'NUM', when: 'an amount is negative, or churned + contraction is more than start' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=NRR(100000, 5000, 3000, 12000)', note: 'Lost 8,000, gained 12,000 from the same customers: 104%.' },
    { formula: '=NRR(100000, 5000, 3000, 0)', note: 'No expansion: 92%.' },
  ],
  run: (start, churned, contraction, expansion) => netRevenueRetention(start, churned, contraction, expansion),
});

export const GRR = defineFunction({
  name: 'GRR',
  title: 'Gross revenue retention',
  summary: 'Gross revenue retention: (start − churned − contraction) / start.',
  description:
    'Returns the share of the starting recurring revenue kept, expansion left out: ' +
    '(start − churned − contraction) / start; never above 1. Give churned and contraction as positive ' +
    'amounts; each argument may be a number or a range to add up.',
  category: 'KPI',
  params: [...revenueKept],
  returns: { description: 'Gross revenue retention, a fraction between 0 and 1.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'start is 0' },
    { kind: 'NUM', when: 'an amount is negative, or churned + contraction is more than start' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=GRR(100000, 5000, 3000)', note: '92% of the starting revenue kept.' },
    { formula: '=GRR(100000, 90000, 20000)', note: 'More lost than there was: check the figures.' },
  ],
  run: (start, churned, contraction) => netRevenueRetention(start, churned, contraction, 0),
});

export const RETENTION = defineFunction({
  name: 'RETENTION',
  title: 'Customer retention',
  summary: 'Customer retention: (customers at end − new customers) / customers at start.',
  description:
    'Returns (customers at the end − customers won in the period) / customers at the start: the share ' +
    'of the starting customers still there. Each argument is a number, or a range whose non-blank ' +
    'cells are counted. The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'customers_at_end', kind: 'count', description: 'Customers at the end of the period.' },
    { name: 'new_customers', kind: 'count', description: 'Customers won during the period.' },
    { name: 'customers_at_start', kind: 'count', description: 'Customers at the start of the period.' },
  ],
  returns: { description: 'The retention rate, a fraction between 0 and 1.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'no customers at the start' },
    { kind: 'NUM', when: 'a count is negative, more new customers than at the end, or more kept than at the start' },
    { kind: 'VALUE', when: 'a single cell is blank or not a number' },
  ],
  examples: [
    { formula: '=RETENTION(110, 20, 100)', note: '90 of the 100 starting customers are still there.' },
    { formula: '=RETENTION(110, 5, 100)', note: '105 kept out of 100 is impossible: #NUM!.' },
  ],
  run: (end, added, start) => customerRetention(end, added, start),
});

export const QUICKRATIO = defineFunction({
  name: 'QUICKRATIO',
  title: 'SaaS quick ratio',
  summary: 'SaaS quick ratio: (new + expansion MRR) / (churned + contraction MRR).',
  description:
    'Returns the recurring revenue gained over the recurring revenue lost in a period: ' +
    '(new + expansion) / (churned + contraction). Above 4 is healthy growth; below 1 the base shrinks. ' +
    'Give every amount as a positive number; each may be a number or a range to add up.',
  category: 'KPI',
  params: [
    { name: 'new_mrr', kind: 'total', description: 'MRR from new customers.' },
    { name: 'expansion_mrr', kind: 'total', description: 'MRR added by existing customers.' },
    { name: 'churned_mrr', kind: 'total', description: 'MRR of the customers who left (a positive amount).' },
    { name: 'contraction_mrr', kind: 'total', description: 'MRR lost to downgrades (a positive amount).' },
  ],
  returns: { description: 'The quick ratio.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'nothing was lost (churned + contraction is 0)' },
    { kind: 'NUM', when: 'an amount is negative' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=QUICKRATIO(20000, 8000, 5000, 2000)', note: '28,000 gained for 7,000 lost: 4.' },
    { formula: '=QUICKRATIO(20000, 8000, 0, 0)', note: 'Nothing lost: the ratio has no finite value.' },
  ],
  run: (added, expansion, churned, contraction) =>
    firstNegative({ new_mrr: added, expansion_mrr: expansion, churned_mrr: churned, contraction_mrr: contraction }) ??
    divide(added + expansion, churned + contraction, reason('nothing was lost (churned + contraction is 0)')),
});
