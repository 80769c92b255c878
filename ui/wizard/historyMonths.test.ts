import { monthOf, monthText, yearAfter } from './historyMonths';

describe("a history's months", () => {
  it('reads a month typed as 2017-12 or 2017-12-01, and a date as the serial a host hands over', () => {
    expect(monthOf('2017-12')).toEqual({ year: 2017, month: 12 });
    expect(monthOf(' 2017-3-01 ')).toEqual({ year: 2017, month: 3 });
    expect(monthOf(43070)).toEqual({ year: 2017, month: 12 });
  });

  it('takes neither a small number (an amount, a week, a quarter) nor other text for a month', () => {
    expect(monthOf(120)).toBeUndefined();
    expect(monthOf('2017-13')).toBeUndefined();
    expect(monthOf('Dec 2017')).toBeUndefined();
  });

  it('writes a month as 2017-03, and plans the year after a history that ends in a December', () => {
    expect(monthText({ year: 2017, month: 3 })).toBe('2017-03');
    expect(yearAfter({ year: 2017, month: 12 })).toBe(2018);
    expect(yearAfter({ year: 2017, month: 6 })).toBeUndefined();
    expect(yearAfter(undefined)).toBeUndefined();
  });
});
