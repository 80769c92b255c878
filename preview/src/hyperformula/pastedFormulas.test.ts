import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { sharePastedFormulas } from './pastedFormulas';
import { registerLazyConditions } from './lazyConditions';

sharePastedFormulas();
registerLazyConditions();
const CONFIG = { licenseKey: 'gpl-v3' };

/** Formulas of every kind of reference: relative, absolute, mixed, ranges, whole columns and rows, another sheet, arguments that are not read. */
const FORMULAS = [
  '=A1*2',
  '=$A$1+B1',
  '=A$1*$A2',
  '=SUM(A1:B3)',
  '=SUM($A$1:A3)',
  '=SUM(A:A)-SUM(1:1)',
  '=Other!A1+SUM(Other!$A$1:B2)',
  '=IF(A1>2,"big",A1&"")',
  '=SUMPRODUCT((A1:A3>1)*B1:B3)',
  '=ROW(A1)+COLUMN(B2)',
] as const;

/** Numbers in A1:D6 and on a second sheet, and a formula at D7 to copy. */
function sheetWith(formula: string) {
  const numbers = Array.from({ length: 6 }, (_, r) => [r + 1, (r + 1) * 10, r - 3, 0.5 * r]);
  const hf = HyperFormula.buildFromSheets({ Main: [...numbers, [null, null, null, formula]], Other: numbers }, CONFIG);
  return hf;
}

const at = (row: number, col: number) => ({ sheet: 0, row, col });
const pasteFrom = (hf: HyperFormula, from: { row: number; col: number }, to: { row: number; col: number }) => {
  hf.copy({ start: at(from.row, from.col), end: at(from.row, from.col) });
  hf.paste(at(to.row, to.col));
};

describe('a pasted formula, in the preview', () => {
  it('reads and calculates as the same formula typed where it lands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMULAS), fc.integer({ min: 6, max: 12 }), fc.integer({ min: 3, max: 8 }), (formula, row, col) => {
        const pasted = sheetWith(formula);
        pasteFrom(pasted, { row: 6, col: 3 }, { row, col });
        const typed = sheetWith(formula);
        typed.setCellContents(at(row, col), pasted.getCellFormula(at(row, col))!);
        expect(pasted.getSheetValues(0)).toEqual(typed.getSheetValues(0));
        // Still live: a number it reads changes, and the pasted formula follows.
        pasted.setCellContents(at(0, 0), 100);
        typed.setCellContents(at(0, 0), 100);
        expect(pasted.getSheetValues(0)).toEqual(typed.getSheetValues(0));
      }),
      { numRuns: 60 },
    );
  });

  it('shares the parsed formula of the cells it was pasted from, below a top node of its own', () => {
    const hf = sheetWith('=A1*2');
    for (let row = 7; row < 12; row += 1) pasteFrom(hf, { row: row - 1, col: 3 }, { row, col: 3 });
    const graph = (hf as unknown as { dependencyGraph: { getCell(a: object): { formula: { left: object } } } }).dependencyGraph;
    const formulas = [7, 8, 9, 10, 11].map((row) => graph.getCell(at(row, 3)).formula);
    expect(new Set(formulas).size).toBe(5);
    expect(new Set(formulas.map((formula) => formula.left)).size).toBe(1);
    expect([7, 11].map((row) => [hf.getCellFormula(at(row, 3)), hf.getCellValue(at(row, 3))])).toEqual([
      ['=A2*2', 4],
      ['=A6*2', 12],
    ]);
  });

  it("keeps each cell's own link", () => {
    const hf = sheetWith('=HYPERLINK("https://crm.example/lead/"&A1,"open")');
    for (let row = 7; row < 9; row += 1) pasteFrom(hf, { row: row - 1, col: 3 }, { row, col: 3 });
    expect([6, 7, 8].map((row) => hf.getCellHyperlink(at(row, 3)))).toEqual([1, 2, 3].map((n) => `https://crm.example/lead/${n}`));
  });

  it.each(['=IF(A1>6,$A$1:A1,"small")', '=IF(A1>0,1,$A$1:A1)', '=IFERROR(1/$A$1:A1,"none")'])(
    'calculates %s, over a range that grows row by row, as typed where it lands',
    (formula) => {
      const arrays = { ...CONFIG, useArrayArithmetic: true };
      const pasted = HyperFormula.buildFromArray([[5, formula], [7], [9], [], []], arrays);
      pasteFrom(pasted, { row: 0, col: 1 }, { row: 2, col: 1 });
      const typed = HyperFormula.buildFromArray([[5, formula], [7], [9, formula.replace(/A1\b/g, 'A3')], [], []], arrays);
      expect(pasted.getCellFormula(at(2, 1))).toBe(typed.getCellFormula(at(2, 1)));
      expect(pasted.getSheetValues(0)).toEqual(typed.getSheetValues(0));
    },
  );

  it('turns a reference that falls off the sheet into #REF!, as HyperFormula always did', () => {
    const hf = sheetWith('=A1*2');
    pasteFrom(hf, { row: 6, col: 3 }, { row: 2, col: 3 });
    expect(hf.getCellFormula(at(2, 3))).toBe('=#REF!*2');
    expect(hf.getCellValue(at(2, 3))).toMatchObject({ type: 'REF' });
  });

  it('is undone and redone with the cells it replaced', () => {
    const hf = sheetWith('=SUM($A$1:A7)');
    pasteFrom(hf, { row: 6, col: 3 }, { row: 1, col: 3 });
    expect(hf.getCellValue(at(1, 3))).toBe(3);
    hf.undo();
    expect(hf.getCellValue(at(1, 3))).toBe(0.5);
    hf.redo();
    expect(hf.getCellFormula(at(1, 3))).toBe('=SUM($A$1:A2)');
    expect(hf.getCellValue(at(1, 3))).toBe(3);
  });
});
