import { CellValue, isSheetError, utcDaySerial } from '../../core/kit/cells';
import { brokenAnswers } from '../../core/kit/answers';
import { GOAL_KINDS } from '../../core/functions/goals';
import { GOALS_FIELDS, GOAL_MEASURES, GoalAnswer, GoalDeals, GoalsAnswers, MAX_GOALS, dealsKpi } from '../../core/plans/goals';
import { declaredNumbers, finite, listOf, oneOf, orNull, restoreSaved, shaped, stepOf, text, tooMany } from '../wizard/savedState';
import { ModelStep, checkAtStep, fieldErrors } from '../wizard/modelSteps';
import { MAX_FIELDS } from '../host';
import { t, msg } from '../i18n';

/** The wizard's state: the answers (plain JSON, saved as typed). */
export interface GoalsState {
  readonly step: number;
  readonly answers: GoalsAnswers;
}

/** The first and last day of `today`'s year, as date serials: a new goal's dates. */
export function thisYear(today = new Date()): { start: number; deadline: number } {
  const year = today.getUTCFullYear();
  return { start: utcDaySerial(Date.UTC(year, 0, 1)), deadline: utcDaySerial(Date.UTC(year, 11, 31)) };
}

export function initialState(today = new Date()): GoalsState {
  return {
    step: 0,
    answers: {
      deals: null,
      goals: [],
      asOf: utcDaySerial(today.getTime()),
      amberFrom: GOALS_FIELDS.amberFrom.default,
      greenFrom: GOALS_FIELDS.greenFrom.default,
    },
  };
}

/**
 * How a change is typed in the pane: in percent for a percent change or points of a rate (−15 for
 * −15%, 5 for 5 points of win rate), as is for points of any other measure (10 more deals).
 *
 * @example
 * changeScale({ kind: 'points', measure: 'dealsWon' }) //=> 1
 */
export const changeScale = (goal: Pick<GoalAnswer, 'kind' | 'measure'>): number => (goal.kind === 'percent' || goal.measure === 'winRate' ? 100 : 1);

/**
 * How a baseline is typed in the pane: a rate in percent, as the sheet shows it (75 for a 75% win
 * rate, which the hint's "+5 points on a 25% win rate" reads with), any other measure as is.
 *
 * @example
 * baselineScale({ measure: 'winRate' }) //=> 100
 */
export const baselineScale = (goal: Pick<GoalAnswer, 'measure'>): number => (goal.measure === 'winRate' ? 100 : 1);

/**
 * A goal on a KPI of the deals with its baseline read from them: the KPI over the same span of time
 * just before the goal's start (last year, for a goal over this year). Blank deals or no deal decided
 * then: a baseline of 0, for the manager to type.
 */
export function kpiGoal(deals: GoalDeals | null, rows: readonly (readonly CellValue[])[] | undefined, goal: Omit<GoalAnswer, 'baseline'>): GoalAnswer {
  if (goal.measure === 'typed' || !deals || !rows) return { ...goal, baseline: 0 };
  const span = goal.deadline - goal.start;
  const before = dealsKpi(deals, rows, goal.measure, goal.start - span - 1, goal.start - 1);
  return { ...goal, baseline: isSheetError(before) ? 0 : before };
}

/** The ready-made goals the seeds name: CAC down 15%, win rate up 5 points, revenue won up 10%. */
export function presetGoal(kind: 'cac' | 'winRate' | 'revenue', deals: GoalDeals | null, rows: readonly (readonly CellValue[])[] | undefined): GoalAnswer {
  const dates = thisYearOf(rows, deals);
  if (kind === 'cac') return { name: t('Reduce CAC 15%'), measure: 'typed', owner: '', baseline: 200, change: -0.15, kind: 'percent', ...dates, actual: null };
  if (kind === 'winRate')
    return kpiGoal(deals, rows, { name: t('Win rate +5 points'), measure: 'winRate', owner: '', change: 0.05, kind: 'points', ...dates, actual: null });
  return kpiGoal(deals, rows, { name: t('Revenue won +10%'), measure: 'revenueWon', owner: '', change: 0.1, kind: 'percent', ...dates, actual: null });
}

/**
 * A goal to fill in, over the same year as the ready-made ones: the latest deal's year when the
 * deals are read, else this year.
 *
 * @example
 * blankGoal(deals, sampleRows) //=> { name: '', measure: 'typed', …, start: 2017-01-01, deadline: 2017-12-31 } (as serials)
 */
export function blankGoal(deals: GoalDeals | null, rows: readonly (readonly CellValue[])[] | undefined): GoalAnswer {
  return { name: '', measure: 'typed', owner: '', baseline: 0, change: 0.1, kind: 'percent', ...thisYearOf(rows, deals), actual: null };
}

/** The year of the latest deal closed (sample and exported data are not from today), else this year. */
function thisYearOf(rows: readonly (readonly CellValue[])[] | undefined, deals: GoalDeals | null): { start: number; deadline: number } {
  const date = deals?.dateField ? deals.fields.indexOf(deals.dateField) : -1;
  const dates = date < 0 || !rows ? [] : rows.map((r) => r[date]).filter((v): v is number => typeof v === 'number');
  if (dates.length === 0) return thisYear();
  const latest = dates.reduce((a, b) => Math.max(a, b));
  return thisYear(new Date(Date.UTC(1899, 11, 30) + latest * 86_400_000));
}

function checkDeals({ answers: a }: GoalsState): Record<string, string> {
  const d = a.deals;
  if (!d) return {};
  const found = fieldErrors();
  if (!d.fields.includes(d.outcomeField)) found.put('outcomeField', t('Choose the field that says Won / Lost.'));
  if (!d.fields.includes(d.amountField)) found.put('amountField', t('Choose the field with the amounts.'));
  if (d.dateField !== '' && !d.fields.includes(d.dateField)) found.put('dateField', t('Choose the field with the close dates, or none.'));
  return found.errors;
}

function checkGoals({ answers: a }: GoalsState): Record<string, string> {
  if (a.goals.length === 0) return { goals: t('Add at least one goal (or a ready-made one).') };
  if (a.goals.length > MAX_GOALS) return { goals: tooMany(MAX_GOALS, a.goals.length) };
  const ruled = brokenAnswers(GOALS_FIELDS, 1, a, t);
  if (Object.keys(ruled).length > 0) return ruled;
  const bad = a.goals.findIndex((g) => g.name.trim() === '' || !Number.isFinite(g.baseline) || !Number.isFinite(g.change));
  if (bad >= 0) return { goals: t('Goal {value} needs a name, a baseline and a change.', { value: bad + 1 }) };
  const dates = a.goals.findIndex((g) => g.deadline <= g.start);
  if (dates >= 0) return { goals: t('Goal {value}: the deadline must come after the start.', { value: dates + 1 }) };
  // A typed "now" that is not a number would reach the sheet as NaN: blank (not known yet) or a number.
  const now = a.goals.findIndex((g) => g.actual !== null && !Number.isFinite(g.actual));
  if (now >= 0) return { goals: t('Goal {value}: where it is now is a number, or blank while not known.', { value: now + 1 }) };
  const noWay = a.goals.findIndex((g) => g.change === 0);
  if (noWay >= 0) return { goals: t('Goal {value}: a change of 0 leaves no way to go.', { value: noWay + 1 }) };
  const kpi = a.goals.findIndex((g) => g.measure !== 'typed' && !a.deals);
  return kpi >= 0 ? { goals: t('Goal {value} reads the deals: select them at step 1, or type its measure.', { value: kpi + 1 }) } : {};
}

function checkPacing({ answers: a }: GoalsState): Record<string, string> {
  const ruled = brokenAnswers(GOALS_FIELDS, 2, a, t);
  if (Object.keys(ruled).length > 0) return ruled;
  return a.amberFrom > a.greenFrom ? { cutOffs: t('Amber must start at or below green.') } : {};
}

/** The goals wizard's steps: each title and the check it must pass before the next. */
export const GOALS_STEPS: readonly ModelStep<GoalsState>[] = [
  { title: msg('The deals'), check: checkDeals },
  { title: msg('The goals'), check: checkGoals },
  { title: msg('Pacing'), check: checkPacing },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(GOALS_STEPS);

const GOAL = shaped({
  name: text,
  measure: oneOf(GOAL_MEASURES),
  owner: text,
  baseline: finite,
  change: finite,
  kind: oneOf(GOAL_KINDS),
  start: finite,
  deadline: finite,
  actual: orNull(finite),
});
const STATE = shaped({
  step: (v: unknown) => stepOf(GOALS_STEPS.length)(v),
  answers: shaped({
    ...declaredNumbers(GOALS_FIELDS),
    deals: orNull(shaped({ sheet: text, range: text, fields: listOf(text, MAX_FIELDS), outcomeField: text, amountField: text, dateField: text })),
    goals: listOf(GOAL, MAX_GOALS),
  }),
});

/** The state restored from the document, checked as untrusted input, each step before the saved one validated. */
export function restoreState(saved: unknown): { state: GoalsState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}
