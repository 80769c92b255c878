import { a1, rangeA1 } from '../../kit/sheet/a1';
import { Plan, PlanFormat } from '../../kit/sheet/plan';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { fieldColumn } from '../../kit/sheet/userTable';
import { answerInput } from '../../kit/answers/answerField';
import { formulaString, sayInFormula } from '../../kit/sheet/formulaText';
import { Language } from '../../kit/i18n/languages';
import { translator } from '../../kit/i18n/translate';
import { msg } from '../../kit/i18n/msg';
import { GOALS_FIELDS, GoalAnswer, GoalMeasure, GoalsAnswers, KIND_NAMES, MAX_GOALS, MEASURE_NAMES } from './goalsAnswers';
import { GoalKind } from '../../functions/goals/goals';

/** Where the Goals sheet's cells are (zero-based rows; columns of each goal's row). */
export const GOALS_LAYOUT = {
  check: 2,
  asOf: 4,
  amberFrom: 5,
  greenFrom: 6,
  header: 9,
  firstGoal: 10,
  // What a manager reads first (the goal, its status and progress), then what makes it, then its inputs.
  columns: {
    name: 0,
    status: 1,
    progress: 2,
    timeGone: 3,
    pacing: 4,
    actual: 5,
    target: 6,
    baseline: 7,
    change: 8,
    kind: 9,
    start: 10,
    deadline: 11,
    owner: 12,
    measure: 13,
    direction: 14,
  },
} as const;

const C = GOALS_LAYOUT.columns;

/** Each column's header (an English catalogue key). */
const HEADERS: Readonly<Record<keyof typeof C, string>> = {
  name: msg('Goal'),
  status: msg('Status'),
  progress: msg('Progress'),
  timeGone: msg('Time gone'),
  pacing: msg('Pacing'),
  actual: msg('Actual'),
  target: msg('Target'),
  baseline: msg('Baseline'),
  change: msg('Change'),
  kind: msg('Change is'),
  start: msg('Start'),
  deadline: msg('Deadline'),
  owner: msg('Owner'),
  measure: msg('Measure'),
  direction: msg('Direction'),
};

/** How a measure's numbers read: a rate as a percentage, money as money, a count whole. */
const MEASURE_FORMATS: Readonly<Record<GoalMeasure, PlanFormat>> = {
  typed: 'decimal',
  winRate: 'percent',
  revenueWon: 'money',
  dealsWon: 'integer',
  averageDeal: 'money',
};

/**
 * A KPI of the deals closed in the goal's dates, in native formulas over the user's table (COUNTIFS
 * and SUMIFS: "Won" and "Lost" in any case), as core's dealsKpi computes it.
 */
function kpiFormula(answers: GoalsAnswers, measure: Exclude<GoalMeasure, 'typed'>, row: number): string {
  const deals = answers.deals!;
  const column = fieldColumn(deals.sheet, deals.range, deals.fields, 'deals');
  const dates = deals.dateField ? `,${column(deals.dateField)},">="&${a1(row, C.start)},${column(deals.dateField)},"<="&${a1(row, C.deadline)}` : '';
  const outcome = column(deals.outcomeField);
  const won = `COUNTIFS(${outcome},"Won"${dates})`;
  const revenue = `SUMIFS(${column(deals.amountField)},${outcome},"Won"${dates})`;
  const formulas = {
    winRate: `=${won}/(${won}+COUNTIFS(${outcome},"Lost"${dates}))`,
    revenueWon: `=${revenue}`,
    dealsWon: `=${won}`,
    averageDeal: `=${revenue}/${won}`,
  };
  return formulas[measure];
}

/** One goal's row: its inputs (yellow), and target, direction, time gone, progress, pacing and status in native formulas. */
/** The goals whose status a Scenarios sheet compares: the first ten, as a manager reads them side by side. */
const MAX_KEY_GOALS = 10;

function placeGoal(sheet: SheetBuilder, answers: GoalsAnswers, goal: GoalAnswer, row: number): void {
  const { t } = sheet;
  const L = GOALS_LAYOUT;
  const cell = (col: number) => a1(row, col);
  const said = (word: string) => formulaString(t(word));
  const format = MEASURE_FORMATS[goal.measure];
  sheet.text(row, C.name, goal.name);
  sheet.text(row, C.measure, t(MEASURE_NAMES[goal.measure]));
  if (goal.owner) sheet.text(row, C.owner, goal.owner);
  sheet.number(row, C.baseline, goal.baseline);
  sheet.number(row, C.change, goal.change);
  sheet.format(cell(C.change), goal.kind === 'percent' || format === 'percent' ? 'percent' : format);
  sheet.text(row, C.kind, t(KIND_NAMES[goal.kind]));
  sheet.number(row, C.start, goal.start);
  sheet.number(row, C.deadline, goal.deadline);
  if (goal.measure === 'typed') {
    if (goal.actual !== null) sheet.number(row, C.actual, goal.actual);
  } else sheet.formula(row, C.actual, kpiFormula(answers, goal.measure, row));
  sheet.format(rangeA1(row, C.actual, row, C.baseline), format);
  // GOALTARGET: percent of the baseline, or points added to it (the kind read in the plan's words or English).
  const kind = `LOWER(TRIM(${cell(C.kind)}))`;
  const is = (word: GoalKind) => `OR(${kind}=LOWER(${said(KIND_NAMES[word])}),${kind}="${word}")`;
  sheet.formula(
    row,
    C.target,
    `=IF(${is('points')},${cell(C.baseline)}+${cell(C.change)},IF(${is('percent')},${cell(C.baseline)}*(1+${cell(C.change)}),NA()))`,
  );
  sheet.formula(row, C.direction, `=IF(${cell(C.target)}<${cell(C.baseline)},${said(msg('Lower is better'))},${said(msg('Higher is better'))})`);
  const [start, deadline] = [cell(C.start), cell(C.deadline)];
  sheet.formula(row, C.timeGone, `=IF(${deadline}<=${start},NA(),MIN(1,MAX(0,(${absolute(L.asOf, 1)}-${start})/(${deadline}-${start}))))`);
  // GOALPROGRESS; blank while a typed actual is not known.
  sheet.formula(row, C.progress, `=IF(${cell(C.actual)}="","",(${cell(C.actual)}-${cell(C.baseline)})/(${cell(C.target)}-${cell(C.baseline)}))`);
  sheet.formula(row, C.pacing, `=IF(${cell(C.progress)}="","",${cell(C.progress)}-${cell(C.timeGone)})`);
  // RAG of progress against the time gone: RAG(progress, 100%, time gone, 1, amber, green).
  const pace = `ROUND(${cell(C.progress)}/${cell(C.timeGone)},9)`;
  const [amber, green] = [absolute(L.amberFrom, 1), absolute(L.greenFrom, 1)];
  sheet.formula(
    row,
    C.status,
    `=IF(${cell(C.progress)}="","",IF(${cell(C.timeGone)}<=0,${said(msg('Not started'))},IF(${pace}>=${green},${said('Green')},IF(${pace}>=${amber},${said('Amber')},${said('Red')}))))`,
  );
}

/** The check in A3: amber above green, a change that is neither percent nor points, a deadline not after its start, a goal with no way to go. */
function placeCheck(sheet: SheetBuilder, last: number): void {
  const { t } = sheet;
  const L = GOALS_LAYOUT;
  const column = (col: number) => `${absolute(L.firstGoal, col)}:${absolute(last, col)}`;
  const firstGoal = (array: string) => `SUMPRODUCT(MATCH(1,${array},0))`;
  const goalName = (array: string) => `INDEX(${column(C.name)},${firstGoal(array)})`;
  const badKind = `--ISNA(${column(C.target)})`;
  const badDates = `--(${column(C.deadline)}<=${column(C.start)})`;
  const noWay = `--(${column(C.target)}=${column(C.baseline)})`;
  sheet.check(
    L.check,
    [
      [`${absolute(L.amberFrom, 1)}>${absolute(L.greenFrom, 1)}`, sayInFormula(t('⚠ Amber starts above green: make Amber from at most Green from.'))],
      [`SUMPRODUCT(${badKind})>0`, sayInFormula(t('⚠ {goal}: the change is percent or points.'), { goal: goalName(badKind) })],
      [`SUMPRODUCT(${badDates})>0`, sayInFormula(t('⚠ {goal}: the deadline is not after the start.'), { goal: goalName(badDates) })],
      [`SUMPRODUCT(${noWay})>0`, sayInFormula(t('⚠ {goal}: the target equals the baseline, so there is no way to go.'), { goal: goalName(noWay) })],
    ],
    sayInFormula(t('✓ Every goal has a target, dates in order and a way to go.')),
  );
}

/**
 * The Goals sheet: each goal on any measure (a KPI of the deals table, or a number typed or linked),
 * with its baseline, change (percent or points, said on the sheet), dates and owner as inputs; its
 * target, direction, time gone, progress, pacing and status in native formulas (GOALTARGET,
 * GOALPROGRESS, RAG of progress against time gone), live; a chart of progress by goal; a check.
 *
 * @example
 * buildGoals({ deals: null, goals: [{ name: 'Reduce CAC', measure: 'typed', owner: 'Ana', baseline: 200, change: -0.15, kind: 'percent', start: 46023, deadline: 46203, actual: 190 }], asOf: 46113, amberFrom: 0.95, greenFrom: 1 })
 */
export function buildGoals(answers: GoalsAnswers, language: Language = 'en'): Plan {
  if (answers.goals.length === 0) throw new Error('a Goals sheet needs at least one goal');
  if (answers.goals.length > MAX_GOALS) throw new Error(`a Goals sheet takes up to ${MAX_GOALS} goals`);
  const t = translator(language);
  const sheet = new SheetBuilder(t('Goals'), t);
  const L = GOALS_LAYOUT;
  sheet.text(0, 0, t('Goals: progress from each baseline, against the time gone'));
  sheet.style('A1', 'title');
  sheet.note(1, t('The yellow cells are yours: change a baseline, a change, a date or a typed actual and each goal follows.'));
  const declared = (name: keyof typeof GOALS_FIELDS) => answerInput(GOALS_FIELDS[name], t);
  sheet.input(L.asOf, t('As of'), answers.asOf, { ...declared('asOf'), name: 'GoalsAsOf' });
  sheet.input(L.amberFrom, t('Amber from (share of the pace)'), answers.amberFrom, declared('amberFrom'));
  sheet.input(L.greenFrom, t('Green from (share of the pace)'), answers.greenFrom, declared('greenFrom'));
  sheet.section(L.header - 1, t('Goals: a goal to reduce (CAC, churn) has a target below its baseline and reads the same way'));
  const headers = Object.entries(HEADERS).sort(([x], [y]) => C[x as keyof typeof C] - C[y as keyof typeof C]);
  sheet.header(
    L.header,
    0,
    headers.map(([, label]) => t(label)),
  );
  answers.goals.forEach((goal, i) => placeGoal(sheet, answers, goal, L.firstGoal + i));
  sheet.keyOutputs(
    ...answers.goals.slice(0, MAX_KEY_GOALS).map((goal, i) => ({ ref: a1(L.firstGoal + i, C.status), label: `${goal.name}: ${t(HEADERS.status)}` })),
  );
  const last = L.firstGoal + answers.goals.length - 1;
  const span = (from: number, to: number) => rangeA1(L.firstGoal, from, last, to);
  for (const col of [C.name, C.owner, C.baseline, C.change, C.kind, C.start, C.deadline]) sheet.style(span(col, col), 'input');
  answers.goals.forEach((goal, i) => goal.measure === 'typed' && sheet.style(a1(L.firstGoal + i, C.actual), 'input'));
  sheet.format(span(C.start, C.deadline), 'date');
  sheet.validate(span(C.deadline, C.deadline), answerInput(GOALS_FIELDS.deadline, t).rule!);
  sheet.validate(span(C.start, C.start), answerInput(GOALS_FIELDS.start, t).rule!);
  sheet.format(span(C.progress, C.pacing), 'percent');
  for (const [status, look] of [
    ['Red', 'bad'],
    ['Amber', 'warn'],
  ] as const)
    sheet.highlight(span(C.status, C.status), { equals: t(status) }, look);
  placeCheck(sheet, last);
  // Under the goals, where a manager reading them down finds it.
  sheet.chart({
    kind: 'bar',
    title: t('Progress by goal'),
    categories: span(C.name, C.name),
    values: span(C.progress, C.progress),
    valueFormat: 'percent',
    anchor: a1(last + 2, 0),
  });
  sheet.layout([200, 90, 80, 80, 80, 90, 90, 90, 80, 80, 90, 90, 90, 130, 110], { rows: L.firstGoal, columns: 1 });
  return { sheets: [sheet.build()] };
}
