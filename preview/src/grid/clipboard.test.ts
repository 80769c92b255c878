import { fromTsv, toTsv } from './clipboard';
import { pastedContent } from './gridInput';
import { setUiLanguage } from '../../../ui/i18n';
import '../../../core/kit/i18n/catalogues';

describe('cells on the clipboard, as spreadsheets exchange them', () => {
  it('are written as tab-separated lines, quoting fields that hold tabs, line breaks or quotes', () => {
    expect(
      toTsv([
        ['Region', 'Note'],
        ['North', 'said "yes"\tthen\nleft'],
      ]),
    ).toBe('Region\tNote\nNorth\t"said ""yes""\tthen\nleft"');
  });

  it("are read back from Excel's text: CRLF rows, a trailing line break, quoted fields", () => {
    expect(fromTsv('Region\tTarget\r\nNorth\t"1,234.50"\r\n"South\nand East"\t980\r\n')).toEqual([
      ['Region', 'Target'],
      ['North', '1,234.50'],
      ['South\nand East', '980'],
    ]);
  });

  it('round-trip whatever the cells hold', () => {
    const rows = [
      ['a\tb', '"q"', ''],
      ['x\r\ny', '=1+1', '007'],
    ];
    expect(fromTsv(toTsv(rows))).toEqual(rows);
  });

  it('are padded to a rectangle when rows differ in length', () => {
    expect(fromTsv('a\tb\nc')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});

describe('a pasted field', () => {
  it('reads numbers as shown by a spreadsheet ("1,234.50", "$980", "12.5%") as numbers', () => {
    expect(['1,234.50', '$980', '12.5%', '-3'].map(pastedContent)).toEqual(['1234.50', '980', '12.5%', '-3']);
  });

  it('reads numbers as a Vietnamese spreadsheet shows them ("1.234,50", "12,5%") when the pane is in Vietnamese', () => {
    setUiLanguage('vi');
    try {
      expect(['1.234,50', '12,5%', '980', '12.5'].map(pastedContent)).toEqual(['1234.50', '12.5%', '980', '12.5']);
    } finally {
      setUiLanguage('en');
    }
  });

  it('keeps anything else as it reads, and an empty field empty', () => {
    expect(['North', '1,2,3', '=SUM(A1:A2)', ''].map(pastedContent)).toEqual(['North', '1,2,3', '=SUM(A1:A2)', null]);
  });
});
