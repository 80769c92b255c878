import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { asColumn, defineFunction, documented } from '../../kit/catalogue/types';
import { leadFactors, leadProbabilities, readModel } from './applyModel';
import { BAND_DEFAULTS, DECAY_DEFAULTS, DECAY_METHODS, DecayMethod, leadBand, leadDecay } from './leadDecay';
import { DEFAULT_L2, MIN_RARER_OUTCOME, fitLeadModel, modelTable } from './leadModel';
import { readCaps, readRules, scoreLeads, scoringTooLarge } from './leadRules';
import { scoreAuc, scoreLift, scoredOutcomes } from './scoreQuality';

/** Rows of a table under its header row, for the largest spill: one result row per lead. */
const leadRows = (sizes: readonly ({ rows: number } | undefined)[]) => Math.max(1, (sizes[0]?.rows ?? 2) - 1);

const scoredParams = documented([
  { name: 'scores', kind: 'range', description: 'The score (or probability) of each lead.' },
  { name: 'outcomes', kind: 'range', description: 'Each lead\'s outcome, the same size as scores: "Won"/"Lost" (any case) or 1/0; other values are left out.' },
] as const);

export const LEADSCORE = defineFunction({
  name: 'LEADSCORE',
  title: 'Lead score',
  summary: 'Scores each lead by rules a manager writes: points per rule, capped by group, total clamped.',
  description:
    '`leads` is a table whose first row holds the field names. Each row of `rules` is field, operator, value, points and ' +
    '(optionally) group; a header row and blank rows are skipped. Operators: `=`, `<>`, `>`, `>=`, `<`, `<=` (numbers ' +
    'compared as numbers, dates as dates, text alphabetically without regard to case or surrounding spaces), `contains`, ' +
    '`starts with`, `is blank`, `is not blank` and `in` (a comma-separated list); in a cell, where "=" would start a ' +
    'formula, write `is`, `is not`, `more than`, `at least`, `less than`, `at most` or `one of`. A blank cell meets only `is blank`, ' +
    '`<>` a value, and nothing else. Points may be negative. The points of the rules a lead meets are summed per group; ' +
    "a group's sum is capped at its cap in `group_caps` (two columns: group, cap; groups are matched without regard to " +
    'case; a group without a cap is not capped); the total is clamped to [0, `max_score`]. Spills one score per lead.',
  category: 'Leads',
  params: [
    { name: 'leads', kind: 'range', description: 'The lead table, its first row the field names (Source, Visits, Timeframe…).' },
    { name: 'rules', kind: 'range', description: 'The rules: field, operator, value, points, group (one rule a row).' },
    { name: 'group_caps', kind: 'range', optional: true, description: 'Caps by group: group in the first column, cap in the second.' },
    { name: 'max_score', kind: 'number', optional: true, defaultText: '100', description: 'The highest total a lead can get.' },
  ],
  returns: { description: 'One score per lead, top to bottom.', format: 'number', shape: 'table', maxSize: (sizes) => ({ rows: leadRows(sizes), columns: 1 }) },
  errors: [
    { kind: 'VALUE', when: 'a rule reads a field the leads do not have, or uses an operator it does not know (the message names it), or has no points' },
    { kind: 'NUM', when: 'max_score is negative' },
    { kind: 'NUM', when: 'leads × rules is more than 1,000,000 checks (about half a second): score the leads in parts' },
  ],
  examples: [
    {
      formula:
        '=LEADSCORE(D1:F11, {"Region","is","West",30,"Fit";"Outcome","is not","Lost",20,"Engagement";"Segment","one of","Corporate, Home Office",15,"Fit"}, {"Fit",40})',
      note: "Rules over the first ten deals' Region, Segment and Outcome; the Fit group capped at 40.",
    },
    {
      formula: '=LEADSCORE(G1:G11, {"Amount","at least",500,60;"Amount","less than",50,-20}, , 50)',
      note: 'Big deals score, small ones lose points; at most 50.',
    },
  ],
  run(leads, rules, caps, maxScore = 100) {
    if (maxScore < 0) return new SheetError('NUM', reason('max_score cannot be negative'));
    if (leads.length < 2) return new SheetError('VALUE', reason('leads needs a header row of field names and at least one lead'));
    const fields = leads[0].map((f) => String(f ?? ''));
    const read = readRules(rules, fields);
    if (isSheetError(read)) return read;
    const tooLarge = scoringTooLarge(leads.length - 1, read.length);
    if (tooLarge) return tooLarge;
    const capsByGroup = readCaps(caps);
    if (isSheetError(capsByGroup)) return capsByGroup;
    return asColumn(scoreLeads(leads, read, capsByGroup, maxScore));
  },
});

export const LEADDECAY = defineFunction({
  name: 'LEADDECAY',
  title: 'Lead score decay',
  summary: "Points after ageing: linear, exponential, or a time window (Marketo's 30 days).",
  description:
    '`linear`: points × max(0, 1 − rate × floor(age_days / period_days)); `exponential`: points × (1 − rate)^(age_days / ' +
    'period_days); `window`: the points while age_days ≤ period_days, then 0. Defaults: linear, a rate of 25% per period, a ' +
    'period of 30 days.',
  category: 'Leads',
  params: [
    { name: 'points', kind: 'number', description: 'The points earned (by an activity, or a whole score).' },
    { name: 'age_days', kind: 'number', description: 'Days since the activity.' },
    { name: 'method', kind: 'text', optional: true, defaultText: '"linear"', description: '"linear", "exponential" or "window".' },
    { name: 'rate', kind: 'rate', optional: true, defaultText: '25%', description: 'The share of the points lost per period (linear, exponential).' },
    { name: 'period_days', kind: 'number', optional: true, defaultText: '30', description: 'The length of a period, or of the window, in days.' },
  ],
  returns: { description: 'The points left.', format: 'number' },
  errors: [
    { kind: 'NUM', when: 'age_days or period_days is negative, or rate is outside 0..1' },
    { kind: 'DIV0', when: 'period_days is 0' },
    { kind: 'VALUE', when: 'method is not linear, exponential or window' },
  ],
  examples: [
    { formula: '=LEADDECAY(40, 65)', note: 'Two whole 30-day periods at 25% each: 20 points left.' },
    { formula: '=LEADDECAY(40, 45, "exponential", 50%, 30)', note: 'Half-life of 30 days.' },
    { formula: '=LEADDECAY(40, 31, "window")', note: 'Outside the 30-day window: 0.' },
  ],
  run(points, age, method, rate = DECAY_DEFAULTS.rate, period = DECAY_DEFAULTS.periodDays) {
    const kind = (method ?? DECAY_DEFAULTS.method).trim().toLowerCase();
    if (!(DECAY_METHODS as readonly string[]).includes(kind))
      return new SheetError(
        'VALUE',
        reason('method must be one of {value}, not "{method}"', { value: DECAY_METHODS.map((m) => `"${m}"`).join(', '), method: method ?? '' }),
      );
    return leadDecay(points, age, kind as DecayMethod, rate, period);
  },
});

export const LEADBAND = defineFunction({
  name: 'LEADBAND',
  title: 'Lead band (hot, warm, cold)',
  summary: 'The band of a score: "Hot" from 70, "Warm" from 40, else "Cold" (cut-offs yours to set).',
  description: 'Returns "Hot" when score ≥ hot_from, "Warm" when score ≥ warm_from, else "Cold". A score exactly at a cut-off is in the higher band.',
  category: 'Leads',
  params: [
    { name: 'score', kind: 'number', description: "A lead's score." },
    { name: 'warm_from', kind: 'number', optional: true, defaultText: String(BAND_DEFAULTS.warmFrom), description: 'The lowest warm score.' },
    { name: 'hot_from', kind: 'number', optional: true, defaultText: String(BAND_DEFAULTS.hotFrom), description: 'The lowest hot score.' },
  ],
  returns: { description: 'Hot, Warm or Cold.', format: 'text' },
  errors: [{ kind: 'NUM', when: 'warm_from is above hot_from' }],
  examples: [
    { formula: '=LEADBAND(72)', note: 'Hot.' },
    { formula: '=LEADBAND(55, 50, 80)', note: 'Warm with your own cut-offs.' },
  ],
  run: (score, warm, hot) => leadBand(score, warm, hot),
});

export const LEADMODEL = defineFunction({
  name: 'LEADMODEL',
  title: 'Lead scoring model',
  summary: 'Fits a predictive lead score on your won and lost leads; spills a model every person can read.',
  description:
    "Logistic regression with an L2 penalty (λ/2 · Σ coefficient², the intercept not penalised), fitted by Newton's " +
    'method until no coefficient moves more than 1e-9 (deterministic). Rows whose outcome is "Won"/"Lost" (any case) ' +
    'or 1/0 are used; other outcomes and blank rows are left out. `features` has a header row: a column whose filled ' +
    'cells are all numbers is numeric, standardised (its mean and scale, the standard deviation, are in the table; a ' +
    'blank counts as the mean); any other column is categorical, one term per category (as a one-hot L2 fit does: each ' +
    'category is shrunk towards the intercept, none towards another; with l2 0, all but the most frequent, the reference). ' +
    'A coefficient past ±30 with l2 0 means some leads are perfectly separated, and the last row says so. ' +
    `With fewer than ${MIN_RARER_OUTCOME} leads of the rarer outcome it fits naive Bayes with Laplace ` +
    'smoothing instead, written as the same kind of table, and says so in its last row. Spills: Term, Coefficient, Mean, ' +
    'Scale; the intercept first; then one row per term; then (model), the method, closed leads, won leads.',
  category: 'Leads',
  params: [
    { name: 'features', kind: 'range', description: 'The lead table to learn from, with a header row (Source, Visits…).' },
    { name: 'outcomes', kind: 'range', description: "Each lead's outcome: a column as tall as features (with its header) or as its leads." },
    {
      name: 'l2',
      kind: 'number',
      optional: true,
      defaultText: String(DEFAULT_L2),
      description: 'How strongly coefficients are pulled towards 0 (0: not at all).',
    },
  ],
  returns: {
    description: 'The model as a table: term, coefficient, mean, scale.',
    format: 'number',
    shape: 'table',
    maxSize: (sizes) => ({ rows: 3 + (sizes[0]?.rows ?? 1) * (sizes[0]?.columns ?? 1), columns: 4 }),
  },
  errors: [
    { kind: 'DIV0', when: 'the closed leads are all won or all lost' },
    { kind: 'NUM', when: 'closed leads × (terms + 1)² is more than 25,000,000 (each category of a text column is a term): leave out ID-like columns' },
    { kind: 'VALUE', when: 'features has no lead, or outcomes is not as tall as features' },
    { kind: 'NUM', when: 'l2 is negative' },
  ],
  examples: [
    { formula: '=LEADMODEL(D1:E201, F1:F201)', note: 'Won and lost deals by region and segment: a coefficient per category against the most frequent.' },
    { formula: '=LEADMODEL(D1:D41, F1:F41)', note: 'Forty deals, too few lost ones: naive Bayes, and the last row says so.' },
  ],
  run(features, outcomes, l2 = DEFAULT_L2) {
    const model = fitLeadModel(features, outcomes, l2);
    return isSheetError(model) ? model : modelTable(model);
  },
});

const modelParams = documented([
  { name: 'features', kind: 'range', description: 'The leads to score, with the header row the model was fitted on (columns may be in any order).' },
  { name: 'model', kind: 'range', description: 'The table LEADMODEL spilled (its coefficients may be edited).' },
] as const);

function withModel<T>(features: Range, table: Range, apply: (features: Range, model: Exclude<ReturnType<typeof readModel>, SheetError>) => T | SheetError) {
  const model = readModel(table);
  return isSheetError(model) ? model : apply(features, model);
}

export const LEADPROB = defineFunction({
  name: 'LEADPROB',
  title: 'Lead win probability',
  summary: 'The probability that each lead is won, from a model LEADMODEL fitted.',
  description:
    'For each lead: 1 / (1 + e^−(intercept + Σ coefficient × value)), where a numeric value is (value − mean) / scale ' +
    '(a blank counts as the mean) and a category is 1 or 0. A category the model has not seen scores as no category of its column does.',
  category: 'Leads',
  params: modelParams,
  returns: { description: 'One probability per lead.', format: 'percent', shape: 'table', maxSize: (sizes) => ({ rows: leadRows(sizes), columns: 1 }) },
  errors: [{ kind: 'VALUE', when: 'features lacks a column the model uses, a numeric column holds text, or model is not a LEADMODEL table' }],
  examples: [
    {
      formula: '=LEADPROB(D1:D6, {"Term","Coefficient","Mean","Scale";"(intercept)",1.2,"","";"Region = West",0.4,0.3,1})',
      note: 'A model typed by hand: West leads get 0.4 more in the logit.',
    },
    {
      formula: '=LEADPROB(G1:G6, {"Term","Coefficient","Mean","Scale";"(intercept)",1,"","";"Amount",0.5,500,400})',
      note: 'A numeric term: each 400 above the mean amount adds 0.5.',
    },
  ],
  run: (features, table) =>
    withModel(features, table, (f, model) => {
      const probabilities = leadProbabilities(f, model);
      return isSheetError(probabilities) ? probabilities : asColumn(probabilities);
    }),
});

export const LEADFACTORS = defineFunction({
  name: 'LEADFACTORS',
  title: "Lead's top factors",
  summary: 'Why each lead scores as it does: its k strongest factors, with their signs.',
  description:
    'For each lead, the k terms whose contribution is largest in size, as "Term (+0.84)": contribution = coefficient × ' +
    '(value − training mean) in logit points (a numeric term per standardised unit, a category 1 or 0 against its share). ' +
    "Ties keep the model's order; fewer terms than k leave cells blank. k from 1 to 10, default 3.",
  category: 'Leads',
  params: [...modelParams, { name: 'k', kind: 'number', optional: true, defaultText: '3', description: 'How many factors per lead (1 to 10).' }],
  returns: { description: 'A row of factors per lead.', format: 'text', shape: 'table', maxSize: (sizes) => ({ rows: leadRows(sizes), columns: 10 }) },
  errors: [
    { kind: 'NUM', when: 'k is not a whole number from 1 to 10' },
    { kind: 'VALUE', when: 'as for LEADPROB' },
  ],
  examples: [
    {
      formula:
        '=LEADFACTORS(D1:E6, {"Term","Coefficient","Mean","Scale";"(intercept)",1.2,"","";"Region = West",0.4,0.3,1;"Segment = Corporate",-0.3,0.3,1}, 2)',
      note: 'The two factors of each deal, strongest first.',
    },
    {
      formula: '=LEADFACTORS(G1:G4, {"Term","Coefficient","Mean","Scale";"(intercept)",1,"","";"Amount",0.5,500,400}, 1)',
      note: 'One factor per deal: its amount against the mean.',
    },
  ],
  run(features, table, k = 3) {
    if (!Number.isInteger(k) || k < 1 || k > 10) return new SheetError('NUM', reason('k must be a whole number from 1 to 10'));
    return withModel(features, table, (f, model) => leadFactors(f, model, k));
  },
});

export const SCOREAUC = defineFunction({
  name: 'SCOREAUC',
  title: 'Score ranking quality (AUC)',
  summary: 'How well a score ranks won leads above lost ones: the area under the ROC curve.',
  description:
    'The chance that a won lead scores higher than a lost one, ties counted half (1 is perfect, 0.5 is a coin). Rows ' +
    'whose score is not a number or whose outcome is not won or lost are left out.',
  category: 'Leads',
  params: scoredParams,
  returns: { description: 'The AUC, from 0 to 1.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'there are no won or no lost leads with a score' },
    { kind: 'VALUE', when: 'scores and outcomes differ in size' },
  ],
  examples: [
    { formula: '=SCOREAUC(G2:G201, F2:F201)', note: 'Does a bigger deal win more often? Below 0.5: here bigger deals win less often.' },
    { formula: '=SCOREAUC({0.9;0.8;0.3;0.2}, {"Won";"Lost";"Won";"Lost"})', note: 'Three of the four won-lost pairs ranked right: 0.75.' },
  ],
  run(scores, outcomes) {
    const rows = scoredOutcomes(scores, outcomes);
    return isSheetError(rows) ? rows : scoreAuc(rows);
  },
});

export const LIFT = defineFunction({
  name: 'LIFT',
  title: 'Lift in the top share',
  summary: 'How much better the top-scored leads convert: conversion in the top share over overall conversion.',
  description:
    'The top share is the first ceil(share × n) scored, closed leads by score, highest first. Leads tied at the cut-off score ' +
    'are shared: the top counts, for the tied leads it needs, their conversion among all the tied leads (the average over every ' +
    'order of the ties), so the order of the rows never changes the lift. Rows whose score is not a number or whose outcome is ' +
    'not won or lost are left out.',
  category: 'Leads',
  params: [
    ...scoredParams,
    { name: 'share', kind: 'rate', optional: true, defaultText: '10%', description: 'The top share of leads (10% is the top decile).' },
  ],
  returns: { description: 'The lift: 1 means no better than average.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'no lead was won' },
    { kind: 'NUM', when: 'share is 0' },
    { kind: 'VALUE', when: 'scores and outcomes differ in size' },
  ],
  examples: [
    { formula: '=LIFT(G2:G201, F2:F201, 20%)', note: 'Conversion of the biggest fifth of deals against all.' },
    { formula: '=LIFT({9;5;1;0}, {"Won";"Lost";"Lost";"Won"}, 25%)', note: 'The top quarter converts at 100%, all at 50%: a lift of 2.' },
  ],
  run(scores, outcomes, share = 0.1) {
    const rows = scoredOutcomes(scores, outcomes);
    return isSheetError(rows) ? rows : scoreLift(rows, share);
  },
});
