import { SheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';
import { sameShape } from './sameShape';

/**
 * Annual contract value of each contract, (total value − one-off fees) / term in years, averaged
 * over the contracts; rows with no numeric value are left out.
 *
 * @example
 * annualContractValue([[36000]], [[3]])            //=> 12000
 * annualContractValue([[36000], [10000]], [[3], [1]], [[6000], [0]]) //=> 10000
 */
export function annualContractValue(values: Range, termsYears: Range, oneOffFees?: Range): number | SheetError {
  const shapeError = sameShape({ contract_values: values, term_years: termsYears, one_off_fees: oneOffFees });
  if (shapeError) return shapeError;
  let total = 0;
  let contracts = 0;
  for (let r = 0; r < values.length; r += 1) {
    for (let c = 0; c < values[r].length; c += 1) {
      const value = values[r][c];
      if (typeof value !== 'number') continue;
      const term = termsYears[r][c];
      if (typeof term !== 'number') return new SheetError('VALUE', reason('the contract in row {value} has no term in years', { value: r + 1 }));
      if (term === 0) return new SheetError('DIV0', reason('the term in row {value} is 0 years', { value: r + 1 }));
      if (term < 0) return new SheetError('NUM', reason('the term in row {value} must be more than 0 years', { value: r + 1 }));
      const fee = oneOffFees?.[r][c];
      const fees = typeof fee === 'number' ? fee : 0;
      if (fees < 0 || fees > value)
        return new SheetError('NUM', reason('the one-off fees in row {value} must be between 0 and the contract value', { value: r + 1 }));
      total += (value - fees) / term;
      contracts += 1;
    }
  }
  return contracts === 0 ? new SheetError('DIV0', reason('no contract has a value')) : total / contracts;
}

export const ACV = defineFunction({
  name: 'ACV',
  title: 'Annual contract value',
  summary: 'Annual contract value: (total contract value − one-off fees) / term in years.',
  description:
    'For one contract, returns (contract value − one-off fees) / term in years: what the customer is ' +
    'worth a year, set-up and other one-off fees excluded. Given ranges (one row per contract), returns ' +
    'the average ACV of the contracts; rows whose value is blank or text are left out. Terms are in ' +
    'years (18 months = 1.5).',
  category: 'KPI',
  params: [
    { name: 'contract_values', kind: 'range', description: 'Total contract value, or a column of them.' },
    { name: 'term_years', kind: 'range', description: "Each contract's term in years, the same size as contract_values." },
    {
      name: 'one_off_fees',
      kind: 'range',
      optional: true,
      defaultText: '0',
      description: 'One-off fees included in the value (set-up, training), to leave out.',
    },
  ],
  returns: { description: 'The annual contract value (the average over contracts, for ranges).', format: 'money' },
  errors: [
    { kind: 'DIV0', when: 'no contract has a numeric value, or a term is 0' },
    { kind: 'NUM', when: 'a term is negative, or fees are negative or larger than the value' },
    { kind: 'VALUE', when: 'the ranges differ in size, or a contract has no term' },
  ],
  examples: [
    { formula: '=ACV(36000, 3)', note: 'A three-year contract worth 36,000: 12,000 a year.' },
    { formula: '=ACV(40000, 3, 4000)', note: 'The same, with a 4,000 set-up fee left out.' },
  ],
  run: (values, terms, fees) => annualContractValue(values, terms, fees),
});
