import { CaseCell, FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;
const amounts = (...values: number[]) => ({ table: values.map((v) => [v]) });

const TWO_LOGS: CaseCell[][] = [
  ['log', 100, 50, null],
  ['log', 200, 50, null],
];

export const RESPONSE_CASES: readonly FunctionCase[] = [
  { should: 'return β·ln(1 + x/κ) on a log curve', args: [50, 'log', 100, 50], expect: 100 * Math.log(2) },
  { should: 'return β·(1 − e^(−x/κ)) on an exp curve', args: [50, 'exp', 100, 50], expect: 100 * (1 - Math.exp(-1)) },
  { should: 'return half of β at κ on a Hill curve, whatever α', args: [50, 'Hill', 100, 50, 3], expect: 50 },
  { should: 'return 0 for no spend', args: [0, 'hill', 100, 50, 0.5], expect: 0 },
  { should: 'be #VALUE! for an unknown kind', args: [50, 'linear', 100, 50], expect: VALUE },
  { should: 'be #NUM! for a negative spend', args: [-1, 'log', 100, 50], expect: NUM },
  { should: 'be #NUM! for a κ of 0', args: [10, 'exp', 100, 0], expect: NUM },
  { should: 'be #NUM! for a negative β', args: [10, 'log', -5, 10], expect: NUM },
  { should: 'read the kind without regard to case or spaces', args: [100, ' EXP ', 100, 100], expect: 100 * (1 - Math.exp(-1)) },
];

export const MRESPONSE_CASES: readonly FunctionCase[] = [
  { should: 'return β/(κ + x) on a log curve', args: [50, 'log', 100, 50], expect: 1 },
  { should: 'return (β/κ)·e^(−x/κ) on an exp curve', args: [50, 'exp', 100, 50], expect: 2 * Math.exp(-1) },
  { should: 'return βα/(4κ) at κ on a Hill curve', args: [50, 'hill', 100, 50, 2], expect: 1 },
  { should: 'be 0 at no spend on an S-shaped Hill curve', args: [0, 'hill', 100, 50, 2], expect: 0 },
  { should: 'be #NUM! where the marginal return is infinite (Hill α < 1 at 0)', args: [0, 'hill', 100, 50, 0.5], expect: NUM },
  { should: 'be #NUM! for an α of 0', args: [10, 'hill', 100, 50, 0], expect: NUM },
  { should: 'be β/κ at no spend on a Hill curve with α = 1', args: [0, 'hill', 100, 50, 1], expect: 2 },
  { should: 'be #VALUE! for an unknown kind', args: [10, 'power', 100, 50], expect: VALUE },
  { should: 'be #NUM! for a negative spend', args: [-10, 'log', 100, 50], expect: NUM },
];

export const ALLOCATE_CASES: readonly FunctionCase[] = [
  { should: 'equalise marginal returns on concave curves', args: [350, TWO_LOGS], expect: amounts(100, 250) },
  { should: 'skip a header row in the curves', args: [350, [['Kind', 'Beta', 'Kappa', 'Alpha'], ...TWO_LOGS]], expect: amounts(100, 250) },
  { should: 'hold a line at its lower bound and share the rest', args: [300, TWO_LOGS, column(100, null)], expect: amounts(100, 200) },
  { should: 'hold a line at its upper bound', args: [300, TWO_LOGS, null, column(null, 150)], expect: amounts(150, 150) },
  { should: 'round by largest remainder and still spend the budget', args: [300, TWO_LOGS, null, null, 10], expect: amounts(80, 220) },
  {
    should: 'put nothing on a line that returns nothing more than others at the price',
    args: [
      100,
      [
        ['exp', 10, 100],
        ['log', 1000, 10],
      ],
    ],
    expect: amounts(0, 100),
  },
  {
    should: 'find the global optimum of two S-shaped curves, one line short of its inflection point (marginal returns equal)',
    args: [
      11616.33,
      [
        ['hill', 6636.2, 7035.35, 6.533],
        ['hill', 9187.6, 4465.78, 7.486],
      ],
      null,
      null,
      0.01,
    ],
    expect: amounts(5826.28, 5790.05),
  },
  {
    should: 'find the global optimum of three S-shaped curves above their lower bounds, leaving one off',
    args: [
      4607.59,
      [
        ['hill', 31872.81, 1645.9, 6.93],
        ['hill', 27873.93, 2362.73, 9.918],
        ['hill', 33656.6, 2353.21, 6.961],
      ],
      column(200.11, 304.23, 0),
      null,
      0.01,
    ],
    expect: amounts(1967.1, 2640.49, 0),
  },
  {
    should: 'find the global optimum of four steep S-shaped curves on a small budget: three on, one off',
    args: [
      3000,
      [
        ['hill', 1000, 800, 8],
        ['hill', 1200, 900, 9],
        ['hill', 900, 700, 10],
        ['hill', 1500, 1100, 8.5],
      ],
      null,
      null,
      0.01,
    ],
    expect: amounts(1002.34, 1129.74, 867.92, 0),
  },
  { should: 'be #NUM! when the lower bounds add up to more than the budget', args: [100, TWO_LOGS, column(60, 50)], expect: NUM },
  { should: 'be #NUM! when the upper bounds add up to less than the budget', args: [100, TWO_LOGS, null, column(20, 30)], expect: NUM },
  { should: 'be #NUM! for a negative budget', args: [-5, TWO_LOGS], expect: NUM },
  { should: 'be #VALUE! for bounds that are not one per line', args: [100, TWO_LOGS, column(1, 2, 3)], expect: VALUE },
  { should: 'be #VALUE! for a curve of an unknown kind', args: [100, [['linear', 1, 2]]], expect: VALUE },
];

export const BUDGETSPLIT_CASES: readonly FunctionCase[] = [
  { should: 'split in proportion to the weights by default', args: [1000, column(1, 3)], expect: amounts(250, 750) },
  { should: 'split equally', args: [900, column(1, 3, 5), 'equal'], expect: amounts(300, 300, 300) },
  { should: 'split by ROI as by weights', args: [1000, column(2, 2), 'roi'], expect: amounts(500, 500) },
  {
    should: 'hold a line at its lower bound and share the rest in proportion',
    args: [1000, column(1, 3), 'proportional', column(400, null)],
    expect: amounts(400, 600),
  },
  {
    should: 'hold a line at its upper bound and give the excess to the others',
    args: [1000, column(1, 1, 2), 'proportional', null, column(null, null, 300)],
    expect: amounts(350, 350, 300),
  },
  { should: 'round by largest remainder and still add up', args: [1000, column(1, 1, 1), 'equal', null, null, 10], expect: amounts(340, 330, 330) },
  { should: 'be #DIV/0! when the weights add up to 0', args: [1000, column(0, 0)], expect: DIV0 },
  { should: 'be #NUM! for a negative weight', args: [1000, column(1, -1)], expect: NUM },
  { should: 'be #VALUE! for an unknown method', args: [1000, column(1, 1), 'best'], expect: VALUE },
];

const HISTORY_SPEND = column(10, 20, 40, 80, 160);
const HISTORY_RETURN = column(...[10, 20, 40, 80, 160].map((x) => 300 * Math.log(1 + x / 40)));

export const FITRESPONSE_CASES: readonly FunctionCase[] = [
  { should: 'recover the log curve that made the returns', args: [HISTORY_SPEND, HISTORY_RETURN, 'log'], expect: { table: [[300, 40, 1, 1, 'log']] } },
  { should: 'be #VALUE! with too few points', args: [column(1, 2), column(3, 4)], expect: VALUE },
  { should: 'be #VALUE! when the spend does not vary', args: [column(5, 5, 5, 5), column(1, 2, 3, 4)], expect: VALUE },
  { should: 'be #VALUE! for spend and returns of different sizes', args: [column(1, 2, 3), column(1, 2)], expect: VALUE },
  { should: 'be #NUM! for a negative spend', args: [column(-1, 2, 3), column(1, 2, 3)], expect: NUM },
  { should: 'be #VALUE! when the returns do not vary', args: [column(1, 2, 3, 4), column(7, 7, 7, 7)], expect: VALUE },
  { should: 'be #VALUE! for an unknown kind', args: [HISTORY_SPEND, HISTORY_RETURN, 'linear'], expect: VALUE },
  {
    should: 'be #NUM! when the best scale is not above 0 (returns that fall below 0 as spend rises)',
    args: [column(1, 2, 3, 4), column(-1, -3, -5, -7), 'log'],
    expect: NUM,
  },
];
