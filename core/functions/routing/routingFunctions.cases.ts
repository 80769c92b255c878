import { FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;
const reps = (...names: string[]) => column(...names);

export const ROUTELEADS_CASES: readonly FunctionCase[] = [
  {
    should: 'give the hottest lead of an area to its rep, and the rest to a rep of every area',
    args: [column('North', 'North', 'South'), column(90, 80, 70), reps('Ana', 'Ben'), column('North', '*'), column(1, null)],
    expect: { table: [['Ana'], ['Ben'], ['Ben']] },
  },
  {
    should: 'fill reps by the share of their capacity used',
    args: [column('A', 'A', 'A', 'A', 'A', 'A'), column(6, 5, 4, 3, 2, 1), reps('X', 'Y'), column('A', 'A'), column(2, 4)],
    expect: { table: [['X'], ['Y'], ['Y'], ['X'], ['Y'], ['Y']] },
  },
  {
    should: 'serve the highest score first, whatever its row, and say so when no rep is left',
    args: [column('A', 'A', 'A'), column(10, 30, 20), reps('X', 'Y'), column('A', 'A'), column(1, 1)],
    expect: { table: [['(no rep)'], ['X'], ['Y']] },
  },
  {
    should: 'take turns among reps without a capacity',
    args: [column('A', 'A', 'A', 'A'), column(4, 3, 2, 1), reps('X', 'Y'), column('A', 'A')],
    expect: { table: [['X'], ['Y'], ['X'], ['Y']] },
  },
  { should: 'match areas ignoring case and spaces around', args: [column(' north'), column(1), reps('X'), column('North')], expect: { table: [['X']] } },
  {
    should: 'give "(no rep)" to a lead of an area no rep serves',
    args: [column('South'), column(5), reps('X'), column('North')],
    expect: { table: [['(no rep)']] },
  },
  { should: 'leave an empty row empty', args: [column('A', null), column(1, null), reps('X'), column('A')], expect: { table: [['X'], ['']] } },
  {
    should: 'serve a lead without a score last',
    args: [column('A', 'A'), column(null, 5), reps('X', 'Y'), column('A', 'A'), column(1, 1)],
    expect: { table: [['Y'], ['X']] },
  },
  {
    should: 'keep row order between equal scores',
    args: [column('A', 'A'), column(5, 5), reps('X', 'Y'), column('A', 'A'), column(1, 1)],
    expect: { table: [['X'], ['Y']] },
  },
  { should: 'be #NUM! for a negative capacity', args: [column('A'), column(1), reps('X'), column('A'), column(-1)], expect: NUM },
  { should: 'be #VALUE! for leads’ ranges of different sizes', args: [column('A', 'A'), column(1), reps('X'), column('A')], expect: VALUE },
  { should: 'be #VALUE! for a score in words', args: [column('A'), column('hot'), reps('X'), column('A')], expect: VALUE },
];
