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

  it('passes on an error found in a range', () => {
    expect(readArgument([['Won'], ['#N/A']], 'range', 'outcomes', false)).toMatchObject({ kind: 'NA' });
  });
});
