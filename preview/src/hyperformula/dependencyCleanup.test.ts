import { HyperFormula } from 'hyperformula';
import { cleanUpRemovedDependencies } from './dependencyCleanup';
import { indexDependencies } from './dependencyIndex';

cleanUpRemovedDependencies();
indexDependencies();
const CONFIG = { licenseKey: 'gpl-v3' };

/** What the engine keeps besides the cells typed: its range vertices, and the empty cells a formula reads. */
function kept(hf: HyperFormula) {
  const graph = (hf as unknown as { dependencyGraph: { rangeMapping: { getNumberOfRangesInSheet(s: number): number }; getCell(a: object): unknown } })
    .dependencyGraph;
  return {
    ranges: (sheet: number) => graph.rangeMapping.getNumberOfRangesInSheet(sheet),
    emptyCellAt: (sheet: number, row: number, col: number) => graph.getCell({ sheet, row, col }) !== undefined,
  };
}

describe('removing formulas from the preview’s engine', () => {
  it('frees the ranges and empty cells only they read, and keeps those another formula still reads', () => {
    const hf = HyperFormula.buildFromSheets(
      {
        Data: Array.from({ length: 300 }, (_, r) => [r + 1]),
        Plan: [['=SUM(Data!A1:A300)', '=SUM(Data!A1:A10)+Data!C5', '=Data!C7']],
        Other: [['=SUM(Data!A1:A10)']],
      },
      CONFIG,
    );
    const data = hf.getSheetId('Data')!;
    expect(kept(hf).ranges(data)).toBeGreaterThanOrEqual(2);
    expect([kept(hf).emptyCellAt(data, 4, 2), kept(hf).emptyCellAt(data, 6, 2)]).toEqual([true, true]);
    hf.removeSheet(hf.getSheetId('Plan')!);
    // A1:A300 and the empty C5 and C7 are gone; A1:A10 stays for Other, and follows an edit.
    expect([kept(hf).emptyCellAt(data, 4, 2), kept(hf).emptyCellAt(data, 6, 2)]).toEqual([false, false]);
    expect(kept(hf).ranges(data)).toBe(1);
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, 100);
    expect(hf.getCellValue({ sheet: hf.getSheetId('Other')!, row: 0, col: 0 })).toBe(154);
  });

  it('removes a sheet whose every row reads the same inputs and a range over all of them, and the rest stays live', () => {
    const rows = 3000;
    const plan = [
      ['=SUMPRODUCT(--ISERROR(A2:C3001))', '=$E$1*2'],
      ...Array.from({ length: rows }, (_, r) => [`=$E$1*${r}`, `=A${r + 2}+$F$1`, `=B${r + 2}*2`]),
    ];
    const hf = HyperFormula.buildFromSheets({ Inputs: [[1, 2]], Plan: plan, Summary: [['=Inputs!A1*3']] }, CONFIG);
    hf.removeSheet(hf.getSheetId('Plan')!);
    expect(hf.getSheetNames()).toEqual(['Inputs', 'Summary']);
    hf.setCellContents({ sheet: hf.getSheetId('Inputs')!, row: 0, col: 0 }, 5);
    expect(hf.getCellValue({ sheet: hf.getSheetId('Summary')!, row: 0, col: 0 })).toBe(15);
    // Added again, the same sheet calculates as before.
    hf.addSheet('Plan');
    hf.setSheetContent(hf.getSheetId('Plan')!, plan);
    expect(hf.getCellValue({ sheet: hf.getSheetId('Plan')!, row: rows, col: 2 })).toBe(0);
  });
});
