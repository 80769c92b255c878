import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { msg } from '../../kit/i18n/msg';
import { GoalKind } from '../../functions/goals/goals';
import { RAG_DEFAULTS } from '../../functions/evaluation/evaluation';

/**
 * What a goal measures: a number the manager types (or links, such as a CAC worked out elsewhere), or
 * a KPI of the deals table over the goal's dates, computed on the sheet by native formulas.
 */
export const GOAL_MEASURES = ['typed', 'winRate', 'revenueWon', 'dealsWon', 'averageDeal'] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];

/** How each measure is said (an English catalogue key), on the sheet and in the pane. */
export const MEASURE_NAMES: Readonly<Record<GoalMeasure, string>> = {
  typed: msg('Typed on the sheet'),
  winRate: msg('Win rate'),
  revenueWon: msg('Revenue won'),
  dealsWon: msg('Deals won'),
  averageDeal: msg('Average deal won'),
};

/** How each kind of change is said on the sheet (English catalogue keys; the sheet also reads the English word). */
export const KIND_NAMES: Readonly<Record<GoalKind, string>> = { percent: msg('percent'), points: msg('points') };

/** One goal: a measure from a baseline, a change (percent or points) by a deadline, and who owns it. */
export interface GoalAnswer {
  readonly name: string;
  readonly measure: GoalMeasure;
  readonly owner: string;
  readonly baseline: number;
  /** −0.15 for −15% (percent), or 0.05 for +5 points of a rate (points: added to the baseline). */
  readonly change: number;
  readonly kind: GoalKind;
  /** The goal's dates, as date serials: the KPI counts the deals closed between them; time gone runs from start to deadline. */
  readonly start: number;
  readonly deadline: number;
  /** A typed measure's value now (blank: not known yet). */
  readonly actual: number | null;
}

/** The deals a KPI goal reads: a table with Won / Lost, an amount and a close date. */
export interface GoalDeals {
  readonly sheet: string;
  readonly range: string;
  /** The table's field names, as read: the sheet finds each field's column by them. */
  readonly fields: readonly string[];
  readonly outcomeField: string;
  readonly amountField: string;
  /** The date a deal closed ('': every deal counts, whatever its date). */
  readonly dateField: string;
}

/** What the goals wizard asks a manager. Plain JSON: it is saved in the document. */
export interface GoalsAnswers {
  readonly deals: GoalDeals | null;
  readonly goals: readonly GoalAnswer[];
  /** The day time gone is counted to, as a date serial (on the sheet it may hold =TODAY()). */
  readonly asOf: number;
  readonly amberFrom: number;
  readonly greenFrom: number;
}

/** The most goals a Goals sheet lays out. */
export const MAX_GOALS = 50;

/**
 * The goals' number answers, declared once: the pane checks each step with them, a saved state is
 * restored through them, and the Goals sheet's input rules and check are made from them.
 */
export const GOALS_FIELDS = {
  // The deadline first: a probe of it moves the start too, and its own message must come first.
  deadline: { step: 1, at: ['goals', '*', 'deadline'], error: 'goals', format: 'date', min: 1, whole: true, message: msg('A goal’s deadline: a date.') },
  start: { step: 1, at: ['goals', '*', 'start'], error: 'goals', format: 'date', min: 0, whole: true, message: msg('A goal’s start: a date.') },
  asOf: { step: 2, at: ['asOf'], format: 'date', min: 1, whole: true, message: msg('The day time gone is counted to: a date.') },
  amberFrom: {
    default: RAG_DEFAULTS.amberFrom,
    step: 2,
    at: ['amberFrom'],
    error: 'cutOffs',
    format: 'percent',
    min: 0,
    message: msg('A share of the pace: 0% or more.'),
  },
  greenFrom: {
    default: RAG_DEFAULTS.greenFrom,
    step: 2,
    at: ['greenFrom'],
    error: 'cutOffs',
    format: 'percent',
    min: 0,
    message: msg('A share of the pace: 0% or more.'),
  },
} as const satisfies AnswerFieldsOf<GoalsAnswers>;
