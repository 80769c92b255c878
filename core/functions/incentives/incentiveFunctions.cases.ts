import { FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;

/** 5% up to 100,000, 8% above. */
const TWO_BANDS = [
  [0, 0.05],
  [100000, 0.08],
];
/** 4% up to quota, 8% above it (bounds as attainment). */
const ACCELERATOR = [
  [0, 0.04],
  [1, 0.08],
];
/** 2% to half the quota, 5% to quota, 10% above. */
const THREE_BANDS = [
  [0, 0.02],
  [0.5, 0.05],
  [1, 0.1],
];
/** 10% up to 50,000, 5% above: a decelerator. */
const FALLING = [
  [0, 0.1],
  [50000, 0.05],
];

export const COMMISSION_CASES: readonly FunctionCase[] = [
  { should: 'pay each part at its band’s rate (marginal): 5,000 + 4,000', args: [150000, TWO_BANDS], expect: 9000 },
  { should: 'pay within the first band only', args: [80000, TWO_BANDS], expect: 4000 },
  { should: 'pay the whole amount at the highest band reached (tier)', args: [150000, TWO_BANDS, 'tier'], expect: 12000 },
  { should: 'reach a band exactly at its bound (tier)', args: [100000, TWO_BANDS, 'tier'], expect: 8000 },
  { should: 'read the method in any case, spaces around', args: [150000, TWO_BANDS, ' Tier '], expect: 12000 },
  { should: 'read the bounds as attainment with a quota: 24,000 to quota, 8,000 above', args: [700000, ACCELERATOR, 'marginal', 600000], expect: 32000 },
  { should: 'pay every part at the first rate below the gate', args: [80000, THREE_BANDS, 'marginal', 100000, null, 0.9], expect: 1600 },
  { should: 'pay the bands in full once past the gate', args: [120000, THREE_BANDS, 'marginal', 100000, null, 0.9], expect: 5500 },
  { should: 'pay no more than the cap', args: [150000, TWO_BANDS, 'marginal', null, 8000], expect: 8000 },
  { should: 'let rates fall as well as rise (a decelerator)', args: [80000, FALLING], expect: 6500 },
  { should: 'pay a clawback at the first band’s rate', args: [-20000, TWO_BANDS], expect: -1000 },
  { should: 'add up a range of amounts', args: [column(100000, 50000), TWO_BANDS], expect: 9000 },
  { should: 'skip blank rows and a header row of the rates', args: [150000, [['From', 'Rate'], ...TWO_BANDS, [null, null]]], expect: 9000 },
  { should: 'be #VALUE! when the first bound is not 0', args: [100, [[10, 0.05]]], expect: VALUE },
  {
    should: 'be #VALUE! when the bounds do not rise',
    args: [
      100,
      [
        [0, 0.05],
        [100, 0.08],
        [50, 0.1],
      ],
    ],
    expect: VALUE,
  },
  {
    should: 'be #NUM! for a negative rate',
    args: [
      100,
      [
        [0, 0.05],
        [50, -0.01],
      ],
    ],
    expect: NUM,
  },
  { should: 'be #NUM! for a quota of 0', args: [100, ACCELERATOR, 'marginal', 0], expect: NUM },
  { should: 'be #NUM! for a negative cap', args: [100, TWO_BANDS, 'marginal', null, -1], expect: NUM },
  { should: 'be #VALUE! for a gate without a quota', args: [100, TWO_BANDS, 'marginal', null, null, 0.5], expect: VALUE },
  { should: 'be #VALUE! for a method it does not know', args: [100, TWO_BANDS, 'flat'], expect: VALUE },
  { should: 'be #VALUE! for rates of three columns', args: [100, [[0, 0.05, 1]]], expect: VALUE },
  { should: 'be #VALUE! for text among the rates', args: [100, [[0, 'five']]], expect: VALUE },
];

export const COMMISSIONRATE_CASES: readonly FunctionCase[] = [
  { should: 'be the payout over the amount: 9,000 on 150,000', args: [150000, TWO_BANDS], expect: 0.06 },
  { should: 'be the reached band’s rate for a tier', args: [150000, TWO_BANDS, 'tier'], expect: 0.08 },
  { should: 'fall under the cap', args: [150000, TWO_BANDS, 'marginal', null, 8000], expect: 8000 / 150000 },
  { should: 'blend the bands with a quota', args: [700000, ACCELERATOR, 'marginal', 600000], expect: 32000 / 700000 },
  { should: 'be the first rate on a clawback', args: [-20000, TWO_BANDS], expect: 0.05 },
  { should: 'be #DIV/0! for an amount of 0', args: [0, TWO_BANDS], expect: DIV0 },
  { should: 'be #VALUE! when the bounds do not rise', args: [100, [...TWO_BANDS, [50, 0.1]]], expect: VALUE },
  { should: 'be #NUM! for a negative quota', args: [100, ACCELERATOR, 'marginal', -1], expect: NUM },
];

export const COSTOFSALES_CASES: readonly FunctionCase[] = [
  { should: 'be the costs over revenue', args: [column(120000, 30000, 8000), 1000000], expect: 0.158 },
  { should: 'take one cost', args: [50000, 1000000], expect: 0.05 },
  { should: 'skip blanks and text among the costs', args: [column(100, null, 'x', 50), 1000], expect: 0.15 },
  { should: 'count a credit as a negative cost', args: [column(100, -20), 400], expect: 0.2 },
  { should: 'add up a range of revenue', args: [100, column(600, 400)], expect: 0.1 },
  { should: 'be 0 with no cost', args: [0, 1000], expect: 0 },
  { should: 'be #DIV/0! for revenue of 0', args: [100, 0], expect: DIV0 },
  { should: 'be #NUM! for negative revenue', args: [100, -5], expect: NUM },
  { should: 'be #VALUE! for costs that hold no numbers', args: [column('a', 'b'), 1000], expect: VALUE },
];
