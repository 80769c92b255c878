import { readArgument } from './args';

describe('reading an argument by its kind', () => {
  it('reads numeric text as a number, as spreadsheets do', () => {
    expect(readArgument(' 12 ', 'number', 'target', false)).toBe(12);
    expect(readArgument('1e3', 'number', 'target', false)).toBe(1000);
  });

  it('refuses a blank, text or a boolean where a number is needed', () => {
    expect(readArgument(null, 'number', 'target', false)).toMatchObject({ kind: 'VALUE', message: 'target is blank' });
    expect(readArgument('lots', 'number', 'target', false)).toMatchObject({ kind: 'VALUE' });
    expect(readArgument(true, 'number', 'target', false)).toMatchObject({ kind: 'VALUE' });
  });

  it('unwraps a one-cell range where one value is needed, and refuses a larger one', () => {
    expect(readArgument([[7]], 'number', 'target', false)).toBe(7);
    expect(readArgument([[7], [8]], 'number', 'target', false)).toMatchObject({ kind: 'VALUE' });
  });

  it('adds up the numbers of a range for a total, skipping blanks and text', () => {
    expect(readArgument([[1], [null], ['x'], [2]], 'total', 'actual', false)).toBe(3);
  });

  it('gives undefined for a blank optional argument, so its default applies', () => {
    expect(readArgument(null, 'text', 'won_label', true)).toBeUndefined();
    expect(readArgument('', 'number', 'elapsed', true)).toBeUndefined();
  });

  it('passes on an error found in a range, saying which argument and row it came from', () => {
    expect(String(readArgument([['Won'], ['Lost'], ['Won'], ['Won'], ['#N/A']], 'range', 'outcomes', false))).toBe('#N/A in outcomes, row 5');
    expect(String(readArgument([[1], ['#DIV/0!']], 'total', 'actual', false))).toBe('#DIV/0! in actual, row 2');
    expect(String(readArgument('#REF!', 'number', 'target', false))).toBe('#REF! in target');
  });

  it('keeps the reason an error object brings with it', () => {
    expect(String(readArgument([[{ code: '#N/A', message: 'no price' }]], 'number', 'price', false))).toBe('#N/A in price: no price');
  });

  it('reads numeric text too large for a spreadsheet as #NUM!, as it reads Infinity', () => {
    expect(readArgument('1e400', 'number', 'target', false)).toMatchObject({ kind: 'NUM' });
    expect(readArgument('-1e400', 'rate', 'win_rate', false)).toMatchObject({ kind: 'NUM' });
    expect(readArgument(Infinity, 'number', 'target', false)).toMatchObject({ kind: 'NUM' });
  });
});
