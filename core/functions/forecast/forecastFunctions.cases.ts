import { FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;
const NA = { error: 'NA' } as const;

/** 15 Jan and 10 Mar 2027, and the first days of January to April 2027, as date serials. */
const [JAN_15, MAR_10] = [46402, 46456];
const [JAN, FEB, MAR, APR] = [46388, 46419, 46447, 46478];
const AMOUNTS = column(1000, 2000, 500);
const CLOSES = column(JAN_15, JAN_15, MAR_10);
const CHANCES = column(0.5, 0.25, 0.8);

export const PIPEFORECAST_CASES: readonly FunctionCase[] = [
  {
    should: 'weigh each month’s deals by their probability and sum each category, months between them included',
    args: [AMOUNTS, CLOSES, CHANCES, column('Commit', 'Pipeline', 'Commit')],
    expect: {
      table: [
        ['Month', 'Weighted', 'Commit', 'Pipeline'],
        [JAN, 1000, 1000, 2000],
        [FEB, 0, 0, 0],
        [MAR, 400, 500, 0],
      ],
    },
  },
  {
    should: 'read a probability above 1 as a percent',
    args: [AMOUNTS, CLOSES, column(50, 25, 80)],
    expect: {
      table: [
        ['Month', 'Weighted'],
        [JAN, 1000],
        [FEB, 0],
        [MAR, 400],
      ],
    },
  },
  {
    should: 'show the months asked for from a start, leaving out the deals outside them',
    args: [AMOUNTS, CLOSES, CHANCES, null, FEB + 9, 3],
    expect: {
      table: [
        ['Month', 'Weighted'],
        [FEB, 0],
        [MAR, 400],
        [APR, 0],
      ],
    },
  },
  {
    should: 'skip a deal with a blank amount or close date',
    args: [column(1000, null, 300), column(JAN_15, JAN_15, null), column(0.5, 0.5, 0.5)],
    expect: {
      table: [
        ['Month', 'Weighted'],
        [JAN, 500],
      ],
    },
  },
  {
    should: 'read a category in any case, spaces around, under its first spelling',
    args: [column(100, 200), column(JAN_15, JAN_15), column(1, 1), column('Commit', ' commit ')],
    expect: {
      table: [
        ['Month', 'Weighted', 'Commit'],
        [JAN, 300, 300],
      ],
    },
  },
  { should: 'be #N/A when no deal has an amount and a close date', args: [column(null), column(null), column(null)], expect: NA },
  { should: 'be #NUM! for a negative probability', args: [AMOUNTS, CLOSES, column(0.5, -0.1, 0.8)], expect: NUM },
  { should: 'be #NUM! for 0 months', args: [AMOUNTS, CLOSES, CHANCES, null, JAN, 0], expect: NUM },
  { should: 'be #VALUE! for ranges of different sizes', args: [AMOUNTS, column(JAN_15), CHANCES], expect: VALUE },
  { should: 'be #VALUE! for an amount in words', args: [column('lots'), column(JAN_15), column(0.5)], expect: VALUE },
];

const FORECASTS = column(100, 90, 120);
const ACTUALS = column(110, 100, 120);

export const FORECASTACCURACY_CASES: readonly FunctionCase[] = [
  { should: 'be the weighted absolute error by default: 20 off in 330', args: [FORECASTS, ACTUALS], expect: 20 / 330 },
  { should: 'average the percentage errors with mape', args: [FORECASTS, ACTUALS, 'mape'], expect: (10 / 110 + 10 / 100) / 3 },
  { should: 'say the forecasts ran low with a negative bias', args: [FORECASTS, ACTUALS, 'bias'], expect: -20 / 330 },
  { should: 'skip a period with a blank forecast', args: [column(100, null, 120), ACTUALS], expect: 10 / 230 },
  { should: 'leave out actuals of 0 from mape', args: [column(5, 100), column(0, 110), ' MAPE '], expect: 10 / 110 },
  { should: 'be #DIV/0! when the actuals add up to 0', args: [column(1, 2), column(0, 0)], expect: DIV0 },
  { should: 'be #DIV/0! for mape when every actual is 0', args: [column(1, 2), column(0, 0), 'mape'], expect: DIV0 },
  { should: 'be #VALUE! for a measure it does not know', args: [FORECASTS, ACTUALS, 'rmse'], expect: VALUE },
  { should: 'be #VALUE! for ranges of different sizes', args: [FORECASTS, column(1, 2)], expect: VALUE },
  { should: 'be #VALUE! for text among the forecasts', args: [column('soon', 90, 120), ACTUALS], expect: VALUE },
];
