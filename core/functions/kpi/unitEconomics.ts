import { SheetError, reason } from '../../kit/cells/errors';
import { defineFunction } from '../../kit/catalogue/types';
import { divide, firstNegative } from './guards';

/**
 * Customer-acquisition cost: sales and marketing spend / new customers.
 *
 * @example
 * acquisitionCost(50000, 40) //=> 1250
 */
export function acquisitionCost(spend: number, newCustomers: number): number | SheetError {
  return firstNegative({ spend }) ?? divide(spend, newCustomers, reason('no new customers'));
}

/**
 * Months to earn back the cost of acquiring a customer: CAC / (ARPA × gross margin).
 *
 * @example
 * cacPayback(1200, 200, 0.75) //=> 8
 */
export function cacPayback(cac: number, arpa: number, grossMargin: number): number | SheetError {
  const negative = firstNegative({ cac, arpa });
  if (negative) return negative;
  return divide(cac, arpa * grossMargin, reason('ARPA × gross margin is 0: the cost is never earned back'));
}

/**
 * Customer lifetime value: ARPA × gross margin / monthly churn.
 *
 * @example
 * lifetimeValue(200, 0.75, 0.025) //=> 6000
 */
export function lifetimeValue(arpa: number, grossMargin: number, monthlyChurn: number): number | SheetError {
  return firstNegative({ arpa }) ?? divide(arpa * grossMargin, monthlyChurn, reason('no churn: the lifetime has no end'));
}

export const CAC = defineFunction({
  name: 'CAC',
  title: 'Customer acquisition cost',
  summary: 'Customer-acquisition cost: sales and marketing spend / new customers.',
  description:
    'Returns spend / new customers for a period. Either argument may be a number or a range whose ' + "numbers are added up (the month's cost lines, say).",
  category: 'KPI',
  params: [
    { name: 'spend', kind: 'total', description: 'Sales and marketing spend in the period: a number, or a range to add up.' },
    { name: 'new_customers', kind: 'total', description: 'Customers won in the period: a number, or a range to add up.' },
  ],
  returns: { description: 'The cost of acquiring one customer.', format: 'money' },
  errors: [
    { kind: 'DIV0', when: 'no new customers' },
    { kind: 'NUM', when: 'spend or new customers is negative' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=CAC(50000, 40)', note: '50,000 spent to win 40 customers.' },
    { formula: '=CAC(50000, COUNTIFS(F2:F201, "Won", H2:H201, ">="&DATE(2017,1,1)))', note: 'Spend over the deals won since 2017.' },
  ],
  run: (spend, newCustomers) => firstNegative({ new_customers: newCustomers }) ?? acquisitionCost(spend, newCustomers),
});

export const CACPAYBACK = defineFunction({
  name: 'CACPAYBACK',
  title: 'CAC payback',
  summary: 'Months to earn back the acquisition cost: CAC / (ARPA × gross margin).',
  description:
    "Returns CAC / (ARPA × gross margin): how many months of a customer's gross profit pay for " +
    'winning them. ARPA is the average revenue per account per month; gross margin is a fraction ' +
    '(75% or 0.75).',
  category: 'KPI',
  params: [
    { name: 'cac', kind: 'number', description: 'Customer-acquisition cost.' },
    { name: 'arpa', kind: 'number', description: 'Average revenue per account, per month.' },
    { name: 'gross_margin', kind: 'rate', description: 'Gross margin, a fraction between 0 and 1.' },
  ],
  returns: { description: 'The payback period, in months.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'ARPA or gross margin is 0' },
    { kind: 'NUM', when: 'CAC or ARPA is negative, or the margin is outside 0..1' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=CACPAYBACK(1200, 200, 75%)', note: '1,200 earned back at 150 of gross profit a month: 8 months.' },
    { formula: '=CACPAYBACK(1200, 200, 75)', note: '75 is not a margin: write 75% or 0.75.' },
  ],
  run: (cac, arpa, margin) => cacPayback(cac, arpa, margin),
});

export const LTV = defineFunction({
  name: 'LTV',
  title: 'Customer lifetime value',
  summary: 'Customer lifetime value: ARPA × gross margin / monthly churn.',
  description:
    'Returns ARPA × gross margin / monthly churn rate: the gross profit a customer brings over an ' +
    'average lifetime of 1 / churn months. ARPA is per month; margin and churn are fractions.',
  category: 'KPI',
  params: [
    { name: 'arpa', kind: 'number', description: 'Average revenue per account, per month.' },
    { name: 'gross_margin', kind: 'rate', description: 'Gross margin, a fraction between 0 and 1.' },
    { name: 'monthly_churn', kind: 'rate', description: 'Share of customers lost per month, a fraction between 0 and 1.' },
  ],
  returns: { description: 'Lifetime value of one customer.', format: 'money' },
  errors: [
    { kind: 'DIV0', when: 'churn is 0' },
    { kind: 'NUM', when: 'ARPA is negative, or a rate is outside 0..1' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=LTV(200, 75%, 2.5%)', note: '150 of gross profit a month for 40 months.' },
    { formula: '=LTV(200, 0.75, 0)', note: 'No churn: no finite lifetime.' },
  ],
  run: (arpa, margin, churn) => lifetimeValue(arpa, margin, churn),
});

export const LTVCAC = defineFunction({
  name: 'LTVCAC',
  title: 'LTV to CAC ratio',
  summary: 'Lifetime value over acquisition cost: LTV / CAC.',
  description: 'Returns LTV / CAC: how many times over a customer pays back what it cost to win them (3 or more is the usual aim).',
  category: 'KPI',
  params: [
    { name: 'ltv', kind: 'number', description: 'Customer lifetime value.' },
    { name: 'cac', kind: 'number', description: 'Customer-acquisition cost.' },
  ],
  returns: { description: 'The LTV to CAC ratio.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'CAC is 0' },
    { kind: 'NUM', when: 'LTV or CAC is negative' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=LTVCAC(6000, 1250)', note: 'A customer returns 4.8 times its acquisition cost.' },
    { formula: '=LTVCAC(LTV(200, 75%, 2.5%), CAC(50000, 40))', note: 'From the parts.' },
  ],
  run: (ltv, cac) => firstNegative({ ltv, cac }) ?? divide(ltv, cac, reason('CAC is 0')),
});
