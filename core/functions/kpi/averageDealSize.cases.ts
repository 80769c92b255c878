import { FunctionCase, column } from '../../kit/catalogue/cases';

export const AVGDEALSIZE_CASES: readonly FunctionCase[] = [
  { should: 'average the amounts of won deals', args: [column(100, 300, 50), column('Won', 'Won', 'Lost')], expect: 200 },
  { should: 'skip won rows whose amount is blank or text', args: [column(100, null, 'tbc', 500), column('Won', 'Won', 'Won', 'Won')], expect: 300 },
  { should: 'match the won label without regard to case', args: [column(10, 20), column('WON', ' won')], expect: 15 },
  { should: 'use the won label it is given', args: [column(10, 20, 30), column('Booked', 'Won', 'Booked'), 'Booked'], expect: 20 },
  { should: 'keep negative amounts such as credit notes', args: [column(100, -20), column('Won', 'Won')], expect: 40 },
  { should: 'be #VALUE! when the ranges differ in shape', args: [column(1, 2, 3), column('Won', 'Won')], expect: { error: 'VALUE' } },
  { should: 'be #DIV/0! when nothing was won', args: [column(100, 200), column('Lost', 'Open')], expect: { error: 'DIV0' } },
  { should: 'be #DIV/0! when no won deal has an amount', args: [column(null, 'n/a'), column('Won', 'Won')], expect: { error: 'DIV0' } },
  { should: 'pass on an error found in the amounts', args: [column(100, { error: 'DIV0' }), column('Won', 'Won')], expect: { error: 'DIV0' } },
  {
    should: 'read two-dimensional ranges cell for cell',
    args: [
      [
        [10, 20],
        [30, 40],
      ],
      [
        ['Won', 'Lost'],
        ['Lost', 'Won'],
      ],
    ],
    expect: 25,
  },
];

export const AVGDEALSIZE_VARIANT_CASES: readonly FunctionCase[] = [
  { should: 'give the median won amount when asked', args: [column(10, 20, 90, 5), column('Won', 'Won', 'Won', 'Lost'), null, 'median'], expect: 20 },
  {
    should: 'average the two middle amounts for an even median',
    args: [column(10, 20, 30, 40), column('Won', 'Won', 'Won', 'Won'), null, 'Median'],
    expect: 25,
  },
  { should: 'be #VALUE! for a method it does not know', args: [column(10), column('Won'), null, 'mode'], expect: { error: 'VALUE' } },
];
