import { initialState, rolesOf, repsFromPlan, repsFromTable, restoreState, typedReps, validateStep, IncentivePlanState } from './incentivePlanModel';
import '../../core/kit/i18n/catalogues';

const withAnswers = (step: number, change: Partial<IncentivePlanState['answers']>): IncentivePlanState => ({
  ...initialState(),
  step,
  answers: { ...initialState().answers, ...change },
});
const ANA = { name: 'Ana', quota: 600000, quotaFormula: null, base: 50000, variable: 25000 };

describe('reps typed a line each', () => {
  it('read a name and a quota, and a base and variable pay when given', () => {
    expect(typedReps('Ana: 600 000\nBen: 450000, 48000, 24000')).toEqual([
      { name: 'Ana', quota: 600000, quotaFormula: null, base: 50000, variable: 25000 },
      { name: 'Ben', quota: 450000, quotaFormula: null, base: 48000, variable: 24000 },
    ]);
  });

  it('read a role after the pay, so a role’s pay mix can be set at once', () => {
    const reps = typedReps('Ana: 600000, 50000, 25000, Account executive\nBen: 450000');
    expect(reps).toEqual([
      { name: 'Ana', quota: 600000, quotaFormula: null, base: 50000, variable: 25000, role: 'Account executive' },
      { name: 'Ben', quota: 450000, quotaFormula: null, base: 50000, variable: 25000 },
    ]);
    expect(rolesOf(reps as never)).toEqual(['Account executive']);
  });

  it('say which line cannot be read', () => {
    expect(typedReps('Ana: 600000\nBen lots')).toBe('Line 2: write a rep as "Name: quota", such as "Ana: 600000".');
  });
});

describe('reps from a selection', () => {
  it('read a table by its header: rep, quota, and pay when it has it', () => {
    expect(
      repsFromTable([
        ['Owner', 'Quota', 'Base salary'],
        ['Ana', 600000, 40000],
        [null, null, null],
      ]),
    ).toEqual([{ ...ANA, base: 40000 }]);
    expect(repsFromTable([['Name', 'Region']])).toBe('Select the reps with a header row: a name column (Rep) and a quota column (Quota).');
  });

  it("read a sales plan's rows as quotas that add up the plan's month cells, so the incentive plan follows it", () => {
    const values = [
      ['Region', 'Jan', 'Feb', 'Mar'],
      ['North', 100, 200, 300],
      ['Total', 100, 200, 300],
    ];
    const [north] = repsFromPlan({ sheet: 'Sales plan 2027', address: 'A11:D13', values }, { base: 1, variable: 2 }) as (typeof ANA)[];
    expect(north).toMatchObject({ name: 'North', quota: 600, base: 1, variable: 2 });
    expect(north.quotaFormula).toBe("='Sales plan 2027'!$B$12+'Sales plan 2027'!$C$12+'Sales plan 2027'!$D$12");
  });
});

describe("the incentive wizard's steps", () => {
  it('will not leave the reps without a rep, with a name twice, or a quota of 0', () => {
    expect(validateStep(withAnswers(0, { reps: [] })).reps).toMatch(/^Give the reps/);
    expect(validateStep(withAnswers(0, { reps: [ANA, { ...ANA, name: ' ana ' }] })).reps).toMatch(/same name/);
    expect(validateStep(withAnswers(0, { reps: [{ ...ANA, quota: 0 }] })).reps).toBe("A rep's quota for the year: 0.01 or more.");
    expect(validateStep(withAnswers(0, { reps: [ANA] }))).toEqual({});
  });

  it('will not leave a rate table that does not start at 0% or does not rise', () => {
    expect(validateStep(withAnswers(3, { bands: [{ from: 0.5, rate: 1 }] })).bands).toBe('The first band starts at 0%.');
    const falling = [
      { from: 0, rate: 1 },
      { from: 1, rate: 2 },
      { from: 0.8, rate: 3 },
    ];
    expect(validateStep(withAnswers(3, { bands: falling })).bands).toBe('Each band starts above the one before it.');
    expect(validateStep(withAnswers(3, { bands: [] })).bands).toBe('A rate table has from 1 to 10 bands.');
  });
});

describe('a saved incentive wizard', () => {
  it('comes back as it was saved', () => {
    const actuals = { ...initialState().answers.actuals, sheet: 'Deals', range: 'A1:C9', dateField: 'Closed', amountField: 'Amount', childField: 'Owner' };
    const saved = { ...withAnswers(2, { reps: [ANA], actuals }), fields: ['Owner', 'Amount', 'Closed'] };
    expect(restoreState(JSON.stringify(saved))).toEqual({ state: saved });
  });

  it('never brings back a quota formula other than a sum of another sheet’s cells', () => {
    const hostile = withAnswers(0, { reps: [{ ...ANA, quotaFormula: '=HYPERLINK("http://example.com","click")' }] });
    expect(restoreState(JSON.stringify(hostile)).state).toEqual(initialState());
  });
});
