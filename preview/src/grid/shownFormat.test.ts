import { firstReference, functionFormat, outerFunction } from './shownFormat';
import { closestFunction, errorReason } from './errorReason';
import { DetailedCellError } from 'hyperformula';

describe("how a formula's result is shown", () => {
  it("takes a Sales Planner function's format, column by column for KPIBY", () => {
    expect([functionFormat('WINRATE'), functionFormat('KPIBY', 4), functionFormat('KPIBY', 5), functionFormat('KPIBY', 7)]).toEqual([
      'percent',
      'percent',
      'money',
      'number',
    ]);
  });

  it('knows the outer function in either spelling', () => {
    expect([outerFunction('=WINRATE(F2:F9)'), outerFunction('=SALES.winrate(F2:F9)'), outerFunction('=B5*2')]).toEqual(['WINRATE', 'WINRATE', undefined]);
  });

  it("finds the first cell a formula refers to, skipping text and other sheets' names", () => {
    expect(firstReference('=B6*1.1')).toEqual({ row: 5, col: 1 });
    expect(firstReference('=IF("A1"="x", $C$3, 0)')).toEqual({ row: 2, col: 2 });
    expect(firstReference('=SUM(1, 2)')).toBeUndefined();
  });
});

describe("an error's reason in words", () => {
  it('suggests the function a misspelt name meant', () => {
    expect([closestFunction('WINRAT'), closestFunction('VLOKUP'), closestFunction('PAYROLL')]).toEqual(['WINRATE', 'VLOOKUP', undefined]);
  });

  it('says what to check when a formula cannot be read', () => {
    const error = new DetailedCellError({ type: 'ERROR', message: 'Parsing error. Expecting token of type --> RParen <--' } as never, '#ERROR!');
    expect(errorReason(error)).toMatch(/^#ERROR! The formula cannot be read: check its brackets/);
  });
});
