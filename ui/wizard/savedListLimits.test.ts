/**
 * Every wizard refuses a saved state whose lists are longer than its builder lays out (a damaged or
 * hostile shared workbook: 100,000 rules, reps or stages, a million months of history), starting
 * afresh with a message rather than freezing the pane. Each list is tried at its limit and one past it.
 */
import * as budget from '../budgetAllocation/budgetAllocationModel';
import * as fieldPlan from '../fieldPlan/fieldPlanModel';
import * as leadScoring from '../leadScoring/leadScoringModel';
import * as evaluation from '../salesEvaluation/salesEvaluationModel';
import * as salesPlan from '../salesPlan/salesPlanModel';
import { MAX_LINES } from '../../core/plans/budgetAllocation';
import { MAX_REPS, MAX_STAGES } from '../../core/plans/fieldPlan';
import { MAX_RULES } from '../../core/plans/leadScoring';
import { MAX_CHILDREN } from '../../core/plans/salesPlan';
import { LARGEST_SERIES } from '../../core/functions/targets';

type Restore = (saved: unknown) => { state: unknown; message?: string };
const many = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

const LISTS: [string, Restore, () => object, number, (state: object, list: unknown[]) => object][] = [
  [
    'lead scoring rules',
    leadScoring.restoreState,
    leadScoring.initialState,
    MAX_RULES,
    (s, list) => ({ ...s, answers: { ...(s as never as { answers: object }).answers, rules: list } }),
  ],
  [
    'budget lines',
    budget.restoreState,
    budget.initialState,
    MAX_LINES,
    (s, list) => ({ ...s, answers: { ...(s as never as { answers: object }).answers, lines: list } }),
  ],
  [
    'field plan reps',
    fieldPlan.restoreState,
    fieldPlan.initialState,
    MAX_REPS,
    (s, list) => ({ ...s, answers: { ...(s as never as { answers: object }).answers, reps: list } }),
  ],
  [
    'field plan stages',
    fieldPlan.restoreState,
    fieldPlan.initialState,
    MAX_STAGES,
    (s, list) => ({ ...s, answers: { ...(s as never as { answers: object }).answers, stages: list } }),
  ],
  [
    'evaluation children',
    evaluation.restoreState,
    evaluation.initialState,
    MAX_CHILDREN,
    (s, list) => ({ ...s, answers: { ...(s as never as { answers: object }).answers, children: list } }),
  ],
  [
    'sales plan children',
    salesPlan.restoreState,
    () => salesPlan.initialState(),
    MAX_CHILDREN,
    (s, list) => ({ ...s, answers: { ...(s as never as { answers: object }).answers, children: list } }),
  ],
  ['sales plan history months', salesPlan.restoreState, () => salesPlan.initialState(), LARGEST_SERIES, (s, list) => ({ ...s, history: list })],
];

const ITEM: Record<string, unknown> = {
  'lead scoring rules': { field: 'Visits', operator: '>', value: 1, points: 1, group: '' },
  'budget lines': { name: 'Search', current: 1, weight: 1, lower: null, upper: null, points: null, curve: { kind: 'log', beta: 1, kappa: 1, alpha: 1 } },
  'field plan reps': { name: 'Ana', area: 'North' },
  'field plan stages': { name: 'Leads', rate: 0.3 },
  'evaluation children': { name: 'North', targets: many(12, 1) },
  'sales plan children': { name: 'North', driver: 1, lock: null },
  'sales plan history months': 100,
};

describe('saved wizard states, list by list', () => {
  it.each(LISTS)('take as many %s as the builder lays out (%#), and refuse one more', (what, restore, initial, max, withList) => {
    const fresh = initial();
    const at = restore(JSON.stringify(withList(fresh, many(max, ITEM[what]))));
    expect(at.message ?? '').not.toMatch(/could not be used/);
    const over = restore(JSON.stringify(withList(fresh, many(max + 1, ITEM[what]))));
    expect(over.message).toBe('Your saved answers could not be used (a value is not of its kind), so the wizard starts again from step 1.');
  });
});
