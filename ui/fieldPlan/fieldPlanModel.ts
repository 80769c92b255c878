import { CellValue, isSheetError } from '../../core/kit/cells';
import { CATALOGUE, invokeFunction } from '../../core';
import { finite, listOf, optional, orNull, restoreSaved, shaped, stepOf, text, tooMany, declaredNumbers } from '../wizard/savedState';
import { ModelStep, checkAtStep } from '../wizard/modelSteps';
import { brokenAnswers } from '../../core/kit/answers';
import { parseRangeA1 } from '../../core/kit/sheet';
import { FieldPlanAnswers, MAX_ACCOUNTS, FIELD_PLAN_FIELDS, MAX_REPS, MAX_STAGES, dayVisits, sameName } from '../../core/plans/fieldPlan';
import { t, msg, numberLocale, reasonOf } from '../i18n';
import { MAX_FIELDS } from '../host';

/** The wizard's state: the answers, and the accounts table's field names (plain JSON, saved as typed). */
export interface FieldPlanState {
  readonly step: number;
  readonly answers: FieldPlanAnswers;
  readonly fields: readonly string[];
  /** The areas found in the accounts, for the reps' areas. */
  readonly areas: readonly string[];
}

export function initialState(): FieldPlanState {
  return {
    step: 0,
    fields: [],
    areas: [],
    answers: {
      target: FIELD_PLAN_FIELDS.target.default,
      dealSize: FIELD_PLAN_FIELDS.dealSize.default,
      sellingDays: FIELD_PLAN_FIELDS.sellingDays.default,
      stages: [
        { name: t('Leads'), rate: 0.3 },
        { name: t('Meetings'), rate: 0.5 },
        { name: t('Proposals'), rate: 0.35 },
      ],
      day: {
        minutes: 510,
        breaks: 30,
        admin: 60,
        visit: 45,
        travel: 30,
        prep: 10,
        wait: 5,
        maxVisits: FIELD_PLAN_FIELDS.maxVisits.default,
        noShowRate: FIELD_PLAN_FIELDS.noShowRate.default,
      },
      accounts: { sheet: '', range: '', nameField: '', areaField: '', valueField: '' },
      classes: { aShare: 0.8, bShare: 0.95, frequencies: { A: 24, B: 12, C: 4 } },
      reps: [],
    },
  };
}

/** The first field whose name matches, else ''. */
const fieldLike = (fields: readonly string[], pattern: RegExp) => fields.find((f) => pattern.test(f)) ?? '';

/**
 * The accounts' fields guessed from the header: a name (customer, account, name), an area (area,
 * territory, region, state, city), a value (revenue, potential, sales, value), the coordinates
 * (Latitude / Lat, Longitude / Lon / Lng; '' when absent); and their areas.
 *
 * @example
 * readAccounts([['Account', 'Customer', 'State', 'Revenue'], …]).nameField //=> 'Customer'
 */
export function readAccounts(values: readonly (readonly CellValue[])[]): {
  fields: string[];
  nameField: string;
  areaField: string;
  valueField: string;
  latField: string;
  lonField: string;
  areas: string[];
} {
  const fields = (values[0] ?? []).map((v) => String(v ?? '').trim());
  const nameField = fieldLike(fields, /customer|company|name/i) || fieldLike(fields, /account/i) || fields[0] || '';
  // The broadest area first: a state before its cities.
  const areaField = [/area|territor/i, /region/i, /state|province|county/i, /zone|city/i].map((p) => fieldLike(fields, p)).find(Boolean) ?? '';
  const valueField = fieldLike(fields, /revenue|potential|sales|value|amount/i);
  const latField = fieldLike(fields, /^lat(itude)?$/i);
  const lonField = fieldLike(fields, /^(lon|lng|long|longitude)$/i);
  const column = fields.indexOf(areaField);
  const areas =
    column < 0
      ? []
      : [
          ...new Set(
            values
              .slice(1)
              .map((r) => String(r[column] ?? '').trim())
              .filter(Boolean),
          ),
        ];
  return { fields, nameField, areaField, valueField, latField, lonField, areas };
}

/** The KPIs a funnel rate can be read from, and what to select for each. */
export const RATE_SOURCES = {
  WINRATE: { stage: 'last', select: msg('select a column of Won / Lost outcomes') },
  LEADCONVERSION: { stage: 'first', select: msg('select a column that is filled in once a lead converts, header row included') },
} as const;

/**
 * A funnel rate from the user's own data, to 0.1%: the win rate of the selected outcomes (WINRATE),
 * or the lead conversion of a selected column, header row first (LEADCONVERSION: its filled-in cells
 * over its rows). A message when the selection gives none.
 *
 * @example
 * rateFromSelection('LEADCONVERSION', [['Converted'], ['2024-03-01'], [null], [null], ['2024-04-02']]) //=> 0.5
 */
export function rateFromSelection(kpi: keyof typeof RATE_SOURCES, values: readonly (readonly CellValue[])[]): number | string {
  const fn = CATALOGUE.find((f) => f.name === kpi)!;
  const column = values.slice(1).map((r) => [r[0] ?? null]);
  const rate = kpi === 'WINRATE' ? invokeFunction(fn, [values]) : invokeFunction(fn, [column, column.length]);
  if (typeof rate === 'number') return Math.round(rate * 1000) / 1000;
  return t('The selection gives no {value}: {value2}.', {
    value: kpi === 'WINRATE' ? t('win rate') : t('lead conversion'),
    value2: isSheetError(rate) ? reasonOf(rate) : t(RATE_SOURCES[kpi].select),
  });
}

/** One rep per area, named after it: a start the manager edits. */
export function repPerArea(areas: readonly string[]): FieldPlanAnswers['reps'] {
  return areas.map((area, i) => ({ name: t('Rep {value}', { value: i + 1 }), area }));
}

/** The target, the average deal, the funnel stages and the selling days. */
function checkTargetAndFunnel(state: FieldPlanState): Record<string, string> {
  const a = state.answers;
  const ruled = brokenAnswers(FIELD_PLAN_FIELDS, 0, a, t);
  if (Object.keys(ruled).length > 0) return ruled;
  if (a.stages.length > MAX_STAGES) return { stages: tooMany(MAX_STAGES, a.stages.length) };
  if (a.stages.some((s) => !(s.rate > 0 && s.rate <= 1) || s.name.trim() === ''))
    return { stages: t('Each stage needs a name and a rate to the next stage above 0% and at most 100%.') };
  return {};
}

/** A rep's working day: each part's minutes, and room for at least one visit. */
function checkWorkingDay(state: FieldPlanState): Record<string, string> {
  const a = state.answers;
  const d = a.day;
  const ruled = brokenAnswers(FIELD_PLAN_FIELDS, 1, a, t);
  if (Object.keys(ruled).length > 0) return ruled;
  if (d.visit + d.travel + d.prep + d.wait === 0) return { day: t('A visit with its travel takes some minutes.') };
  // A day that fits no visit would plan 0 visits a day, and a sheet that needs no reps' days at all.
  const perDay = dayVisits(d);
  if (typeof perDay === 'number' && perDay < 1) {
    return {
      day: t(
        'A day of {minutes} minutes for visits fits no visit of {each} minutes with its travel, preparation and waiting: shorten the visit or lengthen the day.',
        { minutes: Math.max(0, d.minutes - d.breaks - d.admin), each: d.visit + d.travel + d.prep + d.wait },
      ),
    };
  }
  return {};
}

/** The accounts: read, not too many, their fields chosen, the class cut-offs and visits. */
function checkAccounts(state: FieldPlanState): Record<string, string> {
  const a = state.answers;
  if (a.accounts.range === '' || state.fields.length === 0)
    return { accounts: t('Select the accounts in the sheet, header row included, then press the button.') };
  const { top, bottom } = parseRangeA1(a.accounts.range);
  if (bottom - top > MAX_ACCOUNTS)
    return { accounts: t('A Field plan takes up to {value} accounts: select fewer.', { value: MAX_ACCOUNTS.toLocaleString(numberLocale()) }) };
  const missing = [a.accounts.nameField, a.accounts.areaField, a.accounts.valueField].some((f) => !state.fields.includes(f));
  if (missing) return { accountFields: t('Choose the fields that name an account, give its area and its revenue or potential.') };
  if (Boolean(a.accounts.latField) !== Boolean(a.accounts.lonField)) return { accountFields: t('Choose both a latitude and a longitude field, or neither.') };
  const classes = brokenAnswers(FIELD_PLAN_FIELDS, 2, a, t);
  if (Object.keys(classes).length > 0) return classes;
  return a.classes.aShare <= a.classes.bShare ? {} : { classes: t('The A cut-off must not be above the B cut-off.') };
}

/** The reps: at least one, each named once, each with an area. */
function checkReps(state: FieldPlanState): Record<string, string> {
  const a = state.answers;
  if (a.reps.length > MAX_REPS) return { reps: tooMany(MAX_REPS, a.reps.length) };
  // The sheet counts a rep's accounts by name: two reps of one name would share theirs.
  const twice = a.reps.find((r, i) => a.reps.findIndex((o) => sameName(o.name, r.name)) !== i);
  if (twice) return { reps: t('Two reps are called {name}: give each rep a name of their own.', { name: twice.name.trim() }) };
  return a.reps.length > 0 && a.reps.every((r) => r.name.trim() !== '' && r.area.trim() !== '')
    ? {}
    : { reps: t('Add at least one rep, each with a name and an area.') };
}

/** The wizard's steps: each title and the check it must pass before the next. */
export const FIELD_PLAN_STEPS: readonly ModelStep<FieldPlanState>[] = [
  { title: msg('Target and funnel'), check: checkTargetAndFunnel },
  { title: msg('The working day'), check: checkWorkingDay },
  { title: msg('The accounts'), check: checkAccounts },
  { title: msg('The reps'), check: checkReps },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(FIELD_PLAN_STEPS);

const STATE = shaped({
  step: (v: unknown) => stepOf(FIELD_PLAN_STEPS.length)(v),
  fields: listOf(text, MAX_FIELDS),
  areas: listOf(text, MAX_ACCOUNTS),
  answers: shaped({
    ...declaredNumbers(FIELD_PLAN_FIELDS),
    stages: listOf(shaped({ name: text, rate: finite }), MAX_STAGES),
    day: shaped({
      minutes: finite,
      breaks: finite,
      admin: finite,
      visit: finite,
      travel: finite,
      prep: finite,
      wait: finite,
      maxVisits: orNull(finite),
      noShowRate: finite,
    }),
    accounts: shaped({
      sheet: text,
      range: (v) => text(v) && /^([A-Z]+\d+:[A-Z]+\d+)?$/.test(v as string),
      nameField: text,
      areaField: text,
      valueField: text,
      latField: optional(text),
      lonField: optional(text),
    }),
    classes: shaped({ aShare: finite, bShare: finite, frequencies: shaped({ A: finite, B: finite, C: finite }) }),
    reps: listOf(shaped({ name: text, area: text }), MAX_REPS),
  }),
});

/** The state restored from the document, checked as untrusted input, each step before the saved one validated. */
export function restoreState(saved: unknown): { state: FieldPlanState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}
