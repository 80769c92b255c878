/**
 * The actuals live on the user's own sheet called "Evaluation" (and another called "Dashboard"):
 * the plan takes other names, every formula still reads the user's sheets, the Dashboard reads the
 * plan's Evaluation, and the numbers are core's. Named as every host names a plan (freeSheetName
 * against the workbook's sheets, then renamePlanSheets).
 */
import { CellValue } from '../../core/kit/cells';
import { CHILD_COLUMNS as C, EVALUATION_LAYOUT as L, buildSalesEvaluation, DASHBOARD_LAYOUT as D, evaluationNumbers } from '../../core/plans/salesEvaluation';
import { a1, freeSheetName, renamePlanSheets } from '../../core/kit/sheet';
import { loadPlanSheet } from '../harness/liveness';
import { OPPORTUNITIES_SHEET } from '../../preview/src/previewSheet';
import { AWKWARD_ANSWERS } from '../harness/awkwardNames';

describe("a plan built beside the user's sheet of the same name", () => {
  const actuals = OPPORTUNITIES_SHEET.rows as CellValue[][];
  const answers = {
    ...AWKWARD_ANSWERS,
    actuals: { ...AWKWARD_ANSWERS.actuals, sheet: 'Evaluation', countedStatus: 'Won', productField: undefined, quantityField: undefined },
    products: [],
    stages: ['Won', 'Lost', 'Open'],
    children: ['Kelly Williamson', 'Anna Andreadi'].map((name) => ({ name, targets: Array.from({ length: 12 }, () => 100) })),
  };

  it('names the plan apart from the data it reads, and keeps reading that data', () => {
    const plan = buildSalesEvaluation(answers, actuals[0].map(String));
    expect(plan.sheets.map((s) => s.name)).toEqual(['Evaluation (2)', 'Dashboard']);
    const workbook = ['Evaluation', 'Dashboard'];
    const sheetNames = plan.sheets.reduce<string[]>((names, s) => [...names, freeSheetName(s.name, [...workbook, ...names])], []);
    expect(sheetNames).toEqual(['Evaluation (2)', 'Dashboard (2)']);
    const book = loadPlanSheet(renamePlanSheets(plan, sheetNames), { Evaluation: actuals, Dashboard: actuals });

    const n = evaluationNumbers(answers, actuals);
    const value = (sheet: string, cell: string) => book.valueIn(sheet, cell);
    expect(n.byChild.every((c) => c.actual > 0)).toBe(true);
    n.byChild.forEach((c, i) => expect(value('Evaluation (2)', a1(L.firstChild + i, C.actual))).toBeCloseTo(c.actual, 6));
    // The dashboard's attainment reads the plan's Evaluation, not the user's sheet of that name.
    expect(typeof value('Dashboard (2)', a1(D.kpis, 4))).toBe('number');
  });
});
