import { FunctionCase, column } from '../../kit/catalogue/cases';

export const REVGROWTH_CASES: readonly FunctionCase[] = [
  { should: 'be the change over the previous value', args: [132000, 120000], expect: 0.1 },
  { should: 'be negative when revenue fell', args: [90, 120], expect: -0.25 },
  { should: 'be 0 when nothing changed', args: [75, 75], expect: 0 },
  { should: 'add up ranges such as a quarter of months', args: [column(10, 20, 30), column(20, 20, 20)], expect: 0 },
  { should: 'be below -1 when current revenue is negative', args: [-10, 100], expect: -1.1 },
  { should: 'be #DIV/0! when previous is 0', args: [100, 0], expect: { error: 'DIV0' } },
  { should: 'be #NUM! when previous is negative', args: [100, -50], expect: { error: 'NUM' } },
  { should: 'be #VALUE! when previous is blank', args: [100, null], expect: { error: 'VALUE' } },
  { should: 'be #VALUE! when current is TRUE', args: [true, 100], expect: { error: 'VALUE' } },
  { should: 'pass on an error in previous', args: [100, { error: 'DIV0' }], expect: { error: 'DIV0' } },
];
