import { isSheetError, CellValue } from '../../core/kit/cells';
import { wholeAmount } from '../numbers';
import { curveReturn } from '../../core/functions/budget';
import { buildBudgetAllocation, ALLOCATION_METHODS, AllocationMethod, budgetWarnings, proposedAmounts } from '../../core/plans/budgetAllocation';
import { h } from '../dom';
import { button, errorLine, field, numberInput, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import {
  BOUND_MODES,
  BoundMode,
  BudgetAllocationState,
  METHOD_LABELS,
  BUDGET_STEPS,
  budgetForLines,
  checkPeriods,
  currentSpend,
  initialState,
  readLines,
  restoreState,
  validateStep,
  withBoundsAndMonths,
} from './budgetAllocationModel';
import { monthOf, yearAfter } from '../wizard/historyMonths';
import { t, uiLanguage, reasonOf } from '../i18n';

type Ctx = StepContext<BudgetAllocationState>;
const money = wholeAmount;

function stepBudget(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  return [
    field(
      t('Budget to share'),
      numberInput(a.budget, (v) => answer(ctx, { budget: v }), t('Budget')),
      'budget',
      ctx.errors,
      t('The lines spend {money} now, so the budget starts there; type another to grow or cut it.', { money: money(currentSpend(a.lines)) }),
    ),
    field(
      t('Period'),
      textInput(a.period, (v) => answer(ctx, { period: v }), t('Period')),
      'period',
      ctx.errors,
      t('As the sheet\'s title shows it: "2027", "H1 2027".'),
    ),
  ];
}

/** How many periods of the history one budget period covers: the lines' current spend and curves are read over them. */
function periodsField(ctx: Ctx): HTMLElement {
  return field(
    t('Periods of history in it'),
    numberInput(ctx.state.periods, (v) => ctx.update((s) => ({ ...s, periods: v })), t('Periods'), '1'),
    'periods',
    ctx.errors,
    t('12 when the history is monthly and the budget is for a year: curves fitted on a month are scaled to the year.'),
  );
}

/** The lines from the cells selected in the sheet: a history of spend and return, or a list of lines. */
async function linesFromSelection(ctx: Ctx): Promise<void> {
  const periods = checkPeriods(ctx.state);
  if (periods.periods) return ctx.redraw(periods);
  const selection = await ctx.readSelection('lines');
  if (!selection) return;
  const { sheet, address, values } = selection;
  const read = readLines(values as CellValue[][], ctx.state.periods);
  if (typeof read === 'string') return ctx.redraw({ lines: read });
  const source = `${sheet ?? t('the sheet')}!${address.replace(/\$/g, '')}`;
  const method = read.lines.every((l) => l.curve.beta > 0) ? ctx.state.answers.method : 'proportional';
  // A history up to a December budgets the year after it, unless a period was typed.
  const nextYear = yearAfter(monthOf(read.through));
  const period = nextYear && ctx.state.answers.period === initialState().answers.period ? String(nextYear) : ctx.state.answers.period;
  ctx.update((s) => ({
    ...s,
    source,
    historyMonths: read.months,
    monthsFrom: read.months.length > 0 ? 'history' : 'flat',
    historyThrough: read.through,
    answers: { ...s.answers, lines: read.lines, method, period, budget: budgetForLines(s.answers, read.lines) },
  }));
  ctx.redraw({});
}

/** What was read, and the period a history up to a December gives. */
function linesRead(state: Ctx['state']): string {
  const read = t('{length} lines read from {source}.', { length: state.answers.lines.length, source: state.source });
  const year = yearAfter(monthOf(state.historyThrough));
  if (year === undefined || state.answers.period !== String(year)) return read;
  return `${read} ${t('The history runs to {month}, so the budget is for {period}.', { month: state.historyThrough ?? '', period: state.answers.period })}`;
}

function stepLines(ctx: Ctx): (HTMLElement | null)[] {
  const { lines } = ctx.state.answers;
  const rows = lines.map((l) =>
    h(
      'tr',
      {},
      h('td', {}, l.name),
      h('td', { className: 'sp-num' }, money(l.current)),
      h('td', {}, l.curve.beta > 0 ? `${l.curve.kind}, β ${money(l.curve.beta)}, κ ${money(l.curve.kappa)}` : '—'),
      h('td', { className: 'sp-num' }, l.points === null ? t('typed') : String(l.points)),
    ),
  );
  return [
    periodsField(ctx),
    button(t('Use the selected cells as the lines'), () => void linesFromSelection(ctx)),
    h(
      'p',
      { className: 'sp-hint' },
      lines.length > 0
        ? linesRead(ctx.state)
        : t(
            'Select a history (a period, a line, its spend and its return: one row a period and line) or a list of lines with their spend, header row included.',
          ),
    ),
    errorLine(ctx.errors, 'lines'),
    lines.length > 0
      ? h(
          'table',
          { className: 'sp-children' },
          h('thead', {}, h('tr', {}, ...[t('Line'), t('Current'), t('Curve (per budget period)'), t('Points')].map((label) => h('th', {}, label)))),
          h('tbody', {}, ...rows),
        )
      : null,
  ];
}

function stepBounds(ctx: Ctx): (HTMLElement | null)[] {
  const s = ctx.state;
  const labels: Record<BoundMode, string> = { none: t('No bounds'), multiples: t('Multiples of current spend') };
  const mode = select(
    labels[s.boundMode],
    BOUND_MODES.map((m) => labels[m]),
    (v) => {
      ctx.update((st) => ({ ...st, boundMode: BOUND_MODES.find((m) => labels[m] === v) ?? 'none' }));
      ctx.redraw({});
    },
    t('Bounds'),
  );
  return [
    field(
      t('Bounds on each line'),
      mode,
      'boundMode',
      ctx.errors,
      t("Robyn's default is 0.5 to 2 times current spend. Edit any line's bounds on the sheet afterwards."),
    ),
    s.boundMode === 'multiples'
      ? field(
          t('At least (× current)'),
          numberInput(s.lowMultiple, (v) => ctx.update((st) => ({ ...st, lowMultiple: v })), t('Low multiple')),
          'lowMultiple',
          ctx.errors,
        )
      : null,
    s.boundMode === 'multiples'
      ? field(
          t('At most (× current)'),
          numberInput(s.highMultiple, (v) => ctx.update((st) => ({ ...st, highMultiple: v })), t('High multiple')),
          'highMultiple',
          ctx.errors,
        )
      : null,
    errorLine(ctx.errors, 'bounds'),
  ];
}

function stepMethod(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const months = select(
    ctx.state.monthsFrom === 'history' ? t("As the history's last periods") : t('Flat'),
    [t('Flat'), ...(ctx.state.historyMonths.length > 0 ? [t("As the history's last periods")] : [])],
    (v) => ctx.update((s) => ({ ...s, monthsFrom: v === t('Flat') ? 'flat' : 'history' })),
    t('Month split'),
  );
  return [
    field(
      t('Method'),
      select(
        t(METHOD_LABELS[a.method]),
        ALLOCATION_METHODS.map((m) => t(METHOD_LABELS[m])),
        (v) => answer(ctx, { method: ALLOCATION_METHODS.find((m) => t(METHOD_LABELS[m]) === v) as AllocationMethod }),
        t('Method'),
      ),
      'method',
      ctx.errors,
      t('Optimal gives every line the same return on its last unit of spend, within its bounds; the others are rules of thumb.'),
    ),
    field(
      t('Round to'),
      numberInput(a.roundTo ?? Number.NaN, (v) => answer(ctx, { roundTo: Number.isNaN(v) ? null : v }), t('Round to')),
      'roundTo',
      ctx.errors,
      t('Blank: not rounded. The parts still add up to the budget.'),
    ),
    field(t('Split over the periods'), months, 'months', ctx.errors),
  ];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const proposed = proposedAmounts(a);
  if (isSheetError(proposed)) return [h('p', { className: 'sp-field-error' }, t('The budget cannot be shared: {message}.', { message: reasonOf(proposed) }))];
  const rows = a.lines.map((l, i) =>
    h(
      'tr',
      {},
      h('td', {}, l.name),
      h('td', { className: 'sp-num' }, money(l.current)),
      h('td', { className: 'sp-num' }, money(proposed[i])),
      h('td', { className: 'sp-num' }, `${proposed[i] >= l.current ? '+' : ''}${money(proposed[i] - l.current)}`),
    ),
  );
  const returns = (xs: readonly number[]) => a.lines.reduce((s, l, i) => s + (l.curve.beta > 0 ? curveReturn(l.curve, xs[i]) : 0), 0);
  const now = returns(a.lines.map((l) => l.current));
  const warnings = budgetWarnings(a, proposed, t);
  const trigger = buildButton(
    ctx,
    t('Build the budget sheet'),
    () => buildBudgetAllocation(ctx.state.answers, uiLanguage()),
    (names) => t('Built “{names}”. Edit the budget or a bound there: the proposal follows.', { names }),
    t('the budget'),
  );
  return [
    h(
      'table',
      { className: 'sp-children' },
      h('thead', {}, h('tr', {}, ...[t('Line'), t('Current'), t('Proposed'), t('Change')].map((label) => h('th', {}, label)))),
      h('tbody', {}, ...rows),
    ),
    a.lines.every((l) => l.curve.beta > 0)
      ? h(
          'p',
          { className: 'sp-hint', dataset: { field: 'returns' } },
          t(
            'Return under the curves: {money} at current spend (scaled to the period), {money2} as proposed. A reallocation under these curves, not a forecast.',
            { money: money(now), money2: money(returns(proposed)) },
          ),
        )
      : null,
    ...warnings.map((w) => h('p', { className: 'sp-warn' }, w)),
    trigger,
    ctx.status,
  ];
}

/** The budget wizard: the lines (their spend now and curves), the budget (starting at that spend), bounds, method, review and Build. */
export const BUDGET_ALLOCATION_WIZARD: WizardDefinition<BudgetAllocationState> = {
  settingsKey: 'budgetAllocationWizard',
  restore: restoreState,
  steps: [
    { title: BUDGET_STEPS[0].title, render: stepLines, validate: validateStep },
    { title: BUDGET_STEPS[1].title, render: stepBudget, validate: validateStep },
    { title: BUDGET_STEPS[2].title, render: stepBounds, validate: validateStep },
    { title: BUDGET_STEPS[3].title, render: stepMethod, validate: validateStep, leave: withBoundsAndMonths },
    { title: BUDGET_STEPS[4].title, render: stepReview },
  ],
};

export function renderBudgetAllocationWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, BUDGET_ALLOCATION_WIZARD);
}
