import { isSheetError, CellValue, utcDaySerial } from '../../core/kit/cells';
import { Check, finite, listOf, oneOf, optional, orNull, restoreSaved, shaped, stepOf, text, tooMany, declaredNumbers } from '../wizard/savedState';
import { ModelStep, checkAtStep } from '../wizard/modelSteps';
import {
  LEAD_SCORING_FIELDS,
  LeadDecayAnswers,
  LeadScoringAnswers,
  timeframeRules,
  MAX_LEADS,
  sheetScores,
  MAX_MODEL_TERMS,
  MAX_RULES,
  PRESET_GROUPS,
  LeadRoutingAnswers,
  MAX_ROUTING_REPS,
  MAX_ROUTED_LEADS,
  ROUTED_BANDS,
  RoutingRepAnswer,
  routeScoredLeads,
  isRouted,
  ScoredLead,
} from '../../core/plans/leadScoring';
import { NO_REP } from '../../core/functions/routing';
import { brokenAnswers } from '../../core/kit/answers';
import { parseRangeA1 } from '../../core/kit/sheet';
import {
  DECAY_DEFAULTS,
  DECAY_METHODS,
  leadBand,
  RULE_OPERATORS,
  ScoringRule,
  scoreAuc,
  scoreLift,
  scoredOutcomes,
  LeadModel,
  fitLeadModel,
  leadProbabilities,
} from '../../core/functions/leads';
import { t, msg, numberLocale, reasonOf } from '../i18n';
import { MAX_FIELDS } from '../host';
import { lineOf, namedLines, partNumber } from '../wizard/namedLines';

/** More distinct texts than this and a field is an identifier (names, ids), not something to learn from. */
const MAX_CATEGORIES = 50;

/** The lead table's columns the model learns from: every field but the lead's name, the outcome and identifiers. */
export function modelFeatures(answers: LeadScoringAnswers, leads: readonly (readonly CellValue[])[]): CellValue[][] {
  const header = leads[0].map((f) => String(f ?? ''));
  const keep = header.flatMap((name, col) => {
    if (name === answers.labelField || name === answers.outcomeField) return [];
    const values = leads.slice(1).map((row) => row[col] ?? null);
    const texts = new Set(values.filter((v) => typeof v === 'string'));
    return texts.size > MAX_CATEGORIES ? [] : [col];
  });
  return leads.map((row) => keep.map((col) => row[col] ?? null));
}

/** The predictive score fitted on the closed leads read, or why it cannot be. */
export function fitModel(answers: LeadScoringAnswers, leads: readonly (readonly CellValue[])[]): LeadModel | string {
  const outcome = leads[0].findIndex((f) => String(f ?? '') === answers.outcomeField);
  if (outcome < 0) return t('Choose the field that says Won / Lost (step 1) to fit the predictive score.');
  const model = fitLeadModel(
    modelFeatures(answers, leads),
    leads.map((row) => [row[outcome] ?? null]),
    1,
  );
  return isSheetError(model) ? t('The predictive score cannot be fitted: {message}.', { message: reasonOf(model) }) : model;
}

/** The wizard's state: the answers, and the lead table's field names (plain JSON, saved as typed). */
export interface LeadScoringState {
  readonly step: number;
  readonly answers: LeadScoringAnswers;
  readonly fields: readonly string[];
  /** Whether to fit the predictive score on the closed leads and put it on the sheet. */
  readonly predict?: boolean;
}

export function initialState(): LeadScoringState {
  return {
    step: 0,
    fields: [],
    answers: {
      leadsSheet: '',
      leadsRange: '',
      labelField: '',
      outcomeField: '',
      rules: [],
      caps: [],
      maxScore: LEAD_SCORING_FIELDS.maxScore.default,
      warmFrom: LEAD_SCORING_FIELDS.warmFrom.default,
      hotFrom: LEAD_SCORING_FIELDS.hotFrom.default,
    },
  };
}

const RULE: Check = shaped({ field: text, operator: oneOf(RULE_OPERATORS), value: (v) => v === null || text(v) || finite(v), points: finite, group: text });
const STATE: Check = shaped({
  step: (v: unknown) => stepOf(LEAD_SCORING_STEPS.length)(v),
  fields: listOf(text, MAX_FIELDS),
  answers: shaped({
    ...declaredNumbers(LEAD_SCORING_FIELDS),
    leadsSheet: text,
    leadsRange: (v) => text(v) && /^([A-Z]+\d+:[A-Z]+\d+)?$/.test(v as string),
    labelField: text,
    outcomeField: text,
    rules: listOf(RULE, MAX_RULES),
    caps: listOf(shaped({ group: text, cap: finite }), MAX_RULES),
    mql: optional(shaped({ fitFrom: finite, engagementFrom: finite })),
    decay: optional(shaped({ group: text, dateField: text, method: oneOf(DECAY_METHODS), rate: finite, periodDays: finite, asOf: finite })),
    model: optional(
      shaped({ intercept: finite, method: text, terms: listOf(shaped({ name: text, coefficient: finite, mean: finite, scale: finite }), MAX_MODEL_TERMS) }),
    ),
    routing: optional(
      shaped({
        areaField: text,
        from: oneOf(ROUTED_BANDS),
        // A capacity's bounds are the bands step's to say (its declared rule); here only its kind.
        reps: listOf(shaped({ name: text, area: text, capacity: orNull((v) => typeof v === 'number') }), MAX_ROUTING_REPS),
      }),
    ),
  }),
  predict: optional((v) => typeof v === 'boolean'),
});

/**
 * What the ranking numbers mean, in words, and a warning when the rules rank won leads no better
 * than chance (the sample's showcase preset did, at AUC 0.476, and nothing said so).
 *
 * @example
 * rankingWords(0.476).warning //=> '⚠ These rules rank won leads no better than chance (AUC 0.476): …'
 */
export function rankingWords(auc: number | undefined): { readonly explain: string; readonly warning?: string } {
  const explain = t(
    'AUC is the chance that a won lead scores above a lost one: 0.5 is a coin toss, 1 is perfect. Lift is how many times more often the top tenth of leads won than all leads.',
  );
  if (auc === undefined || auc > 0.5) return { explain };
  return {
    explain,
    warning: t(
      '⚠ These rules rank won leads no better than chance (AUC {auc}): hot leads convert no more often than cold ones. Change the rules or their points before trusting the bands.',
      { auc: auc.toFixed(3) },
    ),
  };
}

/** The lead table: read, not too many leads, and the field that names a lead. */
function checkLeads(state: LeadScoringState): Record<string, string> {
  const a = state.answers;
  if (a.leadsRange === '' || state.fields.length === 0)
    return { leads: t('Select the lead table in the sheet, its header row included, then press the button.') };
  const { top, bottom } = parseRangeA1(a.leadsRange);
  if (bottom - top > MAX_LEADS)
    return {
      leads: t(
        'A Lead scoring sheet takes up to {value} leads: select fewer (the most recent, say), or score the whole table where it is with {function} in a column beside it.',
        { value: MAX_LEADS.toLocaleString(numberLocale()), function: 'LEADSCORE' },
      ),
    };
  return state.fields.includes(a.labelField) ? {} : { labelField: t('Choose the field that names a lead.') };
}

/** The rules: at least one, each on a field with points; the caps. */
function checkRules(state: LeadScoringState): Record<string, string> {
  const a = state.answers;
  if (a.rules.length === 0) return { rules: t('Add at least one rule (or a preset).') };
  if (a.rules.length > MAX_RULES) return { rules: tooMany(MAX_RULES, a.rules.length) };
  const bad = a.rules.findIndex((r) => !state.fields.includes(r.field) || !Number.isFinite(r.points));
  if (bad >= 0) return { rules: t('Rule {value} needs a field of the leads and a number of points.', { value: bad + 1 }) };
  if (a.caps.some((c) => !Number.isFinite(c.cap))) return { caps: t('Write caps as "Fit: 50; Engagement: 40".') };
  // A negative cap would lower every lead, scored in its group or not, on the sheet (MIN with 0).
  return a.caps.some((c) => c.cap < 0) ? { caps: t('A cap is 0 or more.') } : {};
}

/** The decay, when asked for: its group, date field, rate, period and as-of day. */
function checkDecay(state: LeadScoringState): Record<string, string> {
  const a = state.answers;
  return a.decay ? validateDecay(state) : {};
}

/** The highest score and the cut-offs, warm below hot; the routing, when asked for: an area field and at least one rep, each capacity ruled. */
function checkBands(state: LeadScoringState): Record<string, string> {
  const a = state.answers;
  const ruled = brokenAnswers(LEAD_SCORING_FIELDS, 3, a, t);
  if (Object.keys(ruled).length > 0) return ruled;
  if (a.warmFrom > a.hotFrom) return { bands: t('Warm must start below hot.') };
  return a.routing ? checkRouting(a.routing, state.fields) : {};
}

function checkRouting(routing: LeadRoutingAnswers, fields: readonly string[]): Record<string, string> {
  if (!fields.includes(routing.areaField)) return { routingArea: t('Choose the field of the leads that holds their area (region, segment…).') };
  if (!routing.reps.some((r) => r.name.trim() !== '')) return { routingReps: t('Type at least one rep, a line each: Name: area, capacity.') };
  return routing.reps.length > MAX_ROUTING_REPS ? { routingReps: tooMany(MAX_ROUTING_REPS, routing.reps.length) } : {};
}

/**
 * Reps typed a line each as "Name: area, capacity" (area blank or * for every area; capacity blank
 * for no limit). A capacity that is not a number is kept as NaN, for the step's check to say so.
 *
 * @example
 * parseRoutingReps('Kelly: Central, 40\nBen: *') //=> [{ name: 'Kelly', area: 'Central', capacity: 40 }, { name: 'Ben', area: '*', capacity: null }]
 */
export function parseRoutingReps(typed: string): RoutingRepAnswer[] {
  return namedLines(typed).map(({ name, parts: [area = '', capacity = ''] }) => ({ name, area, capacity: capacity === '' ? null : partNumber(capacity) }));
}

/**
 * Reps from selected cells, such as a Field plan sheet's reps: a rep's name in the first column and
 * its area in the second, a row each (a header row and blank rows skipped); a rep already typed keeps
 * its capacity. Copied, not linked: the Lead scoring sheet keeps its own reps.
 *
 * @example
 * repsFromCells([['Rep', 'Area'], ['Kelly', 'Central']], []) //=> [{ name: 'Kelly', area: 'Central', capacity: null }]
 */
export function repsFromCells(values: readonly (readonly CellValue[])[], known: readonly RoutingRepAnswer[]): RoutingRepAnswer[] | string {
  // A first row naming the columns, in English or the pane's language (a Field plan sheet's says Rep).
  const header = new Set(['rep', 'name', 'owner', 'seller', t('Rep'), t('Name'), t('Owner')].map((h) => h.toLowerCase()));
  const rows = values.filter((row, i) => {
    const name = String(row[0] ?? '').trim();
    return name !== '' && !(i === 0 && header.has(name.toLowerCase()));
  });
  if (rows.length === 0 || (values[0]?.length ?? 0) < 2) return t('Select the reps: a name and an area a row (a Field plan sheet’s reps, say).');
  if (rows.length > MAX_ROUTING_REPS) return tooMany(MAX_ROUTING_REPS, rows.length);
  return rows.map((row) => {
    const name = String(row[0]).trim();
    return { name, area: String(row[1] ?? '').trim(), capacity: known.find((r) => r.name === name)?.capacity ?? null };
  });
}

/** The reps as the box shows them, a line each (what {@link parseRoutingReps} reads back). */
export const routingRepsAsText = (reps: readonly RoutingRepAnswer[]): string =>
  reps.map((r) => lineOf(r.name, r.capacity === null ? [r.area] : [r.area, r.capacity])).join('\n');

/**
 * The routing first offered: leads of the hot band by the field that looks like an area, a rep line
 * for each of its values (up to 8, for the manager to name), no limit.
 */
export function defaultRouting(state: LeadScoringState, leads: readonly (readonly CellValue[])[] | undefined): LeadRoutingAnswers {
  const looksLike = (word: string) => state.fields.find((f) => f.toLowerCase().includes(word));
  const areaField = ['region', 'territory', 'area', 'country', 'state', 'segment'].map(looksLike).find(Boolean) ?? state.fields[0] ?? '';
  const column = leads ? leads[0].findIndex((f) => String(f ?? '') === areaField) : -1;
  const areas = column < 0 ? [] : [...new Set(leads!.slice(1).map((row) => String(row[column] ?? '').trim()))].filter(Boolean).slice(0, 8);
  return {
    areaField,
    from: 'Hot',
    reps:
      areas.length > 0 ? areas.map((area) => ({ name: t('{area} rep', { area }), area, capacity: null })) : [{ name: t('Rep 1'), area: '*', capacity: null }],
  };
}

/** The leads read as routing reads them: the score and band the sheet gives each, and its area. */
function scoredLeads(answers: LeadScoringAnswers, routing: LeadRoutingAnswers, leads: readonly (readonly CellValue[])[]): ScoredLead[] {
  const area = leads[0].findIndex((f) => String(f ?? '') === routing.areaField);
  return sheetScores(leads, answers).map(({ total }, i) => ({
    score: total,
    band: leadBand(total, answers.warmFrom, answers.hotFrom) as string,
    area: area < 0 ? '' : (leads[i + 1][area] ?? ''),
  }));
}

/** Why the leads read cannot be routed on the sheet (more in the bands routed than it routes at once), or undefined. */
export function tooManyRouted(answers: LeadScoringAnswers, leads: readonly (readonly CellValue[])[]): string | undefined {
  const routing = answers.routing;
  if (!routing) return undefined;
  const count = scoredLeads(answers, routing, leads).filter((lead) => isRouted(lead.band, routing.from)).length;
  if (count <= MAX_ROUTED_LEADS) return undefined;
  return t('{count} leads are in the bands routed; the sheet routes up to {value} at once: route hotter leads only, or raise the cut-off.', {
    count: count.toLocaleString(numberLocale()),
    value: MAX_ROUTED_LEADS.toLocaleString(numberLocale()),
  });
}

/** How many leads each rep gets as the sheet will route them, from the leads read (and how many no rep can take). */
export function routingLoads(answers: LeadScoringAnswers, leads: readonly (readonly CellValue[])[]): [string, number][] {
  const routing = answers.routing;
  if (!routing) return [];
  const owners = routeScoredLeads(routing, scoredLeads(answers, routing, leads));
  if (!Array.isArray(owners)) return [];
  // In the reps' order, those no rep can take last.
  const names = [...new Set([...routing.reps.map((r) => r.name.trim()).filter(Boolean), NO_REP])];
  return names.map((name): [string, number] => [name, owners.filter((o) => o === name).length]).filter(([, n]) => n > 0);
}

/** The wizard's steps: each title and the check it must pass before the next. */
export const LEAD_SCORING_STEPS: readonly ModelStep<LeadScoringState>[] = [
  { title: msg('The leads'), check: checkLeads },
  { title: msg('The rules'), check: checkRules },
  { title: msg('Decay'), check: checkDecay },
  { title: msg('The bands'), check: checkBands },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(LEAD_SCORING_STEPS);

/**
 * The state restored from the document, checked as untrusted input (type, then each step before the
 * saved one); anything that fails opens the wizard at step 1 with a message.
 */
export function restoreState(saved: unknown): { state: LeadScoringState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}

/** A value typed for a rule: a number when it reads as one, else the text (blank → null). */
export function ruleValue(typed: string): string | number | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  return Number.isFinite(Number(trimmed)) ? Number(trimmed) : typed;
}

/** Caps typed as "Fit: 50; Engagement: 40". */
export function parseCaps(typed: string): { group: string; cap: number }[] {
  return typed
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [group, cap] = part.split(':');
      return { group: (group ?? '').trim(), cap: Number((cap ?? '').trim()) };
    });
}

/** Ready-made rules from the fields the table has: the seeds' timeframe rule, or fit and engagement. */
export function presetRules(kind: 'timeframe' | 'fitEngagement', fields: readonly string[]): ScoringRule[] {
  const find = (...names: string[]) => fields.find((f) => names.some((n) => f.toLowerCase().includes(n)));
  if (kind === 'timeframe') return timeframeRules(find('timeframe', 'time frame', 'timing') ?? fields[0] ?? 'Timeframe');
  const rules: ScoringRule[] = [];
  const segment = find('segment');
  const size = find('size', 'employees');
  const visits = find('visit');
  const source = find('source');
  if (segment) rules.push({ field: segment, operator: '=', value: 'Corporate', points: 20, group: PRESET_GROUPS.fit });
  if (size) rules.push({ field: size, operator: 'in', value: '51–200, 200+', points: 25, group: PRESET_GROUPS.fit });
  if (source) rules.push({ field: source, operator: 'in', value: 'Referral, Trade show', points: 30, group: PRESET_GROUPS.engagement });
  if (visits) rules.push({ field: visits, operator: '>=', value: 8, points: 30, group: PRESET_GROUPS.engagement });
  return rules;
}

/** What the review shows from the leads read: how many in each band, and how well the rules rank closed leads. */
export function reviewNumbers(answers: LeadScoringAnswers, leads: readonly (readonly CellValue[])[]) {
  const scores = sheetScores(leads, answers).map((s) => s.total);
  const bands = scores.map((s) => leadBand(s, answers.warmFrom, answers.hotFrom) as string);
  const count = (band: string) => bands.filter((b) => b === band).length;
  const outcomeColumn = leads[0].findIndex((f) => String(f ?? '') === answers.outcomeField);
  let auc: number | undefined;
  let lift: number | undefined;
  if (outcomeColumn >= 0) {
    const rows = scoredOutcomes(
      scores.map((s) => [s]),
      leads.slice(1).map((row) => [row[outcomeColumn] ?? null]),
    );
    if (!isSheetError(rows)) {
      const [a, l] = [scoreAuc(rows), scoreLift(rows, 0.1)];
      auc = isSheetError(a) ? undefined : a;
      lift = isSheetError(l) ? undefined : l;
    }
  }
  let modelAuc: number | undefined;
  if (answers.model && outcomeColumn >= 0) {
    const probabilities = leadProbabilities(modelFeatures(answers, leads), answers.model);
    const rows = isSheetError(probabilities)
      ? probabilities
      : scoredOutcomes(
          probabilities.map((p) => [p]),
          leads.slice(1).map((row) => [row[outcomeColumn] ?? null]),
        );
    const a = isSheetError(rows) ? rows : scoreAuc(rows);
    modelAuc = isSheetError(a) ? undefined : a;
  }
  return { leads: scores.length, cold: count('Cold'), warm: count('Warm'), hot: count('Hot'), auc, lift, modelAuc };
}

/** Whether the rules score fit and engagement apart, so that MQL (both above a threshold) means something. */
export function hasFitAndEngagement(answers: LeadScoringAnswers): boolean {
  const groups = new Set(answers.rules.map((r) => r.group.trim().toLowerCase()));
  return groups.has('fit') && groups.has('engagement');
}

/** The named groups of the rules, as typed (first use first). */
export function ruleGroupNames(answers: LeadScoringAnswers): string[] {
  return [...new Set(answers.rules.map((r) => r.group.trim()).filter((g) => g !== ''))];
}

/**
 * The decay first offered: Engagement (or the first group) fading linearly by 25% a 30-day period,
 * from the field that looks like a last-activity date to the latest date in it.
 */
export function defaultDecay(state: LeadScoringState, leads: readonly (readonly CellValue[])[] | undefined): LeadDecayAnswers {
  const groups = ruleGroupNames(state.answers);
  const dateField = state.fields.find((f) => /activity|last|date/i.test(f)) ?? state.fields[0] ?? '';
  const column = leads ? leads[0].findIndex((f) => String(f ?? '') === dateField) : -1;
  const dates =
    column >= 0
      ? leads!
          .slice(1)
          .map((row) => row[column])
          .filter((v): v is number => typeof v === 'number')
      : [];
  const asOf = dates.length > 0 ? dates.reduce((a, b) => Math.max(a, b)) : utcDaySerial(Date.now());
  return {
    group: groups.find((g) => g.toLowerCase() === 'engagement') ?? groups[0] ?? '',
    dateField,
    method: DECAY_DEFAULTS.method,
    rate: DECAY_DEFAULTS.rate,
    periodDays: DECAY_DEFAULTS.periodDays,
    asOf,
  };
}

/** The decay's checks: a group of the rules, a field of the leads, a rate from 0 to 100%, a period of a day or more, a date. */
function validateDecay(state: LeadScoringState): Record<string, string> {
  const d = state.answers.decay!;
  if (!ruleGroupNames(state.answers).includes(d.group)) return { decayGroup: t('Choose a group the rules use (give rules a group in step 2).') };
  if (!state.fields.includes(d.dateField)) return { decayDate: t('Choose a field of the leads that holds a date.') };
  const ruled = brokenAnswers(LEAD_SCORING_FIELDS, 2, state.answers, t);
  if (Object.keys(ruled).length > 0) return ruled;
  return Number.isFinite(d.asOf) ? {} : { decayAsOf: t('Choose the day ages are counted to.') };
}
