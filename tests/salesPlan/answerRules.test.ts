/**
 * Each number answer of the sales plan is ruled once (SALES_PLAN_RULES), and every place that checks
 * it agrees, at its bounds and just past them: the pane's step check, the restore of a saved state,
 * and the Sales plan sheet's input rule (data validation) on the cell that holds it.
 */
import { AnswerRule, breaksRule } from '../../core/kit/answers/answerRule';
import { keepsRule } from '../../core/kit/sheet/plan';
import { buildSalesPlan } from '../../core/plans/salesPlan/buildSalesPlan';
import { SALES_PLAN_RULES, SalesPlanAnswers, defaultAnswers } from '../../core/plans/salesPlan/salesPlanAnswers';
import { WizardState, restoreState, validateStep } from '../../ui/salesPlan/wizardModel';
import '../../core/kit/i18n/catalogues';

type RuleName = keyof typeof SALES_PLAN_RULES;
/** Where each rule's answer lives: its step, the pane's error key, and how a value is put in the answers. */
const FIELDS: Readonly<Record<RuleName, { step: number; error: string; put: (a: SalesPlanAnswers, v: number) => SalesPlanAnswers; onSheet: boolean }>> = {
  year: { step: 0, error: 'year', put: (a, v) => ({ ...a, year: v }), onSheet: false },
  periodStart: { step: 0, error: 'period', put: (a, v) => ({ ...a, periodStart: v, periodMonths: 1 }), onSheet: false },
  periodMonths: { step: 0, error: 'period', put: (a, v) => ({ ...a, periodMonths: v }), onSheet: false },
  baseline: { step: 1, error: 'baseline', put: (a, v) => ({ ...a, baseline: v }), onSheet: true },
  growth: { step: 1, error: 'growth', put: (a, v) => ({ ...a, growth: v }), onSheet: true },
  roundTo: { step: 2, error: 'roundTo', put: (a, v) => ({ ...a, roundTo: v }), onSheet: true },
  attainment: { step: 2, error: 'attainment', put: (a, v) => ({ ...a, attainment: v }), onSheet: true },
  fullQuota: { step: 2, error: 'fullQuota', put: (a, v) => ({ ...a, fullQuota: v }), onSheet: true },
  headcount: { step: 2, error: 'headcount', put: (a, v) => ({ ...a, headcount: v }), onSheet: true },
  ramp: { step: 2, error: 'ramp', put: (a, v) => ({ ...a, ramp: [v, 1, 1] }), onSheet: true },
  newRepStart: { step: 2, error: 'newReps', put: (a, v) => ({ ...a, newReps: [{ name: 'Ines', startMonth: v }] }), onSheet: true },
};

/** The values a rule is probed with: each bound, just inside and just past it, and a part for a whole rule. */
function probes(rule: AnswerRule): number[] {
  const near = (x: number) => [x, x - 0.001, x + 0.001, x - 1, x + 1];
  return [...(rule.min === undefined ? [] : near(rule.min)), ...(rule.max === undefined ? [] : near(rule.max)), ...(rule.whole ? [(rule.min ?? 0) + 1.5] : [])];
}

const base: WizardState = { step: 0, answers: defaultAnswers(2027), baselineSource: 'typed', seasonalityFromHistory: false };
const cases = (Object.keys(FIELDS) as RuleName[]).flatMap((name) => probes(SALES_PLAN_RULES[name]).map((value) => [name, value] as const));

describe("the sales plan's number answers, each ruled once", () => {
  it.each(cases)('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    const field = FIELDS[name];
    const rule = SALES_PLAN_RULES[name];
    const broken = breaksRule(rule, value);
    const state = { ...base, step: field.step, answers: field.put(base.answers, value) };
    expect(validateStep(state)[field.error] === rule.message).toBe(broken);
    const restored = restoreState(JSON.stringify({ ...state, step: 3 }), base);
    expect(restored.message?.includes(rule.message) ?? false).toBe(broken);
    if (!field.onSheet) return;
    const validation = buildSalesPlan(field.put(base.answers, rule.min ?? 0)).sheets[0].validations.find((v) => v.message === rule.message);
    expect(validation).toBeDefined();
    expect(keepsRule(validation!, value)).toBe(!broken);
  });

  it("says the same message in the pane and on the sheet, in the plan's language", () => {
    const [sheet] = buildSalesPlan(base.answers, 'vi').sheets;
    const growth = sheet.validations.find((v) => v.min === -1 && v.max === 5);
    expect(growth?.message).toBe('Tăng trưởng: nhập một tỷ lệ phần trăm như 20% (hoặc 0,2), từ -100% đến 500%.');
  });
});
