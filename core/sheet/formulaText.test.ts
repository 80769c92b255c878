import { formulaString, sayInFormula } from './formulaText';

describe('a message in a formula', () => {
  it('quotes its words and doubles their quotes', () => {
    expect(formulaString('Say "hi"')).toBe('"Say ""hi"""');
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
