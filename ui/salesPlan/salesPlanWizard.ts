import { CellValue } from '../../core/kit/cells';
import {
  MAX_CHILDREN,
  buildSalesPlan,
  smartStatement,
  planTarget,
  roundTo,
  MEASURES,
  MONTHS,
  SPLITS,
  SalesPlanAnswers,
  periodMonthsOf,
  saidIn,
  SubLevelAnswers,
} from '../../core/plans/salesPlan';
import { percentOf, wholeAmount } from '../numbers';
import { h } from '../dom';
import { button, errorLine, factsList, field, linesBox, numberInput, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import {
  SALES_PLAN_STEPS,
  childrenOf,
  SalesPlanState,
  restoreState,
  baselineFrom,
  historyFromSelection,
  monthSharesFor,
  reviewNumbers,
  validateStep,
  parseSubLevel,
  subLevelAsText,
} from './salesPlanModel';
import { monthText, yearAfter } from '../wizard/historyMonths';
import { t, numberLocale, uiLanguage } from '../i18n';

// A box being retyped (empty, NaN) reads as "…", never "NaN".
const money = wholeAmount;
const percent = (v: number) => percentOf(v);

type Ctx = StepContext<SalesPlanState>;

/** The choices offered, with an answer of the manager's own (restored or typed on a sheet) kept first. */
const withAnswer = (choices: readonly string[], answer: string): string[] => (choices.includes(answer) ? [...choices] : [answer, ...choices]);

function stepGoal(ctx: Ctx): HTMLElement[] {
  const a = ctx.state.answers;
  const statement = h('p', { className: 'sp-smart' });
  // The baseline as the history gives it now, even before its step is left (Back from the baseline).
  const refresh = () => {
    const { answers } = withBaseline(ctx.state);
    statement.replaceChildren(smartStatement(answers, planTarget(answers), t));
  };
  refresh();
  const on = (change: Partial<SalesPlanAnswers>) => {
    answer(ctx, change);
    refresh();
  };
  return [
    field(
      t('What the goal measures'),
      select(a.measure, withAnswer(MEASURES, a.measure), (v) => on({ measure: v }), t('Measure'), t),
      'measure',
      ctx.errors,
    ),
    field(
      t('Plan year'),
      numberInput(a.year, (v) => on({ year: v }), t('Plan year'), '1'),
      'year',
      ctx.errors,
    ),
    periodField(ctx),
    field(
      t('Owner of the goal'),
      textInput(saidIn(t, a.owner), (v) => on({ owner: v }), t('Owner')),
      'owner',
      ctx.errors,
    ),
    h('h3', {}, t('SMART statement')),
    statement,
  ];
}

/** The period: the calendar year, a quarter, or custom months (a start month and a length). */
function periodField(ctx: Ctx): HTMLElement {
  const a = ctx.state.answers;
  const choices = [t('Calendar year'), 'Q1', 'Q2', 'Q3', 'Q4', t('Custom months')] as const;
  const current =
    a.periodStart === 1 && a.periodMonths === 12
      ? t('Calendar year')
      : a.periodMonths === 3 && (a.periodStart - 1) % 3 === 0
        ? (`Q${(a.periodStart + 2) / 3}` as (typeof choices)[number])
        : t('Custom months');
  const custom = h(
    'div',
    { className: 'sp-custom-period' },
    field(
      t('Start month (1–12)'),
      numberInput(a.periodStart, (v) => answer(ctx, { periodStart: v }), t('Start month'), '1'),
      'periodStart',
      {},
    ),
    field(
      t('Months'),
      numberInput(a.periodMonths, (v) => answer(ctx, { periodMonths: v }), t('Months'), '1'),
      'periodMonths',
      {},
    ),
  );
  custom.hidden = current !== t('Custom months');
  const chooser = select(
    current,
    choices,
    (v) => {
      if (v === t('Calendar year')) answer(ctx, { periodStart: 1, periodMonths: 12 });
      else if (v.startsWith('Q')) answer(ctx, { periodStart: (Number(v[1]) - 1) * 3 + 1, periodMonths: 3 });
      // Custom months start as six months from the current start, which no year or quarter is.
      else answer(ctx, { periodMonths: 6 });
      ctx.redraw();
    },
    t('Period'),
  );
  return h('div', {}, field(t('Period'), chooser, 'period', ctx.errors), custom);
}

/** The monthly history read from the cells selected in the sheet; the baseline comes from it. */
async function historyFromSheet(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('history');
  if (!selection) return;
  const history = historyFromSelection(selection.values);
  if (typeof history === 'string') return ctx.redraw({ history });
  const { values, through } = history;
  ctx.update((s) => ({
    ...s,
    history: values,
    historyAddress: selection.address,
    historyThrough: through,
    baselineSource: values.length >= 24 ? 'forecast' : 'last12',
    seasonalityFromHistory: true,
    // The baseline is the 12 months after the history: a history to December 2017 plans 2018.
    answers: { ...s.answers, year: yearAfter(through) ?? s.answers.year },
  }));
  ctx.redraw({});
}

/** What was read, and, when the months were labelled, the plan year they give or why they give none. */
function historyRead(state: Ctx['state']): string {
  const read = t('{length} months read from {historyAddress}.', { length: state.history?.length ?? 0, historyAddress: state.historyAddress ?? '' });
  const through = state.historyThrough;
  if (!through) return read;
  const [month, year] = [monthText(through), yearAfter(through)];
  return year
    ? `${read} ${t('They run to {month}, so the plan is for {year}.', { month, year })}`
    : `${read} ${t('They run to {month}, not a December: the baseline counts the 12 months after them as the plan year, so select months up to a December.', { month })}`;
}

function stepBaseline(ctx: Ctx): HTMLElement[] {
  const a = ctx.state.answers;
  const total = h('p', { className: 'sp-result' });
  const refresh = () => {
    const baseline = baselineFrom(ctx.state);
    const { market } = ctx.state.answers;
    total.replaceChildren(
      market
        ? t('Market {money} × our share {percent} → target {money2}.', {
            money: money(market.size),
            percent: percent(market.share),
            money2: money(planTarget(ctx.state.answers)),
          })
        : typeof baseline === 'string'
          ? baseline
          : t('Baseline {money} → target {money2} at {percent} growth.', {
              money: money(baseline),
              money2: money(roundTo(baseline * (1 + ctx.state.answers.growth), ctx.state.answers.roundTo)),
              percent: percent(ctx.state.answers.growth),
            }),
    );
  };
  const useSelection = button(t('Use the selected cells as monthly history'), () => void historyFromSheet(ctx));
  const historyNote = h(
    'p',
    { className: 'sp-hint' },
    ctx.state.history ? historyRead(ctx.state) : t('Select the months in the sheet (oldest first), then press the button; or type a baseline below.'),
  );
  const sources = [
    ['forecast', t('Forecast the next 12 months (Holt-Winters, needs 24 months)')],
    ['last12', t('Last 12 months of the history')],
    ['typed', t('A number I type')],
    ['market', t('A share of a market (its size × our share)')],
  ] as const;
  const radios = h(
    'fieldset',
    { className: 'sp-radios' },
    h('legend', {}, t('Baseline from')),
    ...sources.map(([value, label]) => {
      const input = h('input', {
        type: 'radio',
        name: 'baseline-source',
        value,
        checked: ctx.state.baselineSource === value,
        disabled: value !== 'typed' && value !== 'market' && !ctx.state.history,
      });
      input.addEventListener('change', () => {
        // A market answer exists only while the target is a share of it.
        const market = value === 'market' ? (ctx.state.answers.market ?? DEFAULT_MARKET) : undefined;
        ctx.update((s) => ({ ...s, baselineSource: value, answers: { ...s.answers, market } }));
        ctx.redraw();
      });
      return h('label', {}, input, ` ${label}`);
    }),
  );
  const typed = numberInput(
    a.baseline,
    (v) => {
      answer(ctx, { baseline: v });
      refresh();
    },
    t('Baseline'),
  );
  typed.disabled = ctx.state.baselineSource !== 'typed';
  const growth = numberInput(
    Math.round(a.growth * 1000) / 10,
    (v) => {
      answer(ctx, { growth: v / 100 });
      refresh();
    },
    t('Growth percent'),
  );
  refresh();
  if (a.market) return [useSelection, historyNote, radios, ...marketFields(ctx, a.market, refresh), total];
  return [
    useSelection,
    historyNote,
    errorLine(ctx.errors, 'history'),
    radios,
    field(
      a.periodMonths === 12 ? t('Baseline (annual)') : t('Baseline (the {periodMonths} months)', { periodMonths: a.periodMonths }),
      typed,
      'baseline',
      ctx.errors,
    ),
    field(t('Growth (%)'), growth, 'growth', ctx.errors, t('For +9% type 9.')),
    total,
  ].filter((e): e is HTMLElement => e !== null);
}

/** What a new market answer starts from: a market of 10 million, of which we take 10%. */
const DEFAULT_MARKET = { size: 10_000_000, share: 0.1 } as const;

/** The market's size and our share of it, the target's two inputs when it is a share of a market. */
function marketFields(ctx: Ctx, market: { size: number; share: number }, refresh: () => void): HTMLElement[] {
  const size = numberInput(market.size, (v) => (answer(ctx, { market: { ...ctx.state.answers.market!, size: v } }), refresh()), t('Market size'));
  const share = numberInput(
    Math.round(market.share * 1000) / 10,
    (v) => (answer(ctx, { market: { ...ctx.state.answers.market!, share: v / 100 } }), refresh()),
    t('Our share percent'),
  );
  return [
    field(t('Market size (the period)'), size, 'marketSize', ctx.errors),
    field(t('Our share of the market (%)'), share, 'marketShare', ctx.errors, t('For 5% type 5.')),
  ];
}

/** The children table: a row per region, rep or product, with its driver and lock; rows can be added and removed. */
function childrenRows(ctx: Ctx): { rows: HTMLElement; redraw: () => void } {
  const rows = h('tbody');
  const redraw = () =>
    rows.replaceChildren(
      ...ctx.state.answers.children.map((child, i) => {
        const set = (change: Partial<typeof child>) => answer(ctx, { children: ctx.state.answers.children.map((c, j) => (j === i ? { ...c, ...change } : c)) });
        const lock = h('input', {
          type: 'number',
          value: child.lock === null ? '' : String(child.lock),
          className: 'sp-input',
          ariaLabel: t('Lock of {value}', { value: child.name || t('row {row}', { row: i + 1 }) }),
        });
        lock.addEventListener('input', () => set({ lock: lock.value === '' ? null : Number(lock.value) }));
        const remove = button(
          '✕',
          () => {
            answer(ctx, { children: ctx.state.answers.children.filter((_, j) => j !== i) });
            redraw();
          },
          'sp-link',
        );
        remove.ariaLabel = t('Remove {name}', { name: child.name });
        return h(
          'tr',
          {},
          h(
            'td',
            {},
            textInput(child.name, (v) => set({ name: v }), t('Name of row {value}', { value: i + 1 })),
          ),
          h(
            'td',
            {},
            numberInput(child.driver, (v) => set({ driver: v }), t('Driver of row {value}', { value: i + 1 })),
          ),
          h('td', {}, lock),
          h('td', {}, remove),
        );
      }),
    );
  redraw();
  return { rows, redraw };
}

/** Names (and drivers beside them) read from the cells selected in the sheet. */
async function childrenFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('children');
  if (!selection) return;
  const children = childrenOf(selection.values as CellValue[][]);
  if (children.length === 0) return ctx.redraw({ children: t('The selection has no names: select a column of names (and their drivers beside them).') });
  answer(ctx, { children });
  ctx.redraw({});
}

/** New reps typed as "Ines: 4; Tom: 9" (name and start month). */
function newRepsInput(ctx: Ctx): HTMLInputElement {
  return textInput(
    ctx.state.answers.newReps.map((r) => `${r.name}: ${r.startMonth}`).join('; '),
    (v) => {
      const reps = v
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const [name, month] = part.split(':');
          return { name: (name ?? '').trim(), startMonth: Number((month ?? '').trim()) };
        });
      answer(ctx, { newReps: reps });
    },
    t('New reps'),
  );
}

/** Rounding, attainment, quota, headcount, new reps and their ramp. */
function capacityFields(ctx: Ctx): HTMLElement[] {
  const a = ctx.state.answers;
  return [
    field(
      t('Round targets to'),
      numberInput(a.roundTo, (v) => answer(ctx, { roundTo: v }), t('Round to')),
      'roundTo',
      ctx.errors,
    ),
    field(
      t('Expected attainment (%)'),
      numberInput(Math.round(a.attainment * 100), (v) => answer(ctx, { attainment: v / 100 }), t('Expected attainment percent')),
      'attainment',
      ctx.errors,
      t('Targets are grossed up by it.'),
    ),
    field(
      t('Full quota per rep (year)'),
      numberInput(a.fullQuota, (v) => answer(ctx, { fullQuota: v }), t('Full quota')),
      'fullQuota',
      ctx.errors,
    ),
    field(
      t('Fully ramped reps'),
      numberInput(a.headcount, (v) => answer(ctx, { headcount: v }), t('Headcount'), '1'),
      'headcount',
      ctx.errors,
    ),
    field(t('New reps (name: start month; …)'), newRepsInput(ctx), 'newReps', ctx.errors, t('e.g. "Ines: 4; Tom: 9".')),
    field(t('New-rep ramp: % of full quota in months 1, 2, 3'), rampInputs(ctx), 'ramp', ctx.errors, t('Full quota from the fourth month.')),
  ];
}

/** The months' shares in words, as the breakdown step lists them. */
const monthsInWords = (a: SalesPlanState['answers']) =>
  t('Months: {value}', {
    value: periodMonthsOf(a)
      .map(({ month }, i) => `${t(MONTHS[month - 1])} ${percent(a.monthShares[i] ?? 0)}`)
      .join(' · '),
  });

function stepBreakdown(ctx: Ctx): HTMLElement[] {
  const a = ctx.state.answers;
  const shares = h('p', { className: 'sp-hint' }, monthsInWords(a));
  const seasonal = h('input', {
    type: 'checkbox',
    checked: ctx.state.seasonalityFromHistory,
    disabled: !ctx.state.history,
    ariaLabel: t('Seasonality from history'),
  });
  seasonal.addEventListener('change', () => {
    ctx.update((s) => ({ ...s, seasonalityFromHistory: seasonal.checked }));
    answer(ctx, { monthShares: monthSharesFor(ctx.state) });
    ctx.redraw();
  });
  const growth = numberInput(
    ctx.state.monthlyGrowth === null || ctx.state.monthlyGrowth === undefined ? Number.NaN : ctx.state.monthlyGrowth * 100,
    (v) => {
      ctx.update((s) => ({ ...s, monthlyGrowth: Number.isNaN(v) ? null : v / 100 }));
      answer(ctx, { monthShares: monthSharesFor(ctx.state) });
      shares.replaceChildren(monthsInWords(ctx.state.answers));
    },
    t('Growth a month (%)'),
  );
  const { rows, redraw } = childrenRows(ctx);
  const even = button(t('Split evenly'), () => {
    answer(ctx, { children: ctx.state.answers.children.map((c) => ({ ...c, driver: 1 })) });
    redraw();
  });
  const add = button(t('Add a row'), () => {
    answer(ctx, { children: [...ctx.state.answers.children, { name: '', driver: 1, lock: null }] });
    redraw();
  });
  const fromSelection = button(t('Use the selected cells'), () => void childrenFromSelection(ctx));
  return [
    h('label', { className: 'sp-check' }, seasonal, t(' Seasonality from the history (otherwise flat months)')),
    field(
      t('Growth a month (%)'),
      growth,
      'monthlyGrowth',
      ctx.errors,
      t('Shape the months as a path: +2 makes each month 2% above the one before. Blank: none.'),
    ),
    shares,
    field(
      t('Split by'),
      select(a.childLabel, withAnswer(SPLITS, a.childLabel), (v) => answer(ctx, { childLabel: v }), t('Split by'), t),
      'childLabel',
      ctx.errors,
    ),
    h('div', { className: 'sp-row-buttons' }, fromSelection, add, even),
    h(
      'table',
      { className: 'sp-children' },
      h('thead', {}, h('tr', {}, h('th', {}, t('Name')), h('th', {}, t('Driver')), h('th', {}, t('Lock')), h('th', {}))),
      rows,
    ),
    ctx.errors.children
      ? h('p', { className: 'sp-field-error', dataset: { field: 'children' } }, ctx.errors.children)
      : h(
          'p',
          { className: 'sp-hint' },
          t(
            "Driver: last year's revenue, potential… Lock: a fixed target (blank = share). Up to {value} rows. Or select a column of names and one of drivers in the sheet (a header row may come first) and press “Use the selected cells”.",
            {
              value: MAX_CHILDREN.toLocaleString(numberLocale()),
            },
          ),
        ),
    ...subLevelFields(ctx),
    ...capacityFields(ctx),
  ];
}

/** The second level, optional: what its items are called, and the items under each row above, a line each. */
function subLevelFields(ctx: Ctx): HTMLElement[] {
  const sub = ctx.state.answers.subLevel;
  const label = t('Second level, a line each: Row above: item, driver, lock');
  const kind = textInput(sub?.label ?? t('Product'), (v) => set({ label: v }), t('Second level is'));
  const set = (change: Partial<SubLevelAnswers>) => {
    const next = { label: kind.value || t('Product'), items: [], ...ctx.state.answers.subLevel, ...change };
    answer(ctx, { subLevel: next.items.length > 0 ? next : undefined });
  };
  const box = linesBox(label, subLevelAsText(sub?.items ?? []), (typed) => set({ items: parseSubLevel(typed), label: kind.value || t('Product') }), {
    rows: 4,
    example: t('North: Chairs, 3'),
  });
  return [
    h('h3', {}, t('Second level (optional)')),
    field(t('Second level is'), kind, 'subLevelLabel', ctx.errors, t('A product, a customer, a rep: what each row above is split into.')),
    field(
      label,
      box,
      'subLevel',
      ctx.errors,
      t('Each row’s items share its target by their drivers, locks kept, and add up to it exactly: "North: Chairs, 3" or "Ana Souza: Acme Ltd, 1, 50000".'),
    ),
  ];
}

/** Three inputs for the ramp of a new rep's first three months, in percent. */
function rampInputs(ctx: Ctx): HTMLElement {
  const ramp = [...ctx.state.answers.ramp] as [number, number, number];
  return h(
    'span',
    { className: 'sp-ramp' },
    ...ramp.map((factor, i) =>
      numberInput(
        Math.round(factor * 100),
        (v) => {
          ramp[i] = v / 100;
          answer(ctx, { ramp: [...ramp] as [number, number, number] });
        },
        t('Ramp month {value} percent', { value: i + 1 }),
      ),
    ),
  );
}

function stepReview(ctx: Ctx): HTMLElement[] {
  const numbers = reviewNumbers(ctx.state);
  if (typeof numbers === 'string') return [h('p', { className: 'sp-field-error' }, numbers)];
  const a = ctx.state.answers;
  const facts: [string, string][] = [
    [t('Target'), money(numbers.target)],
    [t('Quota handed out'), t('{money} (over-assignment {percent})', { money: money(numbers.handOut), percent: percent(numbers.overAssignment) })],
    [t('Capacity at attainment'), money(numbers.capacity)],
    [t('Gap to target'), numbers.gap > 0 ? money(numbers.gap) : t('none')],
    [t('More reps needed'), String(numbers.moreRepsNeeded)],
  ];
  const build = buildButton(
    ctx,
    t('Build the plan sheet'),
    () => buildSalesPlan(ctx.state.answers, uiLanguage()),
    (names) => t('Built “{names}”. Edit its yellow cells: every target follows.', { names }),
    t('the plan'),
  );
  return [
    factsList(facts),
    h(
      'table',
      { className: 'sp-children' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, saidIn(t, a.childLabel)), h('th', {}, a.periodMonths === 12 ? t('Quota handed out (year)') : t('Quota handed out'))),
      ),
      h('tbody', {}, ...a.children.map((c, i) => h('tr', {}, h('td', {}, c.name), h('td', { className: 'sp-num' }, money(numbers.annual[i]))))),
    ),
    ...numbers.warnings.map((w) => h('p', { className: 'sp-warn' }, w)),
    build,
    ctx.status,
  ];
}

/** The sales-plan wizard: goal, baseline, breakdown, review and Build, on the shared wizard runtime. */
export const SALES_PLAN_WIZARD: WizardDefinition<SalesPlanState> = {
  settingsKey: 'salesPlanWizard',
  restore: (saved) => restoreState(saved),
  steps: [
    // Leaving the goal sets flat (or seasonal) month shares for the period chosen.
    { title: SALES_PLAN_STEPS[0].title, render: stepGoal, validate: (s) => validateStep(s), leave: withMonthShares },
    { title: SALES_PLAN_STEPS[1].title, render: stepBaseline, validate: (s) => validateStep(s), leave: (s) => withMonthShares(withBaseline(s)) },
    { title: SALES_PLAN_STEPS[2].title, render: stepBreakdown, validate: (s) => validateStep(s) },
    { title: SALES_PLAN_STEPS[3].title, render: stepReview },
  ],
};

function withBaseline(state: SalesPlanState): SalesPlanState {
  const baseline = baselineFrom(state);
  return typeof baseline === 'number' ? { ...state, answers: { ...state.answers, baseline: Math.round(baseline) } } : state;
}

function withMonthShares(state: SalesPlanState): SalesPlanState {
  return { ...state, answers: { ...state.answers, monthShares: monthSharesFor(state) } };
}

/**
 * The sales-plan wizard in the pane. Answers saved by the earlier "Sales targets" wizard (under
 * `targetsWizard`) are picked up once.
 */
export function renderSalesPlanWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  const saved = settings.salesPlanWizard ?? settings.targetsWizard;
  runWizard(root, host, { ...settings, salesPlanWizard: saved ?? null }, SALES_PLAN_WIZARD);
}
