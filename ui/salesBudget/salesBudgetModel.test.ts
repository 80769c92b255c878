import { initialState, restoreState, typedLines, validateStep, SalesBudgetState } from './salesBudgetModel';
import '../../core/kit/i18n/catalogues';
import { setUiLanguage } from '../i18n';

const at = (step: number, change: Partial<SalesBudgetState['answers']>): SalesBudgetState => ({ step, answers: { ...initialState().answers, ...change } });

describe('lines typed "Name: numbers"', () => {
  it('read a name and its numbers, the missing ones at their defaults', () => {
    expect(typedLines('Account executive: 4, 60 000\nManager: 1', [Number.NaN, 50_000])).toEqual([
      { name: 'Account executive', numbers: [4, 60000] },
      { name: 'Manager', numbers: [1, 50000] },
    ]);
  });

  it('read numbers as the pane writes them: in Vietnamese 60.000 is sixty thousand, with 1,5 people apart by a semicolon', () => {
    setUiLanguage('vi');
    try {
      expect(typedLines('Trưởng nhóm: 1,5; 60.000', [Number.NaN, 0])).toEqual([{ name: 'Trưởng nhóm', numbers: [1.5, 60000] }]);
    } finally {
      setUiLanguage('en');
    }
  });

  it('say which line cannot be read', () => {
    expect(typedLines('Ines: 4, 55000\nTom', [Number.NaN, 0])).toBe('Line 2: write it as “Name: numbers”, separated by commas.');
  });
});

describe("the sales budget's steps", () => {
  it('will not leave the target with month shares that do not add up to 100%', () => {
    const shares = initialState().answers.monthShares.map((s, m) => (m === 0 ? { ...s, value: 0.5 } : s));
    expect(validateStep(at(0, { monthShares: shares })).target).toBe('The month shares must be 12 shares of 0 or more adding up to 100%.');
    expect(validateStep(at(0, {}))).toEqual({});
  });

  it('will not leave the team with a hire starting in month 13, or two roles of one name', () => {
    expect(validateStep(at(1, { hires: [{ name: 'Ines', start: { value: 13, formula: null }, salary: 1 }] })).hires).toBe(
      'A start month from 1 (January) to 12.',
    );
    const role = initialState().answers.roles[0];
    expect(validateStep(at(1, { roles: [role, { ...role }] })).team).toBe('Two roles have the same name.');
  });
});

describe('a saved sales budget', () => {
  it('comes back as it was saved, references and all', () => {
    const saved = at(3, { target: { value: 1_100_000, formula: "='Sales plan 2027'!$B$7" } });
    expect(restoreState(JSON.stringify(saved))).toEqual({ state: saved });
  });

  it('never brings back a formula other than a plain reference to another sheet’s cell', () => {
    const hostile = at(3, { target: { value: 1, formula: '=WEBSERVICE("http://example.com")' } });
    expect(restoreState(JSON.stringify(hostile)).state).toEqual(initialState());
  });
});
