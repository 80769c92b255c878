import { isSheetError } from '../../core/kit/cells';
import {
  IncentiveBand,
  IncentivePlanAnswers,
  MAX_BANDS,
  RATE_PRESETS,
  RatePreset,
  buildIncentivePlan,
  incentiveEarnings,
} from '../../core/plans/incentivePlan';
import { COMMISSION_METHODS } from '../../core/functions/incentives';
import { h } from '../dom';
import { button, errorLine, factsList, field, fieldPicker, linesBox, numberInput, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { percentOf, wholeAmount } from '../numbers';
import { selectedTable } from '../wizard/selectedTable';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import { readActuals } from '../salesEvaluation/salesEvaluationModel';
import {
  DEFAULT_PAY,
  INCENTIVE_PLAN_STEPS,
  IncentivePlanState,
  METHOD_LABELS,
  PERIOD_LABELS,
  PRESET_LABELS,
  repsAsText,
  rolesOf,
  repsFromPlan,
  repsFromTable,
  restoreState,
  typedReps,
  validateStep,
} from './incentivePlanModel';
import { t, uiLanguage, reasonOf } from '../i18n';

type Ctx = StepContext<IncentivePlanState>;

/** The actuals as read in this pane (kept by their address), or undefined. */
const actualsRead = (ctx: Ctx) => ctx.keptTable(`${ctx.state.answers.actuals.sheet}!${ctx.state.answers.actuals.range}`);

async function repsFromSelection(ctx: Ctx, from: 'plan' | 'selection'): Promise<void> {
  const selection = await ctx.readSelection('reps');
  if (!selection) return;
  const reps = from === 'plan' ? repsFromPlan(selection, DEFAULT_PAY) : repsFromTable(selection.values as never);
  if (typeof reps === 'string') return ctx.redraw({ reps });
  ctx.update((s) => ({ ...s, repsFrom: from, answers: { ...s.answers, reps } }));
  ctx.redraw({});
}

function stepReps(ctx: Ctx): (HTMLElement | null)[] {
  const { answers: a, repsFrom } = ctx.state;
  const readReps = (typed: string) => {
    const reps = typedReps(typed);
    if (typeof reps === 'string') return ctx.redraw({ reps });
    ctx.update((s) => ({ ...s, repsFrom: 'typed', answers: { ...s.answers, reps } }));
    ctx.redraw({});
  };
  const box = linesBox(t('Reps, a line each: Name: quota, base, variable, role'), repsAsText(a.reps), readReps, {
    rows: 6,
    readOn: 'change',
    example: t('Ana: 1200000, 60000, 40000, Account executive'),
  });
  return [
    h(
      'div',
      { className: 'sp-row-buttons' },
      button(t('Reps from the selected sales plan rows'), () => void repsFromSelection(ctx, 'plan')),
      button(t('Reps from the selected table'), () => void repsFromSelection(ctx, 'selection')),
    ),
    field(t('Reps, a line each: Name: quota, base, variable, role'), box, 'reps', ctx.errors),
    a.reps.length > 0
      ? h(
          'p',
          { className: 'sp-hint', dataset: { field: 'repsRead' } },
          repsFrom === 'plan'
            ? t('{value} reps; their quotas read the sales plan sheet, so the incentive plan follows its edits.', { value: a.reps.length })
            : t('{value} reps, {value2} of quota in all.', { value: a.reps.length, value2: wholeAmount(a.reps.reduce((s, r) => s + r.quota, 0)) }),
        )
      : null,
  ];
}

async function actualsFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('actuals');
  if (!selection) return;
  const table = selectedTable(selection, t('the actuals, a row each'));
  if (typeof table === 'string') return ctx.redraw({ actuals: table });
  const read = readActuals(table.values, table.sheet, table.range);
  ctx.keepTable(`${table.sheet}!${table.range}`, table.values);
  ctx.update((s) => ({ ...s, fields: table.fields, answers: { ...s.answers, actuals: read.actuals, year: read.year } }));
  ctx.redraw({});
}

function stepActuals(ctx: Ctx): (HTMLElement | null)[] {
  const { answers: a, fields } = ctx.state;
  const set = (key: keyof IncentivePlanAnswers['actuals'], value: string) => {
    answer(ctx, { actuals: { ...ctx.state.answers.actuals, [key]: value } });
    ctx.redraw({});
  };
  const pick = (key: 'dateField' | 'amountField' | 'childField', label: string) =>
    field(
      label,
      select(a.actuals[key] || fields[0], fields, (v) => set(key, v), label),
      'actualFields',
      ctx.errors,
    );
  return [
    button(t('Use the selected cells as the actuals'), () => void actualsFromSelection(ctx)),
    h(
      'p',
      { className: 'sp-hint' },
      fields.length > 0
        ? t('{value} rows read from {sheet}!{range}.', { value: (actualsRead(ctx)?.length ?? 1) - 1, sheet: a.actuals.sheet, range: a.actuals.range })
        : t('Select the deals (a rep, an amount, a close date, and a status if you have one), header row included, then press the button.'),
    ),
    errorLine(ctx.errors, 'actuals'),
    ...(fields.length > 0
      ? [
          pick('childField', t('Rep field (who sold it)')),
          pick('amountField', t('Amount field')),
          pick('dateField', t('Date field (when it was won)')),
          field(
            t('Status field'),
            fieldPicker(a.actuals.statusField, fields, (v) => set('statusField', v), t('Status field'), { optional: true }),
            'actualFields',
            ctx.errors,
          ),
          field(
            t('Status that counts'),
            textInput(a.actuals.countedStatus, (v) => answer(ctx, { actuals: { ...ctx.state.answers.actuals, countedStatus: v } }), t('Status that counts')),
            'actualFields',
            ctx.errors,
          ),
        ]
      : []),
  ];
}

function stepPayMix(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const setRep = (i: number, key: 'base' | 'variable', v: number) =>
    answer(ctx, { reps: ctx.state.answers.reps.map((r, k) => (k === i ? { ...r, [key]: v } : r)) });
  const everyone = (key: 'base' | 'variable', v: number) => {
    answer(ctx, { reps: ctx.state.answers.reps.map((r) => ({ ...r, [key]: v })) });
    ctx.redraw({});
  };
  const same = (key: 'base' | 'variable', label: string) => numberInput(a.reps[0]?.[key] ?? Number.NaN, (v) => everyone(key, v), label);
  const byRole = (role: string, key: 'base' | 'variable', v: number) => {
    answer(ctx, { reps: ctx.state.answers.reps.map((r) => (r.role === role ? { ...r, [key]: v } : r)) });
    ctx.redraw({});
  };
  const roleFields = rolesOf(a.reps).flatMap((role) => {
    const first = a.reps.find((r) => r.role === role)!;
    return (['base', 'variable'] as const).map((key) => {
      const label = key === 'base' ? t('Base salary, {role}', { role }) : t('Variable pay on target, {role}', { role });
      return field(
        label,
        numberInput(first[key], (v) => byRole(role, key, v), label),
        'payMix',
        ctx.errors,
      );
    });
  });
  const rows = a.reps.slice(0, 50).map((r, i) =>
    h(
      'tr',
      {},
      h('td', {}, r.name),
      h(
        'td',
        {},
        numberInput(r.base, (v) => setRep(i, 'base', v), t('Base salary of {name}', { name: r.name })),
      ),
      h(
        'td',
        {},
        numberInput(r.variable, (v) => setRep(i, 'variable', v), t('Variable pay of {name}', { name: r.name })),
      ),
    ),
  );
  return [
    h('p', { className: 'sp-hint' }, t('On-target variable pay is what a rep earns at 100% of quota on a flat plan: the base rate is variable pay ÷ quota.')),
    field(t('Base salary, every rep'), same('base', t('Base salary, every rep')), 'payMix', ctx.errors),
    field(t('Variable pay on target, every rep'), same('variable', t('Variable pay on target, every rep')), 'payMix', ctx.errors),
    ...roleFields,
    h(
      'table',
      { className: 'sp-table' },
      h('tr', {}, h('th', {}, t('Rep')), h('th', {}, t('Base salary')), h('th', {}, t('Variable pay (on target)'))),
      ...rows,
    ),
    a.reps.length > 50 ? h('p', { className: 'sp-hint' }, t('The first 50 reps are listed; edit the rest on the sheet.')) : null,
  ];
}

/** One band's two inputs: from (% attainment) and rate (× base rate). */
function bandRow(ctx: Ctx, band: IncentiveBand, i: number): HTMLElement {
  const set = (change: Partial<IncentiveBand>) => answer(ctx, { bands: ctx.state.answers.bands.map((b, k) => (k === i ? { ...b, ...change } : b)) });
  return h(
    'tr',
    {},
    h(
      'td',
      {},
      numberInput(band.from * 100, (v) => set({ from: v / 100 }), t('Band {value} from (% of quota)', { value: i + 1 })),
    ),
    h(
      'td',
      {},
      numberInput(band.rate, (v) => set({ rate: v }), t('Band {value} rate (× base rate)', { value: i + 1 })),
    ),
  );
}

function stepRates(ctx: Ctx): (HTMLElement | null)[] {
  const { answers: a, preset } = ctx.state;
  const usePreset = (p: RatePreset) => {
    ctx.update((s) => ({ ...s, preset: p, answers: { ...s.answers, ...RATE_PRESETS[p] } }));
    ctx.redraw({});
  };
  const more = () => {
    const last = ctx.state.answers.bands[ctx.state.answers.bands.length - 1];
    answer(ctx, { bands: [...ctx.state.answers.bands, { from: (last?.from ?? 0) + 0.25, rate: last?.rate ?? 1 }] });
    ctx.redraw({});
  };
  const fewer = () => {
    answer(ctx, { bands: ctx.state.answers.bands.slice(0, -1) });
    ctx.redraw({});
  };
  return [
    field(
      t('Start from'),
      select(preset, Object.keys(RATE_PRESETS) as RatePreset[], usePreset, t('Start from'), (p) => t(PRESET_LABELS[p])),
      'preset',
      ctx.errors,
    ),
    field(
      t('Method'),
      select(
        a.method,
        COMMISSION_METHODS,
        (m) => answer(ctx, { method: m }),
        t('Method'),
        (m) => t(METHOD_LABELS[m]),
      ),
      'method',
      ctx.errors,
    ),
    h(
      'table',
      { className: 'sp-table' },
      h('tr', {}, h('th', {}, t('From (% of quota)')), h('th', {}, t('Rate (× base rate)'))),
      ...a.bands.map((b, i) => bandRow(ctx, b, i)),
    ),
    h(
      'div',
      { className: 'sp-row-buttons' },
      ...(a.bands.length < MAX_BANDS ? [button(t('Add a band'), more)] : []),
      ...(a.bands.length > 1 ? [button(t('Remove the last band'), fewer)] : []),
    ),
    errorLine(ctx.errors, 'bands'),
    field(
      t('Gate (% of quota; blank: none)'),
      numberInput(a.gate === null ? Number.NaN : a.gate * 100, (v) => answer(ctx, { gate: Number.isNaN(v) ? null : v / 100 }), t('Gate')),
      'gate',
      ctx.errors,
      t("Below it, every sale is paid at the first band's rate."),
    ),
  ];
}

function stepPeriod(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  return [
    field(
      t('Payouts'),
      select(
        a.period,
        ['month', 'quarter'] as const,
        (p) => answer(ctx, { period: p }),
        t('Payouts'),
        (p) => t(PERIOD_LABELS[p]),
      ),
      'period',
      ctx.errors,
      t('Each payout is the year to date’s commission less what was paid before.'),
    ),
    field(
      t('Cap (× variable pay; blank: none)'),
      numberInput(a.capMultiple ?? Number.NaN, (v) => answer(ctx, { capMultiple: Number.isNaN(v) ? null : v }), t('Cap')),
      'capMultiple',
      ctx.errors,
    ),
    field(
      t('Year'),
      numberInput(a.year, (v) => answer(ctx, { year: v }), t('Year'), '1'),
      'year',
      ctx.errors,
    ),
  ];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const trigger = buildButton(
    ctx,
    t('Build the incentive plan'),
    () => buildIncentivePlan(a, ctx.state.fields, uiLanguage()),
    (names) => t('Built “{names}”. Edit a rate, a quota or a deal: every payout follows.', { names }),
    t('the incentive plan'),
  );
  const actuals = actualsRead(ctx);
  if (!actuals) return [h('p', { className: 'sp-hint' }, t('Read the actuals again (step 2) to see the review; Build works without it.')), trigger, ctx.status];
  const earnings = incentiveEarnings(a, actuals);
  if (isSheetError(earnings)) return [h('p', { className: 'sp-field-error' }, reasonOf(earnings)), trigger, ctx.status];
  const sold = earnings.reduce((s, e) => s + e.yearActual, 0);
  const paid = earnings.reduce((s, e) => s + e.payout, 0);
  const facts: [string, string][] = [
    ...earnings.map((e): [string, string] => [e.name, `${percentOf(e.attainment)} · ${wholeAmount(e.payout)}`]),
    [t('Commission as a share of revenue'), sold === 0 ? '–' : percentOf(paid / sold)],
  ];
  return [factsList(facts), trigger, ctx.status];
}

/** The incentive-plan wizard: reps and quotas, the actuals, pay mix, rate table, period and cap, review and Build. */
export const INCENTIVE_PLAN_WIZARD: WizardDefinition<IncentivePlanState> = {
  settingsKey: 'incentivePlanWizard',
  restore: restoreState,
  steps: [
    { title: INCENTIVE_PLAN_STEPS[0].title, render: stepReps, validate: validateStep },
    { title: INCENTIVE_PLAN_STEPS[1].title, render: stepActuals, validate: validateStep },
    { title: INCENTIVE_PLAN_STEPS[2].title, render: stepPayMix, validate: validateStep },
    { title: INCENTIVE_PLAN_STEPS[3].title, render: stepRates, validate: validateStep },
    { title: INCENTIVE_PLAN_STEPS[4].title, render: stepPeriod, validate: validateStep },
    { title: INCENTIVE_PLAN_STEPS[5].title, render: stepReview },
  ],
};

export function renderIncentivePlanWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, INCENTIVE_PLAN_WIZARD);
}
