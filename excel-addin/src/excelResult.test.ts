import { ERROR_KINDS, SheetError, passedOn, reason } from '../../core';
import { installCustomFunctionsStub } from '../../tests/harness/customFunctionsStub';
import { EXCEL_ERROR_CODES, callFromExcel, excelMessage, fromExcelDataTypes, toExcelResult } from './excelResult';
import { KPIBY, WINRATE } from '../../core/functions/byName';

const stub = installCustomFunctionsStub();

describe('errors as Excel shows them', () => {
  it('sends a message only with #VALUE! and #N/A, the two codes Office shows one on', () => {
    const withMessage = ERROR_KINDS.filter((kind) => stub.messageOf(toExcelResult(new SheetError(kind, 'why'))));
    expect(withMessage.map((kind) => stub.codeOf(toExcelResult(new SheetError(kind, 'why'))))).toEqual(['#VALUE!', '#N/A', '#VALUE!', '#VALUE!']);
    expect(stub.messageOf(toExcelResult(new SheetError('DIV0', 'no won or lost deals')))).toBeUndefined();
    expect(stub.messageOf(toExcelResult(new SheetError('NUM', 'too large')))).toBeUndefined();
  });

  it('maps every kind to a code Excel can return', () => {
    for (const kind of ERROR_KINDS)
      expect(['divisionByZero', 'invalidValue', 'invalidNumber', 'notAvailable', 'nullReference']).toContain(EXCEL_ERROR_CODES[kind].code);
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

describe("an error's reason in Excel's language", () => {
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

describe('a matrix function in Excel', () => {
  it('returns a whole-call error as a 1×1 table, never a bare error object', () => {
    const result = callFromExcel(
      KPIBY,
      Array.from({ length: 20 }, () => 1),
    );
    expect(Array.isArray(result)).toBe(true);
    expect((result as unknown[][]).length).toBe(1);
    expect(stub.codeOf((result as unknown[][])[0][0])).toBe('#VALUE!');
  });

  it('returns one value as it is for a function of one value', () => {
    expect(callFromExcel(WINRATE, [[['Won'], ['Lost']]])).toBe(0.5);
  });
});

describe("Excel data types in a function's cells", () => {
  it('reads a formatted number, a string and a boolean data type as their basic values', () => {
    expect(
      fromExcelDataTypes([
        [
          { type: 'FormattedNumber', basicValue: 0.25, numberFormat: '0%' },
          { type: 'String', basicValue: 'Won' },
          { type: 'Boolean', basicValue: true },
        ],
      ]),
    ).toEqual([[0.25, 'Won', true]]);
  });

  it('reads an entity or a linked entity as the text its cell shows', () => {
    expect(fromExcelDataTypes({ type: 'LinkedEntity', text: 'Seattle', basicValue: '#VALUE!' })).toBe('Seattle');
    expect(fromExcelDataTypes({ type: 'Entity', text: 'Won', properties: {} })).toBe('Won');
  });

  it('counts outcomes held as entities, where a raw object would be #VALUE!', () => {
    const entity = (text: string) => ({ type: 'Entity', text, properties: {}, basicType: 'Error', basicValue: '#VALUE!' });
    expect(callFromExcel(WINRATE, [[[entity('Won')], [entity('Won')], [entity('Lost')], [{ type: 'String', basicValue: 'Lost' }]]])).toBe(0.5);
  });

  it('passes on an Error data type as the error it is', () => {
    expect(stub.codeOf(callFromExcel(WINRATE, [[[{ type: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' }], ['Won']]]))).toBe('#DIV/0!');
  });
});
