import { FunctionCase, column } from '../../kit/catalogue/cases';

const NA = { error: 'NA' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;
const VALUE = { error: 'VALUE' } as const;

export const LEADCONVERSION_CASES: readonly FunctionCase[] = [
  { should: 'divide converted by entered', args: [45, 300], expect: 0.15 },
  { should: 'count the non-blank cells of ranges', args: [column('x', 'x', null, 'x'), column(1, 2, 3, 4, 5)], expect: 0.6 },
  { should: 'be 0 when nobody converted', args: [0, 10], expect: 0 },
  { should: 'be 1 when everybody converted', args: [10, 10], expect: 1 },
  { should: 'accept counts typed as text', args: ['3', '6'], expect: 0.5 },
  { should: 'be #DIV/0! when no lead entered', args: [0, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative count', args: [-1, 10], expect: NUM },
  { should: 'be #NUM! when more converted than entered', args: [11, 10], expect: NUM },
  { should: 'be #VALUE! for a blank count', args: [null, 10], expect: VALUE },
  { should: 'be #VALUE! for a count that is text', args: ['many', 10], expect: VALUE },
  { should: 'pass on an error in a range', args: [column('x', NA), 10], expect: NA },
];

export const ACV_CASES: readonly FunctionCase[] = [
  { should: 'divide the contract value by its term in years', args: [36000, 3], expect: 12000 },
  { should: 'leave one-off fees out', args: [40000, 3, 4000], expect: 12000 },
  { should: 'take a term in years with a fraction', args: [27000, 1.5], expect: 18000 },
  { should: 'average the ACV of several contracts', args: [column(36000, 10000), column(3, 1)], expect: 11000 },
  { should: 'take fees row by row', args: [column(36000, 10000), column(3, 1), column(6000, 0)], expect: 10000 },
  { should: 'leave out rows with no value', args: [column(36000, 'tbc'), column(3, 1)], expect: 12000 },
  { should: 'be #DIV/0! for a term of 0', args: [1000, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative term', args: [1000, -1], expect: NUM },
  { should: 'be #NUM! for fees above the value', args: [1000, 1, 2000], expect: NUM },
  { should: 'be #VALUE! when the ranges differ in size', args: [column(1, 2), column(1)], expect: VALUE },
  { should: 'be #VALUE! for a contract with no term', args: [column(1000, 2000), column(1, null)], expect: VALUE },
  { should: 'be #DIV/0! when no contract has a value', args: [column(null, 'x'), column(1, 1)], expect: DIV0 },
];

const MRR_INPUT_CASES = (times: number): FunctionCase[] => [
  { should: 'divide each amount by the months it covers', args: [column(100, 250, 1200), column(1, 1, 12)], expect: 450 * times },
  { should: 'apply one billing period to every row', args: [column(1200, 2400), 12], expect: 300 * times },
  { should: 'take amounts as monthly by default', args: [column(49, 99)], expect: 148 * times },
  { should: 'leave blank and text amounts out', args: [column(100, null, 'x', 50)], expect: 150 * times },
  { should: 'be #DIV/0! for a billing period of 0', args: [column(100), 0], expect: DIV0 },
  { should: 'be #NUM! for a negative billing period', args: [column(100, 200), column(1, -3)], expect: NUM },
  { should: 'be #VALUE! when the ranges differ in size', args: [column(1, 2, 3), column(1, 2)], expect: VALUE },
  { should: 'be #VALUE! when there are no amounts', args: [column('a', null)], expect: VALUE },
  { should: 'be #VALUE! for a row with no billing period', args: [column(100, 200), column(1, null)], expect: VALUE },
  { should: 'pass on an error in the amounts', args: [column(100, { error: 'REF' })], expect: { error: 'REF' } },
];
export const MRR_CASES = MRR_INPUT_CASES(1);
export const ARR_CASES = MRR_INPUT_CASES(12);

const created = column(100, 110, 120, 130);
const closed = column(110, 130, 125, null);
const outcomes = column('Won', 'Won', 'Lost', 'Open');
export const SALESCYCLE_CASES: readonly FunctionCase[] = [
  { should: 'average the days to close of won deals', args: [created, closed, outcomes], expect: 15 },
  { should: 'include lost deals when asked for closed ones', args: [created, closed, outcomes, 'closed'], expect: 35 / 3 },
  { should: 'give the median when asked', args: [created, closed, outcomes, 'Closed', 'median'], expect: 10 },
  { should: 'count every row with both dates without outcomes', args: [created, closed], expect: 35 / 3 },
  { should: 'read date cells as dates', args: [column({ date: '2024-01-01' }), column({ date: '2024-01-31' })], expect: 30 },
  { should: 'be #NUM! for a deal that closes before it was created', args: [column(100), column(90)], expect: NUM },
  { should: 'be #DIV/0! when no won deal has both dates', args: [column(100, null), column(null, 5), column('Won', 'Won')], expect: DIV0 },
  { should: 'be #VALUE! when the ranges differ in size', args: [column(1, 2), column(3)], expect: VALUE },
  { should: 'be #VALUE! for an include it does not know', args: [created, closed, outcomes, 'all'], expect: VALUE },
  { should: 'be #VALUE! for a method it does not know', args: [created, closed, outcomes, 'won', 'mode'], expect: VALUE },
];

export const PIPECOVERAGE_CASES: readonly FunctionCase[] = [
  { should: 'divide open pipeline by what remains to win', args: [450000, 250000, 100000], expect: 3 },
  { should: 'take closed won as 0 when not given', args: [300, 100], expect: 3 },
  { should: 'add up ranges', args: [column(100, 200), column(100, 200)], expect: 1 },
  { should: 'be 0 with no open pipeline', args: [0, 100], expect: 0 },
  { should: 'be #DIV/0! when exactly the quota is won', args: [100, 100, 100], expect: DIV0 },
  { should: 'be #NUM! when more than the quota is won', args: [100, 100, 150], expect: NUM },
  { should: 'be #NUM! for a negative pipeline', args: [-5, 100], expect: NUM },
  { should: 'be #VALUE! for a blank quota', args: [100, null], expect: VALUE },
  { should: 'pass on an error in a range', args: [column(1, NA), 100], expect: NA },
];

export const WEIGHTEDPIPE_CASES: readonly FunctionCase[] = [
  { should: 'weigh amounts by the default stage probabilities', args: [column(1000, 500), column('Prospecting', 'Negotiation/Review')], expect: 550 },
  { should: 'match stages without regard to case', args: [column(1000), column('closed won')], expect: 1000 },
  {
    should: 'use the stage table it is given',
    args: [
      column(100, 200, 300),
      column('Won', 'Lost', 'Open'),
      [
        ['Won', 1],
        ['Lost', 0],
        ['Open', 0.4],
      ],
    ],
    expect: 220,
  },
  { should: 'leave out rows with no amount or no stage', args: [column(100, null, 'x', 50), column('Won', 'Won', 'Won', null)], expect: 100 },
  { should: 'be 0 for an empty pipeline', args: [column(null, null), column(null, null)], expect: 0 },
  { should: 'be #N/A for a stage missing from the table', args: [column(100), column('Open')], expect: NA },
  { should: 'be #NUM! for a probability above 1', args: [column(100), column('A'), [['A', 40]]], expect: NUM },
  { should: 'be #VALUE! for a stage table of one column', args: [column(100), column('A'), column('A', 'B')], expect: VALUE },
  { should: 'be #VALUE! for a stage with no probability', args: [column(100), column('A'), [['A', 'high']]], expect: VALUE },
  { should: 'be #VALUE! when amounts and stages differ in size', args: [column(1, 2), column('Won')], expect: VALUE },
];

export const CMGR_CASES: readonly FunctionCase[] = [
  { should: 'give the compound growth per period', args: [10000, 14641, 4], expect: 0.1 },
  { should: 'read a series from first to last', args: [[[100, 110, 121]]], expect: 0.1 },
  { should: 'be negative for a decline', args: [100, 81, 2], expect: -0.1 },
  { should: 'skip blanks in a series', args: [column(100, null, 121)], expect: 0.21 },
  { should: 'be #DIV/0! for a start of 0 (end / start has no base)', args: [0, 100, 2], expect: DIV0 },
  { should: 'be #NUM! for a negative start', args: [-5, 100, 2], expect: NUM },
  { should: 'be #DIV/0! for a series that starts at 0', args: [column(0, 5, 6)], expect: DIV0 },
  { should: 'be #NUM! for a negative end', args: [100, -1, 2], expect: NUM },
  { should: 'be #DIV/0! for 0 periods', args: [100, 200, 0], expect: DIV0 },
  { should: 'be #NUM! for negative periods', args: [100, 200, -2], expect: NUM },
  { should: 'be #VALUE! for a series of one number', args: [column(100, 'x')], expect: VALUE },
  { should: 'be #VALUE! for an end without periods', args: [100, 200], expect: VALUE },
  { should: 'pass on an error in the series', args: [column(100, NA)], expect: NA },
];

export const GROSSMARGIN_CASES: readonly FunctionCase[] = [
  { should: 'be the share of revenue left after costs', args: [1000, 600], expect: 0.4 },
  { should: 'be negative when costs exceed revenue', args: [1000, 1500], expect: -0.5 },
  { should: 'be 1 with no costs', args: [100, 0], expect: 1 },
  { should: 'add up ranges', args: [column(500, 500), column(300, 300)], expect: 0.4 },
  { should: 'be #DIV/0! for no revenue', args: [0, 10], expect: DIV0 },
  { should: 'be #NUM! for negative revenue', args: [-100, 10], expect: NUM },
  { should: 'be #VALUE! for blank costs', args: [100, null], expect: VALUE },
  { should: 'be #VALUE! for revenue that is text', args: ['lots', 10], expect: VALUE },
  { should: 'pass on an error in revenue', args: [column(1, DIV0), 1], expect: DIV0 },
];

export const CAC_CASES: readonly FunctionCase[] = [
  { should: 'divide spend by new customers', args: [50000, 40], expect: 1250 },
  { should: 'add up the spend lines', args: [column(20000, 30000), 40], expect: 1250 },
  { should: 'be 0 with no spend', args: [0, 10], expect: 0 },
  { should: 'be #DIV/0! with no new customers', args: [100, 0], expect: DIV0 },
  { should: 'be #NUM! for negative spend', args: [-100, 10], expect: NUM },
  { should: 'be #NUM! for negative customers', args: [100, -2], expect: NUM },
  { should: 'be #VALUE! for blank spend', args: [null, 10], expect: VALUE },
  { should: 'be #VALUE! for customers given as text', args: [100, 'some'], expect: VALUE },
  { should: 'pass on an error', args: [column(1, NA), 10], expect: NA },
];

export const CACPAYBACK_CASES: readonly FunctionCase[] = [
  { should: 'give the months to earn back the acquisition cost', args: [1200, 200, 0.75], expect: 8 },
  { should: 'take a margin of 100%', args: [1200, 200, 1], expect: 6 },
  { should: 'be #NUM! for a margin written as 75', args: [1200, 200, 75], expect: NUM },
  { should: 'be #DIV/0! for an ARPA of 0', args: [1200, 0, 0.5], expect: DIV0 },
  { should: 'be #DIV/0! for a margin of 0', args: [1200, 200, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative CAC', args: [-1, 200, 0.5], expect: NUM },
  { should: 'be #VALUE! for a blank ARPA', args: [1200, null, 0.5], expect: VALUE },
  { should: 'be #VALUE! for a margin given as words', args: [1200, 200, 'high'], expect: VALUE },
  { should: 'pass on an error', args: [NA, 200, 0.5], expect: NA },
];

export const LTV_CASES: readonly FunctionCase[] = [
  { should: 'give gross profit over the customer lifetime', args: [200, 0.75, 0.025], expect: 6000 },
  { should: 'be one month of profit at 100% churn', args: [200, 0.75, 1], expect: 150 },
  { should: 'be 0 with no margin', args: [200, 0, 0.1], expect: 0 },
  { should: 'be #DIV/0! with no churn', args: [200, 0.75, 0], expect: DIV0 },
  { should: 'be #NUM! for churn written as 2.5', args: [200, 0.75, 2.5], expect: NUM },
  { should: 'be #NUM! for a negative ARPA', args: [-200, 0.75, 0.1], expect: NUM },
  { should: 'be #VALUE! for a blank margin', args: [200, null, 0.1], expect: VALUE },
  { should: 'pass on an error', args: [200, NA, 0.1], expect: NA },
];

export const LTVCAC_CASES: readonly FunctionCase[] = [
  { should: 'divide lifetime value by acquisition cost', args: [6000, 1250], expect: 4.8 },
  { should: 'be 0 for no lifetime value', args: [0, 100], expect: 0 },
  { should: 'be #DIV/0! for a CAC of 0', args: [6000, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative LTV', args: [-1, 100], expect: NUM },
  { should: 'be #NUM! for a negative CAC', args: [100, -1], expect: NUM },
  { should: 'be #VALUE! for a blank LTV', args: [null, 100], expect: VALUE },
  { should: 'be #VALUE! for a range where one number is needed', args: [column(1, 2), 3], expect: VALUE },
  { should: 'pass on an error', args: [6000, DIV0], expect: DIV0 },
];

export const CHURNRATE_CASES: readonly FunctionCase[] = [
  { should: 'divide customers lost by customers at the start', args: [12, 400], expect: 0.03 },
  { should: 'count the non-blank cells of ranges', args: [column('a', 'b'), column('a', 'b', 'c', 'd')], expect: 0.5 },
  { should: 'be 0 when nobody left', args: [0, 10], expect: 0 },
  { should: 'be #DIV/0! with no customers at the start', args: [0, 0], expect: DIV0 },
  { should: 'be #DIV/0! with no customers at the start, whatever was lost', args: [5, 0], expect: DIV0 },
  { should: 'be #NUM! when more left than there were', args: [5, 4], expect: NUM },
  { should: 'be #NUM! for a negative count', args: [-1, 4], expect: NUM },
  { should: 'be #VALUE! for a blank count', args: [null, 4], expect: VALUE },
  { should: 'be #VALUE! for a count given as words', args: ['few', 4], expect: VALUE },
  { should: 'pass on an error in a range', args: [column('a', NA), 4], expect: NA },
];

export const NRR_CASES: readonly FunctionCase[] = [
  { should: 'count expansion in', args: [100000, 5000, 3000, 12000], expect: 1.04 },
  { should: 'be below 1 without expansion', args: [100000, 5000, 3000, 0], expect: 0.92 },
  { should: 'add up ranges', args: [column(50000, 50000), 5000, 3000, column(6000, 6000)], expect: 1.04 },
  { should: 'be #DIV/0! with no revenue at the start', args: [0, 0, 0, 0], expect: DIV0 },
  { should: 'be #DIV/0! with no revenue at the start, whatever churned', args: [0, 5, 0, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative churn', args: [100, -5, 0, 0], expect: NUM },
  { should: 'be #NUM! when more churned than there was', args: [100, 90, 20, 0], expect: NUM },
  { should: 'be #VALUE! for blank expansion', args: [100, 5, 3, null], expect: VALUE },
  { should: 'pass on an error', args: [100, 5, NA, 0], expect: NA },
];

export const GRR_CASES: readonly FunctionCase[] = [
  { should: 'be the share of starting revenue kept', args: [100000, 5000, 3000], expect: 0.92 },
  { should: 'be 1 when nothing was lost', args: [100, 0, 0], expect: 1 },
  { should: 'add up ranges', args: [column(60, 40), column(5, 5), 0], expect: 0.9 },
  { should: 'be #DIV/0! with no revenue at the start', args: [0, 0, 0], expect: DIV0 },
  { should: 'be #DIV/0! with no revenue at the start, whatever churned', args: [0, 5, 0], expect: DIV0 },
  { should: 'be #NUM! when more was lost than there was', args: [100, 90, 20], expect: NUM },
  { should: 'be #NUM! for a negative contraction', args: [100, 0, -1], expect: NUM },
  { should: 'be #VALUE! for a blank start', args: [null, 0, 0], expect: VALUE },
  { should: 'be #VALUE! for churn given as words', args: [100, 'some', 0], expect: VALUE },
  { should: 'pass on an error', args: [100, { error: 'REF' }, 0], expect: { error: 'REF' } },
];

export const RETENTION_CASES: readonly FunctionCase[] = [
  { should: 'be the share of starting customers still there', args: [110, 20, 100], expect: 0.9 },
  { should: 'count the non-blank cells of ranges', args: [column('a', 'b', 'c'), column('c', 'd'), column('a', 'b')], expect: 0.5 },
  { should: 'be 1 when everybody stayed', args: [120, 20, 100], expect: 1 },
  { should: 'be #NUM! when more were kept than there were', args: [110, 5, 100], expect: NUM },
  { should: 'be #NUM! when more are new than there are', args: [10, 20, 100], expect: NUM },
  { should: 'be #DIV/0! with no customers at the start', args: [0, 0, 0], expect: DIV0 },
  { should: 'be #DIV/0! with no customers at the start, whatever the end count', args: [10, 0, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative count', args: [10, -1, 100], expect: NUM },
  { should: 'be #VALUE! for a blank count', args: [10, null, 100], expect: VALUE },
  { should: 'pass on an error', args: [10, 0, NA], expect: NA },
];

export const QUICKRATIO_CASES: readonly FunctionCase[] = [
  { should: 'divide MRR gained by MRR lost', args: [20000, 8000, 5000, 2000], expect: 4 },
  { should: 'add up ranges', args: [column(10000, 10000), 8000, column(2500, 2500), 2000], expect: 4 },
  { should: 'be 0 when nothing was gained', args: [0, 0, 100, 0], expect: 0 },
  { should: 'be #DIV/0! when nothing was lost', args: [100, 0, 0, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative amount', args: [100, 0, -5, 0], expect: NUM },
  { should: 'be #VALUE! for a blank amount', args: [100, null, 5, 0], expect: VALUE },
  { should: 'be #VALUE! for an amount given as words', args: [100, 0, 'lots', 0], expect: VALUE },
  { should: 'pass on an error', args: [100, 0, 5, DIV0], expect: DIV0 },
];

export const VELOCITY_CASES: readonly FunctionCase[] = [
  { should: 'give revenue per day', args: [120, 0.25, 8000, 60], expect: 4000 },
  { should: 'count opportunities from a range', args: [column('a', 'b', 'c', 'd'), 0.5, 100, 2], expect: 100 },
  { should: 'be 0 with no opportunities', args: [0, 0.5, 100, 2], expect: 0 },
  { should: 'be #NUM! for a win rate written as 25', args: [120, 25, 8000, 60], expect: NUM },
  { should: 'be #DIV/0! for a cycle of 0 days', args: [120, 0.25, 8000, 0], expect: DIV0 },
  { should: 'be #NUM! for a negative deal size', args: [120, 0.25, -1, 60], expect: NUM },
  { should: 'be #NUM! for a negative count', args: [-1, 0.25, 100, 60], expect: NUM },
  { should: 'be #VALUE! for a blank cycle', args: [120, 0.25, 8000, null], expect: VALUE },
  { should: 'pass on an error', args: [120, NA, 8000, 60], expect: NA },
];

export const RUNRATE_CASES: readonly FunctionCase[] = [
  { should: 'extrapolate the pace to the whole period', args: [30000, 3, 12], expect: 120000 },
  { should: 'add up actuals', args: [column(10000, 20000), 3, 12], expect: 120000 },
  { should: 'be the actual at the end of the period', args: [500, 12, 12], expect: 500 },
  { should: 'be #DIV/0! when no time has elapsed', args: [500, 0, 12], expect: DIV0 },
  { should: 'be #NUM! when elapsed is more than total', args: [500, 13, 12], expect: NUM },
  { should: 'be #NUM! for negative elapsed time', args: [500, -1, 12], expect: NUM },
  { should: 'be #VALUE! for a blank actual', args: [null, 1, 12], expect: VALUE },
  { should: 'pass on an error', args: [column(1, NA), 1, 12], expect: NA },
];

export const PACING_CASES: readonly FunctionCase[] = [
  { should: 'compare actual with the target expected by now', args: [90000, 150000, 6, 12], expect: 1.2 },
  { should: 'add up actuals', args: [column(45000, 45000), 150000, 6, 12], expect: 1.2 },
  { should: 'be 1 exactly on pace', args: [50, 100, 6, 12], expect: 1 },
  { should: 'be #DIV/0! for a target of 0', args: [10, 0, 6, 12], expect: DIV0 },
  { should: 'be #DIV/0! when no time has elapsed', args: [10, 100, 0, 12], expect: DIV0 },
  { should: 'be #NUM! when elapsed is more than total', args: [10, 100, 13, 12], expect: NUM },
  { should: 'be #NUM! for a negative target', args: [10, -100, 6, 12], expect: NUM },
  { should: 'be #VALUE! without the total', args: [10, 100, 6], expect: VALUE },
  { should: 'pass on an error', args: [10, 100, 6, NA], expect: NA },
];

export const REQPIPELINE_CASES: readonly FunctionCase[] = [
  { should: 'divide what remains by the win rate', args: [250000, 0.25, 100000], expect: 600000 },
  { should: 'take closed won as 0 when not given', args: [100, 0.5], expect: 200 },
  { should: 'be 0 when the target is already met', args: [100, 0.5, 150], expect: 0 },
  { should: 'be #DIV/0! for a win rate of 0', args: [100, 0], expect: DIV0 },
  { should: 'be #DIV/0! for a win rate of 0 even when the target is met', args: [100, 0, 150], expect: DIV0 },
  { should: 'be #DIV/0! for a win rate of 0 even when nothing remains', args: [100, 0, 100], expect: DIV0 },
  { should: 'be #NUM! for a win rate written as 25', args: [100, 25], expect: NUM },
  { should: 'be #NUM! for a negative target', args: [-100, 0.5], expect: NUM },
  { should: 'be #VALUE! for a blank win rate', args: [100, null], expect: VALUE },
  { should: 'pass on an error', args: [column(1, NA), 0.5], expect: NA },
];

const HEADER = ['Group', 'Deals', 'Won', 'Lost', 'Win rate', 'Avg deal size', 'Won amount', 'Avg cycle days'];
const groups = column('East', 'West', 'East', 'West', 'East');
const kpiOutcomes = column('Won', 'Lost', 'Lost', 'Open', 'Won');
const amounts = column(100, 50, 70, 30, 300);
export const KPIBY_CASES: readonly FunctionCase[] = [
  {
    should: 'spill a header, a row per group and a total',
    args: [groups, kpiOutcomes, amounts],
    expect: {
      table: [HEADER, ['East', 3, 2, 1, 2 / 3, 200, 400, NA], ['West', 2, 0, 1, 0, DIV0, 0, NA], ['Total', 5, 2, 2, 0.5, 200, 400, NA]],
    },
  },
  {
    should: 'average the cycle of won deals when dates are given',
    args: [groups, kpiOutcomes, amounts, column(1, 1, 1, 1, 1), column(11, 5, 4, null, 31)],
    expect: {
      table: [HEADER, ['East', 3, 2, 1, 2 / 3, 200, 400, 20], ['West', 2, 0, 1, 0, DIV0, 0, DIV0], ['Total', 5, 2, 2, 0.5, 200, 400, 20]],
    },
  },
  {
    should: 'keep only the deals created in the window',
    args: [groups, kpiOutcomes, amounts, column(1, 2, 3, 4, 5), column(null, null, null, null, 9), 2, 4],
    expect: {
      table: [HEADER, ['East', 1, 0, 1, 0, DIV0, 0, DIV0], ['West', 2, 0, 1, 0, DIV0, 0, DIV0], ['Total', 3, 0, 2, 0, DIV0, 0, DIV0]],
    },
  },
  {
    should: 'put deals with no group under (blank) and skip rows with no outcome',
    args: [column('A', null, 'A'), column('Won', 'Won', null), column(10, 20, 99)],
    expect: { table: [HEADER, ['(blank)', 1, 1, 0, 1, 20, 20, NA], ['A', 1, 1, 0, 1, 10, 10, NA], ['Total', 2, 2, 0, 1, 15, 30, NA]] },
  },
  {
    should: 'sort numeric groups such as years by value',
    args: [column(2017, 2016), column('Won', 'Won'), column(1, 3)],
    expect: { table: [HEADER, [2016, 1, 1, 0, 1, 3, 3, NA], [2017, 1, 1, 0, 1, 1, 1, NA], ['Total', 2, 2, 0, 1, 2, 4, NA]] },
  },
  {
    should: 'show #NUM! in the cycle of a group with a deal that closes before it was created',
    args: [column('A'), column('Won'), column(10), column(10), column(5)],
    expect: { table: [HEADER, ['A', 1, 1, 0, 1, 10, 10, NUM], ['Total', 1, 1, 0, 1, 10, 10, NUM]] },
  },
  { should: 'be #VALUE! when the ranges differ in size', args: [column('A', 'B'), column('Won'), column(1)], expect: VALUE },
  { should: 'be #VALUE! with created dates but no closed ones', args: [column('A'), column('Won'), column(1), column(3)], expect: VALUE },
  { should: 'be #VALUE! for a window without created dates', args: [column('A'), column('Won'), column(1), null, null, 5], expect: VALUE },
  { should: 'be #NUM! for a window that ends before it starts', args: [column('A'), column('Won'), column(1), column(3), column(4), 10, 5], expect: NUM },
];
