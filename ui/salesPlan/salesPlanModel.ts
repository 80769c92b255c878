import { CellValue, isSheetError } from '../../core/kit/cells';
import { Month, monthOf } from '../wizard/historyMonths';
import {
  computeSalesPlan,
  SalesPlanNumbers,
  MAX_CHILDREN,
  SALES_PLAN_FIELDS,
  SalesPlanAnswers,
  defaultAnswers,
  planPeriod,
  saidIn,
  MAX_SUB_ITEMS,
  SubLevelItem,
  parentOf,
  subLevelTargets,
} from '../../core/plans/salesPlan';
import { brokenAnswers } from '../../core/kit/answers';
import { holtWinters, seasonalShares, LARGEST_SERIES } from '../../core/functions/targets';
import { finite, listOf, restoreSaved, shaped, stepOf, text, tooMany, declaredNumbers } from '../wizard/savedState';
import { ModelStep, checkAtStep, fieldErrors } from '../wizard/modelSteps';
import { t, msg, reasonOf } from '../i18n';
import { lineOf, namedLines, partNumber } from '../wizard/namedLines';

/** Where the annual baseline comes from. */
export type BaselineSource = 'forecast' | 'last12' | 'typed' | 'market';

/** The wizard's state: the plan's answers plus what the manager chose on the way. Plain JSON. */
export interface SalesPlanState {
  readonly step: number;
  readonly answers: SalesPlanAnswers;
  /** Monthly history read from the sheet (oldest first), when the manager selected one. */
  readonly history?: readonly number[];
  readonly historyAddress?: string;
  /** The month the history runs to, when its months were labelled. */
  readonly historyThrough?: MonthlyHistory['through'];
  readonly baselineSource: BaselineSource;
  readonly seasonalityFromHistory: boolean;
  /** A month-on-month growth path that shapes the months (+2% a month: 0.02), or null for none. */
  readonly monthlyGrowth?: number | null;
}

/** The state a new wizard starts from: next year, sensible defaults. */
export function initialState(today = new Date()): SalesPlanState {
  return { step: 0, answers: defaultAnswers(today.getFullYear() + 1), baselineSource: 'typed', seasonalityFromHistory: false };
}

/** What each saved answer must be: restored answers come from a document others may have edited. */
const ANSWERS_SHAPE = shaped({
  ...declaredNumbers(SALES_PLAN_FIELDS),
  measure: text,
  owner: text,
  monthShares: listOf(finite, 12),
  childLabel: text,
  children: listOf(shaped({ name: text, driver: finite, lock: (v) => v === null || finite(v) }), MAX_CHILDREN),
  newReps: listOf(shaped({ name: text, startMonth: finite }), MAX_CHILDREN),
  ramp: (v) => listOf(finite, 3)(v) && (v as unknown[]).length === 3,
  market: (v) => v === undefined || shaped({ size: finite, share: finite })(v),
  holidays: (v) => v === undefined || listOf(finite, 366)(v),
  subLevel: (v) =>
    v === undefined ||
    shaped({ label: text, items: listOf(shaped({ parent: text, name: text, driver: finite, lock: (x) => x === null || finite(x) }), MAX_SUB_ITEMS) })(v),
});
const STATE_SHAPE = shaped({
  step: (v: unknown) => stepOf(SALES_PLAN_STEPS.length)(v),
  answers: ANSWERS_SHAPE,
  history: (v) => v === undefined || listOf(finite, LARGEST_SERIES)(v),
  historyAddress: (v) => v === undefined || text(v),
  historyThrough: (v) => v === undefined || shaped({ year: finite, month: finite })(v),
  baselineSource: (v) => v === 'forecast' || v === 'last12' || v === 'typed' || v === 'market',
  seasonalityFromHistory: (v) => typeof v === 'boolean',
  monthlyGrowth: (v) => v === undefined || v === null || finite(v),
});

/**
 * The wizard's state restored from a saved setting, validated against its type and then step by
 * step: a saved baseline of `=HYPERLINK(…)` or answers that no longer pass a step never reach the
 * Review. Answers saved by an older version are completed with the defaults first. Anything that
 * fails opens the wizard at step 1, with a message saying why.
 *
 * @example
 * restoreState('{"step":3,"answers":{"baseline":"=HYPERLINK(\"x\")"}}').message //=> 'Your saved answers could not be used…'
 */
export function restoreState(saved: unknown, fresh: SalesPlanState = initialState()): { state: SalesPlanState; message?: string } {
  const completed = (parsed: unknown) => {
    const p = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<SalesPlanState>;
    return { ...fresh, ...p, answers: { ...fresh.answers, ...(typeof p.answers === 'object' ? p.answers : {}) } };
  };
  return restoreSaved(saved, fresh, STATE_SHAPE, validateStep, completed);
}

/** Monthly history read from a selection, and the month it runs to when the selection labels its months. */
export interface MonthlyHistory {
  readonly values: number[];
  /** The last month (its year and 1…12), when a column of months such as 2017-12 stands beside the values. */
  readonly through?: Month;
}

const monthIndex = ({ year, month }: Month) => year * 12 + month;

/**
 * A selection of months (first column) beside their values (last column), a header row allowed:
 * the values and the last month. The months must follow each other, one a row, which also tells a
 * column of dates from a column of amounts.
 */
function labelledMonths(values: readonly (readonly unknown[])[]): { cells: unknown[]; through: Month } | undefined {
  if ((values[0]?.length ?? 0) < 2) return undefined;
  const rows = monthOf(values[0][0]) ? values : values.slice(1);
  const months = rows.map((row) => monthOf(row[0]));
  const last = months[months.length - 1];
  const consecutive = months.every((m, i) => m !== undefined && (i === 0 || monthIndex(m) === monthIndex(months[i - 1]!) + 1));
  return last && consecutive ? { cells: rows.map((row) => row[row.length - 1]), through: last } : undefined;
}

/**
 * The numbers of a history selection: numbers and numeric text, blanks as 0; anything else refused.
 * A column of month labels beside the values (2017-12, as the Revenue history sheet has them) is
 * read as the months they are, and says which month the history runs to.
 *
 * @example
 * historyFromSelection([['Month', 'Revenue'], ['2017-11', 90], ['2017-12', 120], …]) //=> { values: [90, 120, …], through: { year: 2017, month: 12 } }
 */
export function historyFromSelection(values: readonly (readonly unknown[])[]): MonthlyHistory | string {
  const labelled = labelledMonths(values);
  const numbers: number[] = [];
  for (const cell of labelled ? labelled.cells : values.flat()) {
    if (cell === null || cell === '' || cell === undefined) numbers.push(0);
    else if (typeof cell === 'number' && Number.isFinite(cell)) numbers.push(cell);
    else if (typeof cell === 'string' && cell.trim() !== '' && Number.isFinite(Number(cell))) numbers.push(Number(cell));
    else return t('The selection holds "{String}": select monthly numbers only (oldest first).', { String: String(cell) });
  }
  if (numbers.length < 12) return t('Select at least 12 months of history; the selection has {length}.', { length: numbers.length });
  if (numbers.length > LARGEST_SERIES) return tooMany(LARGEST_SERIES, numbers.length);
  if (numbers.some((n) => n < 0)) return t('History cannot hold negative months.');
  return labelled ? { values: numbers, through: labelled.through } : { values: numbers };
}

/** Positions (0 = January) of the period's months in a calendar year. */
function periodPositions(state: SalesPlanState): number[] {
  const { start, months } = planPeriod(state.answers);
  return Array.from({ length: months }, (_, m) => start - 1 + m);
}

/**
 * The period's baseline the chosen source gives, or why it cannot. History is taken to end in the
 * December before the plan year, so the forecast's first month is the plan year's January.
 */
export function baselineFrom(state: SalesPlanState): number | string {
  const { history, baselineSource, answers } = state;
  if (baselineSource === 'typed' || baselineSource === 'market') return answers.baseline;
  if (!history) return t('Select the monthly history in the sheet first.');
  const positions = periodPositions(state);
  if (baselineSource === 'last12') {
    const lastYear = history.slice(-12);
    return positions.reduce((sum, p) => sum + (lastYear[p % 12] ?? 0), 0);
  }
  const fit = holtWinters(history, 12, Math.max(...positions) + 1);
  return isSheetError(fit) ? reasonOf(fit) : positions.reduce((sum, p) => sum + fit.forecast[p], 0);
}

/** The steepest month-on-month growth path the wizard takes, either way: −50% to +100% a month. */
export const MONTHLY_GROWTH_BOUNDS = { min: -0.5, max: 1 } as const;

/** Whether a growth path shapes the months: a number within its bounds. */
const growthPath = (g: number | null | undefined): g is number => typeof g === 'number' && g >= MONTHLY_GROWTH_BOUNDS.min && g <= MONTHLY_GROWTH_BOUNDS.max;

/**
 * The period's month shares (adding up to 1): from the history's seasonality when asked, else flat;
 * then shaped by a month-on-month growth path when one is given (each month (1 + g) times the one
 * before it, on top of the seasonality).
 *
 * @example
 * monthSharesFor({ ...state, monthlyGrowth: 0.02 })[1] / monthSharesFor({ ...state, monthlyGrowth: 0.02 })[0] //=> 1.02
 */
export function monthSharesFor(state: SalesPlanState): number[] {
  let yearShares = Array.from({ length: 12 }, () => 1 / 12);
  if (state.seasonalityFromHistory && state.history) {
    const trimmed = state.history.slice(state.history.length - Math.floor(state.history.length / 12) * 12);
    const shares = seasonalShares(trimmed, 12);
    if (Array.isArray(shares)) yearShares = shares;
  }
  const g = state.monthlyGrowth;
  const picked = periodPositions(state).map((p, i) => yearShares[p % 12] * (growthPath(g) ? (1 + g) ** i : 1));
  const total = picked.reduce((a, b) => a + b, 0);
  return total > 0 ? picked.map((s) => s / total) : picked.map(() => 1 / picked.length);
}

/** The goal: a year, a period within it (declared answers), an owner and a measure. */
function checkGoal({ answers: a }: SalesPlanState): Record<string, string> {
  const found = fieldErrors();
  found.put('owner', a.owner.trim() ? undefined : t('Say who owns the goal (a team or a person).'));
  found.put('measure', a.measure.trim() ? undefined : t('Choose what the goal measures.'));
  return { ...found.errors, ...brokenAnswers(SALES_PLAN_FIELDS, 0, a, t) };
}

/** The baseline (typed, or from the history) and the growth on it, by their declared rules. */
function checkBaseline(state: SalesPlanState): Record<string, string> {
  const baseline = baselineFrom(state);
  if (typeof baseline === 'string') return { ...brokenAnswers(SALES_PLAN_FIELDS, 1, { ...state.answers, baseline: 1 }, t), baseline };
  return brokenAnswers(SALES_PLAN_FIELDS, 1, { ...state.answers, baseline }, t);
}

/**
 * The rows a selection of names gives, each with the driver beside it (1 where there is none). A first
 * row whose driver cell holds text above rows of numbers is their header ("Region", "Revenue 2017"),
 * not a row: selecting a table from its header, as Ctrl+Shift+End from its corner does, made a
 * region called "Region".
 *
 * @example
 * childrenOf([['Region', 'Revenue'], ['West', 250128]]) //=> [{ name: 'West', driver: 250128, lock: null }]
 */
export function childrenOf(values: readonly (readonly CellValue[])[]): SalesPlanAnswers['children'] {
  const named = values.filter((row) => row[0] !== null && row[0] !== '' && row[0] !== undefined);
  const headed = typeof named[0]?.[1] === 'string' && named.slice(1).some((row) => typeof row[1] === 'number');
  return (headed ? named.slice(1) : named).map((row) => ({
    name: String(row[0]),
    driver: typeof row[1] === 'number' && isAmount(row[1]) ? row[1] : 1,
    lock: null,
  }));
}

/** An amount a driver or lock may be: a finite number of 0 or more (a field typed 1e999 hands over Infinity). */
const isAmount = (v: number) => Number.isFinite(v) && v >= 0;

/** What is wrong with the children's rows: none, too many, unnamed, twice named, negative. */
function childrenProblem(a: SalesPlanAnswers): string | undefined {
  if (a.children.length === 0) return t('Add at least one {value}.', { value: saidIn(t, a.childLabel).toLowerCase() });
  if (a.children.length > MAX_CHILDREN) return tooMany(MAX_CHILDREN, a.children.length);
  if (a.children.some((c) => c.lock !== null && !isAmount(c.lock))) return t('Locked values must be numbers of at least 0.');
  if (a.children.some((c) => !isAmount(c.driver))) return t('Drivers must be numbers of at least 0.');
  const names = a.children.map((c) => c.name.trim().toLowerCase());
  if (names.some((n) => !n)) return t('Every row needs a name.');
  return new Set(names).size !== names.length ? t('Two rows have the same name.') : undefined;
}

/** What is wrong with the second level's items: too many, unnamed, not under a child, negative, or a group core cannot split. */
function subLevelProblem(a: SalesPlanAnswers): string | undefined {
  const items = a.subLevel?.items ?? [];
  if (items.length > MAX_SUB_ITEMS) return tooMany(MAX_SUB_ITEMS, items.length);
  if (items.some((i) => !i.name.trim())) return t('Give each item a name, as "Ana Souza: Chairs, 3".');
  const stray = items.find((i) => parentOf(a, i.parent) < 0);
  if (stray) return t('{name} is under {parent}, which is not one of the rows above.', { name: stray.name, parent: stray.parent });
  if (items.some((i) => !isAmount(i.driver) || (i.lock !== null && !isAmount(i.lock))))
    return t('Drivers and locks are amounts of 0 or more (leave a lock blank to share).');
  const numbers = computeSalesPlan(a, t);
  if (isSheetError(numbers)) return undefined;
  const targets = subLevelTargets(a, numbers.annual);
  return isSheetError(targets) ? sentence(reasonOf(targets)) : undefined;
}

/**
 * The second level typed a line each, "Child: item, driver, lock" (the driver 1 and no lock when left
 * out; a lock that is not a number kept as NaN, for the step's check to say so).
 *
 * @example
 * parseSubLevel('Ana Souza: Chairs, 3\nAna Souza: Phones, 2, 100000') //=> [{ parent: 'Ana Souza', name: 'Chairs', driver: 3, lock: null }, …]
 */
export function parseSubLevel(typed: string): SubLevelItem[] {
  return namedLines(typed).map(({ name, parts }) => {
    // A line without a colon is an item under no row: the step's check says so.
    const [item = '', driver = '', lock = ''] = parts.length > 0 ? parts : [name];
    return { parent: parts.length > 0 ? name : '', name: item, driver: driver === '' ? 1 : partNumber(driver), lock: lock === '' ? null : partNumber(lock) };
  });
}

/** The second level as its box shows it, a line each (what {@link parseSubLevel} reads back). */
export const subLevelAsText = (items: readonly SubLevelItem[]): string =>
  items.map((i) => lineOf(i.parent, i.lock === null ? [i.name, i.driver] : [i.name, i.driver, i.lock])).join('\n');

/** The breakdown: the children, the rounding, capacity and the new reps; then whether core can split the target. */
function checkBreakdown(state: SalesPlanState): Record<string, string> {
  const a = state.answers;
  const found = fieldErrors();
  found.put('children', childrenProblem(a));
  if (a.newReps.length > MAX_CHILDREN) found.put('newReps', tooMany(MAX_CHILDREN, a.newReps.length));
  if (a.newReps.some((r) => !r.name.trim())) found.put('newReps', t('Give each new rep a name, as "Ines: 4".'));
  for (const [field, message] of Object.entries(brokenAnswers(SALES_PLAN_FIELDS, 2, a, t))) found.put(field, message);
  const g = state.monthlyGrowth;
  if (g !== undefined && g !== null && !growthPath(g)) found.put('monthlyGrowth', t('Growth a month: from -50% to +100%, or blank for none.'));
  const { errors } = found;
  if (errors.children || errors.roundTo || errors.attainment) return errors;
  const numbers = computeSalesPlan(a, t);
  if (isSheetError(numbers))
    found.put(
      'children',
      numbers.kind === 'DIV0' ? t('Every driver is 0, so there is nothing to share by: give drivers, or press “Split evenly”.') : sentence(reasonOf(numbers)),
    );
  else found.put('subLevel', subLevelProblem(a));
  return errors;
}

/** The sales plan's steps: each title and the check it must pass before the next. */
export const SALES_PLAN_STEPS: readonly ModelStep<SalesPlanState>[] = [
  { title: msg('The goal'), check: checkGoal },
  { title: msg('The baseline'), check: checkBaseline },
  { title: msg('The breakdown'), check: checkBreakdown },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(SALES_PLAN_STEPS);

/** A message from core as a sentence: a capital first, a full stop last. */
function sentence(message: string): string {
  const text = message.replace(/^./, (c) => c.toUpperCase());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The plan's numbers for the review step, or why there are none (the review then offers no Build). */
export function reviewNumbers(state: SalesPlanState): SalesPlanNumbers | string {
  for (let step = 0; step < 3; step += 1) {
    const first = Object.values(validateStep({ ...state, step }))[0];
    if (first) return first;
  }
  const numbers = computeSalesPlan(state.answers, t);
  return isSheetError(numbers) ? sentence(reasonOf(numbers)) : numbers;
}
