import { FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;

export const BREAKEVENVOL_CASES: readonly FunctionCase[] = [
  { should: 'need a third more units after a 10% cut at a 40% margin', args: [-0.1, 0.4], expect: 0.1 / 0.3 },
  { should: 'allow a loss of units after a rise', args: [0.05, 0.3], expect: -0.05 / 0.35 },
  { should: 'be 0 for no change', args: [0, 0.3], expect: 0 },
  { should: 'need a quarter more units after a 20% cut at a 100% margin', args: [-0.2, 1], expect: 0.25 },
  { should: 'be #NUM! for a cut as deep as the margin', args: [-0.3, 0.3], expect: NUM },
  { should: 'be #NUM! for a cut deeper than the margin', args: [-0.5, 0.3], expect: NUM },
  { should: 'be #NUM! for a price that falls by 100%', args: [-1, 0.5], expect: NUM },
  { should: 'be #NUM! for a margin above 100%', args: [0.1, 1.2], expect: NUM },
  { should: 'be #VALUE! for a change in words', args: ['less', 0.4], expect: VALUE },
];

export const PRICEIMPACT_CASES: readonly FunctionCase[] = [
  {
    should: 'sell 20% more at a 10% cut with an elasticity of −2, and earn 4,000 less',
    args: [100, 1000, 60, -0.1, -2],
    expect: { table: [[1200, 108000, 36000, -4000]] },
  },
  {
    should: 'follow a constant elasticity: a 25% rise at −1 keeps revenue and sells 800',
    args: [100, 1000, 60, 0.25, -1, 'constant'],
    expect: { table: [[800, 100000, 52000, 12000]] },
  },
  { should: 'read the rule in any case', args: [100, 1000, 60, 1, -2, ' Constant '], expect: { table: [[250, 50000, 35000, -5000]] } },
  { should: 'never sell fewer than 0 units', args: [100, 1000, 60, 0.6, -2], expect: { table: [[0, 0, 0, -40000]] } },
  { should: 'change nothing for no change', args: [100, 1000, 60, 0, -2], expect: { table: [[1000, 100000, 40000, 0]] } },
  { should: 'be #NUM! for a price of 0', args: [0, 1000, 60, -0.1, -2], expect: NUM },
  { should: 'be #NUM! for negative units', args: [100, -1, 60, -0.1, -2], expect: NUM },
  { should: 'be #NUM! for a price that falls by 100%', args: [100, 1000, 60, -1, -2], expect: NUM },
  { should: 'be #VALUE! for a rule it does not know', args: [100, 1000, 60, -0.1, -2, 'log'], expect: VALUE },
];

export const ELASTICITY_CASES: readonly FunctionCase[] = [
  { should: 'be −1 when revenue stays the same at every price', args: [column(10, 20, 40), column(800, 400, 200)], expect: -1 },
  { should: 'be −2 when units fall by the square of the price', args: [column(1, 2, 4), column(16, 4, 1)], expect: -2 },
  { should: 'fit a noisy history by least squares', args: [column(10, 12, 14, 16), column(1000, 800, 680, 600)], expect: -1.088167258974336 },
  { should: 'leave out blank and zero rows', args: [column(10, null, 20, 0, 40), column(800, 5, 400, 7, 200)], expect: -1 },
  { should: 'be #VALUE! with fewer than 3 rows above 0', args: [column(10, 20), column(5, 4)], expect: VALUE },
  { should: 'be #VALUE! when the price never changed', args: [column(10, 10, 10), column(100, 90, 80)], expect: VALUE },
  { should: 'be #VALUE! for text among the prices', args: [column('a', 20, 40), column(1, 2, 3)], expect: VALUE },
  { should: 'be #VALUE! for ranges of different sizes', args: [column(10, 20, 40), column(1, 2)], expect: VALUE },
];
