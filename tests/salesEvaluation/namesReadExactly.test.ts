/**
 * The Evaluation sheet reads owners, the counted status and products exactly as core does, whatever
 * they are called: names that spreadsheets would read as operators (`=1+1`, `<5`) or patterns
 * (`Smith*` would take `Smithson`'s deals, `Won?` would count `Wont`), in HyperFormula; the same
 * workbook in LibreOffice is checked in tests/libreoffice/namesReadExactlyInLibreOffice.test.ts.
 */
import { CellValue } from '../../core/kit/cells';
import { CHILD_COLUMNS as C, EVALUATION_LAYOUT as L, buildSalesEvaluation, pvmNumbers, evaluationNumbers } from '../../core/plans/salesEvaluation';
import { a1 } from '../../core/kit/sheet';
import { AWKWARD_ACTUALS, AWKWARD_ANSWERS, asTypedText } from '../harness/awkwardNames';
import { loadPlanSheet, mismatches } from '../harness/liveness';

describe('the Evaluation sheet, with names spreadsheets would misread', () => {
  const plan = buildSalesEvaluation(AWKWARD_ANSWERS, AWKWARD_ACTUALS[0].map(String));
  const sheet = loadPlanSheet(plan, { Opportunities: asTypedText(AWKWARD_ACTUALS) });
  const n = evaluationNumbers(AWKWARD_ANSWERS, AWKWARD_ACTUALS as CellValue[][]);

  it('gives each owner exactly their own deals, and counts only the status asked for', () => {
    expect(n.byChild.map((c) => c.actual).every((actual) => actual > 0)).toBe(true);
    const expected = Object.fromEntries(
      n.byChild.flatMap((c, i) => [
        [a1(L.firstChild + i, C.actual), c.actual],
        [a1(L.firstChild + i, C.rag), c.rag],
      ]),
    );
    Object.assign(expected, Object.fromEntries(n.byMonth.map((m, i) => [a1(L.firstMonth + i, 2), m.actual])));
    expect(mismatches(sheet.value, expected)).toEqual([]);
  });

  it("splits price, volume and mix over each product's own rows", () => {
    const { split } = pvmNumbers(AWKWARD_ANSWERS, AWKWARD_ACTUALS as CellValue[][]);
    const top = plan.sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Volume');
    expect(mismatches(sheet.value, { [a1(top, 1)]: split.volume, [a1(top + 1, 1)]: split.mix, [a1(top + 2, 1)]: split.price })).toEqual([]);
  });
});
