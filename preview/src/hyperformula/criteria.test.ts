import { HyperFormula } from 'hyperformula';
import { correctCriteria, criterionParts } from './criteria';
import { exactCriterion, exactCriterionOf } from '../../../core/kit/sheet';

describe('criteria as Excel, Sheets and LibreOffice read them', () => {
  it('take one operator, at the start only', () => {
    expect(criterionParts('==1+1')).toEqual({ operator: '=', value: '=1+1' });
    expect(criterionParts('<>x')).toEqual({ operator: '<>', value: 'x' });
    expect(criterionParts('a<b')).toEqual({ operator: '', value: 'a<b' });
    expect(criterionParts('>=5')).toEqual({ operator: '>=', value: '5' });
  });

  describe("in the preview's engine", () => {
    correctCriteria();
    const names = ['Smith*', 'Smithson', '=1+1', 'a<b', '<5', 'Wh?', 'Who', 'a~b', 'TRUE', '12', 'ann'];
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true });
    const sheet = hf.getSheetId(hf.addSheet('S'))!;
    // Text that looks like a formula is put in as text, as the plan writers do.
    hf.setSheetContent(sheet, names.map((name, i) => [name.startsWith('=') ? `'${name}` : name, 2 ** i]) as never);
    const value = (formula: string) => {
      hf.setCellContents({ sheet, row: 0, col: 5 }, formula);
      return hf.getCellValue({ sheet, row: 0, col: 5 });
    };

    it.each(names.filter((n) => n !== '12' && n !== 'TRUE'))('match %s exactly, and nothing else, as "="&escaped', (name) => {
      const i = names.indexOf(name);
      expect(value(`=SUMIFS(B1:B11,A1:A11,${exactCriterion(name)})`)).toBe(2 ** i);
      expect(value(`=COUNTIF(A1:A11,${exactCriterionOf(`A${i + 1}`)})`)).toBe(1);
    });

    it('match without regard to case, as every engine does', () => {
      expect(value(`=SUMIF(A1:A11,${exactCriterion('ANN')},B1:B11)`)).toBe(2 ** 10);
    });

    it('still compare numbers and read operators at the start', () => {
      expect(value('=COUNTIF(B1:B11,">=512")')).toBe(2);
      expect(value('=COUNTIF(B1:B11,"<>1")')).toBe(10);
      expect(value('=COUNTIF(B1:B11,"=")')).toBe(0);
    });
  });
});
