/**
 * Same answer everywhere: every function's case table runs through core, the generated Excel
 * wrappers, the built Apps Script bundle in `vm`, and HyperFormula. All must agree with the table:
 * numbers within 1e-9, errors of the same kind (as each host shows that kind).
 */
import { CASES_BY_FUNCTION } from '../../core/catalogue/allCases';
import { CaseArg } from '../../core/catalogue/cases';
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

const rangeKinds: readonly ParamKind[] = ['range', 'total'];

/** Excel hands range parameters 2-D arrays and single-value parameters plain values. */
function excelArgFor(arg: CaseArg, kind: ParamKind): unknown {
  const value = excelArg(arg);
  if (rangeKinds.includes(kind)) return Array.isArray(value) ? value : [[value]];
  return Array.isArray(value) && value.length === 1 && value[0].length === 1 ? value[0][0] : value;
}

const appsScript = loadAppsScript();
const stub = installCustomFunctionsStub();

describe.each(Object.entries(CASES_BY_FUNCTION))('%s gives the same answer in every host', (name, cases) => {
  const fn = findFunction(name)!;

  it('has at least 8 cases, errors included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.some((c) => typeof c.expect !== 'number')).toBe(true);
  });

  describe.each(cases.map((c) => [c.should, c] as const))('should %s', (_should, c) => {
    it('in core', () => {
      const result = invokeFunction(fn, c.args.map((a) => (isRangeArg(a) ? a.map((r) => r.map(coreCell)) : coreCell(a))));
      if (typeof c.expect === 'number') expect(result).toBeCloseTo(c.expect, 9);
      else expect(isSheetError(result) ? result.kind : result).toBe(c.expect.error);
    });

    it('in the Excel wrapper', () => {
      const wrapper = (excelWrappers as Record<string, (...args: unknown[]) => unknown>)[name.toLowerCase()];
      const result = wrapper(...c.args.map((a, i) => excelArgFor(a, fn.params[i].kind)));
      if (typeof c.expect === 'number') expect(result).toBeCloseTo(c.expect, 9);
      else expect(stub.codeOf(result)).toBe(EXCEL_SHOWS[c.expect.error]);
    });

    it('in the Apps Script bundle', () => {
      const call = () => appsScript.context[name](...c.args.map(sheetsArg));
      if (typeof c.expect === 'number') expect(call()).toBeCloseTo(c.expect, 9);
      else expect(call).toThrow(new RegExp(`^${ERROR_TEXT[c.expect.error].replace(/[?/!#]/g, '\\$&')}`));
    });

    it('in HyperFormula', () => {
      const result = evaluateInHyperFormula(name, c.args);
      if (typeof c.expect === 'number') expect(result).toBeCloseTo(c.expect, 9);
      else expect(result).toEqual({ error: c.expect.error === 'NULL' ? '#ERROR!' : ERROR_TEXT[c.expect.error] });
    });
  });
});
