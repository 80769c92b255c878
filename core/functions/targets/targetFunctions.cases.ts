import { FunctionCase, column } from '../../kit/catalogue/cases';

const NA = { error: 'NA' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;
const VALUE = { error: 'VALUE' } as const;
const table = (...values: number[]) => ({ table: values.map((v) => [v]) });

const lastYear = [100, 120, 90, 110, 130, 150, 140, 120, 110, 100, 160, 200];
const pattern = [10, 20, 30, 40, 50, 60, 60, 50, 40, 30, 20, 10];

export const BASELINE_CASES: readonly FunctionCase[] = [
  { should: 'take last year × (1 + growth) with the growth method', args: [column(...lastYear), 3, 'growth', 0.1], expect: table(110, 132, 99) },
  { should: 'forecast twelve periods by default', args: [column(...lastYear), null, 'growth'], expect: table(...lastYear) },
  { should: 'repeat a steady seasonal pattern with Holt-Winters', args: [column(...pattern, ...pattern)], expect: table(...pattern) },
  { should: 'forecast the periods asked for', args: [[[...pattern, ...pattern]], 2], expect: table(10, 20) },
  { should: 'be #VALUE! for Holt-Winters on one year of history', args: [column(...lastYear)], expect: VALUE },
  { should: 'be #NUM! for 0 periods', args: [column(...lastYear), 0, 'growth'], expect: NUM },
  { should: 'be #NUM! for more than 36 periods', args: [column(...lastYear), 37, 'growth'], expect: NUM },
  { should: 'be #NUM! for negative history', args: [column(...lastYear.slice(1), -5), 12, 'growth'], expect: NUM },
  { should: 'be #VALUE! for a method it does not know', args: [column(...lastYear), 12, 'arima'], expect: VALUE },
  { should: 'be #VALUE! for text in the history', args: [column(...lastYear.slice(1), 'n/a'), 12, 'growth'], expect: VALUE },
  { should: 'be #NUM! for growth below -100%', args: [column(...lastYear), 12, 'growth', -2], expect: NUM },
  {
    should: 'forecast a table of series column by column',
    args: [lastYear.map((v) => [v, 2 * v]), 2, 'growth', 0.5],
    expect: {
      table: [
        [150, 300],
        [180, 360],
      ],
    },
  },
];

export const SEASONALITY_CASES: readonly FunctionCase[] = [
  { should: "give each position's share of the cycle", args: [column(10, 30, 20, 40), 2], expect: table(0.3, 0.7) },
  { should: 'use twelve months by default', args: [column(...Array(12).fill(5))], expect: table(...Array(12).fill(1 / 12)) },
  { should: 'add up the same position across cycles', args: [column(10, 30, 30, 10), 2], expect: table(0.5, 0.5) },
  { should: 'give indexes when asked', args: [column(10, 30, 20, 40), 2, 'index'], expect: table(0.6, 1.4) },
  { should: 'give even shares for a history of zeros', args: [column(0, 0, 0), 3], expect: table(1 / 3, 1 / 3, 1 / 3) },
  { should: 'count blanks as 0', args: [column(10, null, 30, null), 2], expect: table(1, 0) },
  { should: 'be #NUM! for negative history', args: [column(10, -1), 2], expect: NUM },
  { should: 'be #VALUE! for text in the history', args: [column(10, 'x'), 2], expect: VALUE },
  { should: 'be #NUM! for a period length of 0', args: [column(10, 20), 0], expect: NUM },
  { should: 'be #NUM! for a period longer than the history', args: [column(10, 20), 3], expect: NUM },
  { should: 'be #VALUE! for a kind it does not know', args: [column(10, 20), 2, 'ratio'], expect: VALUE },
  { should: 'pass on an error in the history', args: [column(10, NA), 2], expect: NA },
];

export const CASCADE_CASES: readonly FunctionCase[] = [
  { should: 'share the total in proportion to the drivers', args: [1000, column(30, 10, 60)], expect: table(300, 100, 600) },
  { should: 'round to the unit and still add up to the total', args: [1000, column(1, 1, 1), null, 10], expect: table(340, 330, 330) },
  { should: 'keep locked values and share the rest', args: [1000, column(30, 10, 60), column(null, 400, null)], expect: table(200, 400, 400) },
  { should: 'share evenly when asked', args: [90, column(5, 1, 1), null, null, 'even'], expect: table(30, 30, 30) },
  { should: 'give what is left below one unit to the largest remainder', args: [1005, column(1, 1), null, 10], expect: table(505, 500) },
  { should: 'share evenly when every driver is 0 and that is asked for', args: [100, column(0, 0), null, null, 'proportional-or-even'], expect: table(50, 50) },
  { should: 'accept children all locked when the locks make the total', args: [100, column(1, 1), column(60, 40)], expect: table(60, 40) },
  { should: 'be #DIV/0! when every driver is 0', args: [100, column(0, 0)], expect: DIV0 },
  { should: 'be #NUM! when the locks add up to more than the total', args: [100, column(1, 1), column(80, 30)], expect: NUM },
  { should: 'be #NUM! for a negative driver', args: [100, column(1, -1)], expect: NUM },
  { should: 'be #NUM! for a unit of 0', args: [100, column(1, 1), null, 0], expect: NUM },
  { should: 'be #VALUE! when locks differ in size from drivers', args: [100, column(1, 1), column(5, null, 5)], expect: VALUE },
  { should: 'be #VALUE! for a driver that is text', args: [100, column(1, 'big')], expect: VALUE },
  {
    should: 'blend several driver columns into one share per row',
    args: [
      1000,
      [
        [10, 1],
        [30, 1],
      ],
    ],
    expect: table(375, 625),
  },
];

export const RAMPQUOTA_CASES: readonly FunctionCase[] = [
  { should: 'give half the quota in the second month', args: [20000, 2], expect: 10000 },
  { should: 'give a quarter in the first month', args: [20000, 1], expect: 5000 },
  { should: 'give the full quota after the ramp', args: [20000, 6], expect: 20000 },
  { should: 'give nothing before the start', args: [20000, 0], expect: 0 },
  { should: 'count a month begun as that month', args: [20000, 3.7], expect: 15000 },
  { should: 'use the schedule it is given', args: [20000, 1, [[0.5, 1]]], expect: 10000 },
  { should: 'be #NUM! for a negative quota', args: [-1, 2], expect: NUM },
  { should: 'be #NUM! for a ramp factor written as 50', args: [20000, 1, [[50, 100]]], expect: NUM },
  { should: 'be #VALUE! for a blank tenure', args: [20000, null], expect: VALUE },
  { should: 'be #VALUE! for a schedule with text', args: [20000, 1, [[0.5, 'full']]], expect: VALUE },
];

export const REPSNEEDED_CASES: readonly FunctionCase[] = [
  { should: 'round the reps needed up to whole people', args: [1000000, 120000, 0.8], expect: 11 },
  { should: 'assume full attainment by default', args: [1000000, 120000], expect: 9 },
  { should: 'not round up an exact number', args: [960000, 120000], expect: 8 },
  { should: 'need nobody for no target', args: [0, 120000], expect: 0 },
  { should: 'be #NUM! for attainment written as 80', args: [1000000, 120000, 80], expect: NUM },
  { should: 'be #DIV/0! for a quota of 0', args: [1000000, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative target', args: [-1, 120000], expect: NUM },
  { should: 'be #VALUE! for a blank quota', args: [1000000, null], expect: VALUE },
];
