import { HyperFormula } from 'hyperformula';
import { registerExcelInt } from './intFunction';

describe('INT in the preview', () => {
  it('rounds down as Excel does, negative numbers too', () => {
    registerExcelInt();
    const hf = HyperFormula.buildFromArray([['=INT(-8.9)', '=INT(8.9)', '=INT(-33.333)', '=-INT(-(0-0.000000001))', '=INT("x")', '=INT(-2)']], {
      licenseKey: 'gpl-v3',
    });
    const [row] = hf.getSheetValues(0);
    expect(row.slice(0, 4)).toEqual([-9, 8, -34, 0]);
    expect(String((row[4] as { value: string }).value)).toBe('#VALUE!');
    expect(row[5]).toBe(-2);
  });
});
