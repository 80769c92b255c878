/**
 * Each number answer of the sales plan is ruled once (SALES_PLAN_RULES), and every place that checks
 * it agrees, at its bounds and just past them: the pane's step check, the restore of a saved state,
 * and the Sales plan sheet's input rule (data validation) on the cell that holds it.
 */
import { buildSalesPlan, SALES_PLAN_LAYOUT, SALES_PLAN_RULES, SalesPlanAnswers, defaultAnswers } from '../../core/plans/salesPlan';
import { SalesPlanState, restoreState, validateStep } from '../../ui/salesPlan/salesPlanModel';
import { RuledField, RuledWizard, ruleCases, ruleDisagreements } from '../harness/answerRules';
import '../../core/kit/i18n/catalogues';

/** The month shares of a period of n months, split evenly (as many as the months, when n is a month count). */
const evenShares = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 12 ? Array.from({ length: n }, () => 1 / n) : []);
type Put = (a: SalesPlanAnswers, v: number) => SalesPlanAnswers;
const field = (step: number, error: string, put: Put, onSheet = true): RuledField<SalesPlanState> => ({
  step,
  error,
  onSheet,
  put: (state, value) => ({ ...state, answers: put(state.answers, value as number) }),
});
const ready: SalesPlanState = { step: 3, answers: defaultAnswers(2027), baselineSource: 'typed', seasonalityFromHistory: false };

const SALES_PLAN: RuledWizard<SalesPlanState> = {
  rules: SALES_PLAN_RULES,
  fields: {
    year: field(0, 'year', (a, v) => ({ ...a, year: v }), false),
    periodStart: field(0, 'period', (a, v) => ({ ...a, periodStart: v, periodMonths: 1, monthShares: [1] }), false),
    periodMonths: field(0, 'period', (a, v) => ({ ...a, periodMonths: v, monthShares: evenShares(v) }), false),
    baseline: field(1, 'baseline', (a, v) => ({ ...a, baseline: v })),
    growth: field(1, 'growth', (a, v) => ({ ...a, growth: v })),
    roundTo: field(2, 'roundTo', (a, v) => ({ ...a, roundTo: v })),
    attainment: field(2, 'attainment', (a, v) => ({ ...a, attainment: v })),
    fullQuota: field(2, 'fullQuota', (a, v) => ({ ...a, fullQuota: v })),
    headcount: field(2, 'headcount', (a, v) => ({ ...a, headcount: v })),
    ramp: field(2, 'ramp', (a, v) => ({ ...a, ramp: [v, 1, 1] })),
    newRepStart: field(2, 'newReps', (a, v) => ({ ...a, newReps: [{ name: 'Ines', startMonth: v }] })),
  },
  ready,
  validateStep,
  restoreState: (saved) => restoreState(saved, ready),
  build: (state) => buildSalesPlan(state.answers),
  checkRow: SALES_PLAN_LAYOUT.checks,
};

describe("the sales plan's number answers, each ruled once", () => {
  it.each(ruleCases(SALES_PLAN))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(SALES_PLAN, name, value)).toEqual([]);
  });

  it("says the same message in the pane and on the sheet, in the plan's language", () => {
    const [sheet] = buildSalesPlan(ready.answers, 'vi').sheets;
    const growth = sheet.validations.find((v) => v.min === -1 && v.max === 5);
    expect(growth?.message).toBe('Tăng trưởng: nhập một tỷ lệ phần trăm như 20% (hoặc 0,2), từ -100% đến 500%.');
  });
});
