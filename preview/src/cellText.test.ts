import { cellText, generalNumber, serialToIso, typedText } from './cellText';
import { numberAsTyped } from '../../ui/numbers';
import { setUiLanguage } from '../../ui/i18n';
import '../../core/kit/i18n/catalogues';

describe('how the preview shows a cell', () => {
  it('shows a catalogue ratio as a percentage', () => {
    expect(cellText(0.802083, 'text', '=WINRATE(F2:F201)')).toBe('80.21%');
  });

  it('shows a catalogue amount with two decimals and thousands separators', () => {
    expect(cellText(1560.04987, 'text', '=AVGDEALSIZE(G2:G201, F2:F201)')).toBe('1,560.05');
  });

  it('shows other numbers as General does, to 10 significant digits', () => {
    expect(generalNumber(1 / 3)).toBe('0.3333333333');
    expect(cellText(42, 'text', '=SUM(A1:A2)')).toBe('42');
  });

  it('shows date serials in the date columns as ISO dates', () => {
    expect(serialToIso(45322)).toBe('2024-01-31');
    expect(cellText(45322, 'date')).toBe('2024-01-31');
  });

  it('shows booleans and blanks as a spreadsheet does', () => {
    expect(cellText(true, 'text')).toBe('TRUE');
    expect(cellText(null, 'text')).toBe('');
  });

  it('writes every number with the pane language’s decimal mark, as it writes money with its separators', () => {
    setUiLanguage('vi');
    try {
      expect(cellText(0.1, 'percent')).toBe('10,00%');
      expect(cellText(1234567.5, 'money')).toBe('1.234.567,50');
      expect(cellText(3.25, 'number')).toBe('3,3');
      expect(cellText(0.5, 'text')).toBe('0,5');
      expect(cellText(1234567, 'text')).toBe('1234567');
    } finally {
      setUiLanguage('en');
    }
  });
});

describe('a number as the formula bar writes it', () => {
  it('writes a percent as typed, 9%, and a date as the preview reads one; anything else as stored', () => {
    expect(typedText(0.09, 'percent')).toBe('9%');
    expect(typedText(0.125, 'percent')).toBe('12.5%');
    expect(typedText(0.07, 'percent')).toBe('7%');
    expect(typedText(41642, 'date')).toBe('2014-01-03');
    expect(typedText(41642.5, 'date')).toBe('41642.5');
    expect(typedText(1234.5, 'money')).toBe('1234.5');
  });
});

describe('a number typed or pasted in the pane’s language', () => {
  it('reads as the grid writes it: 12,5 and 1.234,5 in Vietnamese, 1,234.5 in English', () => {
    setUiLanguage('vi');
    try {
      expect(['12,5', '1.234,5', '12,5%', '-0,25', '1.234.567'].map((text) => numberAsTyped(text))).toEqual(['12.5', '1234.5', '12.5%', '-0.25', '1234567']);
      // The formula bar writes what the cell shows, and typed back it is the same number.
      expect(typedText(12.5, 'number')).toBe('12,5');
      expect(typedText(0.125, 'percent')).toBe('12,5%');
    } finally {
      setUiLanguage('en');
    }
    expect(['1,234.5', '12.5%', '007'].map((text) => numberAsTyped(text))).toEqual(['1234.5', '12.5%', '007']);
  });

  it('leaves what the language cannot mean as a number to the engine, and text, dates and formulas as they are', () => {
    const vietnamese = { group: '.', decimal: ',' };
    // A dot does not end a Vietnamese number: "12.5" is left for the engine, which reads it as English.
    expect(numberAsTyped('12.5', vietnamese)).toBe('12.5');
    expect(['North', '1,2,3', '2027-01-04', '=SUM(A1:A2)', '12,5 units'].map((text) => numberAsTyped(text))).toEqual([
      'North',
      '1,2,3',
      '2027-01-04',
      '=SUM(A1:A2)',
      '12,5 units',
    ]);
  });
});
