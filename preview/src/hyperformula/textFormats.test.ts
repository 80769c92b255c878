import { formatWithPattern } from './textFormats';

describe('TEXT number patterns in the preview, as Excel writes them', () => {
  it('groups thousands with commas and rounds half away from zero', () => {
    expect(formatWithPattern(2550000, '#,##0')).toBe('2,550,000');
    expect(formatWithPattern(1234.5, '#,##0')).toBe('1,235');
    expect(formatWithPattern(-1234.5, '#,##0')).toBe('-1,235');
    expect(formatWithPattern(999.995, '#,##0.00')).toBe('1,000.00');
  });

  it('writes percentages with their decimals', () => {
    expect(formatWithPattern(0.087, '0.0%')).toBe('8.7%');
    expect(formatWithPattern(0.25, '0.0%')).toBe('25.0%');
    expect(formatWithPattern(-0.0004, '0.0%')).toBe('0.0%');
  });

  it('leaves other patterns to HyperFormula', () => {
    expect(formatWithPattern(45322, 'yyyy-mm-dd')).toBeUndefined();
  });
});
