import JSZip from 'jszip';
import { createWorkbook } from '../workbook';
import { PreviewSheet } from '../previewSheet';
import { snapshotWorkbook } from './bookSnapshot';
import { writeXlsx } from './writeXlsx';

const sheet = (name: string, rows: (string | number | null)[][]): PreviewSheet => ({
  name,
  rows,
  size: { rows: 6, cols: 4 },
  firstSelection: { row: 0, col: 0 },
  formatAt: () => 'number',
  isHeader: () => false,
});

describe('an .xlsx of the preview workbook', () => {
  it('holds a spilling formula as an array formula over its area, which every Excel and LibreOffice recompute', async () => {
    const model = sheet('Bins', [
      [1, 2, '=FREQUENCY(A1:A4,B1:B2)'],
      [2, 4, null],
      [5, null, null],
      [9, null, null],
    ]);
    const bytes = await writeXlsx(snapshotWorkbook(createWorkbook([model]), [model]));
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<f t="array" ref="C1:C3">FREQUENCY(A1:A4,B1:B2)</f>');
    // The cells it fills hold no formula of their own.
    expect(xml.match(/<f[ >]/g)).toHaveLength(1);
  });
});
