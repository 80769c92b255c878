import { ScoringRule } from '../../functions/leads/leadRules';
import { ModelTerm } from '../../functions/leads/leadModel';
import { DecayMethod } from '../../functions/leads/leadDecay';
import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { BAND_DEFAULTS } from '../../functions/leads/leadDecay';
import { msg } from '../../kit/i18n/msg';

/**
 * The most rules a Lead scoring sheet lays out: each is a row of inputs and a column of points for
 * every lead (5,000 leads × 100 rules is already a million cells). Caps are per group, so as many.
 */
export const MAX_RULES = 100;

/** The most terms a predictive model brings to the sheet (a row each). */
export const MAX_MODEL_TERMS = 1_000;

/**
 * The rules of the lead scoring's number answers, declared once: the pane checks each field with
 * them, the Lead scoring sheet's input rules are made from them, and a saved state is restored through them.
 */
/**
 * The group names the wizard's presets give (Fit, Engagement, Timeframe): kept in English in the
 * answers and said in the plan's language when it is built (a manager's own group names stay as typed).
 */
export const PRESET_GROUPS = { fit: msg('Fit'), engagement: msg('Engagement'), timeframe: msg('Timeframe') } as const;

/**
 * The answers with the presets' group names in the plan's language, in the rules, the caps and the
 * decay alike (so a group and its cap still match): a plan speaks one language.
 *
 * @example
 * groupsInPlanLanguage(answers, translator('vi')).rules[0].group //=> 'Phù hợp'
 */
export function groupsInPlanLanguage(a: LeadScoringAnswers, t: (source: string) => string): LeadScoringAnswers {
  const presets: readonly string[] = Object.values(PRESET_GROUPS);
  const said = (group: string) => (presets.includes(group.trim()) ? t(group.trim()) : group);
  return {
    ...a,
    rules: a.rules.map((r) => ({ ...r, group: said(r.group) })),
    caps: a.caps.map((c) => ({ ...c, group: said(c.group) })),
    decay: a.decay && { ...a.decay, group: said(a.decay.group) },
  };
}

/**
 * The lead scoring's number answers, declared once: each one's rule and message, the step that asks
 * it, where it sits and how the sheet shows it. The pane checks each step with them, a saved state
 * is restored through them, and the Lead scoring sheet's input rules are made from them.
 */
export const LEAD_SCORING_FIELDS = {
  decayRate: { step: 2, at: ['decay', 'rate'], error: 'decayRate', format: 'percent', min: 0, max: 1, message: msg('A share between 0% and 100%.') },
  decayPeriod: { step: 2, at: ['decay', 'periodDays'], error: 'decayPeriod', min: 1, message: msg('Days: 1 or more.') },
  maxScore: { default: 100, step: 3, at: ['maxScore'], error: 'bands', min: 0, message: msg('The highest score: 0 or more.') },
  warmFrom: { default: BAND_DEFAULTS.warmFrom, step: 3, at: ['warmFrom'], error: 'bands', min: 0, message: msg('A score: 0 or more.') },
  hotFrom: { default: BAND_DEFAULTS.hotFrom, step: 3, at: ['hotFrom'], error: 'bands', min: 0, message: msg('A score: 0 or more.') },
  repCapacity: {
    step: 3,
    at: ['routing', 'reps', '*', 'capacity'],
    error: 'routingReps',
    min: 0,
    blankAllowed: true,
    format: 'integer',
    message: msg('A capacity is a number of leads, 0 or more (blank: unlimited).'),
  },
} as const satisfies AnswerFieldsOf<LeadScoringAnswers>;

/** What the lead-scoring wizard asks a manager. Plain JSON: it is saved in the document. */
export interface LeadScoringAnswers {
  /** Where the leads are: a sheet and a block whose first row holds the field names. */
  readonly leadsSheet: string;
  readonly leadsRange: string;
  /** The field that names a lead on the scoring sheet (the lead's id or company). */
  readonly labelField: string;
  /** The field with Won / Lost (for conversion by band), or '' when there is none. */
  readonly outcomeField: string;
  readonly rules: readonly ScoringRule[];
  readonly caps: readonly { readonly group: string; readonly cap: number }[];
  readonly maxScore: number;
  readonly warmFrom: number;
  readonly hotFrom: number;
  /**
   * Marketing-qualified: a lead whose Fit points reach `fitFrom` and whose Engagement points reach
   * `engagementFrom` (used when the rules have both groups).
   */
  readonly mql?: { readonly fitFrom: number; readonly engagementFrom: number };
  /**
   * Points that fade with time (HubSpot's and Marketo's decay): the points of `group` are multiplied
   * by LEADDECAY's factor for the days from the lead's `dateField` to `asOf` (a date serial).
   */
  readonly decay?: LeadDecayAnswers;
  /** The predictive score, as LEADMODEL fitted it on the closed leads (absent: rules only). */
  readonly model?: { readonly intercept: number; readonly terms: readonly ModelTerm[]; readonly method: string };
  /** Leads of a band and hotter routed to reps, as ROUTELEADS routes them (absent: no routing). */
  readonly routing?: LeadRoutingAnswers;
}

/**
 * The bands leads are routed from, hottest first: "Warm" routes warm and hot leads, "Cold" every lead.
 * English keys (the band names the sheet says in its language are already in the catalogue).
 */
export const ROUTED_BANDS = ['Hot', 'Warm', 'Cold'] as const;
export type RoutedBand = (typeof ROUTED_BANDS)[number];

/** The most reps a routing block lays out (each is a column of running counts beside every lead). */
export const MAX_ROUTING_REPS = 50;

/**
 * The most leads a Lead scoring sheet routes at once (the leads of the bands routed): its routing
 * tables have a row for each, and sorting them in native formulas costs their square on every edit
 * (500: about 0.2 s in the preview's engine; the sample's 2,505 leads all routed took 5–8 s).
 */
export const MAX_ROUTED_LEADS = 500;

/** A rep leads are routed to: the area served ('' or '*': every area) and how many leads at most (null: no limit). */
export interface RoutingRepAnswer {
  readonly name: string;
  readonly area: string;
  readonly capacity: number | null;
}

/**
 * Lead routing (Odoo's assignment rules with a capacity per member, HubSpot's rotation): the leads of
 * the band `from` and hotter go, hottest first, to a rep of their area (the lead field `areaField`)
 * with capacity left and the least of it used.
 */
export interface LeadRoutingAnswers {
  readonly areaField: string;
  readonly from: RoutedBand;
  readonly reps: readonly RoutingRepAnswer[];
}

/**
 * The seeds' timeframe rule, ready to use: buying now is hot, within about two months warm, no
 * timeframe cold (with the default cut-offs 40 and 70).
 *
 * @example
 * timeframeRules('Timeframe')[0] //=> { field: 'Timeframe', operator: '=', value: 'Now', points: 70, group: 'Timeframe' }
 */
export function timeframeRules(field: string): ScoringRule[] {
  return [
    { field, operator: '=', value: 'Now', points: 70, group: PRESET_GROUPS.timeframe },
    { field, operator: 'in', value: 'Within 2 months, 1-2 months, Next quarter', points: 40, group: PRESET_GROUPS.timeframe },
  ];
}

/** How a group's points fade: as LEADDECAY's arguments, read from a date field of the leads. */
export interface LeadDecayAnswers {
  readonly group: string;
  readonly dateField: string;
  readonly method: DecayMethod;
  readonly rate: number;
  readonly periodDays: number;
  /** The day ages are counted to, as a date serial (the sheet's cell may hold =TODAY()). */
  readonly asOf: number;
}
