import { SheetError, isSheetError } from '../../kit/cells/errors';
import { CellValue } from '../../kit/cells/values';
import { ceilTidy } from '../../kit/cells/rounding';
import { normaliseLabel } from '../../functions/kpi/labels';
import { AccountClass, abcClasses, visitFrequencies } from '../../functions/visits/accountClasses';
import { callCapacity, reverseFunnel, visitsPerDay } from '../../functions/visits/funnelAndCapacity';
import { Place } from '../../functions/visits/visitRoute';
import { msg } from '../../kit/i18n/msg';
import { AnswerFieldsOf } from '../../kit/answers/answerField';

/** The working day, in minutes, as the field plan's inputs hold it. */
export interface WorkingDay {
  readonly minutes: number;
  readonly breaks: number;
  readonly admin: number;
  readonly visit: number;
  readonly travel: number;
  readonly prep: number;
  readonly wait: number;
  readonly maxVisits: number | null;
  readonly noShowRate: number;
}

/** What the field-work wizard asks a manager. Plain JSON: it is saved in the document. */
export interface FieldPlanAnswers {
  readonly target: number;
  readonly dealSize: number;
  /** The funnel's stages above the deal, top first, each with its conversion rate to the next stage. */
  readonly stages: readonly { readonly name: string; readonly rate: number }[];
  readonly sellingDays: number;
  readonly day: WorkingDay;
  /** Where the accounts are (a block whose first row holds the field names) and which fields say what. */
  readonly accounts: {
    readonly sheet: string;
    readonly range: string;
    readonly nameField: string;
    readonly areaField: string;
    readonly valueField: string;
    /** The coordinates' fields, for each day's visiting order ('' or absent: none). */
    readonly latField?: string;
    readonly lonField?: string;
  };
  readonly classes: { readonly aShare: number; readonly bShare: number; readonly frequencies: Readonly<Record<AccountClass, number>> };
  /** The reps and the area each covers (an area may have several reps). */
  readonly reps: readonly { readonly name: string; readonly area: string }[];
}

/** A name or area as the sheet compares it: trimmed, case ignored. */
export const sameName = (a: string, b: string) => normaliseLabel(a) === normaliseLabel(b);

/** One account as the plan reads it from the user's table. */
export interface PlannedAccount {
  readonly name: string;
  readonly area: string;
  readonly value: number;
  readonly visitClass: AccountClass;
  readonly visits: number;
  /** The rep who visits it, or "(no rep)" when no rep covers its area. */
  readonly rep: string;
  /** Its turn among its area's accounts (A first): which rep takes it. */
  readonly turn: number;
  /** Where its visits fall in the weeks between two visits, from 0 to 1 ({@link visitPhase}). */
  readonly phase: number;
  /** Where it is, when the table gives a latitude and a longitude in range. */
  readonly place: Place | null;
}

/** The seven parts of a rep's working day, in minutes: they share one declared answer. */
export const DAY_PARTS = ['minutes', 'breaks', 'admin', 'visit', 'travel', 'prep', 'wait'] as const;

/**
 * The field plan's number answers, declared once: each one's rule and message, the step that asks it,
 * where it sits and how the sheet shows it. The pane checks each step with them, a saved state is
 * restored through them, and the Field plan sheet's input rules are made from them.
 */
export const FIELD_PLAN_FIELDS = {
  target: { default: 1_000_000, step: 0, at: ['target'], format: 'money', min: 0, message: msg('A sales target: 0 or more.') },
  dealSize: { default: 5_000, step: 0, at: ['dealSize'], format: 'money', min: 0.01, message: msg('An average deal: 0.01 or more.') },
  sellingDays: { default: 200, step: 0, at: ['sellingDays'], format: 'integer', min: 0, max: 366, message: msg('Selling days a year: from 0 to 366.') },
  dayMinutes: { step: 1, at: ['day', DAY_PARTS], format: 'integer', min: 0, max: 1440, message: msg('Minutes: from 0 to 1,440 (a whole day).') },
  maxVisits: {
    default: null,
    step: 1,
    at: ['day', 'maxVisits'],
    format: 'integer',
    min: 1,
    blankAllowed: true,
    message: msg('Most visits a day: 1 or more, or blank for no cap.'),
  },
  noShowRate: {
    default: 0.1,
    step: 1,
    at: ['day', 'noShowRate'],
    error: 'noShow',
    format: 'percent',
    min: 0,
    max: 1,
    message: msg('A share from 0% to 100%.'),
  },
  classShare: {
    step: 2,
    at: ['classes', ['aShare', 'bShare']],
    error: 'classes',
    format: 'percent',
    min: 0,
    max: 1,
    message: msg('A class cut-off: a share from 0% to 100%.'),
  },
  visitsAYear: {
    step: 2,
    at: ['classes', 'frequencies', '*'],
    error: 'classes',
    format: 'integer',
    min: 0,
    whole: true,
    message: msg('Visits a year: a whole number, 0 or more.'),
  },
} as const satisfies AnswerFieldsOf<FieldPlanAnswers>;

/** Weeks in the calendar a year of visits is spread over. */
export const WEEKS = 52;

/** The most reps a Field plan lays out (a row each, with its 52-week calendar). */
export const MAX_REPS = 500;

/** The most funnel stages a Field plan lists. */
export const MAX_STAGES = 20;

/** The golden ratio's fractional part: its multiples spread evenly over 0…1, however many are taken (a Weyl sequence). */
export const GOLDEN_RATIO_PART = 0.618033988749895;

/**
 * Where an account's visits fall in the weeks between two of its visits, from 0 (at the start) to
 * 1: the golden-ratio sequence of its place among its rep's accounts (its turn ÷ the area's reps),
 * so a rep's accounts, however many and of whatever class, share out the weeks evenly and no week
 * is left light (a phase by turn alone left every 13th week with a third of the visits). Rounded to
 * 9 decimals, as the sheet's formula is.
 *
 * @example
 * visitPhase(0, 2) //=> 0
 * visitPhase(2, 2) //=> 0.618033989
 */
export const visitPhase = (turn: number, repsInArea: number): number =>
  Number(((Math.floor(turn / Math.max(1, repsInArea)) * GOLDEN_RATIO_PART) % 1).toFixed(9));

/**
 * Visits an account makes by the end of week `w`: its k-th visit (from 0) falls in week
 * 1 + ⌊(k + phase) × 52 / visits⌋, so a year holds exactly its visits, evenly spaced:
 * ⌈w × visits / 52 − phase⌉ between 0 and visits (after rounding to 9 decimals).
 *
 * @example
 * visitsByWeek(52, 0.618033989, 4) //=> 4
 * visitsByWeek(8, 0.618033989, 4)  //=> 0 (its first visit is in week 9)
 */
export const visitsByWeek = (w: number, phase: number, visits: number): number =>
  Math.max(0, Math.min(visits, Math.ceil(Number(((w * visits) / WEEKS - phase).toFixed(9)))));

/**
 * The week of an account's first visit: 1 + ⌊phase × 52 / visits⌋ (blank, undefined, without visits).
 *
 * @example
 * firstWeek(0.618033989, 4) //=> 9
 */
export const firstWeek = (phase: number, visits: number): number | undefined =>
  visits > 0 ? 1 + Math.floor(Number(((phase * WEEKS) / visits).toFixed(9))) : undefined;

export const NO_REP = msg('(no rep)');

/**
 * Each account's rep: the reps of its area take its accounts in turn, A accounts dealt first, then
 * B, then C, so that each rep of an area gets a near-equal share of each class, and so of the visits.
 * An area no rep covers deals nothing, so there an account's turn counts only its class's accounts above it.
 */
function assignReps(
  accounts: readonly Omit<PlannedAccount, 'rep' | 'turn' | 'phase' | 'place'>[],
  reps: FieldPlanAnswers['reps'],
): { rep: string; turn: number; phase: number }[] {
  const dealt = new Map<string, number>();
  const classCount = (area: string, c: AccountClass) => accounts.filter((a) => sameName(a.area, area) && a.visitClass === c).length;
  return accounts.map((a) => {
    const ofArea = reps.filter((r) => sameName(r.area, a.area));
    const key = `${normaliseLabel(a.area)}|${a.visitClass}`;
    const before = dealt.get(key) ?? 0;
    dealt.set(key, before + 1);
    const earlier = ofArea.length === 0 || a.visitClass === 'A' ? 0 : classCount(a.area, 'A') + (a.visitClass === 'C' ? classCount(a.area, 'B') : 0);
    const turn = before + earlier;
    return { rep: ofArea.length === 0 ? NO_REP : ofArea[turn % ofArea.length].name, turn, phase: visitPhase(turn, ofArea.length) };
  });
}

/** A place from a row's latitude and longitude cells, or null when either is not a coordinate. */
function placeOf(lat: CellValue | undefined, lon: CellValue | undefined): Place | null {
  if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/** The accounts of the user's table (header row first) with class, visits a year and rep. */
export function plannedAccounts(a: FieldPlanAnswers, table: readonly (readonly CellValue[])[]): PlannedAccount[] | SheetError {
  const header = (table[0] ?? []).map((f) => String(f ?? ''));
  const column = (field?: string) => (field ? header.findIndex((h) => sameName(h, field)) : -1);
  const [n, ar, v] = [column(a.accounts.nameField), column(a.accounts.areaField), column(a.accounts.valueField)];
  const [lat, lon] = [column(a.accounts.latField), column(a.accounts.lonField)];
  const rows = table.slice(1);
  const values = rows.map((r) => (v >= 0 && typeof r[v] === 'number' ? (r[v] as number) : 0));
  const classes = abcClasses(values, a.classes.aShare, a.classes.bShare);
  if (isSheetError(classes)) return classes;
  const visits = visitFrequencies(classes, a.classes.frequencies);
  if (isSheetError(visits)) return visits;
  const accounts = rows.map((r, i) => ({
    name: n >= 0 ? String(r[n] ?? '') : '',
    area: ar >= 0 ? String(r[ar] ?? '').trim() : '',
    value: values[i],
    visitClass: classes[i],
    visits: visits[i],
  }));
  const reps = assignReps(accounts, a.reps);
  return accounts.map((acc, i) => ({ ...acc, ...reps[i], place: placeOf(rows[i][lat], rows[i][lon]) }));
}

/**
 * A rep's visits a day from the working day's answers (VISITSPERDAY on the minutes left after breaks and admin).
 *
 * @example
 * dayVisits({ minutes: 510, breaks: 30, admin: 60, visit: 45, travel: 30, prep: 10, wait: 5, maxVisits: null, noShowRate: 0.1 }) //=> 4
 */
export function dayVisits(d: WorkingDay): number | SheetError {
  return visitsPerDay(Math.max(0, d.minutes - d.breaks - d.admin), d.visit, d.travel, d.prep, d.wait, d.maxVisits ?? undefined);
}

/** What the plan computes: the funnel, a rep's day and year, the workload, coverage and reps needed. */
export interface FieldPlanNumbers {
  readonly funnel: number[];
  readonly availableMinutes: number;
  readonly visitsPerDay: number;
  readonly visitsPerRep: number;
  readonly workload: number;
  readonly capacity: number;
  readonly coverage: number;
  readonly repsNeeded: number;
  readonly hires: number;
  readonly accounts: PlannedAccount[];
  readonly byRep: { readonly name: string; readonly accounts: number; readonly workload: number; readonly coverage: number; readonly weeks: number[] }[];
}

/**
 * The field plan's numbers, as core computes them (REVERSEFUNNEL, VISITSPERDAY, CALLCAPACITY,
 * ABCCLASS, VISITFREQ, WORKLOAD): what the wizard reviews and the sheet's formulas equal.
 *
 * @example
 * fieldPlanNumbers(answers, accountsTable).repsNeeded //=> 3
 */
export function fieldPlanNumbers(a: FieldPlanAnswers, table: readonly (readonly CellValue[])[]): FieldPlanNumbers | SheetError {
  const funnel = reverseFunnel(
    a.target,
    a.dealSize,
    a.stages.map((s) => s.rate),
  );
  if (isSheetError(funnel)) return funnel;
  const d = a.day;
  const availableMinutes = d.minutes - d.breaks - d.admin;
  const perDay = dayVisits(d);
  if (isSheetError(perDay)) return perDay;
  const perRep = callCapacity(perDay, a.sellingDays, d.noShowRate);
  if (isSheetError(perRep)) return perRep;
  const accounts = plannedAccounts(a, table);
  if (isSheetError(accounts)) return accounts;
  const workload = accounts.reduce((s, acc) => s + acc.visits, 0);
  const capacity = perRep * a.reps.length;
  const repsNeeded = perRep > 0 ? ceilTidy(workload / perRep) : 0;
  const byRep = a.reps.map((r) => {
    const own = accounts.filter((acc) => acc.rep === r.name);
    const load = own.reduce((s, acc) => s + acc.visits, 0);
    const weeks = Array.from({ length: WEEKS }, (_, k) =>
      own.reduce((s, acc) => s + visitsByWeek(k + 1, acc.phase, acc.visits) - visitsByWeek(k, acc.phase, acc.visits), 0),
    );
    return { name: r.name, accounts: own.length, workload: load, coverage: perRep > 0 ? load / perRep : 0, weeks };
  });
  return {
    funnel,
    availableMinutes,
    visitsPerDay: perDay,
    visitsPerRep: perRep,
    workload,
    capacity,
    coverage: capacity > 0 ? workload / capacity : 0,
    repsNeeded,
    hires: Math.max(0, repsNeeded - a.reps.length),
    accounts,
    byRep,
  };
}
