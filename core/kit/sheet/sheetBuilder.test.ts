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

  it('fills the check cell once the sheet is known, over its placeholder', () => {
    const sheet = new SheetBuilder('Plan');
    sheet.check(2, [['$B$5<0', '"⚠ The baseline is negative."']], '"✓ Every check passes."');
    sheet.number(4, 1, 10);
    const check = sheet.build().cells[2][0];
    expect(check && 'formula' in check && check.formula).toMatch(/^=IF\(\$B\$5<0,"⚠ The baseline is negative\.",IF\(SUMPRODUCT\(--ISERROR/);
  });
});
