/**
 * Goals on the sample's opportunities, one of each measure, between them every status (Red, Amber,
 * Green, Not started, and blank while a typed actual is unknown) as of 2017-09-13: the liveness and
 * LibreOffice tests' shared answers.
 */
import { CellValue } from '../../core/kit/cells';
import { GoalsAnswers } from '../../core/plans/goals';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';

export const DEALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
export const [JAN_2017, JUL_2017, DEC_2017] = [42736, 42917, 43100];

export const SAMPLE_GOALS: GoalsAnswers = {
  deals: {
    sheet: 'Opportunities',
    range: `A1:K${DEALS.length}`,
    fields: SAMPLE_OPPORTUNITIES.header as string[],
    outcomeField: 'Outcome',
    amountField: 'Amount',
    dateField: 'Closed',
  },
  goals: [
    { name: 'Reduce CAC 15%', measure: 'typed', owner: 'Ana', baseline: 200, change: -0.15, kind: 'percent', start: JAN_2017, deadline: DEC_2017, actual: 185 },
    {
      name: 'Win rate +5 points',
      measure: 'winRate',
      owner: 'Kelly',
      baseline: 0.75,
      change: 0.05,
      kind: 'points',
      start: JAN_2017,
      deadline: DEC_2017,
      actual: null,
    },
    {
      name: 'Revenue won +10%',
      measure: 'revenueWon',
      owner: '',
      baseline: 12_000,
      change: 0.1,
      kind: 'percent',
      start: JAN_2017,
      deadline: DEC_2017,
      actual: null,
    },
    { name: 'Deals won', measure: 'dealsWon', owner: 'Chuck', baseline: 25, change: 10, kind: 'points', start: JUL_2017, deadline: DEC_2017, actual: null },
    { name: 'Bigger deals', measure: 'averageDeal', owner: 'Anna', baseline: 600, change: 0.2, kind: 'percent', start: 42370, deadline: 42735, actual: null },
    { name: 'Churn down a point', measure: 'typed', owner: 'Ben', baseline: 0.03, change: -0.01, kind: 'points', start: 43000, deadline: 43200, actual: 0.03 },
    {
      name: 'An hour a day prospecting',
      measure: 'typed',
      owner: 'Ben',
      baseline: 0.5,
      change: 0.5,
      kind: 'points',
      start: JAN_2017,
      deadline: DEC_2017,
      actual: null,
    },
  ],
  asOf: 42990,
  amberFrom: 0.9,
  greenFrom: 1,
};
