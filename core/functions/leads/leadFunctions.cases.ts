import { CaseCell, FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;
const scores = (...values: number[]) => ({ table: values.map((v) => [v]) });

const LEADS: CaseCell[][] = [
  ['Source', 'Visits', 'Company'],
  ['Webinar', 12, 'Acme Ltd'],
  ['Ad', 2, null],
  [' webinar ', 5, 'Beta Co'],
];
const RULES: CaseCell[][] = [
  ['Source', '=', 'Webinar', 30, 'Fit'],
  ['Visits', '>=', 10, 20, 'Engagement'],
];

export const LEADSCORE_CASES: readonly FunctionCase[] = [
  { should: 'add the points of the rules each lead meets, text without regard to case or spaces', args: [LEADS, RULES], expect: scores(50, 0, 30) },
  { should: 'skip a header row in the rules', args: [LEADS, [['Field', 'Operator', 'Value', 'Points', 'Group'], ...RULES]], expect: scores(50, 0, 30) },
  { should: 'compare numbers as numbers, even typed as text in a rule', args: [LEADS, [['Visits', '>', '4', 10]]], expect: scores(10, 0, 10) },
  {
    should: "cap a group's sum at its cap",
    args: [LEADS, [...RULES, ['Visits', '>', 1, 25, 'Fit']], [['Fit', 40]]],
    expect: scores(60, 25, 40),
  },
  { should: 'take negative points and clamp the total at 0', args: [LEADS, [...RULES, ['Source', '=', 'Ad', -50, '']]], expect: scores(50, 0, 30) },
  { should: 'clamp the total at max_score', args: [LEADS, RULES, null, 40], expect: scores(40, 0, 30) },
  {
    should: 'know contains, starts with, is blank, is not blank and in',
    args: [
      LEADS,
      [
        ['Company', 'contains', 'ltd', 1, ''],
        ['Company', 'starts with', 'BETA', 2, ''],
        ['Company', 'is blank', null, 4, ''],
        ['Company', 'is not blank', null, 8, ''],
        ['Source', 'in', 'ad, trade show', 16, ''],
      ],
    ],
    expect: scores(9, 20, 10),
  },
  {
    should: 'meet <> on a blank cell, and no ordering',
    args: [
      LEADS,
      [
        ['Company', '<>', 'Acme Ltd', 1, ''],
        ['Company', '<', 'zzz', 2, ''],
      ],
    ],
    expect: scores(2, 1, 3),
  },
  {
    should: 'compare dates as dates (serial numbers)',
    args: [[['Last visit'], [{ date: '2027-03-10' }], [{ date: '2027-01-05' }]], [['Last visit', '>=', 46447, 10]]],
    expect: scores(10, 0),
  },
  {
    should: 'read operators written as words, as a cell can hold them',
    args: [
      LEADS,
      [
        ['Source', 'is', 'Webinar', 30],
        ['Visits', 'at least', 10, 20],
        ['Source', 'is not', 'Ad', 1],
      ],
    ],
    expect: scores(51, 0, 31),
  },
  { should: 'be #VALUE! for a field the leads do not have', args: [LEADS, [['Budget', '>', 5, 10]]], expect: VALUE },
  { should: 'be #VALUE! for an operator it does not know', args: [LEADS, [['Visits', '=>', 5, 10]]], expect: VALUE },
  {
    should: 'be #VALUE! for a rule without points',
    args: [
      LEADS,
      [
        ['Field', 'Operator', 'Value', 'Points'],
        ['Visits', '>', 5, 'ten'],
      ],
    ],
    expect: VALUE,
  },
  { should: 'be #VALUE! for leads without a lead under the header', args: [[['Source']], RULES.slice(0, 1)], expect: VALUE },
  { should: 'be #NUM! for a negative max_score', args: [LEADS, RULES, null, -1], expect: NUM },
];

export const LEADDECAY_CASES: readonly FunctionCase[] = [
  { should: 'lose a quarter per whole 30-day period by default', args: [40, 65], expect: 20 },
  { should: 'keep all the points within the first period', args: [40, 29], expect: 40 },
  { should: 'never go below 0', args: [40, 400], expect: 0 },
  { should: 'decay exponentially over fractions of a period', args: [40, 45, 'exponential', 0.5, 30], expect: 40 * 0.5 ** 1.5 },
  { should: 'keep the points inside the window, day 30 included', args: [40, 30, 'window'], expect: 40 },
  { should: 'drop them after the window', args: [40, 31, 'Window'], expect: 0 },
  { should: 'be #NUM! for a negative age', args: [40, -1], expect: NUM },
  { should: 'be #NUM! for a rate above 100%', args: [40, 10, 'linear', 2], expect: NUM },
  { should: 'be #DIV/0! for a period of 0 days', args: [40, 10, 'linear', 0.25, 0], expect: DIV0 },
  { should: 'be #VALUE! for a method it does not know', args: [40, 10, 'cubic'], expect: VALUE },
];

export const LEADBAND_CASES: readonly FunctionCase[] = [
  { should: 'call 70 and above hot', args: [70], expect: 'Hot' },
  { should: 'call 40 to 69 warm', args: [40], expect: 'Warm' },
  { should: 'call below 40 cold', args: [39.9], expect: 'Cold' },
  { should: "take the manager's own cut-offs", args: [55, 50, 80], expect: 'Warm' },
  { should: 'be #NUM! when warm_from is above hot_from', args: [50, 80, 60], expect: NUM },
  { should: 'be #VALUE! for a score that is text', args: ['high'], expect: VALUE },
  { should: 'call a score exactly at hot_from hot', args: [80, 50, 80], expect: 'Hot' },
  { should: 'accept equal cut-offs (no warm band)', args: [60, 60, 60], expect: 'Hot' },
];

/** 40 leads from each of two sources: A won 30 of 40, B won 10 of 40. */
const sources = [...Array(40).fill('A'), ...Array(40).fill('B')];
const wonLost = [...Array(30).fill('Won'), ...Array(10).fill('Lost'), ...Array(10).fill('won'), ...Array(30).fill('LOST')];

export const LEADMODEL_CASES: readonly FunctionCase[] = [
  {
    // Without a penalty the fit is exact: the intercept is logit(3/4) = ln 3, B's coefficient logit(1/4) − ln 3.
    should: 'fit the logistic regression to the closed-form answer for one category without a penalty',
    args: [column('Source', ...sources), column('Outcome', ...wonLost), 0],
    expect: {
      table: [
        ['Term', 'Coefficient', 'Mean', 'Scale'],
        ['(intercept)', Math.log(3), '', ''],
        ['Source = B', -2 * Math.log(3), 0.5, 1],
        ['(model)', 'logistic regression (L2 0)', 80, 40],
      ],
    },
  },
  {
    // 4 won and 4 lost: naive Bayes. A: 3 won 1 lost, B: 1 won 3 lost; Laplace: ln((3+1)/6) − ln((1+1)/6) = ln 2.
    should: 'fall back to naive Bayes with Laplace smoothing on few closed leads, and say so',
    args: [
      column('Source', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'A'),
      column('Outcome', 'Won', 'Won', 'Won', 'Lost', 'Won', 'Lost', 'Lost', 'Lost', 'Open'),
    ],
    expect: {
      table: [
        ['Term', 'Coefficient', 'Mean', 'Scale'],
        ['(intercept)', Math.log(2), '', ''],
        ['Source = B', -2 * Math.log(2), 0.5, 1],
        ['(model)', 'naive Bayes (Laplace): fewer than 30 won leads', 8, 4],
      ],
    },
  },
  { should: 'be #DIV/0! when every closed lead was won', args: [column('Source', 'A', 'B'), column('Outcome', 'Won', 'Won')], expect: DIV0 },
  { should: 'be #VALUE! when outcomes is not as tall as features', args: [column('Source', 'A', 'B'), column('Won')], expect: VALUE },
  { should: 'be #NUM! for a negative penalty', args: [column('Source', 'A', 'B'), column('Outcome', 'Won', 'Lost'), -1], expect: NUM },
  {
    should: 'take outcomes as tall as the leads, without a header',
    args: [column('Source', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B'), column('Won', 'Won', 'Won', 'Lost', 'Won', 'Lost', 'Lost', 'Lost')],
    expect: {
      table: [
        ['Term', 'Coefficient', 'Mean', 'Scale'],
        ['(intercept)', Math.log(2), '', ''],
        ['Source = B', -2 * Math.log(2), 0.5, 1],
        ['(model)', 'naive Bayes (Laplace): fewer than 30 won leads', 8, 4],
      ],
    },
  },
  {
    should: 'read 1/0 outcomes and leave blank rows out',
    args: [column('Source', 'A', null, 'B'), column('Outcome', 1, 1, 0)],
    expect: {
      table: [
        ['Term', 'Coefficient', 'Mean', 'Scale'],
        ['(intercept)', Math.log(2), '', ''],
        ['Source = B', -Math.log(4), 0.5, 1],
        ['(model)', 'naive Bayes (Laplace): fewer than 30 won leads', 2, 1],
      ],
    },
  },
  { should: 'be #VALUE! for features without a lead under the header', args: [column('Source'), column('Outcome')], expect: VALUE },
];

const FEATURES: CaseCell[][] = [
  ['Visits', 'Source'],
  [12, 'Web'],
  [null, 'Ad'],
  [10, 'Other'],
];
const MODEL: CaseCell[][] = [
  ['Term', 'Coefficient', 'Mean', 'Scale'],
  ['(intercept)', 0.5, null, null],
  ['Visits', 1, 10, 2],
  ['Source = Web', 0.8, 0.25, 1],
];
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

export const LEADPROB_CASES: readonly FunctionCase[] = [
  {
    should: 'apply the model: standardised numbers, categories as 1/0, a blank as the mean, unseen as the reference',
    args: [FEATURES, MODEL],
    expect: scores(logistic(2.3), logistic(0.5), logistic(0.5)),
  },
  {
    should: "find the model's columns in any order",
    args: [FEATURES.map(([v, s]) => [s, v]), MODEL],
    expect: scores(logistic(2.3), logistic(0.5), logistic(0.5)),
  },
  { should: 'be #VALUE! when features lacks a column the model uses', args: [FEATURES.map(([v]) => [v]), MODEL], expect: VALUE },
  {
    should: 'be #VALUE! for text in a numeric column',
    args: [
      [
        ['Visits', 'Source'],
        ['many', 'Web'],
      ],
      MODEL,
    ],
    expect: VALUE,
  },
  { should: 'be #VALUE! for a table without an intercept', args: [FEATURES, MODEL.filter((row) => row[0] !== '(intercept)')], expect: VALUE },
  {
    should: 'read a coefficient edited by the manager',
    args: [FEATURES.slice(0, 2), MODEL.map((row) => (row[0] === 'Visits' ? ['Visits', 0, 10, 2] : row))],
    expect: scores(logistic(1.3)),
  },
  {
    should: 'be #VALUE! for a term without its scale',
    args: [FEATURES, MODEL.map((row) => (row[0] === 'Visits' ? ['Visits', 1, 10, null] : row))],
    expect: VALUE,
  },
  { should: 'be #VALUE! for features without a lead', args: [FEATURES.slice(0, 1), MODEL], expect: VALUE },
];

export const LEADFACTORS_CASES: readonly FunctionCase[] = [
  {
    should: "give each lead's strongest factors with their signs, in logit points",
    args: [FEATURES, MODEL, 2],
    expect: {
      table: [
        ['Visits (+1.00)', 'Source is Web (+0.60)'],
        ['Source is not Web (-0.20)', 'Visits (+0.00)'],
        ['Source is not Web (-0.20)', 'Visits (+0.00)'],
      ],
    },
  },
  {
    should: "leave the cells beyond the model's terms blank",
    args: [FEATURES.slice(0, 2), MODEL, 3],
    expect: { table: [['Visits (+1.00)', 'Source is Web (+0.60)', '']] },
  },
  { should: 'be #NUM! for k of 0', args: [FEATURES, MODEL, 0], expect: NUM },
  { should: 'be #NUM! for k above 10', args: [FEATURES, MODEL, 11], expect: NUM },
  { should: 'be #NUM! for a k that is not whole', args: [FEATURES, MODEL, 1.5], expect: NUM },
  { should: 'give three factors by default', args: [FEATURES.slice(0, 2), MODEL], expect: { table: [['Visits (+1.00)', 'Source is Web (+0.60)', '']] } },
  { should: 'be #VALUE! when features lacks a column the model uses', args: [FEATURES.map(([v]) => [v]), MODEL, 2], expect: VALUE },
  {
    should: 'round a contribution of -0.435 to -0.44, as a spreadsheet shows it, not -0.43 as binary floating point would',
    args: [
      [
        ['Visits', 'Source'],
        [10, 'Ad'],
      ],
      [
        ['Term', 'Coefficient', 'Mean', 'Scale'],
        ['(intercept)', 0, null, null],
        ['Source = Web', 2, 0.2175, 1],
      ],
      1,
    ],
    expect: { table: [['Source is not Web (-0.44)']] },
  },
  {
    should: 'name a negative factor with its sign',
    args: [
      [
        ['Visits', 'Source'],
        [6, 'Ad'],
      ],
      MODEL,
      1,
    ],
    expect: { table: [['Visits (-2.00)']] },
  },
];

export const SCOREAUC_CASES: readonly FunctionCase[] = [
  { should: 'count the won-above-lost pairs', args: [column(0.9, 0.8, 0.3, 0.2), column('Won', 'Lost', 'Won', 'Lost')], expect: 0.75 },
  { should: 'count ties as half', args: [column(1, 1), column('Won', 'Lost')], expect: 0.5 },
  { should: 'read 1/0 outcomes and leave open leads and blank scores out', args: [column(5, 4, null, 1, 9), column(1, 0, 1, 'Open', 'Lost')], expect: 0.5 },
  { should: 'be #DIV/0! without a lost lead', args: [column(1, 2), column('Won', 'Won')], expect: DIV0 },
  { should: 'be #VALUE! when the ranges differ in size', args: [column(1, 2, 3), column('Won', 'Lost')], expect: VALUE },
  { should: 'be 1 for a perfect ranking', args: [column(3, 2, 1), column('Won', 'Won', 'Lost')], expect: 1 },
  { should: 'be 0 for a ranking upside down', args: [column(1, 2, 3), column('Won', 'Won', 'Lost')], expect: 0 },
  { should: 'be #DIV/0! without a won lead', args: [column(1, 2), column('Lost', 'lost')], expect: DIV0 },
];

export const LIFT_CASES: readonly FunctionCase[] = [
  { should: "compare the top quarter's conversion with the whole", args: [column(9, 5, 1, 0), column('Won', 'Lost', 'Lost', 'Won'), 0.25], expect: 2 },
  { should: 'take the top 10% by default, at least one lead', args: [column(9, 5, 1, 0), column('Won', 'Lost', 'Lost', 'Won')], expect: 2 },
  {
    should: 'share the leads tied at the cut-off: half a win in the one lead taken, whatever their order',
    args: [column(5, 5, 1, 1), column('Lost', 'Won', 'Won', 'Lost'), 0.25],
    expect: 1,
  },
  { should: 'give the same lift with the tied rows the other way round', args: [column(5, 5, 1, 1), column('Won', 'Lost', 'Won', 'Lost'), 0.25], expect: 1 },
  {
    should: 'take every lead above the cut-off and a share of the ties (3 of 4 tied, 2 of them won)',
    args: [column(9, 4, 4, 4, 4, 1), column('Won', 'Won', 'Lost', 'Won', 'Lost', 'Lost'), 0.6],
    expect: 1.25,
  },
  { should: 'be #DIV/0! when no lead was won', args: [column(1, 2), column('Lost', 'Lost')], expect: DIV0 },
  { should: 'be #NUM! for a share of 0', args: [column(1, 2), column('Won', 'Lost'), 0], expect: NUM },
  { should: 'be 1 for the whole list', args: [column(9, 5, 1, 0), column('Won', 'Lost', 'Lost', 'Won'), 1], expect: 1 },
  { should: 'round the top share up to a whole lead', args: [column(9, 5, 1, 0), column('Won', 'Won', 'Lost', 'Lost'), 0.3], expect: 2 },
  { should: 'leave open leads out of both sides', args: [column(9, 8, 1), column('Open', 'Won', 'Lost'), 0.5], expect: 2 },
  { should: 'be #VALUE! when the ranges differ in size', args: [column(1, 2, 3), column('Won', 'Lost')], expect: VALUE },
];
