import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range, isBlankCell } from '../../kit/cells/values';
import { asColumn, defineFunction, documented } from '../../kit/catalogue/types';
import { AccountClass, DEFAULT_CALLS_PER_WEEK, DEFAULT_VISIT_FREQUENCIES, abcClasses, callPlan, visitFrequencies } from './accountClasses';
import { callCapacity, repsForWorkload, reverseFunnel, visitsPerDay, workload } from './funnelAndCapacity';
import { readPlaces, tourKm, visitOrder } from './visitRoute';

const rows = (sizes: readonly ({ rows: number; columns: number } | undefined)[]) => Math.max(1, (sizes[0]?.rows ?? 1) * (sizes[0]?.columns ?? 1));

/** The numbers of a range, blanks skipped; text is `#VALUE!` naming the argument and row. */
function numbersOf(range: Range, name: string): number[] | SheetError {
  const out: number[] = [];
  for (const [i, v] of range.flat().entries()) {
    if (isBlankCell(v)) continue;
    if (typeof v !== 'number') return new SheetError('VALUE', reason('{name} holds text in cell {value}', { name, value: i + 1 }));
    out.push(v);
  }
  return out;
}

/** Three numbers (A, B, C or hot, warm, cold) from a range of three cells, or the defaults. */
function threeOf<K extends string>(
  range: Range | undefined,
  keys: readonly K[],
  defaults: Readonly<Record<K, number>>,
  name: string,
): Record<K, number> | SheetError {
  if (range === undefined) return { ...defaults };
  const numbers = numbersOf(range, name);
  if (isSheetError(numbers)) return numbers;
  if (numbers.length !== keys.length)
    return new SheetError(
      'VALUE',
      reason('{name} needs {length} numbers ({value}), not {length2}', { name, length: keys.length, value: keys.join(', '), length2: numbers.length }),
    );
  if (numbers.some((n) => n < 0)) return new SheetError('NUM', reason('{name} cannot be negative', { name }));
  return Object.fromEntries(keys.map((k, i) => [k, numbers[i]])) as Record<K, number>;
}

/** The most funnel stages REVERSEFUNNEL takes: a funnel has a handful; the spill grows with them. */
export const LARGEST_FUNNEL = 1_000;

export const REVERSEFUNNEL = defineFunction({
  name: 'REVERSEFUNNEL',
  title: 'Reverse sales funnel',
  summary: 'From a sales target to the count needed at every funnel stage, top first, deals last.',
  description:
    '`conversions` lists the stage-to-stage rates from the top of the funnel down to the deal (leads → meetings → proposals → ' +
    'deals: three rates, four stages). Deals = ⌈target / deal_size⌉; each earlier stage = ⌈next stage / its rate⌉, rounding up at ' +
    'every stage, after rounding to 9 decimals so that binary floating point never adds a unit (70 / 35% is 200, not 201). Spills ' +
    'one count per stage, top first.',
  category: 'Field work',
  params: [
    { name: 'target', kind: 'total', description: 'The revenue to reach.' },
    { name: 'deal_size', kind: 'number', description: 'The average won deal.' },
    {
      name: 'conversions',
      kind: 'range',
      largestInput: LARGEST_FUNNEL,
      description: 'The conversion rate between each stage and the next, top first (fractions: 35% or 0.35).',
    },
  ],
  returns: {
    description: 'The count needed at each stage, top first.',
    format: 'number',
    shape: 'table',
    maxSize: (sizes) => ({ rows: 1 + Math.max(1, (sizes[2]?.rows ?? 1) * (sizes[2]?.columns ?? 1)), columns: 1 }),
  },
  errors: [
    { kind: 'DIV0', when: 'deal_size or a conversion is 0' },
    { kind: 'NUM', when: 'target or deal_size is negative, or a conversion is not a fraction between 0 and 1' },
    { kind: 'VALUE', when: 'a conversion is text' },
  ],
  examples: [
    { formula: '=REVERSEFUNNEL(100000, 5000, {0.5;0.35})', note: '20 deals need 58 proposals, which need 116 leads.' },
    { formula: '=REVERSEFUNNEL(70, 1, {0.35})', note: '70 deals at 35%: 200 at the top, not 201.' },
  ],
  run(target, dealSize, range) {
    const rates = numbersOf(range, 'conversions');
    if (isSheetError(rates)) return rates;
    const bad = rates.findIndex((r) => r < 0 || r > 1);
    if (bad >= 0)
      return new SheetError(
        'NUM',
        reason('conversion {value} must be a fraction between 0 and 1 (write 35% or 0.35, not {value2})', { value: bad + 1, value2: rates[bad] }),
      );
    const counts = reverseFunnel(target, dealSize, rates);
    return isSheetError(counts) ? counts : asColumn(counts);
  },
});

export const VISITSPERDAY = defineFunction({
  name: 'VISITSPERDAY',
  title: 'Visits per day',
  summary: "How many visits fit in a rep's day, from the minutes each one takes with its travel.",
  description:
    '⌊(available − ½ × visit) / (visit + travel + prep + wait)⌋: half a visit is kept back for the end of the day (portatour, ' +
    'Spearhead); capped at max_visits when given; never below 0. Minutes throughout.',
  category: 'Field work',
  params: [
    { name: 'available_minutes', kind: 'number', description: 'Minutes a day for visits (after breaks and admin).' },
    { name: 'visit_minutes', kind: 'number', description: 'An average visit.' },
    { name: 'travel_minutes', kind: 'number', description: 'Average travel to the next visit.' },
    { name: 'prep_minutes', kind: 'number', optional: true, defaultText: '0', description: 'Preparation a visit.' },
    { name: 'wait_minutes', kind: 'number', optional: true, defaultText: '0', description: 'Waiting a visit.' },
    { name: 'max_visits', kind: 'number', optional: true, defaultText: 'no cap', description: 'The most visits a day.' },
  ],
  returns: { description: 'Whole visits a day.', format: 'number' },
  errors: [
    { kind: 'NUM', when: 'a number of minutes or max_visits is negative' },
    { kind: 'DIV0', when: 'a visit with its travel, preparation and waiting takes 0 minutes' },
  ],
  examples: [
    { formula: '=VISITSPERDAY(480, 45, 30, 10, 5)', note: '(480 − 22.5) / 90: 5 visits.' },
    { formula: '=VISITSPERDAY(480, 20, 10, , , 8)', note: '15 would fit; capped at 8.' },
  ],
  run: (available, visit, travel, prep, wait, max) => visitsPerDay(available, visit, travel, prep ?? 0, wait ?? 0, max),
});

export const CALLCAPACITY = defineFunction({
  name: 'CALLCAPACITY',
  title: 'Call capacity',
  summary: 'The visits a rep can make in a period: visits a day × selling days × (1 − no-shows).',
  description: 'visits_per_day × selling_days × (1 − no_show_rate). Not rounded: an expected number of visits.',
  category: 'Field work',
  params: [
    { name: 'visits_per_day', kind: 'number', description: 'Visits a day (VISITSPERDAY).' },
    { name: 'selling_days', kind: 'number', description: 'Days in the field in the period.' },
    { name: 'no_show_rate', kind: 'rate', optional: true, defaultText: '0%', description: 'The share of visits that do not happen.' },
  ],
  returns: { description: 'Visits in the period.', format: 'number' },
  errors: [{ kind: 'NUM', when: 'a count is negative, or no_show_rate is not a fraction between 0 and 1' }],
  examples: [
    { formula: '=CALLCAPACITY(5, 200)', note: '1,000 visits a year.' },
    { formula: '=CALLCAPACITY(5, 200, 10%)', note: 'One visit in ten falls through: 900.' },
  ],
  run: (perDay, days, noShow) => callCapacity(perDay, days, noShow ?? 0),
});

const workloadParams = documented([
  { name: 'accounts', kind: 'range', description: 'How many accounts in each class (or 1 per account).' },
  { name: 'frequencies', kind: 'range', description: 'Visits a year for each, the same size as accounts.' },
] as const);

function withWorkload<T>(accounts: Range, frequencies: Range, f: (a: number[], q: number[]) => T | SheetError): T | SheetError {
  const [a, q] = [numbersOf(accounts, 'accounts'), numbersOf(frequencies, 'frequencies')];
  if (isSheetError(a)) return a;
  if (isSheetError(q)) return q;
  return f(a, q);
}

export const WORKLOAD = defineFunction({
  name: 'WORKLOAD',
  title: 'Visit workload',
  summary: "Talley's workload: Σ accounts × visits a year each, in calls (or hours).",
  description:
    'Σ accountsᵢ × frequencyᵢ calls a year; with minutes_per_call, those calls in hours (× minutes / 60). Blank cells are skipped in both ranges alike.',
  category: 'Field work',
  params: [...workloadParams, { name: 'minutes_per_call', kind: 'number', optional: true, description: 'Minutes a call, to get hours.' }],
  returns: { description: 'Calls a year, or hours.', format: 'number' },
  errors: [
    { kind: 'VALUE', when: 'accounts and frequencies hold different counts of numbers, or text' },
    { kind: 'NUM', when: 'a count, frequency or minutes is negative' },
  ],
  examples: [
    { formula: '=WORKLOAD({1000;2000}, {36;12})', note: 'Talley: 36,000 + 24,000 = 60,000 calls.' },
    { formula: '=WORKLOAD({1000;2000}, {36;12}, 45)', note: 'At 45 minutes a call: 45,000 hours.' },
  ],
  run: (accounts, frequencies, minutes) => withWorkload(accounts, frequencies, (a, q) => workload(a, q, minutes)),
});

export const REPSFORWORKLOAD = defineFunction({
  name: 'REPSFORWORKLOAD',
  title: 'Reps for the workload',
  summary: 'Reps needed for a workload: ⌈calls / calls a rep can make⌉ (Talley).',
  description: '⌈WORKLOAD(accounts, frequencies) / calls_per_rep⌉, after rounding to 9 decimals.',
  category: 'Field work',
  params: [...workloadParams, { name: 'calls_per_rep', kind: 'number', description: 'Calls a rep makes a year (CALLCAPACITY).' }],
  returns: { description: 'Whole reps.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'calls_per_rep is 0' },
    { kind: 'NUM', when: 'calls_per_rep or an input is negative' },
    { kind: 'VALUE', when: 'as for WORKLOAD' },
  ],
  examples: [
    { formula: '=REPSFORWORKLOAD({1000;2000}, {36;12}, 1000)', note: 'Talley: 60,000 calls at 1,000 a rep, 60 reps.' },
    { formula: '=REPSFORWORKLOAD({120;300}, {24;12}, 900)', note: '6,480 calls at 900 a rep: 8 reps (7.2, rounded up).' },
  ],
  run: (accounts, frequencies, perRep) => withWorkload(accounts, frequencies, (a, q) => repsForWorkload(a, q, perRep)),
});

export const ABCCLASS = defineFunction({
  name: 'ABCCLASS',
  title: 'ABC class',
  summary: 'Classes accounts A, B or C by their share of revenue or potential (80% / 95% by default).',
  description:
    'Accounts sorted by value, largest first (ties keep their order): an account is A while the share of the total held by the ' +
    'accounts before it is below a_share, B while below b_share, else C. Blanks, text and values of 0 or less are C and not in ' +
    "the total. Spills one class per account, in the accounts' order.",
  category: 'Field work',
  params: [
    { name: 'values', kind: 'range', description: "Each account's revenue or potential." },
    { name: 'a_share', kind: 'rate', optional: true, defaultText: '80%', description: 'The cumulative share the A accounts start within.' },
    { name: 'b_share', kind: 'rate', optional: true, defaultText: '95%', description: 'The cumulative share the B accounts start within.' },
  ],
  returns: { description: 'A, B or C per account.', format: 'text', shape: 'table', maxSize: (sizes) => ({ rows: rows(sizes), columns: 1 }) },
  errors: [{ kind: 'NUM', when: 'a_share is above b_share, or a share is not a fraction between 0 and 1' }],
  examples: [
    { formula: '=ABCCLASS({50;30;15;5})', note: 'Before 30 lie 50% (A), before 15 80% (B), before 5 95% (C).' },
    { formula: '=ABCCLASS(G2:G201, 70%, 90%)', note: "The sample's deal amounts with tighter cut-offs." },
  ],
  run(values, a, b) {
    const classes = abcClasses(values.flat(), a ?? 0.8, b ?? 0.95);
    return isSheetError(classes) ? classes : asColumn(classes);
  },
});

export const VISITFREQ = defineFunction({
  name: 'VISITFREQ',
  title: 'Visit frequency',
  summary: 'Visits a year for each account from its class: A 24, B 12, C 4 by default.',
  description: 'Maps A, B and C (without regard to case or spaces) to visits a year; `frequencies` is three numbers for A, B and C. A blank class is 0 visits.',
  category: 'Field work',
  params: [
    { name: 'classes', kind: 'range', description: "Each account's class (ABCCLASS)." },
    { name: 'frequencies', kind: 'range', optional: true, defaultText: '{24;12;4}', description: 'Visits a year for A, B and C.' },
  ],
  returns: { description: 'Visits a year per account.', format: 'number', shape: 'table', maxSize: (sizes) => ({ rows: rows(sizes), columns: 1 }) },
  errors: [
    { kind: 'VALUE', when: 'a class is not A, B or C, or frequencies is not three numbers' },
    { kind: 'NUM', when: 'a frequency is negative' },
  ],
  examples: [
    { formula: '=VISITFREQ({"A";"B";"C"})', note: '24, 12 and 4.' },
    { formula: '=VISITFREQ({"A";"c"}, {52;12;2})', note: 'Weekly visits for A accounts.' },
  ],
  run(classes, frequencies) {
    const byClass = threeOf<AccountClass>(frequencies, ['A', 'B', 'C'], DEFAULT_VISIT_FREQUENCIES, 'frequencies');
    if (isSheetError(byClass)) return byClass;
    const visits = visitFrequencies(classes.flat(), byClass);
    return isSheetError(visits) ? visits : asColumn(visits);
  },
});

export const CALLPLAN = defineFunction({
  name: 'CALLPLAN',
  title: 'Call plan',
  summary: 'Calls a week each lead needs from its temperature: Hot 2, Warm 1, Cold 0.25 by default.',
  description:
    "Maps Hot, Warm and Cold (LEADBAND's bands, without regard to case or spaces) to calls a week: by default twice a week for a " +
    'hot lead, weekly for a warm one, once a month (0.25 a week) for a cold one; `frequencies` is three numbers for hot, warm and ' +
    'cold. A blank is 0 calls.',
  category: 'Field work',
  params: [
    { name: 'temperatures', kind: 'range', description: "Each lead's band: Hot, Warm or Cold." },
    { name: 'frequencies', kind: 'range', optional: true, defaultText: '{2;1;0.25}', description: 'Calls a week for hot, warm and cold leads.' },
  ],
  returns: { description: 'Calls a week per lead.', format: 'number', shape: 'table', maxSize: (sizes) => ({ rows: rows(sizes), columns: 1 }) },
  errors: [
    { kind: 'VALUE', when: 'a temperature is not Hot, Warm or Cold, or frequencies is not three numbers' },
    { kind: 'NUM', when: 'a frequency is negative' },
  ],
  examples: [
    { formula: '=CALLPLAN({"Hot";"Warm";"Cold"})', note: '2, 1 and 0.25 calls a week.' },
    { formula: '=CALLPLAN({"hot";"cold"}, {3;1;0.5})', note: 'Your own cadence.' },
  ],
  run(temperatures, frequencies) {
    const perWeek = threeOf(frequencies, ['hot', 'warm', 'cold'] as const, DEFAULT_CALLS_PER_WEEK, 'frequencies');
    if (isSheetError(perWeek)) return perWeek;
    const calls = callPlan(temperatures.flat(), perWeek);
    return isSheetError(calls) ? calls : asColumn(calls);
  },
});

const placeParams = documented([
  { name: 'latitudes', kind: 'range', description: "Each place's latitude, in degrees." },
  { name: 'longitudes', kind: 'range', description: "Each place's longitude, in degrees, the same size." },
] as const);

/**
 * The most places VISITORDER orders: its local search grows with the places and its kicks shrink
 * with them; 300 places answer in about 0.4 s in the Apps Script bundle (`bench/visits.bench.ts`).
 */
export const LARGEST_TOUR = 400;

export const VISITORDER = defineFunction({
  name: 'VISITORDER',
  title: 'Visiting order',
  summary: 'The order in which to visit places on a short round trip from a start: row numbers, start first.',
  description:
    'A permutation of the row numbers (1 for the first place), starting at start_row, of a short round trip on great-circle ' +
    'distances (haversine, Earth radius 6,371.0088 km). Up to 12 places the shortest trip, exactly (Held–Karp dynamic ' +
    'programming); beyond, nearest neighbour from the start, then iterated local search: 2-opt (reverse a stretch) and Or-opt ' +
    "(move a run of up to three stops) over each place's 10 nearest, then 50 to 300 double-bridge kicks (24,000 ÷ places), each " +
    "followed by that local search and kept when shorter, deterministic. In the bench, never longer than OR-tools' guided local " +
    'search given 10 seconds a trip (30 beyond 100 places) on 24 sets of 20–300 places, and up to 6% shorter; 2–8% shorter than ' +
    'textbook 2-opt and Or-opt at 50–100 places. Read from the start in the direction whose first leg is shorter.',
  category: 'Field work',
  params: [
    { ...placeParams[0], largestInput: LARGEST_TOUR },
    { ...placeParams[1], largestInput: LARGEST_TOUR },
    { name: 'start_row', kind: 'number', optional: true, defaultText: '1', description: 'The row of the place to start from (the office).' },
  ],
  returns: { description: 'Row numbers in visiting order.', format: 'number', shape: 'table', maxSize: (sizes) => ({ rows: rows(sizes), columns: 1 }) },
  errors: [
    { kind: 'VALUE', when: 'a cell is not a number, or the ranges differ in size' },
    { kind: 'NUM', when: 'a latitude or longitude is out of range, or start_row is not a row of the places' },
  ],
  examples: [
    { formula: '=VISITORDER({51.48;51.45;51.62;51.38}, {-3.18;-2.59;-3.94;-2.36})', note: 'Cardiff, Bristol, Swansea, Bath from Cardiff: 1, 3, 2, 4.' },
    { formula: '=VISITORDER({51.48;51.45;51.62;51.38}, {-3.18;-2.59;-3.94;-2.36}, 2)', note: 'The same trip from Bristol.' },
  ],
  run(latitudes, longitudes, startRow = 1) {
    const places = readPlaces(latitudes.flat(), longitudes.flat());
    if (isSheetError(places)) return places;
    if (!Number.isInteger(startRow) || startRow < 1 || startRow > places.length)
      return new SheetError('NUM', reason('start_row must be a row from 1 to {length}, not {startRow}', { length: places.length, startRow }));
    return asColumn(visitOrder(places, startRow - 1).map((i) => i + 1));
  },
});

export const ROUTEKM = defineFunction({
  name: 'ROUTEKM',
  title: 'Route length in km',
  summary: 'The length of a round trip through places in an order, in km (great-circle).',
  description:
    'Σ great-circle distances (haversine, Earth radius 6,371.0088 km) between consecutive places in `order`, and back to the first. Without `order`, the places as listed.',
  category: 'Field work',
  params: [
    ...placeParams,
    { name: 'order', kind: 'range', optional: true, defaultText: 'as listed', description: 'Row numbers in visiting order (VISITORDER).' },
  ],
  returns: { description: 'Kilometres.', format: 'number' },
  errors: [
    { kind: 'VALUE', when: 'a cell is not a number, the ranges differ in size, or order is not each row once' },
    { kind: 'NUM', when: 'a latitude or longitude is out of range' },
  ],
  examples: [
    { formula: '=ROUTEKM({51.48;51.45}, {-3.18;-2.59})', note: 'Cardiff to Bristol and back: about 82 km.' },
    { formula: '=ROUTEKM({51.48;51.45;51.62;51.38}, {-3.18;-2.59;-3.94;-2.36}, {1;3;4;2})', note: 'A worse order, longer.' },
  ],
  run(latitudes, longitudes, order) {
    const places = readPlaces(latitudes.flat(), longitudes.flat());
    if (isSheetError(places)) return places;
    if (order === undefined)
      return tourKm(
        places,
        places.map((_, i) => i),
      );
    const stops = numbersOf(order, 'order');
    if (isSheetError(stops)) return stops;
    const sorted = [...stops].sort((a, b) => a - b);
    if (sorted.length !== places.length || sorted.some((s, i) => s !== i + 1))
      return new SheetError('VALUE', reason('order must hold each row from 1 to {length} once', { length: places.length }));
    return tourKm(
      places,
      stops.map((s) => s - 1),
    );
  },
});
