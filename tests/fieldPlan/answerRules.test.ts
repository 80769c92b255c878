/**
 * Each number answer of the field plan is ruled once (FIELD_PLAN_FIELDS): the pane's step check, the
 * restore of a saved state and the Field plan sheet's input rule agree at its bounds and past them.
 */
import { CellValue } from '../../core/kit/cells';
import { buildFieldPlan, FIELD_PLAN_CHECK_ROW, FIELD_PLAN_FIELDS } from '../../core/plans/fieldPlan';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { FieldPlanState, initialState, readAccounts, repPerArea, restoreState, validateStep } from '../../ui/fieldPlan/fieldPlanModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, undeclaredDefaults, unguardedNumbers } from '../harness/answerRules';

const table = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows.slice(0, 8)] as CellValue[][];
const read = readAccounts(table);
const fresh = initialState();
const ready: FieldPlanState = {
  ...fresh,
  step: 4,
  fields: read.fields,
  areas: read.areas,
  answers: {
    ...fresh.answers,
    accounts: { sheet: 'Accounts', range: `A1:G${table.length}`, nameField: read.nameField, areaField: read.areaField, valueField: read.valueField },
    reps: repPerArea(read.areas),
  },
};
const FIELD_PLAN: RuledWizard<FieldPlanState> = {
  fields: FIELD_PLAN_FIELDS,
  puts: {
    // A break as long as it likes within a day: the day's own minutes stay long enough for a visit.
    dayMinutes: (a, v) => ({ ...a, day: { ...a.day, breaks: v as number } }),
    // The A cut-off stays at or below the B one, and one class's visits are probed.
    classShare: (a, v) => ({ ...a, classes: { ...a.classes, aShare: Math.min(0, v ?? 0), bShare: v as number } }),
    visitsAYear: (a, v) => ({ ...a, classes: { ...a.classes, frequencies: { ...a.classes.frequencies, C: v as number } } }),
  },
  ready,
  validateStep,
  restoreState,
  build: (state) => buildFieldPlan(state.answers),
  checkRow: FIELD_PLAN_CHECK_ROW,
};

describe("the field plan's number answers, each ruled once", () => {
  it('starts a new plan from each declared default, within its rule', () => {
    expect(undeclaredDefaults(FIELD_PLAN_FIELDS, initialState().answers)).toEqual([]);
  });

  it('declares each field where the answers hold a number', () => {
    expect(misplacedFields(FIELD_PLAN)).toEqual([]);
  });

  // A day whose breaks fill it fits no visit: that rule (across the day's parts) refuses breaks of a
  // whole day that their own rule allows, so the probes stop short of it.
  const probed = ruleCases(FIELD_PLAN).filter(([name, value]) => !(name === 'dayMinutes' && value !== null && value >= 1439 && value <= 1440));
  it.each(probed)('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(FIELD_PLAN, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(FIELD_PLAN)).toEqual([]);
  });
});
