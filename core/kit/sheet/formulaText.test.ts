import { HyperFormula } from 'hyperformula';
import { formulaString, sayInFormula } from './formulaText';

describe('a message in a formula', () => {
  it('quotes its words, and joins their own quotes in as CHAR(34), which every engine reads', () => {
    expect(formulaString('Say "hi"')).toBe('"Say "&CHAR(34)&"hi"&CHAR(34)&""');
    expect(formulaString('Total')).toBe('"Total"');
  });

  it("gives the text itself in the preview's engine, quotes and all", () => {
    const hf = HyperFormula.buildFromArray(
      [[`=${formulaString('Screen 15" "TV"')}`, `=COUNTIF(A2:A3,${formulaString('Screen 15"')})`], ['Screen 15"'], ['Screen 15']],
      { licenseKey: 'gpl-v3' },
    );
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe('Screen 15" "TV"');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(1);
  });

  it('joins words and formula parts with &', () => {
    expect(sayInFormula('⚠ {count} behind target.', { count: 'COUNTIF(E5:E9,"Red")' })).toBe('"⚠ "&COUNTIF(E5:E9,"Red")&" behind target."');
  });

  it('follows a translation that moves the placeholders', () => {
    expect(sayInFormula('{count} 个落后；最多：{child}。', { child: 'B9', count: 'C3' })).toBe('C3&" 个落后；最多："&B9&"。"');
  });

  it('writes a message without placeholders as one string, and nothing as ""', () => {
    expect(sayInFormula('✓ Every check passes.')).toBe('"✓ Every check passes."');
    expect(sayInFormula('')).toBe('""');
  });
});

describe('long text in a formula', () => {
  it('is joined from literals of at most 255 characters, as Excel requires, and reads as itself', () => {
    const text = `${'a'.repeat(300)}"${'b'.repeat(260)}😀`;
    const formula = formulaString(text);
    for (const literal of formula.match(/"[^"]*"/g) ?? []) expect(literal.length - 2).toBeLessThanOrEqual(255);
    const hf = HyperFormula.buildFromArray([[`=${formula}`]], { licenseKey: 'gpl-v3' });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(text);
  });
});
