import { HyperFormula } from 'hyperformula';
import { filledContents, movedContents } from './movedFormulas';

describe('formulas copied to another place', () => {
  const book = () =>
    HyperFormula.buildFromArray(
      [
        [1, '=A1*2', '=$A$1+A1'],
        [2, null, null],
        [3, null, null],
      ],
      { licenseKey: 'gpl-v3' },
    );

  it('move their relative references and keep the absolute ones, leaving the sheet as it was', () => {
    const hf = book();
    expect(movedContents(hf, { sheet: 0, top: 0, left: 1, rows: 1, cols: 2 }, { sheet: 0, row: 2, col: 1 })).toEqual([['=A3*2', '=$A$1+A3']]);
    expect(hf.getCellSerialized({ sheet: 0, row: 2, col: 1 })).toBeNull();
  });

  it('fill a block from one cell, and down from a row, each copy moved to its place', () => {
    const hf = book();
    expect(filledContents(hf, { sheet: 0, top: 0, left: 1, rows: 1, cols: 1 }, { sheet: 0, top: 1, left: 1, rows: 2, cols: 2 })).toEqual([
      ['=A2*2', '=B2*2'],
      ['=A3*2', '=B3*2'],
    ]);
    expect(filledContents(hf, { sheet: 0, top: 0, left: 1, rows: 1, cols: 2 }, { sheet: 0, top: 1, left: 1, rows: 2, cols: 2 })).toEqual([
      ['=A2*2', '=$A$1+A2'],
      ['=A3*2', '=$A$1+A3'],
    ]);
  });

  it('paste a block once at the top left when the selection is not a whole number of copies', () => {
    const hf = book();
    expect(filledContents(hf, { sheet: 0, top: 0, left: 0, rows: 2, cols: 1 }, { sheet: 0, top: 0, left: 3, rows: 3, cols: 1 })).toEqual([[1], [2]]);
  });
});
