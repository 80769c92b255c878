/**
 * Each number answer of the budget is ruled once (BUDGET_FIELDS): the pane's step check, the restore
 * of a saved state and the Budget sheet's input rule agree at its bounds and just past them.
 */
import { CellValue } from '../../core/kit/cells';
import { buildBudgetAllocation, BUDGET_LAYOUT, BUDGET_FIELDS } from '../../core/plans/budgetAllocation';
import { SAMPLE_MARKETING } from '../../preview/src/sample';
import { BudgetAllocationState, initialState, readLines, restoreState, validateStep } from '../../ui/budgetAllocation/budgetAllocationModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';

const read = readLines([SAMPLE_MARKETING.header, ...SAMPLE_MARKETING.rows] as CellValue[][], 12);
if (typeof read === 'string') throw new Error(read);
const fresh = initialState();
// Without bounds, so that no other rule (lines that cannot take the budget) speaks for the one probed.
const ready: BudgetAllocationState = {
  ...fresh,
  step: 4,
  boundMode: 'none',
  answers: { ...fresh.answers, budget: 500_000, lines: read.lines, months: read.months },
};

const BUDGET: RuledWizard<BudgetAllocationState> = {
  fields: BUDGET_FIELDS,
  ready,
  validateStep,
  restoreState,
  build: (state) => buildBudgetAllocation(state.answers),
  checkRow: BUDGET_LAYOUT.check,
};

describe("the budget's number answers, each ruled once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(BUDGET_FIELDS, initialState().answers)).toEqual([]);
  });

  it('declares each field where the answers hold a number', () => {
    expect(misplacedFields(BUDGET)).toEqual([]);
  });

  it.each(ruleCases(BUDGET))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(BUDGET, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(
      unguardedNumbers(BUDGET, {
        lines: 'read from the selected cells (spend, fitted curves), never typed in the pane',
        'months.*.share': 'worked out from the history or flat, never typed',
      }),
    ).toEqual([]);
  });
});
