/**
 * Excel refuses a string literal over 255 characters in a formula and a formula over 8,192
 * characters, failing the whole build late with its generic error. Plans built with long names (a
 * 1,000-character field, status and owner) keep within both, and still agree with core.
 */
import { CellValue } from '../../core/kit/cells';
import { Plan, LONGEST_LITERAL, a1 } from '../../core/kit/sheet';
import { buildLeadScoring } from '../../core/plans/leadScoring';
import { IncentivePlanAnswers, RATE_PRESETS, REP_COLUMNS as IC, buildIncentivePlan, firstRepRow, incentiveEarnings } from '../../core/plans/incentivePlan';
import { buildSalesEvaluation, evaluationNumbers, CHILD_COLUMNS as C, EVALUATION_LAYOUT as L } from '../../core/plans/salesEvaluation';
import { AWKWARD_ACTUALS, AWKWARD_ANSWERS, asTypedText } from '../harness/awkwardNames';
import { loadPlanSheet } from '../harness/liveness';

const LONGEST_FORMULA = 8_192;
const long = (start: string) => `${start} ${'x'.repeat(1_000 - start.length - 1)}`;

/** Every formula of a plan that breaks one of Excel's limits, with the limit it breaks. */
function overLimits(plan: Plan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        if (cell === null || !('formula' in cell)) return [];
        const literals = [...cell.formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
        const where = `${sheet.name}!${a1(r, c)}`;
        return [
          ...(cell.formula.length > LONGEST_FORMULA ? [`${where}: a formula of ${cell.formula.length} characters`] : []),
          ...literals.filter((l) => l.length > LONGEST_LITERAL).map((l) => `${where}: a literal of ${l.length} characters`),
        ];
      }),
    ),
  );
}

describe('plans built with long names', () => {
  it("keep an evaluation's formulas within Excel's limits, and its numbers core's", () => {
    const status = long('Won');
    const owner = long('Smith');
    const rename = (v: CellValue) => (v === 'Won?' ? status : v === 'Smith*' ? owner : v);
    const actuals = AWKWARD_ACTUALS.map((row, r) => (r === 0 ? row : row.map(rename)));
    const answers = {
      ...AWKWARD_ANSWERS,
      actuals: { ...AWKWARD_ANSWERS.actuals, countedStatus: status },
      children: AWKWARD_ANSWERS.children.map((c) => ({ ...c, name: rename(c.name) as string })),
    };
    const plan = buildSalesEvaluation(answers, actuals[0].map(String));
    expect(overLimits(plan)).toEqual([]);
    const sheet = loadPlanSheet(plan, { Opportunities: asTypedText(actuals) });
    const n = evaluationNumbers(answers, actuals as CellValue[][]);
    expect(n.byChild[0].actual).toBeGreaterThan(0);
    n.byChild.forEach((c, i) => expect(sheet.value(a1(L.firstChild + i, C.actual))).toBeCloseTo(c.actual, 6));
  });

  it("keep an incentive plan's formulas within Excel's limits, every rep paid as core pays, names read exactly", () => {
    const status = long('Won');
    const owner = long('Smith');
    const rename = (v: CellValue) => (v === 'Won?' ? status : v === 'Smith*' ? owner : v);
    const actuals = AWKWARD_ACTUALS.map((row, r) => (r === 0 ? row : row.map(rename)));
    const answers: IncentivePlanAnswers = {
      year: 2017,
      actuals: { ...AWKWARD_ANSWERS.actuals, countedStatus: status },
      reps: AWKWARD_ANSWERS.children.map((c) => ({ name: rename(c.name) as string, quota: 1000, quotaFormula: null, base: 100, variable: 100 })),
      ...RATE_PRESETS.gatedTiers,
      bands: Array.from({ length: 10 }, (_, k) => ({ from: k / 5, rate: 1 + k / 10 })),
      capMultiple: 2,
      period: 'month',
    };
    const plan = buildIncentivePlan(answers, actuals[0].map(String));
    expect(overLimits(plan)).toEqual([]);
    const sheet = loadPlanSheet(plan, { Opportunities: asTypedText(actuals) });
    const earnings = incentiveEarnings(answers, actuals as CellValue[][]);
    if (!Array.isArray(earnings)) throw new Error(String(earnings));
    expect(earnings.some((e) => e.payout > 0)).toBe(true);
    earnings.forEach((e, i) => expect(sheet.value(a1(firstRepRow(answers) + i, IC.payout))).toBeCloseTo(e.payout, 6));
  });

  it("keep lead scoring's formulas within Excel's limits, a 1,000-character field name read exactly", () => {
    const field = long('Visits');
    const leads: CellValue[][] = [
      ['Lead', field],
      ['L1', 12],
      ['L2', 2],
    ];
    const plan = buildLeadScoring({
      leadsSheet: 'Leads',
      leadsRange: 'A1:B3',
      labelField: 'Lead',
      outcomeField: '',
      rules: [{ field, operator: '>=', value: 10, points: 30, group: long('Engagement') }],
      caps: [],
      maxScore: 100,
      warmFrom: 40,
      hotFrom: 70,
    });
    expect(overLimits(plan)).toEqual([]);
    const sheet = loadPlanSheet(plan, { Leads: leads });
    expect(String(sheet.value('A3'))).toMatch(/^✓/);
  });
});
