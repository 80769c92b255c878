/**
 * Each number answer of the sales plan is ruled once (SALES_PLAN_FIELDS), and every place that checks
 * it agrees, at its bounds and just past them: the pane's step check, the restore of a saved state,
 * and the Sales plan sheet's input rule (data validation) on the cell that holds it.
 */
import { buildSalesPlan, SALES_PLAN_LAYOUT, SALES_PLAN_FIELDS, defaultAnswers } from '../../core/plans/salesPlan';
import { SalesPlanState, restoreState, validateStep } from '../../ui/salesPlan/salesPlanModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';
import '../../core/kit/i18n/catalogues';

/** The month shares of a period of n months, split evenly (as many as the months, when n is a month count). */
const evenShares = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 12 ? Array.from({ length: n }, () => 1 / n) : []);
const ready: SalesPlanState = {
  step: 3,
  answers: { ...defaultAnswers(2027), newReps: [{ name: 'Ines', startMonth: 4 }] },
  baselineSource: 'typed',
  seasonalityFromHistory: false,
};

const SALES_PLAN: RuledWizard<SalesPlanState> = {
  fields: SALES_PLAN_FIELDS,
  puts: {
    // A period's month shares follow its length; one ramp month is probed.
    periodStart: (a, v) => ({ ...a, periodStart: v as number, periodMonths: 1, monthShares: [1] }),
    periodMonths: (a, v) => ({ ...a, periodMonths: v as number, monthShares: evenShares(v as number) }),
    ramp: (a, v) => ({ ...a, ramp: [v as number, 1, 1] }),
    // The market's answers exist only while the target is a share of a market.
    marketSize: (a, v) => ({ ...a, market: { size: v as number, share: 0.1 } }),
    marketShare: (a, v) => ({ ...a, market: { size: 10_000_000, share: v as number } }),
  },
  ready,
  validateStep,
  restoreState: (saved) => restoreState(saved, ready),
  build: (state) => buildSalesPlan(state.answers),
  checkRow: SALES_PLAN_LAYOUT.checks,
};

describe("the sales plan's number answers, each ruled once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(SALES_PLAN_FIELDS, defaultAnswers(2027))).toEqual([]);
  });

  it('declares each field where the answers hold a number (the market only while the target is a share of it)', () => {
    const { marketSize, marketShare, ...rest } = SALES_PLAN_FIELDS;
    expect(misplacedFields({ ...SALES_PLAN, fields: rest })).toEqual([]);
    const onMarket = { ...ready, baselineSource: 'market' as const, answers: { ...ready.answers, market: { size: 10_000_000, share: 0.1 } } };
    expect(misplacedFields({ ...SALES_PLAN, ready: onMarket, fields: { marketSize, marketShare } })).toEqual([]);
  });

  it.each(ruleCases(SALES_PLAN))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(SALES_PLAN, name, value)).toEqual([]);
  });

  it("says the same message in the pane and on the sheet, in the plan's language", () => {
    const [sheet] = buildSalesPlan(ready.answers, 'vi').sheets;
    const growth = sheet.validations.find((v) => v.min === -1 && v.max === 5);
    expect(growth?.message).toBe('Tăng trưởng: nhập một tỷ lệ phần trăm như 20% (hoặc 0,2), từ -100% đến 500%.');
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(SALES_PLAN, { monthShares: 'worked out from the history or the period, never typed' })).toEqual([]);
  });
});
