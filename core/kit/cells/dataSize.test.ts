import { dataCells } from './dataSize';

describe('the cells of an argument that hold data', () => {
  it('counts a column up to its last value, not its blank tail', () => {
    expect(dataCells([[1], [2], [null], [''], [undefined]])).toBe(2);
  });

  it('counts blanks between values, as they are part of the data', () => {
    expect(dataCells([[1], [null], [3]])).toBe(3);
  });

  it('counts a table as its rows with data times its columns with data', () => {
    expect(
      dataCells([
        [1, null, null],
        [2, 3, ''],
        ['', '', ''],
      ]),
    ).toBe(4);
  });

  it('reads a one-dimensional array as a column', () => {
    expect(dataCells([1, 2, null])).toBe(2);
  });

  it('counts a single value as one cell and a blank as none', () => {
    expect(dataCells(7)).toBe(1);
    expect(dataCells('Won')).toBe(1);
    expect(dataCells('')).toBe(0);
    expect(dataCells(null)).toBe(0);
  });

  it('costs nothing for a million blank rows after the data', () => {
    const column = Array.from({ length: 1_048_576 }, (_, i) => [i < 10 ? i + 1 : null]);
    expect(dataCells(column)).toBe(10);
  });
});
