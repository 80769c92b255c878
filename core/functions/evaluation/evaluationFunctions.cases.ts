import { FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;
const NA = { error: 'NA' } as const;

export const RAG_CASES: readonly FunctionCase[] = [
  { should: 'be Green on target', args: [100, 100], expect: 'Green' },
  { should: 'be Amber from 95%', args: [95, 100], expect: 'Amber' },
  { should: 'be Red below 95%', args: [94.99, 100], expect: 'Red' },
  { should: 'pro-rate to the time elapsed', args: [60, 100, 6, 12], expect: 'Green' },
  { should: 'take its own cut-offs', args: [85, 100, null, null, 0.8, 0.9], expect: 'Amber' },
  { should: 'add up ranges', args: [column(40, 50), column(50, 50)], expect: 'Red' },
  { should: 'be #DIV/0! for a target of 0', args: [10, 0], expect: DIV0 },
  { should: 'be #VALUE! with elapsed but no total', args: [10, 100, 3], expect: VALUE },
  { should: 'be #NUM! when amber starts above green', args: [10, 100, null, null, 1.1, 1], expect: NUM },
  { should: 'be #NUM! when elapsed is more than total', args: [10, 100, 13, 12], expect: NUM },
  { should: 'be Amber for a CAC a little above its goal when lower is better', args: [175, 170, null, null, null, null, 'lower'], expect: 'Amber' },
  { should: 'be Green below the goal when lower is better', args: [160, 170, null, null, null, null, 'lower'], expect: 'Green' },
  { should: 'be Green for nothing at all when lower is better', args: [0, 170, null, null, null, null, 'lower'], expect: 'Green' },
  { should: 'be #VALUE! for a direction it does not know', args: [10, 100, null, null, null, null, 'sideways'], expect: VALUE },
];

const NAMES = column('North', 'South', 'West', 'East');
export const SHORTFALLS_CASES: readonly FunctionCase[] = [
  {
    should: 'list only those behind, most behind first',
    args: [NAMES, column(80, 120, 50, 100), column(100, 100, 100, 100)],
    expect: {
      table: [
        ['West', 50, 100, 50, 0.5],
        ['North', 80, 100, 20, 0.8],
      ],
    },
  },
  {
    should: 'keep ties in their order',
    args: [column('A', 'B'), column(90, 190), column(100, 200)],
    expect: {
      table: [
        ['A', 90, 100, 10, 0.9],
        ['B', 190, 200, 10, 0.95],
      ],
    },
  },
  { should: 'list at most n', args: [NAMES, column(80, 120, 50, 100), column(100, 100, 100, 100), 1], expect: { table: [['West', 50, 100, 50, 0.5]] } },
  { should: 'skip rows without a name', args: [column('A', null), column(1, 1), column(2, 5)], expect: { table: [['A', 1, 2, 1, 0.5]] } },
  {
    should: 'count a negative actual as behind a target of 0, its attainment #DIV/0!',
    args: [column('A'), column(-5), column(0)],
    expect: { table: [['A', -5, 0, 5, DIV0]] },
  },
  { should: 'be #N/A when no one is behind', args: [NAMES, column(100, 120, 150, 100), column(100, 100, 100, 100)], expect: NA },
  { should: 'be #NUM! for n of 0', args: [NAMES, column(1, 1, 1, 1), column(2, 2, 2, 2), 0], expect: NUM },
  { should: 'be #VALUE! for ranges of different sizes', args: [NAMES, column(1, 1), column(2, 2, 2, 2)], expect: VALUE },
  { should: 'be #VALUE! for text among the actuals', args: [column('A'), column('lots'), column(2)], expect: VALUE },
];

export const PVM_CASES: readonly FunctionCase[] = [
  {
    should: 'split a change into volume, mix and price, adding up to now − before',
    args: [column(110, 40), column(10, 22), column(100, 60), column(10, 20)],
    expect: { table: [[-137.5, -162.5, 80, -220]] },
  },
  { should: 'be all price when only prices move', args: [column(10, 10), column(12, 6), column(10, 10), column(10, 5)], expect: { table: [[0, 0, 30, 30]] } },
  {
    should: 'be all volume when every product sells more alike',
    args: [column(20, 20), column(10, 10), column(10, 10), column(10, 10)],
    expect: { table: [[200, 0, 0, 200]] },
  },
  {
    should: 'be mix when sales shift to the dearer product',
    args: [column(15, 5), column(20, 10), column(10, 10), column(20, 10)],
    expect: { table: [[0, 50, 0, 50]] },
  },
  {
    should: 'count a new product as volume at its own price',
    args: [column(100, 30), column(10, 5), column(100, 0), column(10, 0)],
    expect: { table: [[150, 0, 0, 150]] },
  },
  {
    should: 'count a product gone as volume lost at its old price',
    args: [column(100, null), column(10, null), column(100, 20), column(10, 4)],
    expect: { table: [[-80, 0, 0, -80]] },
  },
  { should: 'be #VALUE! for ranges of different sizes', args: [column(1, 2), column(1), column(1, 2), column(1, 2)], expect: VALUE },
  { should: 'be #NUM! for a negative price', args: [column(1), column(-1), column(1), column(1)], expect: NUM },
  { should: 'be #VALUE! for text among the quantities', args: [column('ten'), column(1), column(1), column(1)], expect: VALUE },
];

export const FORECASTEND_CASES: readonly FunctionCase[] = [
  { should: 'extrapolate the run rate by default', args: [30_000, 3, 12], expect: 120_000 },
  { should: 'take "linear" as the run rate', args: [30_000, 3, 12, 'linear'], expect: 120_000 },
  { should: "pace by the periods' shares", args: [30_000, 3, 4, column(0.1, 0.2, 0.3, 0.4)], expect: 50_000 },
  { should: 'count a part period pro rata', args: [15_000, 1.5, 4, column(0.1, 0.2, 0.3, 0.4)], expect: 75_000 },
  { should: 'take shares that do not add up to 1', args: [30, 1, 2, column(1, 2)], expect: 90 },
  { should: 'end where it is when the period is over', args: [500, 12, 12], expect: 500 },
  { should: 'be #DIV/0! when no time has elapsed', args: [0, 0, 12], expect: DIV0 },
  { should: 'be #NUM! when elapsed is more than total', args: [10, 13, 12], expect: NUM },
  { should: 'be #VALUE! for shares that are not one per period', args: [10, 1, 4, column(0.5, 0.5)], expect: VALUE },
  { should: 'be #VALUE! for a method it does not know', args: [10, 1, 4, 'quadratic'], expect: VALUE },
];
