import { ERROR_KINDS, SheetError } from '../../core';
import { installCustomFunctionsStub } from '../../tests/harness/customFunctionsStub';
import { EXCEL_ERROR_CODES, toExcelResult } from './excelResult';

const stub = installCustomFunctionsStub();

describe('errors as Excel shows them', () => {
  it('sends a message only with #VALUE! and #N/A, the two codes Office shows one on', () => {
    const withMessage = ERROR_KINDS.filter((kind) => stub.messageOf(toExcelResult(new SheetError(kind, 'why'))));
    expect(withMessage.map((kind) => stub.codeOf(toExcelResult(new SheetError(kind, 'why'))))).toEqual(['#VALUE!', '#N/A', '#VALUE!', '#VALUE!']);
    expect(stub.messageOf(toExcelResult(new SheetError('DIV0', 'no won or lost deals')))).toBeUndefined();
    expect(stub.messageOf(toExcelResult(new SheetError('NUM', 'too large')))).toBeUndefined();
  });

  it('maps every kind to a code Excel can return', () => {
    for (const kind of ERROR_KINDS) expect(['divisionByZero', 'invalidValue', 'invalidNumber', 'notAvailable', 'nullReference']).toContain(EXCEL_ERROR_CODES[kind].code);
  });

  it('names #REF! and #NAME? from an input cell in a #VALUE! message, as Excel cannot return them', () => {
    const result = toExcelResult(new SheetError('REF', 'in target'));
    expect(stub.codeOf(result)).toBe('#VALUE!');
    expect(stub.messageOf(result)).toBe('an input cell is #REF! in target');
  });

  it('keeps a message on #N/A passed on from an input cell', () => {
    expect(stub.messageOf(toExcelResult(new SheetError('NA', 'in outcomes, row 5')))).toBe('in outcomes, row 5');
  });
});
