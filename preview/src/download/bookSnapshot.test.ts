import { createWorkbook } from '../workbook';
import { PreviewSheet } from '../previewSheet';
import { absoluteRange, catalogueCallIn, snapshotWorkbook } from './bookSnapshot';

const sheet = (name: string, rows: (string | number | null)[][]): PreviewSheet => ({
  name,
  rows,
  size: { rows: 10, cols: 5 },
  firstSelection: { row: 0, col: 0 },
  formatAt: (row, col) => (col === 1 ? 'money' : 'text'),
  isHeader: (row) => row === 0,
});

describe('a snapshot of the preview workbook for download', () => {
  const model = sheet('Deals', [
    ['Outcome', 'Amount', 'Double', 'Text'],
    ['Won', 100, '=B2:B3*2', "'=1+1"],
    ['Lost', 50, null, "'007"],
    [null, '=B2/0', '=WINRATE(A2:A3)', '=SUM(B2:B3)'],
    ['=SUM(1,', '=SALES.WINRATE(A2:A3)', null, null],
  ]);
  const hf = createWorkbook([model]);
  const [deals] = snapshotWorkbook(hf, [model]).sheets;

  it('keeps a native formula live, with its last result and the column format', () => {
    expect(deals.cells[3][3]).toEqual({ value: 150, formula: '=SUM(B2:B3)', format: undefined, style: undefined });
    expect(deals.cells[3][1]).toMatchObject({ value: { error: '#DIV/0!' }, formula: '=B2/0', format: '#,##0.00' });
  });

  it('writes a Sales Planner function as its value, with a note saying how to keep it live', () => {
    expect(deals.cells[3][2]?.value).toBeCloseTo(0.5, 12);
    expect(deals.cells[3][2]?.formula).toBeUndefined();
    expect(deals.cells[3][2]?.note).toMatch(/^=WINRATE\(A2:A3\) in the Sales Planner preview\. Install Sales Planner/);
    expect(deals.cells[3][2]?.format).toBe('0.00%');
  });

  it('writes the Excel syntax of a Sales Planner function (SALES.) as its value too', () => {
    expect(deals.cells[4][1]?.value).toBeCloseTo(0.5, 12);
    expect(deals.cells[4][1]?.formula).toBeUndefined();
    expect(deals.cells[4][1]?.note).toMatch(/^=SALES\.WINRATE\(A2:A3\) in the Sales Planner preview/);
  });

  it('keeps a formula the preview could not read as its text, never #ERROR! (no such error in Excel)', () => {
    expect(deals.cells[4][0]).toMatchObject({ value: '=SUM(1,' });
    expect(deals.cells[4][0]?.formula).toBeUndefined();
    expect(deals.cells[4][0]?.note).toMatch(/could not be read/);
  });

  it('writes a native array formula as one over the area it spills into, and leaves that area empty for the spreadsheet to fill', () => {
    expect(deals.cells[1][2]).toMatchObject({ formula: '=B2:B3*2', value: 200, arrayArea: 'C2:C3' });
    expect(deals.cells[2][2]).toBeNull();
    expect(deals.cells[3][3]?.arrayArea).toBeUndefined();
  });

  it('keeps text that looks like a formula or a number as text', () => {
    expect(deals.cells[1][3]?.value).toBe('=1+1');
    expect(deals.cells[2][3]?.value).toBe('007');
    expect(deals.cells[1][3]?.formula).toBeUndefined();
  });

  it('marks header cells with the header look', () => {
    expect(deals.cells[0][0]?.style).toBe('header');
  });
});

describe('the helpers of a download', () => {
  it('finds the Sales Planner function a formula calls, and only whole names', () => {
    expect(catalogueCallIn('=ROUND(winrate(A1:A9), 2)')).toBe('WINRATE');
    expect(catalogueCallIn('=MYWINRATE(A1)')).toBeUndefined();
    expect(catalogueCallIn('=SALES.WINRATE(A1:A9)')).toBe('WINRATE');
    expect(catalogueCallIn('=MY.WINRATE(A1:A9)')).toBeUndefined();
    expect(catalogueCallIn('=SUM(A1:A9)')).toBeUndefined();
  });

  it("makes a name's range absolute", () => {
    expect(absoluteRange('B7')).toBe('$B$7');
    expect(absoluteRange('E31:P31')).toBe('$E$31:$P$31');
  });
});
