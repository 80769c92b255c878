import { isSheetError, CellValue } from '../../core/kit/cells';
import { decimalOf, wholeAmount } from '../numbers';
import { buildFieldPlan, FieldPlanAnswers, NO_REP, WorkingDay, fieldPlanNumbers } from '../../core/plans/fieldPlan';
import { h } from '../dom';
import { button, errorLine, factsList, field, fieldPicker, numberInput, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { selectedTable } from '../wizard/selectedTable';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import { FieldPlanState, RATE_SOURCES, FIELD_PLAN_STEPS, rateFromSelection, readAccounts, repPerArea, restoreState, validateStep } from './fieldPlanModel';
import { t, uiLanguage, reasonOf } from '../i18n';

type Ctx = StepContext<FieldPlanState>;
const count = wholeAmount;

/** Where the accounts were read from: the key their kept copy is found by. */
const accountsAddress = (ctx: Ctx) => `${ctx.state.answers.accounts.sheet}!${ctx.state.answers.accounts.range}`;

/** The first or last stage's rate from the selection: its lead conversion or its win rate. */
async function rateFromSelected(ctx: Ctx, kpi: keyof typeof RATE_SOURCES): Promise<void> {
  const selection = await ctx.readSelection('stages');
  if (!selection) return;
  const rate = rateFromSelection(kpi, selection.values as CellValue[][]);
  if (typeof rate === 'string') return ctx.redraw({ stages: rate });
  const stages = ctx.state.answers.stages;
  const at = RATE_SOURCES[kpi].stage === 'first' ? 0 : stages.length - 1;
  answer(ctx, { stages: stages.map((s, i) => (i === at ? { ...s, rate } : s)) });
  ctx.redraw({});
}

function stepFunnel(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const setStage = (i: number, change: object) => answer(ctx, { stages: ctx.state.answers.stages.map((s, j) => (j === i ? { ...s, ...change } : s)) });
  const rows = a.stages.map((s, i) =>
    h(
      'tr',
      {},
      h(
        'td',
        {},
        textInput(s.name, (v) => setStage(i, { name: v }), t('Stage {value}', { value: i + 1 })),
      ),
      h(
        'td',
        {},
        numberInput(s.rate * 100, (v) => setStage(i, { rate: v / 100 }), t('Rate to the next stage {value}', { value: i + 1 })),
      ),
    ),
  );
  return [
    field(
      t('Sales target'),
      numberInput(a.target, (v) => answer(ctx, { target: v }), t('Sales target')),
      'target',
      ctx.errors,
    ),
    field(
      t('Average deal'),
      numberInput(a.dealSize, (v) => answer(ctx, { dealSize: v }), t('Average deal')),
      'dealSize',
      ctx.errors,
    ),
    h(
      'table',
      { className: 'sp-children' },
      h('thead', {}, h('tr', {}, h('th', {}, t('Stage (top first)')), h('th', {}, t('% to the next')))),
      h('tbody', {}, ...rows),
    ),
    h(
      'div',
      { className: 'sp-row-buttons' },
      button(t('Add a stage'), () => {
        answer(ctx, { stages: [{ name: t('Stage'), rate: 0.5 }, ...ctx.state.answers.stages] });
        ctx.redraw({});
      }),
      button(t('First rate from the selected leads (lead conversion)'), () => void rateFromSelected(ctx, 'LEADCONVERSION')),
      button(t('Last rate from the selected outcomes (win rate)'), () => void rateFromSelected(ctx, 'WINRATE')),
    ),
    errorLine(ctx.errors, 'stages'),
    field(
      t('Selling days a year'),
      numberInput(a.sellingDays, (v) => answer(ctx, { sellingDays: v }), t('Selling days'), '1'),
      'sellingDays',
      ctx.errors,
    ),
  ];
}

function stepDay(ctx: Ctx): (HTMLElement | null)[] {
  const d = ctx.state.answers.day;
  const summary = h('p', { className: 'sp-hint', dataset: { field: 'dayResult' } });
  const show = () => {
    const n = fieldPlanNumbers(ctx.state.answers, [[]]);
    summary.textContent = isSheetError(n)
      ? reasonOf(n)
      : t('{visitsPerDay} visits a day, {count} a year a rep.', { visitsPerDay: n.visitsPerDay, count: count(n.visitsPerRep) });
  };
  const minutes = (key: keyof WorkingDay, label: string) =>
    field(
      label,
      numberInput(
        d[key] as number,
        (v) => {
          answer(ctx, { day: { ...ctx.state.answers.day, [key]: v } });
          show();
        },
        label,
      ),
      key,
      ctx.errors,
    );
  show();
  return [
    minutes('minutes', t('Minutes in a working day')),
    minutes('breaks', t('Breaks (minutes)')),
    minutes('admin', t('Admin time (minutes)')),
    minutes('visit', t('A visit (minutes)')),
    minutes('travel', t('Travel to a visit (minutes)')),
    minutes('prep', t('Preparation (minutes)')),
    minutes('wait', t('Waiting (minutes)')),
    field(
      t('Most visits a day'),
      numberInput(
        d.maxVisits ?? Number.NaN,
        (v) => {
          answer(ctx, { day: { ...ctx.state.answers.day, maxVisits: Number.isNaN(v) ? null : v } });
          show();
        },
        t('Most visits a day'),
      ),
      'maxVisits',
      ctx.errors,
      t('Blank: no cap.'),
    ),
    field(
      t('Visits that fall through (%)'),
      numberInput(
        d.noShowRate * 100,
        (v) => {
          answer(ctx, { day: { ...ctx.state.answers.day, noShowRate: v / 100 } });
          show();
        },
        t('No-show rate'),
      ),
      'noShow',
      ctx.errors,
    ),
    errorLine(ctx.errors, 'day'),
    summary,
  ];
}

async function accountsFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('accounts');
  if (!selection) return;
  const table = selectedTable(selection, t('the accounts'));
  if (typeof table === 'string') return ctx.redraw({ accounts: table });
  const { sheet, range, values } = table;
  const read = readAccounts(values);
  ctx.keepTable(`${sheet}!${range}`, values);
  ctx.update((s) => ({
    ...s,
    fields: read.fields,
    areas: read.areas,
    answers: {
      ...s.answers,
      accounts: {
        sheet,
        range,
        nameField: read.nameField,
        areaField: read.areaField,
        valueField: read.valueField,
        latField: read.latField,
        lonField: read.lonField,
      },
    },
  }));
  ctx.redraw({});
}

function stepAccounts(ctx: Ctx): (HTMLElement | null)[] {
  const { answers: a, fields } = ctx.state;
  const pick = (key: 'nameField' | 'areaField' | 'valueField', label: string) =>
    field(
      label,
      select(a.accounts[key] || fields[0], fields, (v) => answer(ctx, { accounts: { ...ctx.state.answers.accounts, [key]: v } }), label),
      'accountFields',
      ctx.errors,
    );
  const place = (key: 'latField' | 'lonField', label: string) =>
    field(
      label,
      fieldPicker(a.accounts[key] ?? '', fields, (v) => answer(ctx, { accounts: { ...ctx.state.answers.accounts, [key]: v } }), label, { optional: true }),
      'accountFields',
      ctx.errors,
    );
  const share = (key: 'aShare' | 'bShare', label: string) =>
    field(
      label,
      numberInput(a.classes[key] * 100, (v) => answer(ctx, { classes: { ...ctx.state.answers.classes, [key]: v / 100 } }), label),
      'classes',
      ctx.errors,
    );
  return [
    button(t('Use the selected cells as the accounts'), () => void accountsFromSelection(ctx)),
    h(
      'p',
      { className: 'sp-hint' },
      fields.length > 0
        ? t('{value} accounts in {length} areas, read from {sheet}!{range}.', {
            value: (ctx.keptTable(accountsAddress(ctx))?.length ?? 1) - 1,
            length: ctx.state.areas.length,
            sheet: a.accounts.sheet,
            range: a.accounts.range,
          })
        : t('Select the accounts (name, area, revenue or potential), header row included, then press the button.'),
    ),
    errorLine(ctx.errors, 'accounts'),
    ...(fields.length > 0
      ? [
          pick('nameField', t('Account name field')),
          pick('areaField', t('Area field')),
          pick('valueField', t('Revenue or potential field')),
          place('latField', t("Latitude field (for each day's visiting order)")),
          place('lonField', t('Longitude field')),
        ]
      : []),
    share('aShare', t('A while the accounts before hold less than (%)')),
    share('bShare', t('B while less than (%)')),
    h(
      'p',
      { className: 'sp-hint' },
      t('Visits a year: A {A}, B {B}, C {C} (edit them on the sheet).', { A: a.classes.frequencies.A, B: a.classes.frequencies.B, C: a.classes.frequencies.C }),
    ),
  ];
}

function stepReps(ctx: Ctx): (HTMLElement | null)[] {
  const reps = ctx.state.answers.reps;
  const areas = ctx.state.areas;
  const set = (i: number, change: object) => answer(ctx, { reps: ctx.state.answers.reps.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  const rows = reps.map((r, i) =>
    h(
      'tr',
      {},
      h(
        'td',
        {},
        textInput(r.name, (v) => set(i, { name: v }), t('Rep {value}', { value: i + 1 })),
      ),
      h(
        'td',
        {},
        select(r.area, areas.includes(r.area) ? areas : [r.area, ...areas], (v) => set(i, { area: v }), t('Area of rep {value}', { value: i + 1 })),
      ),
    ),
  );
  return [
    h(
      'div',
      { className: 'sp-row-buttons' },
      button(t('A rep per area'), () => {
        answer(ctx, { reps: repPerArea(areas) });
        ctx.redraw({});
      }),
      button(t('Add a rep'), () => {
        answer(ctx, { reps: [...ctx.state.answers.reps, { name: t('Rep {value}', { value: reps.length + 1 }), area: areas[0] ?? '' }] });
        ctx.redraw({});
      }),
    ),
    h('table', { className: 'sp-children' }, h('thead', {}, h('tr', {}, h('th', {}, t('Rep')), h('th', {}, t('Area')))), h('tbody', {}, ...rows)),
    ctx.errors.reps
      ? h('p', { className: 'sp-field-error' }, ctx.errors.reps)
      : h('p', { className: 'sp-hint' }, t('Two reps in one area take its accounts in turn, A accounts first.')),
  ];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const key = accountsAddress(ctx);
  const accounts = ctx.keptTable(key);
  const n = accounts ? fieldPlanNumbers(a, accounts) : undefined;
  const trigger = buildButton(
    ctx,
    t('Build the field plan'),
    () => buildFieldPlan(ctx.state.answers, uiLanguage()),
    (names) => t('Built “{names}”. Change the visit time there: capacity and coverage follow.', { names }),
    t('the field plan'),
  );
  if (!n || isSheetError(n))
    return [
      h(
        'p',
        { className: 'sp-hint' },
        n ? reasonOf(n) : t('Select {key} again (step 3) to preview the numbers here; the sheet computes them anyway.', { key }),
      ),
      trigger,
      ctx.status,
    ];
  const facts: [string, string][] = [
    [t('Deals to win'), count(n.funnel[n.funnel.length - 1])],
    [t('{value} needed', { value: a.stages[0]?.name ?? t('Top of the funnel') }), count(n.funnel[0])],
    [t('Visits a day / a year a rep'), `${n.visitsPerDay} / ${count(n.visitsPerRep)}`],
    [t('Visits the accounts need'), count(n.workload)],
    [t('Coverage'), `${Math.round(n.coverage * 100)}%`],
    [t('Reps needed / hires'), `${n.repsNeeded} / ${n.hires}`],
  ];
  const uncovered = n.accounts.filter((acc) => acc.rep === NO_REP).length;
  return [
    factsList(facts),
    uncovered > 0
      ? h(
          'p',
          { className: 'sp-warn' },
          t('{uncovered} accounts are in areas no rep covers: give those areas a rep (step 4) or expect them unvisited.', { uncovered }),
        )
      : null,
    n.coverage > 1 ? h('p', { className: 'sp-warn' }, t('The reps cannot make every visit: hire {hires} or visit less often.', { hires: n.hires })) : null,
    ...n.byRep
      .filter((r) => r.coverage > 1)
      .map((r) =>
        h(
          'p',
          { className: 'sp-warn' },
          t("{name}'s accounts need {value}% of a rep's visits: give that area another rep (step 4).", { name: r.name, value: decimalOf(r.coverage * 100, 1) }),
        ),
      ),
    trigger,
    ctx.status,
  ];
}

/** The field-work wizard: target and funnel, the working day, the accounts, the reps, review and Build. */
export const FIELD_PLAN_WIZARD: WizardDefinition<FieldPlanState> = {
  settingsKey: 'fieldPlanWizard',
  restore: restoreState,
  steps: [
    { title: FIELD_PLAN_STEPS[0].title, render: stepFunnel, validate: validateStep },
    { title: FIELD_PLAN_STEPS[1].title, render: stepDay, validate: validateStep },
    { title: FIELD_PLAN_STEPS[2].title, render: stepAccounts, validate: validateStep },
    { title: FIELD_PLAN_STEPS[3].title, render: stepReps, validate: validateStep },
    { title: FIELD_PLAN_STEPS[4].title, render: stepReview },
  ],
};

export function renderFieldPlanWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, FIELD_PLAN_WIZARD);
}
export type { FieldPlanAnswers };
