import { CellValue } from '../../core/kit/cells';
import { percentOf } from '../numbers';
import {
  buildSalesEvaluation,
  dashboardNumbers,
  SalesEvaluationAnswers,
  evaluationNumbers,
  forecastNumbers,
  PipelineAnswers,
} from '../../core/plans/salesEvaluation';
import { h } from '../dom';
import { button, errorLine, factsList, field, fieldPicker, linesBox, numberInput, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { selectedTable } from '../wizard/selectedTable';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import {
  SALES_EVALUATION_STEPS,
  SalesEvaluationState,
  readActuals,
  readPipeline,
  restoreState,
  targetsFromLastYear,
  targetsFromPlan,
  validateStep,
  withActualsField,
  withPipelineField,
  ProbabilityFrom,
  stagesAsText,
  typedStages,
  withProbabilityFrom,
} from './salesEvaluationModel';
import { msg, t, numberLocale, uiLanguage } from '../i18n';
import { spacedName } from '../../core/kit/sheet';
import { sayMisread } from '../wizard/misreadCells';

type Ctx = StepContext<SalesEvaluationState>;

/** The actuals as read in this pane (kept by their address, see StepContext.keepTable), or undefined. */
const actualsRead = (ctx: Ctx) => ctx.keptTable(`${ctx.state.answers.actuals.sheet}!${ctx.state.answers.actuals.range}`);

/** Why the names in these fields cannot be compared as they are (spaces around one), if so. */
function namesMisread(values: readonly (readonly CellValue[])[], fields: readonly string[], names: readonly string[]): string | undefined {
  for (const name of names.filter(Boolean)) {
    const spaced = spacedName(values, fields.indexOf(name));
    if (spaced) return sayMisread('spaces', spaced, fields);
  }
  return undefined;
}

async function actualsFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('actuals');
  if (!selection) return;
  const table = selectedTable(selection, t('the actuals, a row each'));
  if (typeof table === 'string') return ctx.redraw({ actuals: table });
  const read = readActuals(table.values, table.sheet, table.range);
  const spaced = namesMisread(table.values, table.fields, [read.actuals.childField, read.actuals.statusField, read.actuals.productField ?? '']);
  if (spaced) return ctx.redraw({ actuals: spaced });
  ctx.keepTable(`${table.sheet}!${table.range}`, table.values);
  ctx.update((s) => ({ ...s, fields: table.fields, answers: { ...s.answers, ...read, children: [] } }));
  ctx.redraw({});
}

/** The open pipeline as read in this pane, or undefined. */
const pipelineRead = (ctx: Ctx) => {
  const p = ctx.state.answers.pipeline;
  return p ? ctx.keptTable(`${p.sheet}!${p.range}`) : undefined;
};

async function pipelineFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('pipeline');
  if (!selection) return;
  const table = selectedTable(selection, t('the open deals, a row each'));
  if (typeof table === 'string') return ctx.redraw({ pipeline: table });
  ctx.keepTable(`${table.sheet}!${table.range}`, table.values);
  answer(ctx, { pipeline: readPipeline(table.values, table.sheet, table.range) });
  ctx.redraw({});
}

/** The optional open pipeline: read from a selection, its fields chosen, or left out. */
function pipelinePart(ctx: Ctx): (HTMLElement | null)[] {
  const p = ctx.state.answers.pipeline;
  const hint = p
    ? t('Forecast from {value} open deals in {sheet}!{range}.', { value: (pipelineRead(ctx)?.length ?? 1) - 1, sheet: p.sheet, range: p.range })
    : t(
        'Optional: select the open deals (an amount, an expected close date, a probability; a forecast category if you have one), header row included, to forecast the months ahead.',
      );
  const setField = (key: 'amountField' | 'closeField' | 'probabilityField' | 'categoryField', value: string) => {
    if (!p) return;
    answer(ctx, { pipeline: withPipelineField(p, key, value, pipelineRead(ctx)) });
    ctx.redraw({});
  };
  const pick = (key: 'amountField' | 'closeField' | 'probabilityField', label: string) =>
    p
      ? field(
          label,
          select(p[key] || p.fields[0], p.fields, (v) => setField(key, v), label),
          'pipeline',
          ctx.errors,
        )
      : null;
  return [
    h('p', { className: 'sp-hint' }, hint),
    h(
      'div',
      { className: 'sp-row-buttons' },
      button(t('Use the selected cells as the open pipeline'), () => void pipelineFromSelection(ctx)),
      p
        ? button(t('Leave out the pipeline'), () => {
            answer(ctx, { pipeline: undefined });
            ctx.redraw({});
          })
        : null,
    ),
    errorLine(ctx.errors, 'pipeline'),
    pick('amountField', t('Deal amount field')),
    pick('closeField', t('Expected close date field')),
    ...(p ? probabilityPart(ctx, p) : []),
    p
      ? field(
          t('Forecast category field'),
          fieldPicker(p.categoryField ?? '', p.fields, (v) => setField('categoryField', v), t('Forecast category field'), { optional: true }),
          'pipeline',
          ctx.errors,
        )
      : null,
  ];
}

const PROBABILITY_FROM: Readonly<Record<ProbabilityFrom, string>> = {
  field: msg('A probability field of each deal'),
  stage: msg('Each deal’s stage, from a stage table'),
};

/** Where each deal's probability comes from: a field, or its stage with a stage table typed a line each. */
function probabilityPart(ctx: Ctx, p: PipelineAnswers): (HTMLElement | null)[] {
  const from: ProbabilityFrom = p.stageField !== undefined ? 'stage' : 'field';
  const change = (pipeline: PipelineAnswers) => {
    answer(ctx, { pipeline });
    ctx.redraw({});
  };
  const label = t('Probability from');
  const chooser = field(
    label,
    select(
      from,
      ['field', 'stage'] as const,
      (v) => change(withProbabilityFrom(p, v, pipelineRead(ctx))),
      label,
      (v) => t(PROBABILITY_FROM[v]),
    ),
    'probabilityFrom',
    {},
  );
  if (from === 'field') {
    const pickLabel = t('Probability field');
    return [
      chooser,
      field(
        pickLabel,
        select(p.probabilityField || p.fields[0], p.fields, (v) => change({ ...p, probabilityField: v }), pickLabel),
        'pipeline',
        ctx.errors,
      ),
    ];
  }
  const stageLabel = t('Stage field');
  const boxLabel = t('Stage probabilities, a line each: Stage: 40%');
  const box = linesBox(
    boxLabel,
    stagesAsText(p.stages ?? []),
    (typed) => answer(ctx, { pipeline: { ...ctx.state.answers.pipeline!, stages: typedStages(typed) } }),
    {
      rows: 6,
    },
  );
  return [
    chooser,
    field(
      stageLabel,
      select(p.stageField || p.fields[0], p.fields, (v) => change(withProbabilityFrom(p, 'stage', pipelineRead(ctx), v)), stageLabel),
      'pipeline',
      ctx.errors,
    ),
    field(
      boxLabel,
      box,
      'stages',
      ctx.errors,
      t('Stages named as the deals name them (case aside); a stage the table leaves out weighs nothing and the sheet says how many deals have one.'),
    ),
  ];
}

function stepActuals(ctx: Ctx): (HTMLElement | null)[] {
  const { answers: a, fields } = ctx.state;
  const setField = (key: keyof SalesEvaluationAnswers['actuals'], value: string) => {
    const names = key === 'childField' || key === 'statusField' || key === 'productField';
    const actuals = actualsRead(ctx);
    const spaced = names && actuals ? namesMisread(actuals, fields, [value]) : undefined;
    if (spaced) return ctx.redraw({ actualFields: spaced });
    ctx.update((s) => withActualsField(s, key, value, actuals));
    ctx.redraw({});
  };
  const pick = (key: 'dateField' | 'amountField' | 'childField', label: string) =>
    field(
      label,
      select(a.actuals[key] || fields[0], fields, (v) => setField(key, v), label),
      'actualFields',
      ctx.errors,
    );
  const optionalPick = (key: 'statusField' | 'createdField' | 'productField' | 'quantityField', label: string) =>
    field(
      label,
      fieldPicker(a.actuals[key] ?? '', fields, (v) => setField(key, v), label, { optional: true }),
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
        : t(
            'Select the actuals (a date, an amount, a rep or region; a status, product and quantity if you have them), header row included, then press the button.',
          ),
    ),
    errorLine(ctx.errors, 'actuals'),
    ...(fields.length > 0
      ? [
          pick('dateField', t('Date field (when it was won)')),
          pick('amountField', t('Amount field')),
          pick('childField', t('Measured by (rep, region, product, customer)')),
          optionalPick('statusField', t('Status field')),
          field(
            t('Status that counts'),
            textInput(a.actuals.countedStatus, (v) => answer(ctx, { actuals: { ...ctx.state.answers.actuals, countedStatus: v } }), t('Status that counts')),
            'actualFields',
            ctx.errors,
          ),
          optionalPick('createdField', t('Created date field (sales cycle)')),
          optionalPick('productField', t('Product field (price, volume, mix)')),
          optionalPick('quantityField', t('Quantity field')),
          ...pipelinePart(ctx),
        ]
      : []),
  ];
}

async function targetsFromSelectedPlan(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('targets');
  if (!selection) return;
  const children = targetsFromPlan(selection);
  if (typeof children === 'string') return ctx.redraw({ targets: children });
  answer(ctx, { children });
  ctx.redraw({});
}

function stepTargets(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const fromLastYear = () => {
    const actuals = actualsRead(ctx);
    if (!actuals) return ctx.redraw({ targets: t('Read the actuals again (step 1): they are kept in memory only.') });
    // An emptied growth field hands over NaN, which would make every target NaN.
    if (!(Number.isFinite(ctx.state.growth) && ctx.state.growth >= -1)) return ctx.redraw({ growth: t('Growth: a percent of −100 or more, such as 10.') });
    answer(ctx, { children: targetsFromLastYear(ctx.state.answers, actuals, ctx.state.growth) });
    ctx.redraw({});
  };
  const percent = (key: 'amberFrom' | 'greenFrom', label: string) =>
    field(
      label,
      numberInput(a[key] * 100, (v) => answer(ctx, { [key]: v / 100 }), label),
      'cutOffs',
      ctx.errors,
    );
  const total = a.children.reduce((s, c) => s + c.targets.reduce((x, t) => x + t, 0), 0);
  const year = numberInput(a.year, (v) => answer(ctx, { year: v }), t('Year'), '1');
  // The targets' button and the growth name last year: once the year typed is left, they say it.
  year.addEventListener('change', () => ctx.redraw({}));
  return [
    field(t('Year'), year, 'year', ctx.errors),
    field(
      t('Months gone by'),
      numberInput(a.monthsElapsed, (v) => answer(ctx, { monthsElapsed: v }), t('Months gone by')),
      'elapsed',
      ctx.errors,
      t('A part month allowed: 7.5 is mid-August.'),
    ),
    field(
      t('Growth on {value} (%)', { value: a.year - 1 }),
      numberInput(ctx.state.growth * 100, (v) => ctx.update((s) => ({ ...s, growth: v / 100 })), t('Growth')),
      'growth',
      ctx.errors,
    ),
    h(
      'div',
      { className: 'sp-row-buttons' },
      button(t("Targets: {value}'s actuals plus growth", { value: a.year - 1 }), fromLastYear),
      button(t('Targets from the selected plan rows'), () => void targetsFromSelectedPlan(ctx)),
    ),
    errorLine(ctx.errors, 'targets'),
    a.children.length > 0
      ? h(
          'p',
          { className: 'sp-hint', dataset: { field: 'targetsRead' } },
          t('{length} targets, {value} for the year{value2}: {value3}.', {
            length: a.children.length,
            value: Math.round(total).toLocaleString(numberLocale()),
            value2: a.children.some((c) => c.targetCells) ? ', read from the plan sheet (the evaluation follows its edits)' : '',
            value3: a.children.map((c) => c.name).join(', '),
          }),
        )
      : null,
    percent('amberFrom', t('Amber from (% of target to date)')),
    percent('greenFrom', t('Green from (%)')),
  ];
}

/** The year's weighted forecast and the gap it leaves, when the pipeline is read. */
function pipelineFacts(ctx: Ctx, byMonth: Parameters<typeof forecastNumbers>[2]): [string, string][] {
  const table = pipelineRead(ctx);
  const months = table ? forecastNumbers(ctx.state.answers, table, byMonth) : [];
  if (!Array.isArray(months) || months.length === 0) return [];
  const money = (v: number) => Math.round(v).toLocaleString(numberLocale());
  return [
    [t('Weighted forecast in {value}', { value: ctx.state.answers.year }), money(months.reduce((s, m) => s + m.weighted, 0))],
    [t('Gap after forecast'), money(months.reduce((s, m) => s + m.gap, 0))],
  ];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const trigger = buildButton(
    ctx,
    t('Build the evaluation and dashboard'),
    () => buildSalesEvaluation(a, ctx.state.fields, uiLanguage()),
    (names) => t('Built “{names}”. Edit an actual or a target: variance, status and the dashboard follow.', { names }),
    t('the evaluation'),
  );
  const actuals = actualsRead(ctx);
  if (!actuals) return [h('p', { className: 'sp-hint' }, t('Read the actuals again (step 1) to see the review; Build works without it.')), trigger, ctx.status];
  const n = evaluationNumbers(a, actuals);
  const d = dashboardNumbers(a, actuals, n);
  const pct = (v: number | '') => (v === '' ? '–' : percentOf(v));
  const facts: [string, string][] = [
    ...n.byChild.map((c): [string, string] => [c.name, `${c.rag || '–'} · ${pct(c.targetToDate ? c.actual / c.targetToDate : '')}`]),
    [t('Win rate'), pct(d.winRate)],
    [t('Attainment to date'), pct(d.attainment)],
    [t('Growth on {value}', { value: a.year - 1 }), pct(d.growth)],
    ...pipelineFacts(ctx, n.byMonth),
  ];
  return [
    factsList(facts),
    ...n.shortfalls
      .slice(0, 3)
      .map((s) =>
        h(
          'p',
          { className: 'sp-warn' },
          t('{name} is {value} behind target to date.', { name: s.name, value: Math.round(s.gap).toLocaleString(numberLocale()) }),
        ),
      ),
    trigger,
    ctx.status,
  ];
}

/** The evaluation wizard: the actuals, the targets and cut-offs, review and Build (Evaluation and Dashboard sheets). */
export const SALES_EVALUATION_WIZARD: WizardDefinition<SalesEvaluationState> = {
  settingsKey: 'salesEvaluationWizard',
  restore: restoreState,
  steps: [
    { title: SALES_EVALUATION_STEPS[0].title, render: stepActuals, validate: validateStep },
    { title: SALES_EVALUATION_STEPS[1].title, render: stepTargets, validate: validateStep },
    { title: SALES_EVALUATION_STEPS[2].title, render: stepReview },
  ],
};

export function renderSalesEvaluationWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, SALES_EVALUATION_WIZARD);
}
