/**
 * Same answer everywhere: every function's case table runs through core, the generated Excel
 * wrappers, the built Apps Script bundle in `vm`, and HyperFormula. All must agree with the table:
 * numbers within 1e-9, errors of the same kind (as each host shows that kind), tables cell for cell.
 */
import { CASES_BY_FUNCTION } from '../../core/functions/allCases';
import { CaseArg, ExpectedCell, FunctionCase } from '../../core/kit/catalogue';
import { ERROR_TEXT, ErrorKind, findFunction, invokeFunction, isSheetError, ParamKind } from '../../core';
import { coreCell, excelArg, isRangeArg, sheetsArg } from '../harness/caseValues';
import { evaluateInHyperFormula } from '../harness/hyperformulaCase';
import { loadAppsScript } from '../harness/appsScript';
import { installCustomFunctionsStub } from '../harness/customFunctionsStub';
import * as excelWrappers from '../../excel-addin/src/functions.generated';

/** What Excel shows for each kind: it cannot return #REF! or #NAME? from a custom function. */
const EXCEL_SHOWS: Record<ErrorKind, string> = {
  DIV0: '#DIV/0!',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  NULL: '#NULL!',
  REF: '#VALUE!',
  NAME: '#VALUE!',
};
/** HyperFormula has no #NULL!. */
const HF_SHOWS = (kind: ErrorKind) => (kind === 'NULL' ? '#ERROR!' : ERROR_TEXT[kind]);

const rangeKinds: readonly ParamKind[] = ['range', 'total', 'count'];

/** Excel hands range parameters 2-D arrays and single-value parameters plain values. */
function excelArgFor(arg: CaseArg, kind: ParamKind): unknown {
  const value = excelArg(arg);
  if (rangeKinds.includes(kind)) return Array.isArray(value) ? value : [[value]];
  return Array.isArray(value) && value.length === 1 && value[0].length === 1 ? value[0][0] : value;
}

const isTable = (c: FunctionCase): c is FunctionCase & { expect: { table: readonly (readonly ExpectedCell[])[] } } =>
  typeof c.expect === 'object' && 'table' in c.expect;

/** Checks one result cell against the expected one; `errorOf` reads a host's error as its shown text. */
function expectCell(actual: unknown, expected: ExpectedCell, errorOf: (v: unknown) => string | undefined, shows: (k: ErrorKind) => string) {
  if (typeof expected === 'number') expect(actual).toBeCloseTo(expected, 9);
  else if (typeof expected === 'object') expect(errorOf(actual)).toBe(shows(expected.error));
  else expect(actual).toBe(expected);
}

function expectTable(actual: unknown, c: FunctionCase, errorOf: (v: unknown) => string | undefined, shows: (k: ErrorKind) => string) {
  if (!isTable(c)) throw new Error('not a table case');
  const table = c.expect.table;
  expect(Array.isArray(actual)).toBe(true);
  const rows = actual as unknown[][];
  expect(rows.map((r) => r.length)).toEqual(table.map((r) => r.length));
  table.forEach((row, r) => row.forEach((cell, i) => expectCell(rows[r][i], cell, errorOf, shows)));
}

const appsScript = loadAppsScript();
const stub = installCustomFunctionsStub();
const coreError = (v: unknown) => (isSheetError(v) ? ERROR_TEXT[v.kind] : undefined);
const excelError = (v: unknown) => (stub.codeOf(v) !== v ? String(stub.codeOf(v)) : undefined);
const textError = (v: unknown) => (typeof v === 'string' && v.startsWith('#') ? v : undefined);
const hfError = (v: unknown) => (v !== null && typeof v === 'object' && 'error' in v ? String((v as { error: string }).error) : undefined);

describe.each(Object.entries(CASES_BY_FUNCTION))('%s gives the same answer in every host', (name, cases) => {
  const fn = findFunction(name)!;

  it('has at least 8 cases, errors included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.some((c) => JSON.stringify(c.expect).includes('"error"'))).toBe(true);
  });

  describe.each(cases.map((c) => [c.should, c] as const))('should %s', (_should, c) => {
    it('in core', () => {
      const result = invokeFunction(
        fn,
        c.args.map((a) => (isRangeArg(a) ? a.map((r) => r.map(coreCell)) : coreCell(a))),
      );
      if (isTable(c)) expectTable(result, c, coreError, (k) => ERROR_TEXT[k]);
      else expectCell(result, c.expect as ExpectedCell, coreError, (k) => ERROR_TEXT[k]);
    });

    it('in the Excel wrapper', () => {
      const wrapper = (excelWrappers as Record<string, (...args: unknown[]) => unknown>)[name.toLowerCase()];
      const result = wrapper(...c.args.map((a, i) => excelArgFor(a, fn.params[i].kind)));
      if (isTable(c)) expectTable(result, c, excelError, (k) => EXCEL_SHOWS[k]);
      else if (fn.returns.shape === 'table') {
        // A matrix function always returns rows to Excel: a whole-call error is a 1×1 table.
        expect(result).toEqual([[expect.anything()]]);
        expectCell((result as unknown[][])[0][0], c.expect as ExpectedCell, excelError, (k) => EXCEL_SHOWS[k]);
      } else expectCell(result, c.expect as ExpectedCell, excelError, (k) => EXCEL_SHOWS[k]);
    });

    it('in the Apps Script bundle', () => {
      const call = () => appsScript.context[name](...c.args.map(sheetsArg));
      if (isTable(c)) expectTable(call(), c, textError, (k) => ERROR_TEXT[k]);
      else if (typeof c.expect === 'number') expect(call()).toBeCloseTo(c.expect, 9);
      else if (typeof c.expect !== 'object') expect(call()).toBe(c.expect);
      else expect(call).toThrow(new RegExp(`^${ERROR_TEXT[(c.expect as { error: ErrorKind }).error].replace(/[?/!#]/g, '\\$&')}`));
    });

    it('in HyperFormula', () => {
      const result = evaluateInHyperFormula(name, c.args);
      if (isTable(c)) expectTable(result, c, hfError, HF_SHOWS);
      else expectCell(result[0][0], c.expect as ExpectedCell, hfError, HF_SHOWS);
    });
  });
});
