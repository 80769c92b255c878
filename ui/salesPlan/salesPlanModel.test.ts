import { CellValue } from '../../core/kit/cells';
import {
  initialState,
  historyFromSelection,
  baselineFrom,
  monthSharesFor,
  restoreState,
  validateStep,
  SalesPlanState,
  parseSubLevel,
  subLevelAsText,
  childrenOf,
} from './salesPlanModel';

const twoYears = [100, 120, 90, 110, 130, 150, 140, 120, 110, 100, 160, 200, 110, 130, 100, 120, 140, 165, 150, 130, 120, 110, 175, 220];
const at = (step: number, change: Partial<SalesPlanState> = {}, answers: Partial<SalesPlanState['answers']> = {}): SalesPlanState => {
  const state = initialState(new Date(2026, 10, 22));
  return { ...state, ...change, step, answers: { ...state.answers, ...answers } };
};

describe('the sales-plan wizard, step by step', () => {
  it('starts on next year with sensible defaults', () => {
    const state = initialState(new Date(2026, 10, 22));
    expect(state.answers.year).toBe(2027);
    expect(validateStep(state)).toEqual({});
  });

  it('asks for an owner and a real year on the goal step', () => {
    expect(validateStep(at(0, {}, { owner: '  ', year: 27 }))).toEqual({
      owner: 'Say who owns the goal (a team or a person).',
      year: 'Give a year such as 2027.',
    });
  });

  it('reads monthly history from a selection, blanks as 0, numeric text as numbers', () => {
    expect(historyFromSelection([...twoYears.slice(0, 11).map((v) => [v]), [null], ['12']])).toEqual({ values: [...twoYears.slice(0, 11), 0, 12] });
  });

  it('reads months labelled beside their values (2017-12), a header row allowed, and says which month they run to', () => {
    const labelled = twoYears.map((v, i) => [`${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, v]);
    expect(historyFromSelection([['Month', 'Revenue'], ...labelled])).toEqual({ values: twoYears, through: { year: 2017, month: 12 } });
    expect(historyFromSelection(labelled.slice(0, 18))).toEqual({ values: twoYears.slice(0, 18), through: { year: 2017, month: 6 } });
    // Dates, as Excel and Sheets hand them over (serials of each month's first day), label months too.
    const serialOf = (i: number) => (Date.UTC(2016, i, 1) - Date.UTC(1970, 0, 1)) / 86_400_000 + 25_569;
    expect(historyFromSelection(twoYears.map((v, i) => [serialOf(i), v]))).toEqual({ values: twoYears, through: { year: 2017, month: 12 } });
    // Two columns of numbers are not labelled months: every cell is a month's value, row by row, as before.
    expect(historyFromSelection(twoYears.slice(0, 12).map((v) => [v, v]))).toEqual({ values: twoYears.slice(0, 12).flatMap((v) => [v, v]) });
  });

  it('refuses a selection with text or fewer than 12 months, saying why', () => {
    expect(historyFromSelection([['Jan'], [1]])).toBe('The selection holds "Jan": select monthly numbers only (oldest first).');
    expect(historyFromSelection([[1], [2]])).toBe('Select at least 12 months of history; the selection has 2.');
  });

  it('forecasts the baseline from two years of history, or takes the last 12 months', () => {
    const forecast = baselineFrom(at(1, { history: twoYears, baselineSource: 'forecast' }));
    expect(typeof forecast).toBe('number');
    expect(baselineFrom(at(1, { history: twoYears, baselineSource: 'last12' }))).toBe(twoYears.slice(12).reduce((a, b) => a + b, 0));
  });

  it('says the forecast needs 24 months when there are fewer', () => {
    expect(validateStep(at(1, { history: twoYears.slice(0, 12), baselineSource: 'forecast' })).baseline).toMatch(/needs at least 24 periods/);
  });

  it('takes the month shares from history when asked, else flat', () => {
    const shares = monthSharesFor(at(2, { history: twoYears, seasonalityFromHistory: true }));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares[11]).toBeGreaterThan(shares[0]);
    expect(monthSharesFor(at(2))).toEqual(Array(12).fill(1 / 12));
  });

  it('shapes the months as a growth path: each month 2% above the one before, still adding up to 100%', () => {
    const shares = monthSharesFor(at(2, { monthlyGrowth: 0.02 }));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    shares.slice(1).forEach((share, m) => expect(share / shares[m]).toBeCloseTo(1.02, 12));
    // On top of the history's seasonality: December's share grows by 1.02^11 against January's.
    const seasonal = monthSharesFor(at(2, { history: twoYears, seasonalityFromHistory: true }));
    const both = monthSharesFor(at(2, { history: twoYears, seasonalityFromHistory: true, monthlyGrowth: 0.02 }));
    expect(both[11] / both[0]).toBeCloseTo((seasonal[11] / seasonal[0]) * 1.02 ** 11, 9);
  });

  it('will not leave the breakdown with a growth path steeper than the wizard takes, and brings the path back', () => {
    expect(validateStep(at(2, { monthlyGrowth: 1.5 })).monthlyGrowth).toBe('Growth a month: from -50% to +100%, or blank for none.');
    expect(validateStep(at(2, { monthlyGrowth: 0.02 })).monthlyGrowth).toBeUndefined();
    const saved = at(2, { monthlyGrowth: 0.02 });
    expect(restoreState(JSON.stringify(saved)).state.monthlyGrowth).toBe(0.02);
  });

  it('checks the breakdown: names, duplicates, locks above the quota', () => {
    expect(
      validateStep(
        at(
          2,
          {},
          {
            children: [
              { name: 'A', driver: 1, lock: null },
              { name: 'a', driver: 1, lock: null },
            ],
          },
        ),
      ).children,
    ).toBe('Two rows have the same name.');
    expect(validateStep(at(2, {}, { children: [{ name: 'A', driver: 1, lock: 9e9 }] })).children).toMatch(/add up to more than the total/);
    expect(validateStep(at(2, {}, { newReps: [{ name: 'Ines', startMonth: 13 }] })).newReps).toBeUndefined();
    expect(validateStep(at(2, {}, { newReps: [{ name: 'Ines', startMonth: 25 }] })).newReps).toBe(
      "A start month: 1 (January) to 12, or 13–24 for next year's months.",
    );
  });
});

describe('the sales-plan wizard for a quarter', () => {
  const quarter = (change: Partial<SalesPlanState> = {}) => at(1, change, { periodStart: 4, periodMonths: 3 });

  it('takes the baseline of the quarter months from last year', () => {
    expect(baselineFrom(quarter({ history: twoYears, baselineSource: 'last12' }))).toBe(120 + 140 + 165);
  });

  it('shares the quarter by the seasonality of its months, adding up to 1', () => {
    const shares = monthSharesFor(quarter({ history: twoYears, seasonalityFromHistory: true }));
    expect(shares).toHaveLength(3);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares[0]).toBeCloseTo((110 + 120) / (110 + 120 + 130 + 140 + 150 + 165), 12);
  });

  it('refuses a period longer than a year', () => {
    expect(validateStep(at(0, {}, { periodMonths: 13 })).period).toBe('A period lasts from 1 to 12 months.');
  });
});

describe('the new reps of the breakdown', () => {
  it('asks for ramp percentages from 0 to 100 and a name for each new rep', () => {
    const errors = validateStep(at(2, {}, { ramp: [0.25, 1.5, 0.75], newReps: [{ name: ' ', startMonth: 3 }] }));
    expect(errors.ramp).toBe('A ramp month: type a percentage such as 50% (or 0.5), from 0% to 100%.');
    expect(errors.newReps).toBe('Give each new rep a name, as "Ines: 4".');
  });
});

describe('restoring saved answers, which are untrusted input', () => {
  const fresh = initialState;
  const saved = (change: object) => JSON.stringify({ ...fresh(), step: 3, ...change });

  it('opens a valid answer set where it was left', () => {
    expect(restoreState(saved({})).state.step).toBe(3);
    expect(restoreState(saved({})).message).toBeUndefined();
  });

  it('never lets a saved formula reach the review: a baseline of =HYPERLINK(…) opens step 1 with a message', () => {
    const restored = restoreState(saved({ answers: { ...fresh().answers, baseline: '=HYPERLINK("http://x","y")' } }));
    expect(restored.state.step).toBe(0);
    expect(restored.state.answers.baseline).toBe(fresh().answers.baseline);
    expect(restored.message).toMatch(/could not be used/);
  });

  it('opens step 1 with a message when saved answers fail a step before the review', () => {
    const restored = restoreState(saved({ answers: { ...fresh().answers, fullQuota: 0 } }));
    expect(restored.state.step).toBe(0);
    expect(restored.message).toMatch(/full quota/);
  });

  it('starts afresh, saying so, from damaged JSON', () => {
    expect(restoreState('{not json').message).toMatch(/damaged/);
  });

  it('reads a second level typed a line each, under the rows above, and checks it', () => {
    const items = parseSubLevel('North: Chairs, 3\n\nNorth: Phones, 2, 100000\nSouth: Desks');
    expect(items).toEqual([
      { parent: 'North', name: 'Chairs', driver: 3, lock: null },
      { parent: 'North', name: 'Phones', driver: 2, lock: 100000 },
      { parent: 'South', name: 'Desks', driver: 1, lock: null },
    ]);
    expect(parseSubLevel(subLevelAsText(items))).toEqual(items);
    const fresh = initialState(new Date(2026, 5, 1));
    const at = (typed: string) =>
      validateStep({ ...fresh, step: 2, answers: { ...fresh.answers, subLevel: { label: 'Product', items: parseSubLevel(typed) } } }).subLevel;
    expect(at('North: Chairs, 3\nSouth: Desks')).toBeUndefined();
    expect(at('West: Chairs, 3')).toBe('Chairs is under West, which is not one of the rows above.');
    expect(at('North: Chairs, -1')).toBe('Drivers and locks are amounts of 0 or more (leave a lock blank to share).');
    expect(at('North: , 1')).toBe('Give each item a name, as "Ana Souza: Chairs, 3".');
    expect(at('North: Chairs, 0')).toMatch(/^Every driver is 0/);
    const saved = { ...fresh, step: 3, answers: { ...fresh.answers, subLevel: { label: 'Product', items } } };
    expect(restoreState(JSON.stringify(saved)).state.answers.subLevel).toEqual({ label: 'Product', items });
  });
});

describe('the rows a selection of names gives', () => {
  it("takes a table selected from its header row as its rows, not a row called by the header's name", () => {
    const table: CellValue[][] = [
      ['Region', 'Revenue 2017'],
      ['Central', 147098.13],
      ['West', 250128.37],
    ];
    expect(childrenOf(table)).toEqual([
      { name: 'Central', driver: 147098.13, lock: null },
      { name: 'West', driver: 250128.37, lock: null },
    ]);
    expect(childrenOf(table.slice(1)).map((c) => c.name)).toEqual(['Central', 'West']);
  });

  it('gives a row without a driver beside it the driver 1, and keeps a lone column of names whole', () => {
    expect(childrenOf([['North'], ['South', -5], ['East', '']])).toEqual([
      { name: 'North', driver: 1, lock: null },
      { name: 'South', driver: 1, lock: null },
      { name: 'East', driver: 1, lock: null },
    ]);
  });
});
