import { HyperFormula } from 'hyperformula';
import { SLICE_CELLS, columnRuns, fillSheetInSlices, readsManyRows } from './buildInSlices';

describe('a plan sheet filled in slices', () => {
  const plan = (rows: number) => Array.from({ length: rows }, (_, r) => (r === 0 ? [1, `=SUM(A2:A${rows})`] : [`=A${r}+1`, null]));

  it('gives the page a turn between slices, reports rising progress, and puts the column totals in last', async () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    const shares: number[] = [];
    let turns = 0;
    let calculatingAt = -1;
    const rows = SLICE_CELLS; // two columns a row: two slices
    await fillSheetInSlices(hf, 'Plan', plan(rows), { share: (s) => shares.push(s), calculating: () => (calculatingAt = turns) }, async () => {
      turns += 1;
      // The total over every row waits for them: no slice recalculates it.
      expect(hf.getCellFormula({ sheet: hf.getSheetId('Plan')!, row: 0, col: 1 })).toBeUndefined();
    });
    expect(shares).toEqual([0.5, 1]);
    expect(calculatingAt).toBe(2);
    expect(turns).toBe(3);
    const sheet = hf.getSheetId('Plan')!;
    expect(hf.getCellValue({ sheet, row: rows - 1, col: 0 })).toBe(rows);
    // B1 sums rows 2…n, which hold 2…n, and was read in before them.
    expect(hf.getCellValue({ sheet, row: 0, col: 1 })).toBe((rows * (rows + 1)) / 2 - 1);
  });

  it('tells a formula that sums a column from one that reads its own row', () => {
    expect(readsManyRows('=SUM($C$11:$C$2515)')).toBe(true);
    expect(readsManyRows("=COUNTIF('Lead scoring'!$AC$49:$AC$2553,1)")).toBe(true);
    expect(readsManyRows('=SUM(B:B)')).toBe(true);
    expect(readsManyRows('=IF(B12="",0,B12*$B$5)')).toBe(false);
    expect(readsManyRows("=INDEX('Leads'!$A14:$I14,1,$H$5)")).toBe(false);
    expect(readsManyRows('=SUM(M12:BL12)')).toBe(false);
  });

  it('leaves the engine calculating when a slice fails, so the page can take the sheet away', async () => {
    const hf = HyperFormula.buildFromSheets({ Data: [[2]] }, { licenseKey: 'gpl-v3' });
    const failing = async () => {
      throw new Error('the page went away');
    };
    await expect(fillSheetInSlices(hf, 'Plan', plan(10), { share: () => undefined, calculating: () => undefined }, failing)).rejects.toThrow(
      'the page went away',
    );
    expect(hf.isEvaluationSuspended()).toBe(false);
    expect(hf.getCellValue({ sheet: hf.getSheetId('Data')!, row: 0, col: 0 })).toBe(2);
  });
});

describe('the cells a build writes last', () => {
  it('go in by runs down a column, one call a run', () => {
    const cells = [
      { row: 9, col: 1, formula: '=C' },
      { row: 3, col: 1, formula: '=A' },
      { row: 4, col: 1, formula: '=B' },
      { row: 3, col: 2, formula: '=D' },
    ];
    expect(columnRuns(cells)).toEqual([
      { row: 3, col: 1, formulas: ['=A', '=B'] },
      { row: 9, col: 1, formulas: ['=C'] },
      { row: 3, col: 2, formulas: ['=D'] },
    ]);
  });
});
