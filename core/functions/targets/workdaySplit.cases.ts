import { FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;

/** Fri 1 Jan, Sat 2, Sun 3, Mon 4 … Fri 8 Jan, Mon 28 Dec 2026, 1 Feb, 1 and 31 Mar 2027, as date serials. */
const [JAN_1, JAN_2, JAN_3, JAN_4, JAN_5, JAN_6, JAN_7, JAN_8] = [46388, 46389, 46390, 46391, 46392, 46393, 46394, 46395];
const [DEC_28, FEB_1, MAR_1, MAR_31] = [46384, 46419, 46447, 46477];

export const WORKDAYSPLIT_CASES: readonly FunctionCase[] = [
  {
    should: 'share an amount over a week’s working days, a holiday left out',
    args: [10000, JAN_4, JAN_8, column(JAN_6), 'day', 1],
    expect: {
      table: [
        [JAN_4, 2500],
        [JAN_5, 2500],
        [JAN_7, 2500],
        [JAN_8, 2500],
      ],
    },
  },
  {
    should: 'group by weeks from Monday, a week’s first day its Monday',
    args: [600, JAN_1, JAN_8, null, 'week'],
    expect: {
      table: [
        [DEC_28, 100],
        [JAN_4, 500],
      ],
    },
  },
  {
    should: 'group by months, by their working days',
    args: [63000, JAN_1, MAR_31, column(JAN_1), 'month'],
    expect: {
      table: [
        [JAN_1, 20000],
        [FEB_1, 20000],
        [MAR_1, 23000],
      ],
    },
  },
  {
    should: 'round to whole units, the largest remainder (the earliest on a tie) taking the one left',
    args: [100, JAN_4, JAN_6, null, 'day', 1],
    expect: {
      table: [
        [JAN_4, 34],
        [JAN_5, 33],
        [JAN_6, 33],
      ],
    },
  },
  {
    should: 'read a date with a time as its day',
    args: [300, JAN_4 + 0.5, JAN_6 + 0.75],
    expect: {
      table: [
        [JAN_4, 100],
        [JAN_5, 100],
        [JAN_6, 100],
      ],
    },
  },
  { should: 'be #NUM! for a weekend alone', args: [100, JAN_2, JAN_3], expect: NUM },
  { should: 'be #NUM! when the end comes before the start', args: [100, JAN_8, JAN_4], expect: NUM },
  { should: 'be #VALUE! for a grouping it does not know', args: [100, JAN_4, JAN_8, null, 'year'], expect: VALUE },
  { should: 'be #VALUE! for a holiday in words', args: [100, JAN_4, JAN_8, column('Easter')], expect: VALUE },
];
