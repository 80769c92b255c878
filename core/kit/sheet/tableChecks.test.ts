import { numberAsText, spacedName } from './tableChecks';

describe('cells a plan sheet would read differently from core', () => {
  it('find the first name with spaces around it, not names inside a space', () => {
    expect(spacedName([['Owner'], ['Ann Lee'], [' Bo'], ['Cy ']], 0)).toEqual({ column: 0, row: 2, text: ' Bo' });
    expect(spacedName([['Owner'], ['Ann Lee'], [12], [null]], 0)).toBeUndefined();
  });

  it('find the first number stored as text, and leave words and real numbers alone', () => {
    expect(
      numberAsText([
        ['Visits', 'Size'],
        [12, '200+'],
        [3, ' 1e3 '],
      ]),
    ).toEqual({ column: 1, row: 2, text: ' 1e3 ' });
    expect(numberAsText([['Visits'], [12], ['twelve'], ['1/2/2027']])).toBeUndefined();
  });
});
