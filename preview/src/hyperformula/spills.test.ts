import { DetailedCellError, HyperFormula } from 'hyperformula';
import { createWorkbook } from '../workbook';
import { PreviewSheet } from '../previewSheet';
import { settleSpills, spillCovering, spillsOf } from './spills';

const deals = (rows: (string | number | null)[][]): PreviewSheet => ({
  name: 'Deals',
  rows,
  size: { rows: 40, cols: 20 },
  firstSelection: { row: 0, col: 0 },
  formatAt: () => 'text',
  isHeader: () => false,
});

/** Three regions' deals in A:C (region, outcome, amount), rows 1–6. */
const DATA: (string | number | null)[][] = [
  ['North', 'Won', 100],
  ['North', 'Lost', 50],
  ['South', 'Won', 70],
  ['East', 'Won', 20],
  ['East', 'Lost', 10],
  ['South', 'Open', 30],
];
const KPIBY = '=KPIBY(A1:A30, B1:B30, C1:C30)';
const at = (row: number, col: number) => ({ sheet: 0, row, col });

function workbook(extra: (string | number | null)[][] = []): HyperFormula {
  const hf = createWorkbook([deals([...DATA, ...extra])]);
  settleSpills(hf);
  return hf;
}

const errorAt = (hf: HyperFormula, row: number, col: number) => {
  const value = hf.getCellValue(at(row, col));
  return value instanceof DetailedCellError ? value.value : undefined;
};

describe('a table function typed into the preview', () => {
  it('takes only the cells its result uses: three regions, a header and a total', () => {
    const hf = workbook();
    hf.setCellContents(at(0, 5), KPIBY);
    expect(spillsOf(hf).map((s) => s.reserved)).toEqual([{ rows: 5, cols: 8 }]);
    expect(hf.getCellValue(at(4, 5))).toBe('Total');
  });

  it('is not blocked by text typed under it, ten rows down or right below', () => {
    const hf = workbook();
    hf.setCellContents(at(0, 5), KPIBY);
    hf.setCellContents(at(14, 5), 'a note ten rows down');
    hf.setCellContents(at(5, 5), 'right below');
    settleSpills(hf);
    expect(errorAt(hf, 0, 5)).toBeUndefined();
    expect(hf.getCellValue(at(0, 5))).toBe('Group');
  });

  it('shows #SPILL! while a cell blocks it, and spills again once the cell is cleared', () => {
    const hf = workbook();
    hf.setCellContents(at(2, 6), 'in the way');
    hf.setCellContents(at(0, 5), KPIBY);
    settleSpills(hf);
    expect(errorAt(hf, 0, 5)).toBe('#SPILL!');
    hf.setCellContents(at(2, 6), null);
    settleSpills(hf);
    expect(hf.getCellValue(at(0, 5))).toBe('Group');
  });

  it('never hides a real error behind #SPILL!', () => {
    const hf = workbook();
    hf.setCellContents(at(1, 5), 'below the anchor');
    hf.setCellContents(at(0, 5), '=KPIBY(A1:A30, B1:B29, C1:C30)');
    settleSpills(hf);
    expect(errorAt(hf, 0, 5)).toBe('#VALUE!');
  });

  it('grows when a new group appears in the data, and shrinks when one goes', () => {
    const hf = workbook();
    hf.setCellContents(at(0, 5), KPIBY);
    hf.setCellContents(at(6, 0), [['West', 'Won', 5]]);
    settleSpills(hf);
    expect(spillsOf(hf)[0].reserved).toEqual({ rows: 6, cols: 8 });
    expect(hf.getCellValue(at(5, 5))).toBe('Total');
    hf.setCellContents(at(6, 0), [[null, null, null]]);
    settleSpills(hf);
    expect(spillsOf(hf)[0].reserved).toEqual({ rows: 5, cols: 8 });
  });

  it('takes its own size in a workbook loaded with it, once the host settles it', () => {
    const hf = createWorkbook([
      deals([
        ...DATA.map((row, i) => (i === 0 ? [...row, null, null, KPIBY] : row)),
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [null, null, null, null, null, 'ten rows down'],
      ]),
    ]);
    settleSpills(hf);
    expect(spillsOf(hf)[0].reserved).toEqual({ rows: 5, cols: 8 });
    expect(hf.getCellValue(at(0, 5))).toBe('Group');
  });

  it("says which table covers a cell, so the grid can show it in the function's format", () => {
    const hf = workbook();
    hf.setCellContents(at(0, 5), KPIBY);
    expect(spillCovering(hf, at(3, 9))?.name).toBe('KPIBY');
    expect(spillCovering(hf, at(5, 5))).toBeUndefined();
  });
});
