import { HyperFormula } from 'hyperformula';
import { typedCell } from './plan';
import { SheetBuilder } from './sheetBuilder';

describe('a plan sheet being built', () => {
  it('refuses a second thing in a cell, naming the cell and both things: two blocks laid over each other fail at build', () => {
    const sheet = new SheetBuilder('Plan');
    sheet.text(4, 3, 'Ties seen');
    expect(() => sheet.text(4, 3, 'Rule score: bin')).toThrow('Plan!D5 is written twice: {"text":"Ties seen"}, then {"text":"Rule score: bin"}');
  });

  it('lets a cell be cleared and then written, and the same thing be written again', () => {
    const sheet = new SheetBuilder('Plan');
    sheet.number(5, 1, 0);
    sheet.put(5, 1, null);
    sheet.formula(5, 1, "='Sales plan'!$B$7");
    sheet.formula(5, 1, "='Sales plan'!$B$7");
    expect(sheet.build().cells[5][1]).toEqual({ formula: "='Sales plan'!$B$7" });
  });

  it('keeps the area a spilling formula fills empty: placing anything there, before or after, throws', () => {
    const sheet = new SheetBuilder('Plan');
    sheet.spill(4, 3, '=FREQUENCY($B$5:$B$90,$C$5:$C$14)', { rows: 11, cols: 1 });
    expect(() => sheet.number(14, 3, 1)).toThrow('Plan!D15 is in the spill of D5: {"number":1}');
    sheet.number(15, 3, 1); // just below the area
    expect(sheet.build().spills).toEqual([{ cell: 'D5', rows: 11, cols: 1 }]);
    expect(sheet.build().cells[4][3]).toEqual({ formula: '=FREQUENCY($B$5:$B$90,$C$5:$C$14)' });
    const taken = new SheetBuilder('Plan');
    taken.text(6, 3, 'in the way');
    expect(() => taken.spill(4, 3, '=FREQUENCY($B$5:$B$90,$C$5:$C$14)', { rows: 11, cols: 1 })).toThrow('Plan!D7 is in the spill of D5: {"text":"in the way"}');
  });

  it('says nothing of spills on a sheet without one', () => {
    expect(new SheetBuilder('Plan').build().spills).toBeUndefined();
  });

  it('fills the check cell once the sheet is known, over its placeholder', () => {
    const sheet = new SheetBuilder('Plan');
    sheet.check(2, [['$B$5<0', '"⚠ The baseline is negative."']], '"✓ Every check passes."');
    sheet.number(4, 1, 10);
    const check = sheet.build().cells[2][0];
    expect(check && 'formula' in check && check.formula).toMatch(/^=IF\(\$B\$5<0,"⚠ The baseline is negative\.",IF\(ISERROR\(SUM\(/);
  });

  describe('its check of the cells below', () => {
    const checked = (cells: (string | number)[]) => {
      const sheet = new SheetBuilder('Plan');
      sheet.check(2, [['$B$5<0', '"⚠ The baseline is negative."']], '"✓ Every check passes."');
      cells.forEach((cell, i) => (typeof cell === 'number' ? sheet.number(4 + i, 1, cell) : sheet.formula(4 + i, 1, cell)));
      const { cells: built } = sheet.build();
      const hf = HyperFormula.buildFromSheets({ Plan: built.map((row) => row.map(typedCell)) } as never, {
        licenseKey: 'gpl-v3',
        // SUMPRODUCT reads its arguments as arrays in every spreadsheet; HyperFormula only with this on (as the preview has it).
        useArrayArithmetic: true,
      });
      const formula = String((built[2][0] as { formula: string }).formula);
      return { says: hf.getCellValue({ sheet: 0, row: 2, col: 0 }), formula };
    };

    it('says ✓ when no cell below shows an error', () => {
      expect(checked([10, '=B5*2']).says).toBe('✓ Every check passes.');
    });

    it('counts the cells below that show an error, in words', () => {
      expect(checked([10, '=1/0', '=NA()', '=B5*2']).says).toMatch(/^⚠ 2 cells below show an error \(#DIV\/0!, #N\/A…\)/);
    });

    it('asks of the block below only whether it holds an error, and counts the errors only in the branch that says so', () => {
      expect(checked([10]).formula).toBe(
        '=IF($B$5<0,"⚠ The baseline is negative.",IF(ISERROR(SUM($A$4:$B$5)),"⚠ "&SUMPRODUCT(--ISERROR($A$4:$B$5))&' +
          '" cells below show an error (#DIV/0!, #N/A…): the numbers that use them cannot be trusted; fix the inputs they come from.","✓ Every check passes."))',
      );
    });

    it('says a problem it foresaw before the errors it did not', () => {
      expect(checked([-1, '=1/0']).says).toBe('⚠ The baseline is negative.');
    });
  });
});
