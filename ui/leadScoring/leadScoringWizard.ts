import { buildLeadScoring } from '../../core/plans/leadScoring';
import { decimalOf } from '../numbers';
import { RULE_OPERATORS, RuleOperator, ScoringRule } from '../../core/functions/leads';
import { h } from '../dom';
import { CellValue } from '../../core/kit/cells';
import { button, errorLine, factsList, field, fieldPicker, isoFromSerial, linesBox, numberInput, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { selectedTable } from '../wizard/selectedTable';
import { StepContext, StepMemory, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import { stepDecay } from './decayStep';
import { learntRules } from './learntRules';
import {
  LeadScoringState,
  LEAD_SCORING_STEPS,
  fitModel,
  hasFitAndEngagement,
  parseCaps,
  presetRules,
  restoreState,
  reviewNumbers,
  ruleValue,
  validateStep,
  rankingWords,
  defaultRouting,
  parseRoutingReps,
  routingRepsAsText,
  routingLoads,
  tooManyRouted,
  repsFromCells,
} from './leadScoringModel';
import { ROUTED_BANDS, RoutedBand } from '../../core/plans/leadScoring';
import { NO_REP } from '../../core/functions/routing';
import { t, numberLocale, uiLanguage } from '../i18n';
import { numberAsText } from '../../core/kit/sheet';
import { sayMisread } from '../wizard/misreadCells';

type Ctx = StepContext<LeadScoringState>;

/** The lead table from the cells selected in the sheet: its first row the field names. */
async function leadsFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('leads');
  if (!selection) return;
  const table = selectedTable(selection, t('the leads'));
  if (typeof table === 'string') return ctx.redraw({ leads: table });
  const asText = numberAsText(table.values);
  if (asText) return ctx.redraw({ leads: sayMisread('textNumber', asText, table.fields) });
  const { sheet, range, fields, values } = table;
  ctx.keepTable(`${sheet}!${range}`, values);
  const outcome = fields.find((f) => /outcome|status|result/i.test(f)) ?? '';
  ctx.update((s) => ({ ...s, fields, answers: { ...s.answers, leadsSheet: sheet, leadsRange: range, labelField: fields[0], outcomeField: outcome } }));
  ctx.redraw({});
}

/** Where the lead table was read from: the key its kept copy is found by. */
const leadsAddress = (state: LeadScoringState) => `${state.answers.leadsSheet}!${state.answers.leadsRange}`;

function stepLeads(ctx: Ctx): (HTMLElement | null)[] {
  const { answers: a, fields } = ctx.state;
  const read =
    fields.length > 0
      ? t('{leads} leads with {length} fields read from {leadsSheet}!{leadsRange}.', {
          leads: Math.max(0, (ctx.keptTable(leadsAddress(ctx.state))?.length ?? 1) - 1),
          length: fields.length,
          leadsSheet: a.leadsSheet,
          leadsRange: a.leadsRange,
        })
      : t('Select the lead table in the sheet (its header row included), then press the button.');
  return [
    button(t('Use the selected cells as the lead table'), () => void leadsFromSelection(ctx)),
    h('p', { className: 'sp-hint' }, read),
    errorLine(ctx.errors, 'leads'),
    fields.length > 0
      ? field(
          t('The field that names a lead'),
          select(a.labelField, fields, (v) => answer(ctx, { labelField: v }), t('Lead name field')),
          'labelField',
          ctx.errors,
        )
      : null,
    fields.length > 0
      ? field(
          t('Won / Lost in (for conversion)'),
          fieldPicker(a.outcomeField, fields, (v) => answer(ctx, { outcomeField: v }), t('Outcome field'), { optional: true }),
          'outcomeField',
          ctx.errors,
        )
      : null,
  ];
}

/** One rule as a row of fields: field, operator, value, points, group, and remove. */
function ruleRow(ctx: Ctx, rule: ScoringRule, i: number, redraw: () => void): HTMLElement {
  const set = (change: Partial<ScoringRule>) => answer(ctx, { rules: ctx.state.answers.rules.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  const remove = button(
    '✕',
    () => {
      answer(ctx, { rules: ctx.state.answers.rules.filter((_, j) => j !== i) });
      redraw();
    },
    'sp-link',
  );
  remove.ariaLabel = t('Remove rule {value}', { value: i + 1 });
  return h(
    'tr',
    {},
    h(
      'td',
      {},
      select(
        rule.field,
        ctx.state.fields.includes(rule.field) ? ctx.state.fields : [rule.field, ...ctx.state.fields],
        (v) => set({ field: v }),
        t('Field of rule {value}', { value: i + 1 }),
      ),
    ),
    h(
      'td',
      {},
      select<RuleOperator>(rule.operator, RULE_OPERATORS, (v) => set({ operator: v }), t('Operator of rule {value}', { value: i + 1 })),
    ),
    h(
      'td',
      {},
      textInput(rule.value === null ? '' : String(rule.value), (v) => set({ value: ruleValue(v) }), t('Value of rule {value}', { value: i + 1 })),
    ),
    h(
      'td',
      {},
      numberInput(rule.points, (v) => set({ points: v }), t('Points of rule {value}', { value: i + 1 })),
    ),
    h(
      'td',
      {},
      textInput(rule.group, (v) => set({ group: v.trim() }), t('Group of rule {value}', { value: i + 1 })),
    ),
    h('td', {}, remove),
  );
}

/**
 * Rules learnt from the leads already won and lost (learntRules): a start that ranks the manager's own
 * leads better than chance. Offered once the leads are read with an outcome field.
 */
function learntButton(ctx: Ctx, add: (rules: ScoringRule[]) => void): HTMLButtonElement {
  const a = ctx.state.answers;
  const leads = ctx.keptTable(leadsAddress(ctx.state));
  const learn = button(t('Learn from won and lost leads'), () => {
    const rules = leads ? learntRules(leads, a.labelField, a.outcomeField) : [];
    if (rules.length > 0) return add(rules);
    ctx.redraw({ rules: t('No field of these leads tells won from lost clearly enough to learn a rule from: write the rules yourself.') });
  });
  learn.disabled = !leads || a.outcomeField === '';
  return learn;
}

/** Why "Learn from won and lost leads" is greyed: no outcome field was chosen (a restored wizard starts again at the leads, so they are always read here). */
function learnHint(ctx: Ctx): HTMLElement | null {
  return ctx.state.answers.outcomeField === ''
    ? h('p', { className: 'sp-hint' }, t('Choose the field that says Won / Lost (step 1) to learn rules from the leads.'))
    : null;
}

function stepRules(ctx: Ctx): (HTMLElement | null)[] {
  const rows = h('tbody');
  const redraw = () => rows.replaceChildren(...ctx.state.answers.rules.map((rule, i) => ruleRow(ctx, rule, i, redraw)));
  redraw();
  const add = (rules: ScoringRule[]) => {
    answer(ctx, { rules: [...ctx.state.answers.rules, ...rules] });
    ctx.redraw({});
  };
  const blank: ScoringRule = { field: ctx.state.fields[0] ?? '', operator: '=', value: null, points: 10, group: '' };
  const caps = textInput(ctx.state.answers.caps.map((c) => `${c.group}: ${c.cap}`).join('; '), (v) => answer(ctx, { caps: parseCaps(v) }), t('Group caps'));
  return [
    h(
      'div',
      { className: 'sp-row-buttons' },
      button(t('Add a rule'), () => add([blank])),
      button(t('Timeframe rule'), () => add(presetRules('timeframe', ctx.state.fields))),
      button(t('Fit and engagement'), () => add(presetRules('fitEngagement', ctx.state.fields))),
      learntButton(ctx, add),
    ),
    learnHint(ctx),
    h(
      'table',
      { className: 'sp-children sp-rules' },
      h('thead', {}, h('tr', {}, ...[t('Field'), t('Operator'), t('Value'), t('Points'), t('Group'), ''].map((label) => h('th', {}, label)))),
      rows,
    ),
    ctx.errors.rules
      ? h('p', { className: 'sp-field-error', dataset: { field: 'rules' } }, ctx.errors.rules)
      : h(
          'p',
          { className: 'sp-hint' },
          t('A lead gets the points of every rule it meets; points may be negative. "in" takes a list: "Referral, Trade show".'),
        ),
    field(t('Caps by group (group: cap; …)'), caps, 'caps', ctx.errors, t('e.g. "Fit: 50": the Fit rules add up to 50 at most.')),
  ];
}

/** MQL thresholds, offered when the rules have Fit and Engagement groups: a lead reaching both is marketing-qualified. */
function mqlFields(ctx: Ctx): HTMLElement[] {
  const a = ctx.state.answers;
  if (!hasFitAndEngagement(a)) return [];
  const mql = a.mql ?? { fitFrom: 30, engagementFrom: 30 };
  if (!a.mql) answer(ctx, { mql });
  return [
    field(
      t('MQL: Fit points from'),
      numberInput(mql.fitFrom, (v) => answer(ctx, { mql: { ...(ctx.state.answers.mql ?? mql), fitFrom: v } }), t('MQL fit from')),
      'mql',
      ctx.errors,
    ),
    field(
      t('MQL: Engagement points from'),
      numberInput(mql.engagementFrom, (v) => answer(ctx, { mql: { ...(ctx.state.answers.mql ?? mql), engagementFrom: v } }), t('MQL engagement from')),
      'mql',
      ctx.errors,
      t('A lead reaching both is marketing-qualified (MQL).'),
    ),
  ];
}

function stepBands(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const predict = h('input', { type: 'checkbox', checked: ctx.state.predict === true, disabled: !a.outcomeField, ariaLabel: t('Add the predictive score') });
  predict.addEventListener('change', () => ctx.update((s) => ({ ...s, predict: predict.checked })));
  return [
    field(
      t('Highest score'),
      numberInput(a.maxScore, (v) => answer(ctx, { maxScore: v }), t('Highest score')),
      'maxScore',
      ctx.errors,
    ),
    field(
      t('Warm from'),
      numberInput(a.warmFrom, (v) => answer(ctx, { warmFrom: v }), t('Warm from')),
      'warmFrom',
      ctx.errors,
    ),
    field(
      t('Hot from'),
      numberInput(a.hotFrom, (v) => answer(ctx, { hotFrom: v }), t('Hot from')),
      'hotFrom',
      ctx.errors,
      t('Below warm is cold.'),
    ),
    errorLine(ctx.errors, 'bands'),
    ...mqlFields(ctx),
    h('label', { className: 'sp-check' }, predict, t(' Add the predictive score: fitted on your won and lost leads, every coefficient on the sheet')),
    errorLine(ctx.errors, 'model'),
    ...routingPart(ctx),
  ];
}

const NO_ROUTING = 'none';

/** Whether and how the hot leads go to reps: the band routed from, the leads' area field, the reps with their area and capacity. */
function routingPart(ctx: Ctx): (HTMLElement | null)[] {
  const routing = ctx.state.answers.routing;
  const choose = (v: RoutedBand | typeof NO_ROUTING) => {
    const kept = ctx.state.answers.routing ?? defaultRouting(ctx.state, ctx.keptTable(leadsAddress(ctx.state)));
    answer(ctx, { routing: v === NO_ROUTING ? undefined : { ...kept, from: v } });
    ctx.redraw({});
  };
  const bandSaid: Record<string, string> = { Hot: t('hot leads'), Warm: t('warm and hot leads'), Cold: t('every lead') };
  const from = field(
    t('Route to reps'),
    select<RoutedBand | typeof NO_ROUTING>(routing?.from ?? NO_ROUTING, [NO_ROUTING, ...ROUTED_BANDS], choose, t('Route to reps'), (o) =>
      o === NO_ROUTING ? t('no routing') : bandSaid[o],
    ),
    'routing',
    ctx.errors,
    t('Hottest first, each lead goes to a rep of its area with capacity left and the least of it used.'),
  );
  if (!routing) return [h('h3', {}, t('Routing')), from];
  const set = (change: Partial<typeof routing>) => answer(ctx, { routing: { ...(ctx.state.answers.routing ?? routing), ...change } });
  const box = linesBox(t('Reps, a line each: Name: area, capacity'), routingRepsAsText(routing.reps), (typed) => set({ reps: parseRoutingReps(typed) }), {
    rows: Math.min(10, routing.reps.length + 2),
  });
  const fromCells = async () => {
    const selection = await ctx.readSelection('routingReps');
    if (!selection) return;
    const reps = repsFromCells(selection.values as never, ctx.state.answers.routing?.reps ?? []);
    if (typeof reps === 'string') return ctx.redraw({ routingReps: reps });
    set({ reps });
    ctx.redraw({});
  };
  return [
    h('h3', {}, t('Routing')),
    from,
    field(
      t('Area field of the leads'),
      fieldPicker(routing.areaField, ctx.state.fields, (v) => set({ areaField: v }), t('Area field of the leads')),
      'routingArea',
      ctx.errors,
    ),
    field(
      t('Reps, a line each: Name: area, capacity'),
      box,
      'routingReps',
      ctx.errors,
      t('Area * or blank: every area. Capacity blank: no limit. On the sheet you can edit them, and add a rep in the blank rows.'),
    ),
    button(t('Reps from the selected cells (a Field plan’s reps)'), () => void fromCells()),
  ];
}

/** How the leads read would be routed: each rep's count, and those no rep can take. */
function routingFacts(ctx: Ctx, leads: readonly (readonly CellValue[])[] | undefined): [string, string][] {
  const routing = ctx.state.answers.routing;
  if (!routing || !leads) return [];
  const loads = routingLoads(ctx.state.answers, leads).map(([rep, n]) => `${rep === NO_REP ? t(NO_REP) : rep} ${n.toLocaleString(numberLocale())}`);
  return [[t('Routed by {field}', { field: routing.areaField }), loads.join(', ') || t('no lead in the band routed')]];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const key = leadsAddress(ctx.state);
  const leads = ctx.keptTable(key);
  const numbers = leads ? reviewNumbers(a, leads) : undefined;
  const facts: [string, string][] = numbers
    ? [
        [t('Leads'), numbers.leads.toLocaleString(numberLocale())],
        [t('Hot / warm / cold'), `${numbers.hot} / ${numbers.warm} / ${numbers.cold}`],
        [t('How well the rules rank won above lost (AUC)'), numbers.auc === undefined ? t('no closed leads') : decimalOf(numbers.auc, 3)],
        [t('Top-decile lift'), numbers.lift === undefined ? '—' : `${decimalOf(numbers.lift, 2)}×`],
        ...(a.decay
          ? [
              [
                t('Decay'),
                t('{group} points: {method}, {value}% a {periodDays}-day period, to {isoFromSerial}', {
                  group: a.decay.group,
                  method: a.decay.method,
                  value: Math.round(a.decay.rate * 100),
                  periodDays: a.decay.periodDays,
                  isoFromSerial: isoFromSerial(a.decay.asOf),
                }),
              ] as [string, string],
            ]
          : []),
        ...(numbers.modelAuc === undefined
          ? []
          : [[t('Predictive score AUC (on the leads it learnt from)'), decimalOf(numbers.modelAuc, 3)] as [string, string]]),
        ...routingFacts(ctx, leads),
      ]
    : [[t('Leads'), t('Select {key} again (step 1) to preview the bands here; the sheet computes them anyway.', { key })]];
  const trigger = buildButton(
    ctx,
    t('Build the lead scoring sheet'),
    () => buildLeadScoring(ctx.state.answers, uiLanguage()),
    (names) => t("Built “{names}”. Edit a rule's points there: every score follows.", { names }),
    t('the lead scoring'),
  );
  const ranking = numbers ? rankingWords(numbers.auc) : undefined;
  return [
    factsList(facts),
    ranking ? h('p', { className: 'sp-hint' }, ranking.explain) : null,
    ranking?.warning ? h('p', { className: 'sp-warn', role: 'alert' }, ranking.warning) : null,
    h(
      'p',
      { className: 'sp-hint' },
      a.rules.length === 1
        ? t('1 rule; the sheet reads {key} and never writes to it.', { key })
        : t('{length} rules; the sheet reads {key} and never writes to it.', { length: a.rules.length, key }),
    ),
    trigger,
    ctx.status,
  ];
}

/** The bands' checks, and, when the predictive score is asked for, that it can be fitted. */
function validateBands(state: LeadScoringState, memory: StepMemory): Record<string, string> {
  const errors = validateStep(state);
  if (Object.keys(errors).length > 0) return errors;
  const key = leadsAddress(state);
  const leads = memory.keptTable(key);
  const routedTooMany = leads && tooManyRouted(state.answers, leads);
  if (routedTooMany) return { routing: routedTooMany };
  if (!state.predict) return {};
  if (!leads) return { model: t('Select {key} again (step 1) to fit the predictive score.', { key }) };
  const model = fitModel(state.answers, leads);
  return typeof model === 'string' ? { model } : {};
}

/** Leaving the bands fits the predictive score (when asked for) on the leads read, or drops it. */
function withModel(state: LeadScoringState, memory: StepMemory): LeadScoringState {
  const leads = memory.keptTable(leadsAddress(state));
  const model = state.predict && leads ? fitModel(state.answers, leads) : undefined;
  const kept = model && typeof model !== 'string' ? { intercept: model.intercept, terms: model.terms, method: model.method } : undefined;
  return { ...state, answers: { ...state.answers, model: kept } };
}

/** The lead-scoring wizard: the lead table, the rules, the bands, review and Build. */
export const LEAD_SCORING_WIZARD: WizardDefinition<LeadScoringState> = {
  settingsKey: 'leadScoringWizard',
  restore: restoreState,
  steps: [
    { title: LEAD_SCORING_STEPS[0].title, render: stepLeads, validate: validateStep },
    { title: LEAD_SCORING_STEPS[1].title, render: stepRules, validate: validateStep },
    { title: LEAD_SCORING_STEPS[2].title, render: (ctx) => stepDecay(ctx, ctx.keptTable(leadsAddress(ctx.state))), validate: validateStep },
    { title: LEAD_SCORING_STEPS[3].title, render: stepBands, validate: validateBands, leave: withModel },
    { title: LEAD_SCORING_STEPS[4].title, render: stepReview },
  ],
};

export function renderLeadScoringWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, LEAD_SCORING_WIZARD);
}
