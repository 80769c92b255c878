import { CASES_BY_FUNCTION } from '../catalogue/allCases';
import { findFunction } from '../catalogue/index';
import { invokeFunction } from '../catalogue/invoke';
import { isSheetError } from '../cells/errors';
import { coreCell, isRangeArg } from '../../tests/harness/caseValues';
import { CaseArg } from '../catalogue/cases';

const coreArg = (arg: CaseArg) => (isRangeArg(arg) ? arg.map((row) => row.map(coreCell)) : coreCell(arg));

describe.each(Object.entries(CASES_BY_FUNCTION))('%s', (name, cases) => {
  const fn = findFunction(name)!;
  it.each(cases.map((c) => [c.should, c] as const))('should %s', (_should, c) => {
    const result = invokeFunction(fn, c.args.map(coreArg));
    if (typeof c.expect === 'number') {
      expect(result).toBeCloseTo(c.expect, 9);
    } else {
      expect(isSheetError(result) && result.kind).toBe(c.expect.error);
      if (isSheetError(result) && ['DIV0', 'VALUE', 'NUM'].includes(result.kind) && result.kind === c.expect.error) {
        // Errors that core raises itself always say why.
        const passedOn = c.args.some((a) => JSON.stringify(a).includes('"error"'));
        if (!passedOn) expect(result.message.length).toBeGreaterThan(5);
      }
    }
  });
});
