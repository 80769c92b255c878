import { FunctionCase, column } from '../../kit/catalogue/cases';

export const CLOSERATE_CASES: readonly FunctionCase[] = [
  { should: 'divide won by every non-blank outcome', args: [column('Won', 'Lost', 'Open', 'Won')], expect: 0.5 },
  { should: 'keep open deals in the denominator', args: [column('Won', 'Open', 'Open', 'Open')], expect: 0.25 },
  { should: 'skip blank cells', args: [column('Won', null, 'Lost', null)], expect: 0.5 },
  { should: 'match the won label without regard to case', args: [column('WON', 'won ', 'Lost', 'Lost')], expect: 0.5 },
  { should: 'use the won label it is given', args: [column('Booked', 'Lost', 'Booked', 'Open'), 'booked'], expect: 0.5 },
  { should: 'count numbers as opportunities that were not won', args: [column('Won', 42)], expect: 0.5 },
  { should: 'be 0 when nothing was won', args: [column('Lost', 'Open')], expect: 0 },
  { should: 'be #DIV/0! over an all-blank range', args: [column(null, null, null)], expect: { error: 'DIV0' } },
  { should: 'pass on an error found in the outcomes', args: [column('Won', { error: 'REF' })], expect: { error: 'REF' } },
  { should: 'read a single cell', args: ['Won'], expect: 1 },
];

export const CLOSERATE_VARIANT_CASES: readonly FunctionCase[] = [
  { should: 'measure by value when amounts are given', args: [column('Won', 'Open', 'Lost'), null, column(100, 300, 100)], expect: 0.2 },
  { should: 'be #VALUE! when amounts differ in size from outcomes', args: [column('Won', 'Open'), null, column(1, 2, 3)], expect: { error: 'VALUE' } },
  { should: 'be #DIV/0! when no opportunity has an amount', args: [column('Won', 'Open'), null, column(null, 'x')], expect: { error: 'DIV0' } },
];
