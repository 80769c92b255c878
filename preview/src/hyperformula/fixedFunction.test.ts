import { HyperFormula } from 'hyperformula';
import { fixedText, inLocale, registerFixed } from './fixedFunction';
import { setUiLanguage } from '../../../ui/i18n';
import '../../../core/kit/i18n/catalogues';

describe('FIXED in the preview, as Excel computes it', () => {
  it('groups thousands and rounds half away from zero', () => {
    expect(fixedText(1234567.891, 2)).toBe('1,234,567.89');
    expect(fixedText(2.5, 0)).toBe('3');
    expect(fixedText(-2.5, 0)).toBe('-3');
  });

  it('rounds left of the point for negative decimals, and leaves out the commas when asked', () => {
    expect(fixedText(1250, -2)).toBe('1,300');
    expect(fixedText(1234.567, 1, true)).toBe('1234.6');
  });

  it("is a function of the preview's engine, with Excel's defaults", () => {
    registerFixed();
    const hf = HyperFormula.buildFromArray([['=FIXED(1100000,0)', '=FIXED(0.1234*100,1)&"%"', '=FIXED(1234.5)', '=FIXED("x")']], { licenseKey: 'gpl-v3' });
    const [[whole, percent, twoPlaces, text]] = hf.getSheetValues(0);
    expect([whole, percent, twoPlaces]).toEqual(['1,100,000', '12.3%', '1,234.50']);
    expect(text).toMatchObject({ type: 'VALUE' });
  });

  it("writes the separators of the preview's language, as a host writes its locale's", () => {
    expect(inLocale('1,234,567.89', 'vi-VN')).toBe('1.234.567,89');
    expect(inLocale('892,000', 'en-GB')).toBe('892,000');
    registerFixed();
    setUiLanguage('vi');
    try {
      const hf = HyperFormula.buildFromArray([['=FIXED(892000,0)', '=FIXED(12.345,1)&"%"']], { licenseKey: 'gpl-v3' });
      expect(hf.getSheetValues(0)[0]).toEqual(['892.000', '12,3%']);
    } finally {
      setUiLanguage('en');
    }
  });
});
