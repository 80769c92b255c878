import { FunctionCase, column } from '../../kit/catalogue/cases';

export const ATTAINMENT_CASES: readonly FunctionCase[] = [
  { should: 'divide actual by target', args: [90000, 120000], expect: 0.75 },
  { should: 'pro-rate the target to the time elapsed', args: [90000, 120000, 6, 12], expect: 1.5 },
  { should: 'add up ranges of actuals and targets', args: [column(100, 200, null, 'note'), column(400, 200)], expect: 0.5 },
  { should: 'allow a negative actual such as net returns', args: [-50, 100], expect: -0.5 },
  { should: 'accept numbers typed as text', args: ['50', '200'], expect: 0.25 },
  { should: 'be #DIV/0! for a target of 0', args: [10, 0], expect: { error: 'DIV0' } },
  { should: 'be #NUM! for a negative target', args: [10, -100], expect: { error: 'NUM' } },
  { should: 'be #NUM! when elapsed is more than total', args: [10, 100, 13, 12], expect: { error: 'NUM' } },
  { should: 'be #DIV/0! when no time has elapsed', args: [10, 100, 0, 12], expect: { error: 'DIV0' } },
  { should: 'be #VALUE! with elapsed but no total', args: [10, 100, 6], expect: { error: 'VALUE' } },
  { should: 'be #VALUE! for a blank actual', args: [null, 100], expect: { error: 'VALUE' } },
  { should: 'be #VALUE! for a target that is text', args: [10, 'lots'], expect: { error: 'VALUE' } },
  { should: 'be #VALUE! for a range with no numbers', args: [column('a', null), 100], expect: { error: 'VALUE' } },
  { should: 'pass on an error in the actuals', args: [column(5, { error: 'NA' }), 100], expect: { error: 'NA' } },
  { should: 'turn over when lower is better: a CAC of 180 against 170', args: [180, 170, null, null, 'lower'], expect: 170 / 180 },
  { should: 'pro-rate a lower-is-better target too', args: [150, 200, 6, 12, 'Lower'], expect: 100 / 150 },
  { should: 'be #DIV/0! for an actual of 0 when lower is better', args: [0, 170, null, null, 'lower'], expect: { error: 'DIV0' } },
  { should: 'be #VALUE! for a direction it does not know', args: [10, 100, null, null, 'up'], expect: { error: 'VALUE' } },
];
