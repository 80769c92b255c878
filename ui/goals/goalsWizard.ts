import { CellValue, isSheetError } from '../../core/kit/cells';
import { GOAL_KINDS, GoalKind } from '../../core/functions/goals';
import { GOAL_MEASURES, GoalAnswer, GoalMeasure, KIND_NAMES, MEASURE_NAMES, buildGoals, goalNumbers } from '../../core/plans/goals';
import { h } from '../dom';
import { button, dateInput, errorLine, factsList, field, fieldPicker, numberInput, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { decimalOf, percentOf } from '../numbers';
import { selectedTable } from '../wizard/selectedTable';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import { GOALS_STEPS, GoalsState, baselineScale, blankGoal, changeScale, kpiGoal, presetGoal, restoreState, validateStep } from './goalsModel';
import { t, uiLanguage } from '../i18n';

type Ctx = StepContext<GoalsState>;

/** The deals as read in this pane (kept by their address), without their header row. */
const dealsRead = (ctx: Ctx) => {
  const d = ctx.state.answers.deals;
  return d ? ctx.keptTable(`${d.sheet}!${d.range}`)?.slice(1) : undefined;
};

async function dealsFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('deals');
  if (!selection) return;
  const table = selectedTable(selection, t('the deals'));
  if (typeof table === 'string') return ctx.redraw({ deals: table });
  ctx.keepTable(`${table.sheet}!${table.range}`, table.values);
  const find = (pattern: RegExp) => table.fields.find((f) => pattern.test(f)) ?? '';
  const deals = {
    sheet: table.sheet,
    range: table.range,
    fields: table.fields,
    outcomeField: find(/outcome|status|stage|result/i) || table.fields[0],
    amountField: find(/amount|value|revenue/i) || table.fields[0],
    dateField: find(/closed|close date|won on/i),
  };
  answer(ctx, { deals });
  ctx.redraw({});
}

function stepDeals(ctx: Ctx): (HTMLElement | null)[] {
  const d = ctx.state.answers.deals;
  const set = (change: object) => answer(ctx, { deals: { ...ctx.state.answers.deals!, ...change } });
  return [
    button(t('Use the selected cells as the deals'), () => void dealsFromSelection(ctx)),
    h(
      'p',
      { className: 'sp-hint' },
      d
        ? t('Deals read from {value}: win rate, revenue won, deals won and the average deal won are counted there, live.', { value: `${d.sheet}!${d.range}` })
        : t(
            'Goals on win rate, revenue or deals read a deals table; other goals (CAC, churn, hours) are typed. Select the deals and press the button, or press Next.',
          ),
    ),
    errorLine(ctx.errors, 'deals'),
    ...(d
      ? [
          field(
            t('Won / Lost in'),
            fieldPicker(d.outcomeField, d.fields, (v) => set({ outcomeField: v }), t('Outcome field')),
            'outcomeField',
            ctx.errors,
          ),
          field(
            t('Amount in'),
            fieldPicker(d.amountField, d.fields, (v) => set({ amountField: v }), t('Amount field')),
            'amountField',
            ctx.errors,
          ),
          field(
            t('Close date in'),
            fieldPicker(d.dateField, d.fields, (v) => set({ dateField: v }), t('Close date field'), { optional: true }),
            'dateField',
            ctx.errors,
            t('A goal counts the deals closed between its start and its deadline.'),
          ),
          button(t('Leave out the deals'), () => {
            answer(ctx, { deals: null });
            ctx.redraw({});
          }),
        ]
      : []),
  ];
}

/** One goal as a block of fields: name, measure, baseline, change and its kind, dates, owner, a typed actual, remove. */
function goalBlock(ctx: Ctx, goal: GoalAnswer, i: number): HTMLElement {
  const n = i + 1;
  const set = (change: Partial<GoalAnswer>) => answer(ctx, { goals: ctx.state.answers.goals.map((g, j) => (j === i ? { ...g, ...change } : g)) });
  const setAndRedraw = (change: Partial<GoalAnswer>) => {
    set(change);
    ctx.redraw({});
  };
  const measures = ctx.state.answers.deals ? GOAL_MEASURES : (['typed'] as const);
  const remove = button('✕', () => removeGoal(ctx, i), 'sp-link');
  remove.ariaLabel = t('Remove goal {value}', { value: n });
  const scale = changeScale(goal);
  const base = baselineScale(goal);
  return h(
    'fieldset',
    { className: 'sp-goal' },
    h('legend', {}, t('Goal {value}', { value: n }), ' ', remove),
    field(
      t('Goal'),
      textInput(goal.name, (v) => set({ name: v }), t('Name of goal {value}', { value: n })),
      `goal${i}`,
      {},
    ),
    field(
      t('Measure'),
      select<GoalMeasure>(
        goal.measure,
        measures,
        (measure) => setAndRedraw(kpiGoal(ctx.state.answers.deals, dealsRead(ctx), { ...goal, measure })),
        t('Measure of goal {value}', { value: n }),
        (m) => t(MEASURE_NAMES[m]),
      ),
      `measure${i}`,
      {},
    ),
    field(
      base === 100 ? t('Baseline (%)') : t('Baseline'),
      numberInput(goal.baseline * base, (v) => set({ baseline: v / base }), t('Baseline of goal {value}', { value: n })),
      `baseline${i}`,
      {},
    ),
    field(
      scale === 100 ? t('Change (%)') : t('Change'),
      numberInput(goal.change * scale, (v) => set({ change: v / scale }), t('Change of goal {value}', { value: n })),
      `change${i}`,
      {},
    ),
    field(
      t('Change is'),
      select<GoalKind>(
        goal.kind,
        GOAL_KINDS,
        (kind) => setAndRedraw({ kind }),
        t('Kind of goal {value}', { value: n }),
        (k) => t(KIND_NAMES[k]),
      ),
      `kind${i}`,
      {},
      t('Points are added to the baseline: +5 points on a 25% win rate make 30%; +5 percent make 26.25%.'),
    ),
    field(
      t('Start'),
      dateInput(goal.start, (v) => set({ start: v }), t('Start of goal {value}', { value: n })),
      `start${i}`,
      {},
    ),
    field(
      t('Deadline'),
      dateInput(goal.deadline, (v) => set({ deadline: v }), t('Deadline of goal {value}', { value: n })),
      `deadline${i}`,
      {},
    ),
    field(
      t('Owner'),
      textInput(goal.owner, (v) => set({ owner: v }), t('Owner of goal {value}', { value: n })),
      `owner${i}`,
      {},
    ),
    goal.measure === 'typed'
      ? field(
          t('Now (blank: not known yet)'),
          numberInput(goal.actual ?? Number.NaN, (v) => set({ actual: Number.isNaN(v) ? null : v }), t('Actual of goal {value}', { value: n })),
          `actual${i}`,
          {},
          t('On the sheet you can type it, or link it to the cell that works it out.'),
        )
      : null,
  );
}

function removeGoal(ctx: Ctx, i: number): void {
  answer(ctx, { goals: ctx.state.answers.goals.filter((_, j) => j !== i) });
  ctx.redraw({});
}

function stepGoals(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const add = (goal: GoalAnswer) => {
    answer(ctx, { goals: [...ctx.state.answers.goals, goal] });
    ctx.redraw({});
  };
  return [
    h(
      'div',
      { className: 'sp-row-buttons' },
      button(t('Add a goal'), () => add(blankGoal(a.deals, dealsRead(ctx)))),
      button(t('Reduce CAC 15%'), () => add(presetGoal('cac', a.deals, dealsRead(ctx)))),
      a.deals ? button(t('Win rate +5 points'), () => add(presetGoal('winRate', a.deals, dealsRead(ctx)))) : null,
      a.deals ? button(t('Revenue won +10%'), () => add(presetGoal('revenue', a.deals, dealsRead(ctx)))) : null,
    ),
    errorLine(ctx.errors, 'goals'),
    ...a.goals.map((goal, i) => goalBlock(ctx, goal, i)),
  ];
}

function stepPacing(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  return [
    field(
      t('Time gone counted to'),
      dateInput(a.asOf, (v) => answer(ctx, { asOf: v }), t('As of')),
      'asOf',
      ctx.errors,
      t('On the sheet you may type =TODAY() here.'),
    ),
    field(
      t('Amber from (% of the pace)'),
      numberInput(a.amberFrom * 100, (v) => answer(ctx, { amberFrom: v / 100 }), t('Amber from')),
      'cutOffs',
      ctx.errors,
    ),
    field(
      t('Green from (% of the pace)'),
      numberInput(a.greenFrom * 100, (v) => answer(ctx, { greenFrom: v / 100 }), t('Green from')),
      'cutOffs',
      ctx.errors,
      t('A goal is on pace when its progress is at least the share of its time gone: Green; a little behind: Amber; else Red.'),
    ),
  ];
}

/** A goal's standing in words, from core's numbers: its target, where it is, its progress and status. */
function goalFact(goal: GoalAnswer, ctx: Ctx, rows: readonly (readonly CellValue[])[] | undefined): [string, string] {
  const n = goalNumbers(goal, ctx.state.answers, rows ?? []);
  const shown = (v: number | unknown) => (typeof v === 'number' ? (goal.measure === 'winRate' ? percentOf(v) : decimalOf(v, 2)) : '—');
  const status = n.status === null ? t('not known yet') : isSheetError(n.status) ? '—' : t(n.status);
  return [goal.name, t('{target} by the deadline; now {actual}: {status}', { target: shown(n.target), actual: shown(n.actual), status })];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const rows = dealsRead(ctx);
  return [
    factsList(a.goals.map((goal) => goalFact(goal, ctx, rows))),
    buildButton(
      ctx,
      t('Build the goals sheet'),
      () => buildGoals(a, uiLanguage()),
      (names) => t('Built “{names}”. Type a new actual, a baseline or a date there: each goal follows.', { names }),
      t('the goals'),
    ),
    ctx.status,
  ];
}

/** The goals wizard: the deals (optional), the goals, pacing, review and Build. */
export const GOALS_WIZARD: WizardDefinition<GoalsState> = {
  settingsKey: 'goalsWizard',
  restore: restoreState,
  steps: [
    { title: GOALS_STEPS[0].title, render: stepDeals, validate: validateStep },
    { title: GOALS_STEPS[1].title, render: stepGoals, validate: validateStep },
    { title: GOALS_STEPS[2].title, render: stepPacing, validate: validateStep },
    { title: GOALS_STEPS[3].title, render: stepReview },
  ],
};

export function renderGoalsWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, GOALS_WIZARD);
}
