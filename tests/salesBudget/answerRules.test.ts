/**
 * Each number answer of the sales budget is declared once (SALES_BUDGET_FIELDS): the pane's step
 * check, the restore of a saved state, the Sales budget sheet's input rule and its check cell agree
 * at its bounds and just past them.
 */
import { SALES_BUDGET_FIELDS, SALES_BUDGET_LAYOUT, buildSalesBudget } from '../../core/plans/salesBudget';
import { SalesBudgetState, initialState, restoreState, validateStep } from '../../ui/salesBudget/salesBudgetModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';

const fresh = initialState();
const ready: SalesBudgetState = {
  step: 6,
  answers: {
    ...fresh.answers,
    hires: [{ name: 'Ines', start: { value: 4, formula: null }, salary: 55_000 }],
    others: [{ name: 'Trade show', amount: 18_000 }],
  },
};
// The commission from an Incentive plan is probed on its own: with it, the rate is left blank.
const fromPlan: SalesBudgetState = { ...ready, answers: { ...ready.answers, commission: { rate: null, fromPlan: { value: 20_000, formula: null } } } };

const SALES_BUDGET: RuledWizard<SalesBudgetState> = {
  fields: SALES_BUDGET_FIELDS,
  puts: {
    commissionPlan: (a, v) => ({ ...a, commission: { rate: null, fromPlan: { value: v as number, formula: null } } }),
  },
  ready,
  validateStep,
  restoreState,
  build: (state) => buildSalesBudget(state.answers),
  checkRow: SALES_BUDGET_LAYOUT.check,
};

describe("the sales budget's number answers, each declared once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(SALES_BUDGET_FIELDS, initialState().answers)).toEqual([]);
  });

  it('declares each field where the answers hold a number', () => {
    expect(
      misplacedFields({ ...SALES_BUDGET, fields: Object.fromEntries(Object.entries(SALES_BUDGET_FIELDS).filter(([n]) => n !== 'commissionPlan')) }),
    ).toEqual([]);
    expect(misplacedFields({ ...SALES_BUDGET, ready: fromPlan, fields: { commissionPlan: SALES_BUDGET_FIELDS.commissionPlan } })).toEqual([]);
  });

  it.each(ruleCases(SALES_BUDGET))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(SALES_BUDGET, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(SALES_BUDGET)).toEqual([]);
  });
});
