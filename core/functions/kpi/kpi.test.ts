import { CASES_BY_FUNCTION } from '../allCases';
import { findFunction } from '../catalogue';
import { invokeFunction } from '../../kit/catalogue/invoke';
import { isSheetError } from '../../kit/cells/errors';
import { coreCell, isRangeArg } from '../../../tests/harness/caseValues';
import { CaseArg } from '../../kit/catalogue/cases';

const coreArg = (arg: CaseArg) => (isRangeArg(arg) ? arg.map((row) => row.map(coreCell)) : coreCell(arg));

// The parity tests check every case's value in every host; here, that the errors core raises say why.
describe.each(Object.entries(CASES_BY_FUNCTION))('%s', (name, cases) => {
  const fn = findFunction(name)!;
  const raisedByCore = cases.filter((c) => typeof c.expect === 'object' && 'error' in c.expect && !JSON.stringify(c.args).includes('"error"'));

  it.each(raisedByCore.map((c) => [c.should, c] as const))('explains why it should %s', (_should, c) => {
    const result = invokeFunction(fn, c.args.map(coreArg));
    expect(isSheetError(result) && result.kind).toBe((c.expect as { error: string }).error);
    expect(isSheetError(result) && result.message.length).toBeGreaterThan(5);
  });
});
