import { decimalOf, numberForTyping, numberTyped, percentOf, wholeAmount } from './numbers';
import { setUiLanguage } from './i18n';
import '../core/kit/i18n/catalogues';

describe('numbers in the pane', () => {
  afterEach(() => setUiLanguage('en'));

  it("are written as the pane's language writes them", () => {
    expect([wholeAmount(1_100_000.4), percentOf(0.125), decimalOf(0.73125, 3)]).toEqual(['1,100,000', '12.5%', '0.731']);
    setUiLanguage('vi');
    expect([wholeAmount(1_100_000.4), percentOf(0.125), decimalOf(0.73125, 3)]).toEqual(['1.100.000', '12,5%', '0,731']);
  });

  it('show … for what is not a number yet (a box emptied while typing)', () => {
    expect([wholeAmount(Number.NaN), percentOf(Number.POSITIVE_INFINITY), decimalOf(Number.NaN, 2)]).toEqual(['…', '…', '…']);
  });
});

describe('a number typed into a box of the pane', () => {
  it('reads as the pane writes numbers: 9,5 is 9.5 in Vietnamese, where a browser number box read 95', () => {
    setUiLanguage('vi');
    try {
      expect(['9,5', '1.234,5', '-0,25', '9.5', '', 'abc'].map(numberTyped)).toEqual([9.5, 1234.5, -0.25, 9.5, Number.NaN, Number.NaN]);
      expect(numberForTyping(0.45)).toBe('0,45');
      expect(numberTyped(numberForTyping(1234.5))).toBe(1234.5);
    } finally {
      setUiLanguage('en');
    }
  });

  it('reads English as English, a grouped thousand included, and shows what it reads back', () => {
    expect(['9.5', '1,234.5', '1e3', ' 12 '].map(numberTyped)).toEqual([9.5, 1234.5, 1000, 12]);
    expect([numberForTyping(0.45), numberForTyping(Number.NaN)]).toEqual(['0.45', '']);
    // A rate shown in percent reads as typed, without the binary fraction's tail.
    expect([0.29, 0.07, 0.145].map((rate) => numberForTyping(rate * 100))).toEqual(['29', '7', '14.5']);
  });
});
