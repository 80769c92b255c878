import { FunctionCase } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const DIV0 = { error: 'DIV0' } as const;

export const GOALPROGRESS_CASES: readonly FunctionCase[] = [
  { should: 'be half-way for a CAC down from 200 to 185 of a goal of 170', args: [200, 170, 185], expect: 0.5 },
  { should: 'read a rate’s goal the same way', args: [0.25, 0.3, 0.27], expect: 0.4 },
  { should: 'be above 100% beyond the target', args: [100, 120, 130], expect: 1.5 },
  { should: 'be below 0 when the measure went the wrong way', args: [100, 120, 90], expect: -0.5 },
  { should: 'be 100% at a target of a goal from 0', args: [0, 10, 10], expect: 1 },
  { should: 'be #DIV/0! when the target equals the baseline', args: [100, 100, 90], expect: DIV0 },
  { should: 'be #VALUE! for a blank actual', args: [100, 120, null], expect: VALUE },
  { should: 'be #VALUE! for a baseline in words', args: ['last year', 120, 110], expect: VALUE },
];

export const GOALTARGET_CASES: readonly FunctionCase[] = [
  { should: 'take 15% off a CAC of 200', args: [200, -0.15], expect: 170 },
  { should: 'add 5 points to a win rate of 25%', args: [0.25, 0.05, 'points'], expect: 0.3 },
  { should: 'add 5 percent to a win rate of 25% by default', args: [0.25, 0.05], expect: 0.2625 },
  { should: 'read the kind in any case', args: [0.25, 0.05, ' Points '], expect: 0.3 },
  { should: 'take a point off a churn of 3%', args: [0.03, -0.01, 'points'], expect: 0.02 },
  { should: 'keep the baseline for no change', args: [100, 0], expect: 100 },
  { should: 'be #VALUE! for a kind it does not know', args: [100, 0.1, 'ratio'], expect: VALUE },
  { should: 'be #VALUE! for a blank baseline', args: [null, 0.1], expect: VALUE },
];
