import { lineOf, namedLines, partNumber, percentPart, percentText, typedRows } from './namedLines';
import { setUiLanguage } from '../i18n';
import '../../core/kit/i18n/catalogues';

describe('lines typed a line each', () => {
  afterEach(() => setUiLanguage('en'));

  it('reads a name before the first colon and trimmed parts after it, skipping blank lines', () => {
    expect(namedLines(' Kelly : Central , 40 \r\n\n Ben: * \nDora')).toEqual([
      { name: 'Kelly', parts: ['Central', '40'] },
      { name: 'Ben', parts: ['*'] },
      { name: 'Dora', parts: [] },
    ]);
  });

  it('keeps a colon after the first in the parts, as in a time of day', () => {
    expect(namedLines('Call: 09:30, daily')).toEqual([{ name: 'Call', parts: ['09:30', 'daily'] }]);
  });

  it('splits a line at semicolons when it has one, so a number may hold a comma in any language', () => {
    expect(namedLines('Ana: Acme, Ltd; 50,000; 3')).toEqual([{ name: 'Ana', parts: ['Acme, Ltd', '50,000', '3'] }]);
    expect(typedRows('Chairs: 1,250.5; 1,000; 60', 3)).toEqual([{ name: 'Chairs', numbers: [1250.5, 1000, 60] }]);
  });

  it('reads numbers as the pane writes them: in Vietnamese 1.000 is a thousand and 12,5 twelve and a half', () => {
    setUiLanguage('vi');
    expect(typedRows('Ghế: 1.000; 12,5; 7,5%', 3)).toEqual([{ name: 'Ghế', numbers: [1000, 12.5, 0.075] }]);
    // A form Vietnamese cannot mean is read as English, as a number box reads it.
    expect(partNumber('0.5')).toBe(0.5);
  });

  it('reads blank, a lone percent sign or a word as not a number, for the step to say so', () => {
    expect([partNumber(''), partNumber(undefined), partNumber('%'), partNumber('ten')]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    expect([partNumber('50 000'), partNumber('1_000'), partNumber('12.5%'), percentPart('50'), percentPart('50%')]).toEqual([50000, 1000, 0.125, 0.5, 0.5]);
  });

  it('writes a line that reads back the same, in English with commas and in Vietnamese with semicolons', () => {
    const parts = () => ['Central', 12.5, 0.29 * 100, percentText(0.075)];
    expect(lineOf('Kelly', parts())).toBe('Kelly: Central, 12.5, 29, 7.5%');
    setUiLanguage('vi');
    const line = lineOf('Kelly', parts());
    expect(line).toBe('Kelly: Central; 12,5; 29; 7,5%');
    const [{ name, parts: read }] = namedLines(line);
    expect([name, read[0], partNumber(read[1]), partNumber(read[2]), partNumber(read[3])]).toEqual(['Kelly', 'Central', 12.5, 29, 0.075]);
  });
});
