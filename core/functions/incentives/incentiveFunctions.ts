import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction, documented } from '../../kit/catalogue/types';
import { commissionMethod, payCommission, readBands } from './commission';

/** COMMISSION's and COMMISSIONRATE's arguments, shared. */
const COMMISSION_PARAMS = documented([
  { name: 'amount', kind: 'total', description: 'What the rep sold (or the credited revenue): a number, or a range to add up.' },
  {
    name: 'rates',
    kind: 'range',
    description: "The rate table, two columns: each band's lower bound (rising, the first 0) and its rate (5% or 0.05).",
  },
  {
    name: 'method',
    kind: 'text',
    optional: true,
    defaultText: '"marginal"',
    description: '"marginal": each part at its band\'s rate; "tier": the whole at the highest band reached.',
  },
  { name: 'quota', kind: 'number', optional: true, defaultText: 'none', description: 'The quota: the bounds are then attainment (1 = 100%).' },
  { name: 'cap', kind: 'number', optional: true, defaultText: 'no cap', description: 'The largest payout.' },
  {
    name: 'gate',
    kind: 'number',
    optional: true,
    defaultText: 'none',
    description: "With a quota: below this attainment every part is paid at the first band's rate.",
  },
] as const);

const COMMISSION_ERRORS = [
  {
    kind: 'VALUE',
    when: 'the rates are not two columns of numbers, the first bound is not 0, the bounds do not rise, method is unknown, or a gate has no quota',
  },
  { kind: 'NUM', when: 'a rate, the cap or the gate is negative, or the quota is 0 or less' },
] as const;

const COMMISSION_CONVENTIONS =
  'The rates are a table of two columns: the lower bound of each band (rising, the first 0) and its rate; rates may fall as well as ' +
  'rise (a decelerator). Without a quota the bounds are amounts; with one they are attainment (1 = 100%): band b covers the ' +
  'amounts from bound_b × quota up to bound_b+1 × quota. "marginal" (the default) pays each part of the amount at its band\'s rate, ' +
  'as tax brackets; "tier" pays the whole amount at the rate of the highest band it reaches (an amount exactly at a bound reaches ' +
  "it). Below the gate's attainment every part is paid at the first band's rate. A negative amount (a clawback) is paid at the " +
  "first band's rate. The cap limits the payout. Rows of the table left blank, and a header row of two texts, are skipped.";

/** The payout, read from a sheet's arguments. */
function commissionOf(amount: number, rates: Range, method?: string, quota?: number, cap?: number, gate?: number): number | SheetError {
  const bands = readBands(rates);
  if (isSheetError(bands)) return bands;
  const how = commissionMethod(method);
  if (isSheetError(how)) return how;
  return payCommission(amount, bands, { method: how, quota, cap, gate });
}

export const COMMISSION = defineFunction({
  name: 'COMMISSION',
  title: 'Commission',
  summary: 'The payout on an amount under a rate table: marginal bands (as tax brackets) or tiers, with a quota, a cap and a gate.',
  description: COMMISSION_CONVENTIONS,
  category: 'Incentives',
  params: COMMISSION_PARAMS,
  returns: { description: 'The payout.', format: 'money' },
  errors: COMMISSION_ERRORS,
  examples: [
    { formula: '=COMMISSION(150000, {0,0.05;100000,0.08})', note: '5% on the first 100,000 and 8% on the next 50,000: 9,000.' },
    {
      formula: '=COMMISSION(SUMIFS(G2:G201, F2:F201, "Won"), {0,0.04;1,0.08}, "marginal", 600000, 40000, 0.5)',
      note: 'The won revenue: 4% up to a 600,000 quota and 8% above it, once half the quota is reached; at most 40,000.',
    },
  ],
  run: (amount, rates, method, quota, cap, gate) => commissionOf(amount, rates, method, quota, cap, gate),
});

export const COMMISSIONRATE = defineFunction({
  name: 'COMMISSIONRATE',
  title: 'Effective commission rate',
  summary: "The payout over the amount: the effective rate of a commission plan (COMMISSION's arguments).",
  description: "COMMISSION(...) / amount: the share of the amount the plan pays, with COMMISSION's arguments and conventions.",
  category: 'Incentives',
  params: COMMISSION_PARAMS,
  returns: { description: 'The effective rate, a fraction.', format: 'percent' },
  errors: [...COMMISSION_ERRORS, { kind: 'DIV0', when: 'the amount is 0' }],
  examples: [
    { formula: '=COMMISSIONRATE(150000, {0,0.05;100000,0.08})', note: '9,000 on 150,000: 6%.' },
    {
      formula: '=COMMISSIONRATE(SUMIFS(G2:G201, F2:F201, "Won"), {0,0.04;1,0.08}, "tier", 600000)',
      note: 'The won revenue at 4%, or all of it at 8% once at quota.',
    },
  ],
  run(amount, rates, method, quota, cap, gate) {
    const payout = commissionOf(amount, rates, method, quota, cap, gate);
    if (isSheetError(payout)) return payout;
    return amount === 0 ? new SheetError('DIV0', reason('the amount is 0')) : payout / amount;
  },
});

export const COSTOFSALES = defineFunction({
  name: 'COSTOFSALES',
  title: 'Cost of sales',
  summary: 'The cost of selling as a share of revenue: the sum of the costs over revenue (APQC).',
  description:
    'Σ costs / revenue. Costs are what it takes to sell (salaries, commissions, software, training, travel): a number, or a range ' +
    'whose numbers are added up (blanks and text skipped; a credit may be negative). The result is a fraction: format the cell as a ' +
    'percentage.',
  category: 'Incentives',
  params: [
    { name: 'costs', kind: 'total', description: 'The costs of selling: a number, or a range to add up.' },
    { name: 'revenue', kind: 'total', description: 'The revenue they bring: a number, or a range to add up.' },
  ],
  returns: { description: 'Cost of sales as a share of revenue.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'revenue is 0' },
    { kind: 'NUM', when: 'revenue is negative' },
    { kind: 'VALUE', when: 'a value is not a number, or a range holds no numbers' },
  ],
  examples: [
    { formula: '=COSTOFSALES({120000;30000;8000}, 1000000)', note: 'Salaries, commissions and software: 15.8% of revenue.' },
    { formula: '=COSTOFSALES(0.06 * SUMIFS(G2:G201, F2:F201, "Won"), SUMIFS(G2:G201, F2:F201, "Won"))', note: 'A 6% commission on won revenue: 6%.' },
  ],
  run(costs, revenue) {
    if (revenue === 0) return new SheetError('DIV0', reason('revenue is 0'));
    if (revenue < 0) return new SheetError('NUM', reason('revenue cannot be negative'));
    return costs / revenue;
  },
});
