import { isoFromSerial, serialFromIso } from './form';

describe('a date box', () => {
  it('shows a spreadsheet date serial as its day and reads the day back as the same serial', () => {
    expect(isoFromSerial(45322)).toBe('2024-01-31');
    expect(serialFromIso('2024-01-31')).toBe(45322);
    expect(isoFromSerial(61)).toBe('1900-03-01');
    for (const serial of [1, 42736, 46349, 60000]) expect(serialFromIso(isoFromSerial(serial))).toBe(serial);
  });

  it('reads an empty box as no date', () => {
    expect(serialFromIso('')).toBeNaN();
    expect(isoFromSerial(Number.NaN)).toBe('');
  });
});
