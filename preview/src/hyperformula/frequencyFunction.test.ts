import { HyperFormula } from 'hyperformula';
import { frequencies, registerFrequency } from './frequencyFunction';

describe('FREQUENCY in the preview', () => {
  it('counts each bin from above the bin below it to the bin itself, and what lies above every bin last', () => {
    expect(frequencies([1, 2, 2, 5, 9], [2, 4, 6])).toEqual([3, 0, 1, 1]);
    expect(frequencies([79, 85, 78, 85, 50, 81, 95, 88, 97], [70, 79, 89])).toEqual([1, 2, 4, 2]); // Microsoft's own example
  });

  it('leaves text, blanks and booleans uncounted, counts nothing in a bin that is not a number and gives equal bins to the first', () => {
    expect(frequencies([3, 'x', null, true], [])).toEqual([1]);
    expect(frequencies([1, 2, 3], [2, 'two', 2])).toEqual([2, 0, 0, 1]);
  });

  it('takes bins in any order, each counting from the next lower bin', () => {
    expect(frequencies([1, 2, 3, 4, 5], [4, 2])).toEqual([2, 2, 1]);
  });

  it('spills one more row than the bins have, follows an edit, and returns an error among its data', () => {
    registerFrequency();
    const hf = HyperFormula.buildFromArray(
      [
        [1, 0, '=FREQUENCY(A1:A5,B1:B3)'],
        [2, 2],
        [2, 4],
        [5, null],
        [9, null],
      ],
      { licenseKey: 'gpl-v3' },
    );
    const column = () => hf.getSheetValues(0).map((row) => row[2]);
    expect(column().slice(0, 4)).toEqual([0, 3, 0, 2]);
    hf.setCellContents({ sheet: 0, row: 4, col: 0 }, 3);
    expect(column().slice(0, 4)).toEqual([0, 3, 1, 1]);
    hf.setCellContents({ sheet: 0, row: 4, col: 0 }, '=1/0');
    expect(String((column()[0] as { value: string }).value)).toBe('#DIV/0!');
  });
});
