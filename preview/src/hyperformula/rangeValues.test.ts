import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { shareRangeValues } from './rangeValues';

shareRangeValues();
const CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: true };

/** Column A: 40 amounts, column B: their regions; D1:D4 count and sum them by region as a plan does. */
function regionSheet() {
  const rows: (string | number | null)[][] = Array.from({ length: 40 }, (_, r) => [r + 1, ['North', 'South', 'East'][r % 3]]);
  rows[0].push(null, '=SUMIFS($A$1:$A$40,$B$1:$B$40,"North")', '=COUNTIFS($B$1:$B$40,"South")');
  rows[1].push(null, '=SUMIFS($A$1:$A$40,$B$1:$B$40,"South")', '=SUMIF($B$1:$B$40,"East",$A$1:$A$40)');
  rows[2].push(null, '=SUMPRODUCT(($B$1:$B$40="East")*$A$1:$A$40)', '=LARGE($A$1:$A$40,3)');
  return HyperFormula.buildFromArray(rows, CONFIG);
}

/** The sums as a fresh engine works them out from the sheet as it now is. */
const fresh = (hf: HyperFormula) => HyperFormula.buildFromArray(hf.getSheetSerialized(0) as never, CONFIG).getSheetValues(0);

describe("the preview's shared range values", () => {
  it('give every SUMIFS and COUNTIFS over a range the values a fresh engine gives, as built', () => {
    const hf = regionSheet();
    expect(hf.getSheetValues(0)).toEqual(fresh(hf));
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe([1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40].reduce((a, b) => a + b, 0));
  });

  it('are read again after a cell of the range changes, however the change comes', () => {
    type Step = { kind: 'amount' | 'region' | 'formula' | 'insert' | 'remove'; row: number; value: number };
    const step = fc.record({
      kind: fc.constantFrom<Step['kind']>('amount', 'region', 'formula', 'insert', 'remove'),
      row: fc.integer({ min: 0, max: 39 }),
      value: fc.integer({ min: -5, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const hf = regionSheet();
        for (const { kind, row, value } of steps) {
          if (kind === 'amount') hf.setCellContents({ sheet: 0, row, col: 0 }, value);
          if (kind === 'region') hf.setCellContents({ sheet: 0, row, col: 1 }, ['North', 'South', 'East'][Math.abs(value) % 3]);
          if (kind === 'formula') hf.setCellContents({ sheet: 0, row, col: 0 }, `=${value}*2`);
          if (kind === 'insert') hf.addRows(0, [row + 1, 1]);
          if (kind === 'remove' && row > 3) hf.removeRows(0, [row, 1]);
        }
        expect(hf.getSheetValues(0)).toEqual(fresh(hf));
      }),
      { numRuns: 80 },
    );
  });

  it('leave SUMIFS right beside a function that sorts the values it reads (MEDIAN) over the same range', () => {
    const hf = regionSheet();
    hf.setCellContents({ sheet: 0, row: 5, col: 3 }, '=MEDIAN($A$1:$A$40)');
    hf.setCellContents({ sheet: 0, row: 6, col: 3 }, '=SUMIFS($A$1:$A$40,$B$1:$B$40,"North")');
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 3 })).toBe(hf.getCellValue({ sheet: 0, row: 0, col: 3 }));
    expect(hf.getSheetValues(0)).toEqual(fresh(hf));
  });
});
