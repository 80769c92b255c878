import { FunctionCase, column } from '../../kit/catalogue/cases';

export const WINRATE_CASES: readonly FunctionCase[] = [
  { should: 'divide won by won plus lost', args: [column('Won', 'Lost', 'Won', 'Lost', 'Won')], expect: 0.6 },
  { should: 'leave open deals and blanks out', args: [column('Won', 'Open', null, 'Lost', 'No decision')], expect: 0.5 },
  { should: 'match labels without regard to case or spaces', args: [column(' won', 'LOST ', 'Won')], expect: 2 / 3 },
  { should: 'use the labels it is given', args: [column('Closed Won', 'Closed Lost', 'Closed Lost', 'Won'), 'closed won', 'closed lost'], expect: 1 / 3 },
  { should: 'ignore numbers in the outcome range', args: [column('Won', 5, 'Lost', true)], expect: 0.5 },
  {
    should: 'read a two-dimensional range cell by cell',
    args: [
      [
        ['Won', 'Lost'],
        ['Won', 'Won'],
      ],
    ],
    expect: 0.75,
  },
  { should: 'be #DIV/0! when no deal is decided', args: [column('Open', 'Open', null)], expect: { error: 'DIV0' } },
  { should: 'be #DIV/0! over an all-blank range', args: [column(null, null)], expect: { error: 'DIV0' } },
  { should: 'pass on an error found in the outcomes', args: [column('Won', { error: 'NA' }, 'Lost')], expect: { error: 'NA' } },
  { should: 'be #VALUE! when both labels are the same', args: [column('Won'), 'Won', 'won'], expect: { error: 'VALUE' } },
  { should: 'take two counts', args: [30, 70], expect: 0.3 },
  { should: 'be #DIV/0! for two zero counts', args: [0, 0], expect: { error: 'DIV0' } },
  { should: 'be #NUM! for a negative count', args: [-1, 4], expect: { error: 'NUM' } },
  { should: 'be #VALUE! for a won count with no lost count', args: [12], expect: { error: 'VALUE' } },
  { should: 'be #VALUE! when a count is text', args: [12, 'many'], expect: { error: 'VALUE' } },
];

export const WINRATE_VARIANT_CASES: readonly FunctionCase[] = [
  { should: 'weigh deals by amount when amounts are given', args: [column('Won', 'Lost', 'Open'), null, null, column(300, 100, 1000)], expect: 0.75 },
  { should: 'skip rows whose amount is not a number', args: [column('Won', 'Lost', 'Won'), null, null, column(100, 'n/a', 300)], expect: 1 },
  {
    should: 'count no-decision deals as decided but not won when asked',
    args: [column('Won', 'Lost', 'No decision', 'Open'), null, null, null, 'no decision'],
    expect: 1 / 3,
  },
  { should: 'be #VALUE! when amounts differ in size from outcomes', args: [column('Won', 'Lost'), null, null, column(1)], expect: { error: 'VALUE' } },
  { should: 'be #VALUE! when the no-decision label is the won label', args: [column('Won'), null, null, null, 'won'], expect: { error: 'VALUE' } },
  { should: 'be #VALUE! when counts are given with amounts', args: [3, 4, null, column(1, 2)], expect: { error: 'VALUE' } },
];
