import { FunctionCase, column } from '../../kit/catalogue/cases';

const VALUE = { error: 'VALUE' } as const;
const NUM = { error: 'NUM' } as const;
const DIV0 = { error: 'DIV0' } as const;
const spill = (...values: (number | string)[]) => ({ table: values.map((v) => [v]) });

export const REVERSEFUNNEL_CASES: readonly FunctionCase[] = [
  { should: 'give the count at each stage, top first, rounding up at every stage', args: [100_000, 5_000, column(0.5, 0.35)], expect: spill(116, 58, 20) },
  { should: 'not let binary floating point add a unit (70 / 35% is 200)', args: [70, 1, column(0.35)], expect: spill(200, 70) },
  { should: 'round deals up', args: [10_001, 1_000, column(0.25)], expect: spill(44, 11) },
  { should: 'give only the deals without conversions', args: [9_000, 1_000, column(null)], expect: spill(9) },
  { should: 'need nothing for a target of 0', args: [0, 1_000, column(0.5)], expect: spill(0, 0) },
  { should: 'be #DIV/0! for a deal size of 0', args: [1000, 0, column(0.5)], expect: DIV0 },
  { should: 'be #DIV/0! for a conversion of 0', args: [1000, 100, column(0.5, 0)], expect: DIV0 },
  { should: 'be #NUM! for a conversion typed as 35 instead of 35%', args: [1000, 100, column(35)], expect: NUM },
  { should: 'be #NUM! for a negative target', args: [-1, 100, column(0.5)], expect: NUM },
  { should: 'be #VALUE! for a conversion written as text', args: [1000, 100, column('half')], expect: VALUE },
];

export const VISITSPERDAY_CASES: readonly FunctionCase[] = [
  { should: 'keep half a visit back and count whole visits', args: [480, 45, 30, 10, 5], expect: 5 },
  { should: 'take preparation and waiting as 0 when not given', args: [480, 45, 30], expect: 6 },
  { should: 'cap at the daily maximum', args: [480, 20, 10, null, null, 8], expect: 8 },
  { should: 'not let binary floating point drop a visit', args: [315, 30, 30], expect: 5 },
  { should: 'never go below 0', args: [10, 60, 30], expect: 0 },
  { should: 'be #DIV/0! when a visit takes no time at all', args: [480, 0, 0], expect: DIV0 },
  { should: 'be #NUM! for negative minutes', args: [480, -45, 30], expect: NUM },
  { should: 'be #NUM! for a negative maximum', args: [480, 45, 30, 0, 0, -1], expect: NUM },
];

export const CALLCAPACITY_CASES: readonly FunctionCase[] = [
  { should: 'multiply visits a day by selling days', args: [5, 200], expect: 1000 },
  { should: 'take off the visits that fall through', args: [5, 200, 0.1], expect: 900 },
  { should: 'be 0 with no selling days', args: [5, 0], expect: 0 },
  { should: 'keep a fractional expectation', args: [4, 3, 0.25], expect: 9 },
  { should: 'be #NUM! for a no-show rate typed as 10 instead of 10%', args: [5, 200, 10], expect: NUM },
  { should: 'be #NUM! for negative days', args: [5, -1], expect: NUM },
  { should: 'be #NUM! for negative visits', args: [-5, 10], expect: NUM },
  { should: 'be #VALUE! for text visits', args: ['five', 10], expect: VALUE },
];

export const WORKLOAD_CASES: readonly FunctionCase[] = [
  { should: 'add accounts × visits a year (Talley: 60,000 calls)', args: [column(1000, 2000), column(36, 12)], expect: 60_000 },
  { should: 'give hours with minutes a call', args: [column(1000, 2000), column(36, 12), 45], expect: 45_000 },
  { should: 'count one account a row', args: [column(1, 1, 1), column(24, 12, 4)], expect: 40 },
  { should: 'skip blank rows in both', args: [column(10, null, 5), column(12, null, 4)], expect: 140 },
  { should: 'be 0 with no accounts', args: [column(0), column(12)], expect: 0 },
  { should: 'be #VALUE! for ranges of different counts', args: [column(1, 2), column(12)], expect: VALUE },
  { should: 'be #NUM! for a negative frequency', args: [column(1), column(-12)], expect: NUM },
  { should: 'be #VALUE! for text among the accounts', args: [column('many'), column(12)], expect: VALUE },
];

export const REPSFORWORKLOAD_CASES: readonly FunctionCase[] = [
  { should: 'round reps up (Talley: 60 reps)', args: [column(1000, 2000), column(36, 12), 1000], expect: 60 },
  { should: 'round a part-rep up', args: [column(120, 300), column(24, 12), 900], expect: 8 },
  { should: 'not let floating point add a rep', args: [column(7), column(0.1), 0.7], expect: 1 },
  { should: 'need no rep for no calls', args: [column(0), column(12), 1000], expect: 0 },
  { should: 'need one rep for one call', args: [column(1), column(1), 1000], expect: 1 },
  { should: 'be #DIV/0! when a rep makes no calls', args: [column(10), column(12), 0], expect: DIV0 },
  { should: 'be #NUM! for negative calls a rep', args: [column(10), column(12), -5], expect: NUM },
  { should: 'be #VALUE! for ranges of different counts', args: [column(1, 2), column(12), 100], expect: VALUE },
];

export const ABCCLASS_CASES: readonly FunctionCase[] = [
  { should: 'class by the share of the accounts before each', args: [column(50, 30, 15, 5)], expect: spill('A', 'A', 'B', 'C') },
  { should: "keep the accounts' order in the result", args: [column(5, 15, 50, 30)], expect: spill('C', 'B', 'A', 'A') },
  { should: 'keep ties in their order', args: [column(40, 40, 20)], expect: spill('A', 'A', 'B') },
  { should: 'make blanks, text and non-positive values C', args: [column(100, null, 'n/a', -5, 0)], expect: spill('A', 'C', 'C', 'C', 'C') },
  { should: 'take other cut-offs', args: [column(50, 30, 15, 5), 0.5, 0.9], expect: spill('A', 'B', 'B', 'C') },
  { should: 'make every account C when none has a value', args: [column(0, null)], expect: spill('C', 'C') },
  { should: 'be #NUM! when a_share is above b_share', args: [column(1, 2), 0.9, 0.8], expect: NUM },
  { should: 'be #NUM! for a share typed as 80 instead of 80%', args: [column(1, 2), 80], expect: NUM },
];

export const VISITFREQ_CASES: readonly FunctionCase[] = [
  { should: 'give 24, 12 and 4 visits a year by default', args: [column('A', 'B', 'C')], expect: spill(24, 12, 4) },
  { should: 'read classes without regard to case or spaces', args: [column(' a', 'c ')], expect: spill(24, 4) },
  { should: 'give a blank class no visits', args: [column('A', null)], expect: spill(24, 0) },
  { should: 'take your own frequencies', args: [column('A', 'C'), column(52, 12, 2)], expect: spill(52, 2) },
  { should: 'take frequencies in a row', args: [column('B'), [[52, 26, 6]]], expect: spill(26) },
  { should: 'be #VALUE! for a class it does not know', args: [column('A', 'D')], expect: VALUE },
  { should: 'be #VALUE! for frequencies that are not three numbers', args: [column('A'), column(1, 2)], expect: VALUE },
  { should: 'be #NUM! for a negative frequency', args: [column('A'), column(-1, 2, 3)], expect: NUM },
];

export const CALLPLAN_CASES: readonly FunctionCase[] = [
  { should: 'give 2, 1 and 0.25 calls a week by default', args: [column('Hot', 'Warm', 'Cold')], expect: spill(2, 1, 0.25) },
  { should: 'read temperatures without regard to case or spaces', args: [column(' hot', 'COLD')], expect: spill(2, 0.25) },
  { should: 'give a blank no calls', args: [column('Warm', null)], expect: spill(1, 0) },
  { should: 'take your own cadence', args: [column('Hot', 'Cold'), column(3, 1, 0.5)], expect: spill(3, 0.5) },
  { should: 'give one lead one cadence', args: [column('Warm'), column(5, 4, 3)], expect: spill(4) },
  { should: 'be #VALUE! for a temperature it does not know', args: [column('Tepid')], expect: VALUE },
  { should: 'be #VALUE! for a cadence that is not three numbers', args: [column('Hot'), column(1)], expect: VALUE },
  { should: 'be #NUM! for a negative cadence', args: [column('Hot'), column(-1, 1, 1)], expect: NUM },
];

/** Cardiff, Bristol, Swansea and Bath. */
const LATS = column(51.4816, 51.4545, 51.6214, 51.3811);
const LONS = column(-3.1791, -2.5879, -3.9436, -2.359);

export const VISITORDER_CASES: readonly FunctionCase[] = [
  {
    should: 'take the shortest round trip, the shorter first leg first (Cardiff, Swansea, Bristol, Bath: 226.5 km)',
    args: [LATS, LONS],
    expect: spill(1, 3, 2, 4),
  },
  { should: 'start where it is asked to (Bristol, then Bath)', args: [LATS, LONS, 2], expect: spill(2, 4, 1, 3) },
  { should: 'visit one place alone', args: [column(51.5), column(-3.2)], expect: spill(1) },
  { should: 'visit two places from the first', args: [column(51.5, 51.4), column(-3.2, -2.6)], expect: spill(1, 2) },
  { should: 'be #NUM! for a latitude beyond the pole', args: [column(95, 51), column(0, 0)], expect: NUM },
  { should: 'be #NUM! for a start that is not a row', args: [LATS, LONS, 9], expect: NUM },
  { should: 'be #VALUE! for a blank coordinate', args: [column(51.5, null), column(-3.2, -2.6)], expect: VALUE },
  { should: 'be #VALUE! for ranges of different sizes', args: [column(51.5, 51.4), column(-3.2)], expect: VALUE },
];

export const ROUTEKM_CASES: readonly FunctionCase[] = [
  { should: 'measure there and back', args: [column(0, 0), column(0, 0.01)], expect: 2 * 6371.0088 * (Math.PI / 180) * 0.01 },
  { should: 'be 0 for one place', args: [column(51.5), column(-3.2)], expect: 0 },
  { should: 'follow the order given', args: [column(0, 0, 0), column(0, 0.02, 0.01), column(1, 3, 2)], expect: 4 * 6371.0088 * (Math.PI / 180) * 0.01 },
  { should: 'take the places as listed without an order', args: [column(0, 0, 0), column(0, 0.02, 0.01)], expect: 4 * 6371.0088 * (Math.PI / 180) * 0.01 },
  { should: 'be #VALUE! for an order that skips a row', args: [column(0, 0), column(0, 1), column(1, 1)], expect: VALUE },
  { should: 'be #NUM! for a longitude beyond 180', args: [column(0, 0), column(0, 190)], expect: NUM },
  { should: 'be #VALUE! for a coordinate written as text', args: [column('north', 0), column(0, 1)], expect: VALUE },
  { should: 'be #VALUE! for ranges of different sizes', args: [column(0, 0), column(0)], expect: VALUE },
];
