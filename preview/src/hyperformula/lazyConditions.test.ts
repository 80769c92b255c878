import { FunctionPlugin, HyperFormula } from 'hyperformula';
import { registerLazyConditions } from './lazyConditions';

/** A function that counts its calls: a branch that is worked out calls it. */
let calls = 0;
class CallCounter extends FunctionPlugin {
  static override implementedFunctions = { CALLED: { method: 'called', parameters: [] } };
  called(): number {
    calls += 1;
    return 99;
  }
}

describe('IF and IFERROR in the preview', () => {
  beforeAll(() => {
    registerLazyConditions();
    HyperFormula.registerFunctionPlugin(CallCounter as never, { enGB: { CALLED: 'CALLED' } } as never);
  });
  const valuesOf = (formulas: string[]) => {
    const hf = HyperFormula.buildFromArray([formulas, [1], [0]], { licenseKey: 'gpl-v3', useArrayArithmetic: true });
    return hf.getSheetValues(0)[0].map((v) => (typeof v === 'object' && v !== null && 'value' in v ? v.value : v));
  };

  it('give what HyperFormula gave before: the chosen branch, errors of the condition, arrays inside SUMPRODUCT, empty arguments', () => {
    expect(
      valuesOf([
        '=IF(TRUE(),1,1/0)',
        '=IF(FALSE(),1/0,2)',
        '=IF(0,2)',
        '=IF("x",1,2)',
        '=IF(1/0,1,2)',
        '=IF(A3,1,2)',
        '=SUMPRODUCT(IF(A2:A3>0,1,2))',
        '=IF(1,,3)',
        '=IFERROR(1/0,"e")',
        '=IFERROR(A2,"e")',
        '=IFERROR(1/0)',
        '=SUMPRODUCT(IFERROR(1/A2:A3,5))',
        '=SUM(IF(FALSE(),A2:A3,4))',
      ]),
    ).toEqual([1, 2, false, '#VALUE!', '#DIV/0!', 2, 3, null, 'e', 1, '#N/A', 6, 8]);
  });

  it('work out only the branch they return, as Excel, Sheets and LibreOffice do', () => {
    calls = 0;
    expect(valuesOf(['=IF(1>0,"yes",CALLED())', '=IF(1>2,CALLED(),"no")', '=IFERROR(7,CALLED())'])).toEqual(['yes', 'no', 7]);
    expect(calls).toBe(0);
    expect(valuesOf(['=IF(1>0,CALLED(),0)', '=IFERROR(1/0,CALLED())'])).toEqual([99, 99]);
    expect(calls).toBe(2);
  });
});
