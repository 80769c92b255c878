import { ERROR_KINDS, SheetError, passedOn, reason } from '../../core';
import { installCustomFunctionsStub } from '../../tests/harness/customFunctionsStub';
import { EXCEL_ERROR_CODES, excelMessage, toExcelResult } from './excelResult';

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

describe('an error\'s reason in Excel\'s language', () => {
  it('is said in Vietnamese, Chinese or Welsh, values kept, where Excel shows a message', () => {
    const error = new SheetError('NA', reason('stage "{stage}" (row {row}) is not in the stage table', { stage: 'Demo', row: 4 }));
    expect(excelMessage(error, 'vi')).toBe('giai đoạn "Demo" (dòng 4) không có trong bảng giai đoạn');
    expect(excelMessage(error, 'zh-CN')).toBe('阶段 "Demo"（第 4 行）不在阶段表中');
    expect(excelMessage(error, 'cy')).toBe('nid yw\'r cam "Demo" (rhes 4) yn y tabl camau');
    expect(excelMessage(error, 'en')).toBe('stage "Demo" (row 4) is not in the stage table');
  });

  it('translates an error passed on from an input, where and why', () => {
    const passed = passedOn(new SheetError('VALUE', reason('a cell holds an invalid date')), 'closed', 5);
    expect(excelMessage(passed, 'zh-CN')).toBe('在 closed 第 5 行：某单元格中的日期无效');
  });
});
