import { isRowBelow, shiftRows } from './rowShift';

describe('a formula moved down, as a spreadsheet copies it', () => {
  it('moves relative rows and keeps absolute ones, texts and sheet names as they are', () => {
    expect(shiftRows('=IF(A2="",0,$B$1*A2)&"A1"', 3)).toBe('=IF(A5="",0,$B$1*A5)&"A1"');
    expect(shiftRows("=INDEX('Leads'!$A3:$I3,1,$H$5)", 1)).toBe("=INDEX('Leads'!$A4:$I4,1,$H$5)");
    expect(shiftRows("=COUNTIF($B$79:B80,'Sheet 1'!C3)", 2)).toBe("=COUNTIF($B$79:B82,'Sheet 1'!C5)");
  });

  it('leaves function names and numbers with digits alone', () => {
    expect(shiftRows('=LOG10(A2)+ATAN2(B1,1)+2.5E10', 1)).toBe('=LOG10(A3)+ATAN2(B2,1)+2.5E10');
  });

  it('does not move what it cannot: a whole-row reference, a row above the first', () => {
    expect(shiftRows('=SUM(3:3)', 1)).toBeUndefined();
    expect(shiftRows('=A1', -1)).toBeUndefined();
  });

  it('tells a row that repeats the row above from one that does not', () => {
    expect(isRowBelow(['=A1*2', 5, 'x'], ['=A2*2', 5, 'x'])).toBe(true);
    expect(isRowBelow(['=A1*2', 5], ['=A2*2', 6])).toBe(false);
    expect(isRowBelow(['=A1*2'], ['=A3*2'])).toBe(false);
    expect(isRowBelow([null, '=$A$1'], [null, '=$A$1'])).toBe(true);
  });
});
