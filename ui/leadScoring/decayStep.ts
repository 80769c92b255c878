import { CellValue } from '../../core/kit/cells';
import { LeadDecayAnswers } from '../../core/plans/leadScoring';
import { DECAY_DEFAULTS, DECAY_METHODS, DecayMethod, leadDecay } from '../../core/functions/leads';
import { h } from '../dom';
import { dateInput, field, isoFromSerial, numberInput, select } from '../form';
import { StepContext, answer } from '../wizard/wizardRuntime';
import { LeadScoringState, defaultDecay, ruleGroupNames } from './leadScoringModel';
import { t, msg } from '../i18n';

type Ctx = StepContext<LeadScoringState>;
const NO_DECAY = msg('no decay');

/** What the decay does, in a sentence a manager checks it by. */
function decayExample(d: LeadDecayAnswers): string {
  const age = d.method === 'window' ? d.periodDays + 1 : d.periodDays * 2;
  const kept = leadDecay(1, age, d.method, d.rate, d.periodDays);
  const share = typeof kept === 'number' ? `${Math.round(kept * 100)}%` : '—';
  return t('A lead whose {value} is {age} days before {value2} keeps {share} of its {value3} points.', {
    value: d.dateField || 'date',
    age,
    value2: isoFromSerial(d.asOf) || t('the as-of date'),
    share,
    value3: d.group || 'group',
  });
}

/**
 * The decay step: whether a group's points fade with time, and how (LEADDECAY's method, rate and
 * period), counted from a date field of the leads to an as-of date (the latest date in the field
 * unless changed: sample and exported data are not from today).
 */
export function stepDecay(ctx: Ctx, leads: readonly (readonly CellValue[])[] | undefined): (HTMLElement | null)[] {
  const d = ctx.state.answers.decay;
  const choose = (v: string) => {
    answer(ctx, { decay: v === t(NO_DECAY) ? undefined : { ...(ctx.state.answers.decay ?? defaultDecay(ctx.state, leads)), method: v as DecayMethod } });
    ctx.redraw({});
  };
  const method = field(
    t('Points fade with time'),
    select(d?.method ?? t(NO_DECAY), [t(NO_DECAY), ...DECAY_METHODS], choose, t('Decay method')),
    'decay',
    ctx.errors,
    t('linear: lose the rate each whole period; exponential: lose the rate of what is left; window: keep the points only within the period.'),
  );
  if (!d) return [method, h('p', { className: 'sp-hint' }, t('HubSpot and Marketo let engagement fade: a visit last year says less than one last week.'))];
  const set = (change: Partial<LeadDecayAnswers>) => answer(ctx, { decay: { ...(ctx.state.answers.decay ?? d), ...change } });
  const example = h('p', { className: 'sp-hint', dataset: { field: 'decayExample' } }, decayExample(d));
  const setAndShow = (change: Partial<LeadDecayAnswers>) => {
    set(change);
    example.textContent = decayExample(ctx.state.answers.decay ?? d);
  };
  const groups = ruleGroupNames(ctx.state.answers);
  return [
    method,
    field(
      t('Group that fades'),
      select(d.group, groups.includes(d.group) ? groups : [d.group, ...groups], (v) => setAndShow({ group: v }), t('Decay group')),
      'decayGroup',
      ctx.errors,
    ),
    field(
      t('Counted from the date in'),
      select(
        d.dateField,
        ctx.state.fields.includes(d.dateField) ? ctx.state.fields : [d.dateField, ...ctx.state.fields],
        (v) => setAndShow({ dateField: v }),
        t('Decay date field'),
      ),
      'decayDate',
      ctx.errors,
    ),
    field(
      t('Rate a period (%)'),
      numberInput(d.rate * 100, (v) => setAndShow({ rate: v / 100 }), t('Decay rate')),
      'decayRate',
      ctx.errors,
    ),
    field(
      t('Period (days)'),
      numberInput(d.periodDays, (v) => setAndShow({ periodDays: v }), t('Decay period'), '1'),
      'decayPeriod',
      ctx.errors,
      t("Marketo's window is {periodDays} days.", { periodDays: DECAY_DEFAULTS.periodDays }),
    ),
    field(
      t('Ages counted to'),
      dateInput(d.asOf, (v) => setAndShow({ asOf: v }), t('Decay as of')),
      'decayAsOf',
      ctx.errors,
      t('On the sheet you may type =TODAY() here.'),
    ),
    example,
  ];
}
