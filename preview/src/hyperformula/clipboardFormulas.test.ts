import { HyperFormula } from 'hyperformula';
import { correctClipboardFormulas } from './clipboardFormulas';
import { movedContents } from '../grid/movedFormulas';

correctClipboardFormulas();

describe("HyperFormula's copy and paste, as the preview corrects them", () => {
  it.each([
    ['=A1*1.10', '=A2*1.1', 2.2],
    ['=A1*0.50', '=A2*0.5', 1],
    ['=A1+0.000000001', '=A2+1e-9', 2.000000001],
    ['=A1*1000000000000000000000', '=A2*1e+21', 2e21],
  ])('moves %s down a row, whatever way its number was typed', (typed, moved, value) => {
    const hf = HyperFormula.buildFromArray(
      [
        [1, typed],
        [2, null],
      ],
      { licenseKey: 'gpl-v3' },
    );
    const [[formula]] = movedContents(hf, { sheet: 0, top: 0, left: 1, rows: 1, cols: 1 }, { sheet: 0, row: 1, col: 1 });
    expect(formula).toBe(moved);
    hf.setCellContents({ sheet: 0, row: 1, col: 1 }, formula);
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 1 })).toBe(value);
  });
});
