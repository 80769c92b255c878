import { lineOf, namedLines, partNumber } from '../wizard/namedLines';
import { CellValue } from '../../core/kit/cells';
import { brokenAnswers } from '../../core/kit/answers';
import { COMMISSION_METHODS } from '../../core/functions/incentives';
import {
  INCENTIVE_PLAN_FIELDS,
  IncentivePlanAnswers,
  IncentiveRep,
  MAX_BANDS,
  MAX_REPS,
  PAYOUT_PERIODS,
  RATE_PRESETS,
  RatePreset,
  isQuotaFormula,
} from '../../core/plans/incentivePlan';
import { finite, listOf, oneOf, optional, orNull, restoreSaved, shaped, stepOf, text, tooMany, declaredNumbers } from '../wizard/savedState';
import { ModelStep, checkAtStep, fieldErrors } from '../wizard/modelSteps';
import { targetsFromPlan } from '../salesEvaluation/salesEvaluationModel';
import { MAX_FIELDS } from '../host';
import { t, msg } from '../i18n';

/** Where the reps' quotas came from, as the review says it. */
export const REP_SOURCES = ['typed', 'plan', 'selection'] as const;
export type RepSource = (typeof REP_SOURCES)[number];

/** The wizard's state: the answers, the actuals' fields, the preset the rates started from. */
export interface IncentivePlanState {
  readonly step: number;
  readonly answers: IncentivePlanAnswers;
  readonly fields: readonly string[];
  readonly preset: RatePreset;
  readonly repsFrom: RepSource;
}

/** Pay mix a new rep starts with: a manager changes what differs. */
export const DEFAULT_PAY = { base: 50_000, variable: 25_000 } as const;

export function initialState(today = new Date()): IncentivePlanState {
  return {
    step: 0,
    fields: [],
    preset: 'accelerator',
    repsFrom: 'typed',
    answers: {
      year: today.getFullYear(),
      reps: [],
      actuals: { sheet: '', range: '', dateField: '', amountField: '', childField: '', statusField: '', countedStatus: '' },
      ...RATE_PRESETS.accelerator,
      capMultiple: INCENTIVE_PLAN_FIELDS.capMultiple.default,
      period: 'month',
    },
  };
}

/** The labels of the presets, the methods and the periods, as the pane offers them. */
export const PRESET_LABELS: Readonly<Record<RatePreset, string>> = {
  flat: msg('Flat: the base rate on every sale'),
  accelerator: msg('Marginal, twice the rate above 100%'),
  gatedTiers: msg('Tiers with a gate at 50%'),
};
export const METHOD_LABELS = { marginal: msg('Marginal (each part at its band’s rate)'), tier: msg('Tier (the whole at the band reached)') } as const;
export const PERIOD_LABELS = { month: msg('Monthly'), quarter: msg('Quarterly') } as const;

/**
 * Reps typed a line each, "Name: quota" (a base and a variable pay may follow, and a role,
 * "Ana: 600000, 50000, 25000, Account executive"), or a message saying which line cannot be read.
 *
 * @example
 * typedReps('Ana: 600000\nBen: 450000, 48000, 24000')[1] //=> { name: 'Ben', quota: 450000, quotaFormula: null, base: 48000, variable: 24000 }
 */
export function typedReps(text: string): IncentiveRep[] | string {
  const lines = namedLines(text);
  if (lines.length > MAX_REPS) return tooMany(MAX_REPS, lines.length);
  const reps: IncentiveRep[] = [];
  for (const [i, { name, parts }] of lines.entries()) {
    // A blank part reads as not a number (not 0): the line is not understood.
    const [quota, base = DEFAULT_PAY.base, variable = DEFAULT_PAY.variable] = parts.slice(0, 3).map(partNumber);
    const role = parts[3];
    if (!name || !Number.isFinite(quota)) return t('Line {value}: write a rep as "Name: quota", such as "Ana: 600000".', { value: i + 1 });
    reps.push({ name, quota, quotaFormula: null, base, variable, ...(role ? { role } : {}) });
  }
  return reps;
}

/** The reps as the pane's text box shows them, a line each. */
export const repsAsText = (reps: readonly IncentiveRep[]): string =>
  reps.map((r) => lineOf(r.name, [r.quota, r.base, r.variable, ...(r.role ? [r.role] : [])])).join('\n');

/** The roles the reps were given, in order of first appearance. */
export const rolesOf = (reps: readonly IncentiveRep[]): string[] => [...new Set(reps.flatMap((r) => (r.role ? [r.role] : [])))];

/**
 * Reps from a sales plan sheet's selected rows: each row's name, and a quota that adds up its months'
 * cells (a formula, so the Incentive plan follows the sales plan's edits).
 *
 * @example
 * repsFromPlan({ sheet: 'Sales plan 2027', address: 'A11:P13', values })[0].quotaFormula //=> "='Sales plan 2027'!$E$12+…"
 */
export function repsFromPlan(selection: Parameters<typeof targetsFromPlan>[0], pay: Pick<IncentiveRep, 'base' | 'variable'>): IncentiveRep[] | string {
  const children = targetsFromPlan(selection);
  if (typeof children === 'string') return children;
  if (children.length > MAX_REPS) return tooMany(MAX_REPS, children.length);
  return children.map((c) => {
    const cells = (c.targetCells ?? []).filter((cell): cell is string => Boolean(cell));
    return { name: c.name, quota: c.targets.reduce((s, v) => s + v, 0), quotaFormula: cells.length > 0 ? `=${cells.join('+')}` : null, ...pay };
  });
}

/**
 * Reps from a selected table with a header: a name column (Rep, Owner, Name), a quota column, and
 * base and variable pay when the table has them.
 *
 * @example
 * repsFromTable([['Rep', 'Quota'], ['Ana', 600000]])[0].quota //=> 600000
 */
export function repsFromTable(values: readonly (readonly CellValue[])[]): IncentiveRep[] | string {
  const header = (values[0] ?? []).map((v) => String(v ?? '').trim());
  const col = (pattern: RegExp) => header.findIndex((h) => pattern.test(h));
  const [name, quota, base, variable, role] = [
    /rep|owner|name|seller/i,
    /quota|target/i,
    /base|salary/i,
    /variable|commission|bonus|incentive/i,
    /role|title|position/i,
  ].map(col);
  if (name < 0 || quota < 0) return t('Select the reps with a header row: a name column (Rep) and a quota column (Quota).');
  const rows = values.slice(1).filter((r) => String(r[name] ?? '').trim() !== '');
  if (rows.length > MAX_REPS) return tooMany(MAX_REPS, rows.length);
  const numberOr = (v: CellValue | undefined, otherwise: number) => (typeof v === 'number' ? v : otherwise);
  return rows.map((r) => ({
    name: String(r[name]).trim(),
    quota: numberOr(r[quota], Number.NaN),
    quotaFormula: null,
    base: base < 0 ? DEFAULT_PAY.base : numberOr(r[base], DEFAULT_PAY.base),
    variable: variable < 0 ? DEFAULT_PAY.variable : numberOr(r[variable], DEFAULT_PAY.variable),
    ...(role >= 0 && String(r[role] ?? '').trim() ? { role: String(r[role]).trim() } : {}),
  }));
}

/** The reps: at least one, not too many, each named once, each quota by its rule. */
function checkReps({ answers: a }: IncentivePlanState): Record<string, string> {
  const found = fieldErrors();
  if (a.reps.length === 0) found.put('reps', t('Give the reps and their quotas: typed, from a sales plan sheet, or from a selected table.'));
  if (a.reps.length > MAX_REPS) found.put('reps', tooMany(MAX_REPS, a.reps.length));
  const names = a.reps.map((r) => r.name.trim().toLowerCase());
  if (names.some((n) => !n)) found.put('reps', t('Every row needs a name.'));
  if (new Set(names).size !== names.length) found.put('reps', t('Two reps have the same name: their sales would be counted twice.'));
  for (const [key, message] of Object.entries(brokenAnswers(INCENTIVE_PLAN_FIELDS, 0, a, t))) found.put(key, message);
  return found.errors;
}

/** The actuals: read, and their date, amount and rep fields fields of the table. */
function checkActuals({ answers: a, fields }: IncentivePlanState): Record<string, string> {
  if (a.actuals.range === '' || fields.length === 0) return { actuals: t('Select the actuals in the sheet, header row included, then press the button.') };
  const chosen = [a.actuals.dateField, a.actuals.amountField, a.actuals.childField];
  if (chosen.some((f) => !fields.includes(f))) return { actualFields: t('Choose the fields that give a date, an amount and the rep who sold it.') };
  return a.actuals.statusField && !fields.includes(a.actuals.statusField)
    ? { actualFields: t('The actuals have no field "{field}": choose one of their fields, or (none).', { field: a.actuals.statusField }) }
    : {};
}

/** The pay mix: each rep's base and variable pay by their rules. */
const checkPayMix = ({ answers: a }: IncentivePlanState) => brokenAnswers(INCENTIVE_PLAN_FIELDS, 2, a, t);

/** The rate table: one band at least, not too many, the first from 0% and the bounds rising; the gate. */
function checkRates({ answers: a }: IncentivePlanState): Record<string, string> {
  const found = fieldErrors();
  if (a.bands.length === 0 || a.bands.length > MAX_BANDS) found.put('bands', t('A rate table has from 1 to {value} bands.', { value: MAX_BANDS }));
  for (const [key, message] of Object.entries(brokenAnswers(INCENTIVE_PLAN_FIELDS, 3, a, t))) found.put(key, message);
  if (a.bands.length > 0 && a.bands[0].from !== 0) found.put('bands', t('The first band starts at 0%.'));
  if (a.bands.some((b, i) => i > 0 && !(b.from > a.bands[i - 1].from))) found.put('bands', t('Each band starts above the one before it.'));
  return found.errors;
}

/** The period, the cap and the year. */
const checkPeriod = ({ answers: a }: IncentivePlanState) => brokenAnswers(INCENTIVE_PLAN_FIELDS, 4, a, t);

/** The incentive plan's steps: each title and the check it must pass before the next. */
export const INCENTIVE_PLAN_STEPS: readonly ModelStep<IncentivePlanState>[] = [
  { title: msg('Reps and quotas'), check: checkReps },
  { title: msg('The actuals'), check: checkActuals },
  { title: msg('Pay mix'), check: checkPayMix },
  { title: msg('Rate table'), check: checkRates },
  { title: msg('Period and cap'), check: checkPeriod },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(INCENTIVE_PLAN_STEPS);

// A quota formula comes back only as the sum of another sheet's cells the wizard writes (never any formula).
const REP = shaped({
  name: text,
  quota: finite,
  quotaFormula: orNull((v) => text(v) && isQuotaFormula(v as string)),
  base: finite,
  variable: finite,
  role: optional(text),
});
const STATE = shaped({
  step: (v: unknown) => stepOf(INCENTIVE_PLAN_STEPS.length)(v),
  fields: listOf(text, MAX_FIELDS),
  preset: oneOf(Object.keys(RATE_PRESETS)),
  repsFrom: oneOf(REP_SOURCES),
  answers: shaped({
    ...declaredNumbers(INCENTIVE_PLAN_FIELDS),
    reps: listOf(REP, MAX_REPS),
    actuals: shaped({ sheet: text, range: text, dateField: text, amountField: text, childField: text, statusField: text, countedStatus: text }),
    bands: listOf(shaped({ from: finite, rate: finite }), MAX_BANDS),
    method: oneOf(COMMISSION_METHODS),
    period: oneOf(PAYOUT_PERIODS),
  }),
});

/** The state restored from the document, checked as untrusted input, each step before the saved one validated. */
export function restoreState(saved: unknown): { state: IncentivePlanState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}
