import { CellValue } from '../../core/kit/cells';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { initialState, rateFromSelection, readAccounts, repPerArea, restoreState, validateStep } from './fieldPlanModel';

const table = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows] as CellValue[][];

describe("the field-work wizard's answers", () => {
  it("finds the sample accounts' name, area and revenue fields, and their areas", () => {
    const read = readAccounts(table);
    expect([read.nameField, read.areaField, read.valueField, read.latField, read.lonField]).toEqual([
      'Customer',
      'State',
      'Revenue 2017',
      'Latitude',
      'Longitude',
    ]);
    expect(readAccounts([['Account', 'Region', 'Sales']]).latField).toBe('');
    expect(read.areas).toContain('New York');
    expect(repPerArea(read.areas.slice(0, 2))).toEqual([
      { name: 'Rep 1', area: read.areas[0] },
      { name: 'Rep 2', area: read.areas[1] },
    ]);
  });

  it('checks the funnel, the day, the accounts and the reps in order', () => {
    const fresh = initialState();
    expect(validateStep(fresh)).toEqual({});
    expect(validateStep({ ...fresh, answers: { ...fresh.answers, stages: [{ name: 'Leads', rate: 30 }] } })).toHaveProperty('stages');
    expect(
      validateStep({ ...fresh, step: 1, answers: { ...fresh.answers, day: { ...fresh.answers.day, visit: 0, travel: 0, prep: 0, wait: 0 } } }),
    ).toHaveProperty('day');
    // A 600-minute visit fits no day: said, rather than planning 0 visits a day.
    expect(validateStep({ ...fresh, step: 1, answers: { ...fresh.answers, day: { ...fresh.answers.day, visit: 600 } } }).day).toMatch(
      /^A day of 420 minutes for visits fits no visit of 645 minutes/,
    );
    expect(validateStep({ ...fresh, step: 2 })).toHaveProperty('accounts');
    expect(validateStep({ ...fresh, step: 3 })).toHaveProperty('reps');
    const twins = [
      { name: 'Ana', area: 'North' },
      { name: ' ana', area: 'South' },
    ];
    expect(validateStep({ ...fresh, step: 3, answers: { ...fresh.answers, reps: twins } })).toEqual({
      reps: 'Two reps are called ana: give each rep a name of their own.',
    });
    const read = { ...fresh, step: 2, fields: ['Customer', 'State', 'Revenue', 'Lat'] };
    const accounts = { sheet: 'Accounts', range: 'A1:D9', nameField: 'Customer', areaField: 'State', valueField: 'Revenue' };
    expect(validateStep({ ...read, answers: { ...fresh.answers, accounts: { ...accounts, latField: 'Lat', lonField: '' } } })).toHaveProperty('accountFields');
    expect(validateStep({ ...read, answers: { ...fresh.answers, accounts } })).toEqual({});
  });

  it('restores saved answers only when they are whole and in order', () => {
    expect(restoreState('{').message).toMatch(/damaged/);
    expect(restoreState(JSON.stringify({ ...initialState(), step: 4 })).message).toMatch(/^Your saved answers need a look/);
  });

  it("reads the funnel's rates from the user's own data: a lead conversion or a win rate", () => {
    expect(rateFromSelection('LEADCONVERSION', [['Converted'], ['2024-03-01'], [null], [null], ['yes']])).toBe(0.5);
    expect(rateFromSelection('WINRATE', [['Won'], ['Lost'], ['Won'], ['Won']])).toBe(0.75);
    expect(rateFromSelection('LEADCONVERSION', [['Converted']])).toMatch(/^The selection gives no lead conversion: /);
    expect(rateFromSelection('WINRATE', [['x'], [3]])).toMatch(/^The selection gives no win rate: /);
  });
});
