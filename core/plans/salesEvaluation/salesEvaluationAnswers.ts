import { CellValue, serialToUtcDate, utcDaySerial } from '../../kit/cells/values';
import { tidy } from '../../kit/cells/rounding';
import { normaliseLabel } from '../../functions/kpi/labels';
import { RAG_DEFAULTS, forecastEnd, ragStatus, shortfalls } from '../../functions/evaluation/evaluation';
import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { msg } from '../../kit/i18n/msg';

/**
 * The evaluation's number answers, declared once: each one's rule and message, the step that asks it,
 * where it sits and how the sheet shows it. The pane checks each step with them, a saved state is
 * restored through them, and the Evaluation sheet's input rules and check are made from them.
 */
export const EVALUATION_FIELDS = {
  year: { step: 1, at: ['year'], min: 1900, max: 9999, whole: true, message: msg('A year, such as 2027.') },
  monthsElapsed: {
    default: 0,
    step: 1,
    at: ['monthsElapsed'],
    error: 'elapsed',
    format: 'decimal',
    min: 0,
    max: 12,
    message: msg('Months from 0 to 12 (a part month allowed).'),
  },
  amberFrom: {
    default: RAG_DEFAULTS.amberFrom,
    step: 1,
    at: ['amberFrom'],
    error: 'cutOffs',
    format: 'percent',
    min: 0,
    message: msg('An attainment, 0% or more.'),
  },
  greenFrom: {
    default: RAG_DEFAULTS.greenFrom,
    step: 1,
    at: ['greenFrom'],
    error: 'cutOffs',
    format: 'percent',
    min: 0,
    message: msg('An attainment, 0% or more.'),
  },
} as const satisfies AnswerFieldsOf<SalesEvaluationAnswers>;

/** What the evaluation wizard asks a manager. Plain JSON: it is saved in the document. */
export interface SalesEvaluationAnswers {
  /** Where the actuals are (a block whose first row holds the field names) and which fields say what. */
  readonly actuals: {
    readonly sheet: string;
    readonly range: string;
    readonly dateField: string;
    readonly amountField: string;
    /** The field naming the rep, region, product or customer the targets are set for. */
    readonly childField: string;
    /** The field of each row's status and the status that counts ('' and '': every row counts). */
    readonly statusField: string;
    readonly countedStatus: string;
    /** When each deal was created, for the sales cycle ('' or absent: none). */
    readonly createdField?: string;
    /** Each row's product and quantity, for price-volume-mix ('' or absent: no block). */
    readonly productField?: string;
    readonly quantityField?: string;
  };
  /** The products price-volume-mix lists (read from the actuals by the wizard). */
  readonly products?: readonly string[];
  /** The status values the dashboard charts the amounts of (read from the actuals by the wizard). */
  readonly stages?: readonly string[];
  readonly year: number;
  /** Months of the year gone by (a part month allowed), for the targets to date. */
  readonly monthsElapsed: number;
  /**
   * Each child's target, month by month (12 numbers), and where a plan sheet holds them (a quoted
   * reference such as `'Sales plan 2027'!$E$12` per month, or null for a typed month): the sheet then
   * reads the plan's cells, so an edit of the plan reaches the evaluation.
   */
  readonly children: readonly { readonly name: string; readonly targets: readonly number[]; readonly targetCells?: readonly (string | null)[] }[];
  readonly amberFrom: number;
  readonly greenFrom: number;
  /** The open deals to forecast from (absent: no forecast block). */
  readonly pipeline?: PipelineAnswers;
}

/** A stage and its probability of closing, as WEIGHTEDPIPE's stage table gives it. */
export interface StageProbability {
  readonly name: string;
  readonly probability: number;
}

/** The most stages a stage table lists (Salesforce's defaults, Won and Lost are 12). */
export const MAX_STAGES = 20;

/** Whether the pipeline's probabilities come from each deal's stage (a stage field and its table). */
export const byStage = (p: PipelineAnswers): boolean => Boolean(p.stageField) && (p.stages?.length ?? 0) > 0;

/** Where the open pipeline is (a block whose first row holds the field names) and which fields say what. */
export interface PipelineAnswers {
  readonly sheet: string;
  readonly range: string;
  /** The block's field names, as read: the sheet finds each field's column by them. */
  readonly fields: readonly string[];
  readonly amountField: string;
  readonly closeField: string;
  /** Each deal's probability, 0–1 or a percent (40 for 40%); '' when it comes from the deal's stage. */
  readonly probabilityField: string;
  /** Each deal's stage, whose probability the stage table gives (instead of a probability field). */
  readonly stageField?: string;
  /** The stage table: each stage's probability of closing (0–1), compared with a deal's stage as typed, case aside. */
  readonly stages?: readonly StageProbability[];
  /** Each deal's forecast category ('' or absent: none) and its categories in order of first appearance. */
  readonly categoryField?: string;
  readonly categories?: readonly string[];
}

export const DEFAULT_CUT_OFFS = RAG_DEFAULTS;

/**
 * The first day after the months gone by of `year` (a part month counted by its days, rounded), as a
 * date serial: the end of "to date" for this year and for the same months of the year before.
 *
 * @example
 * toDateEnd(2017, 12) //=> 43101 (1 January 2018)
 * toDateEnd(2017, 2.5) // 17 March 2017: half of March's 31 days rounds to 16, so 1–16 March count
 */
export function toDateEnd(year: number, elapsed: number): number {
  const whole = Math.floor(elapsed);
  const start = utcDaySerial(Date.UTC(year, whole, 1));
  const days = utcDaySerial(Date.UTC(year, whole + 1, 1)) - start;
  return start + Math.round((elapsed - whole) * days);
}

/**
 * The actuals' table as core reads it: its body rows, a field's column (-1 when absent or not
 * chosen), and whether a row counts (its status is the counted one, or there is no status field):
 * the rule every number of the evaluation, its dashboard and the wizard's targets follows.
 *
 * @example
 * const { rows, column, counts } = actualsTable(answers, table); rows.filter(counts).length //=> 37
 */
export function actualsTable(a: Pick<SalesEvaluationAnswers, 'actuals'>, table: readonly (readonly CellValue[])[]) {
  const header = (table[0] ?? []).map((f) => String(f ?? ''));
  const column = (field?: string) => (field ? header.indexOf(field) : -1);
  const status = column(a.actuals.statusField);
  const counts = (r: readonly CellValue[]) => status < 0 || normaliseLabel(String(r[status] ?? '')) === normaliseLabel(a.actuals.countedStatus);
  return { rows: table.slice(1), column, counts };
}

/** A date serial's year and month (1–12), as the sheet's DATE boundaries split them. */
function yearMonth(serial: number): { year: number; month: number } {
  const d = serialToUtcDate(serial);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** The share of each month in the months elapsed: 1 for a month gone, a part for the current one, 0 after. */
export const elapsedWeights = (elapsed: number) => Array.from({ length: 12 }, (_, m) => Math.min(1, Math.max(0, elapsed - m)));

/** What the Evaluation sheet shows, as core computes it (RAG, SHORTFALLS, FORECASTEND). */
export interface EvaluationNumbers {
  /**
   * Each month's target and actual; for a month gone by (or partly gone by), its attainment and
   * status against the part of its target gone by (a half-gone month against half its target).
   */
  readonly byMonth: readonly { readonly target: number; readonly actual: number; readonly attainment?: number; readonly rag: string }[];
  readonly byChild: readonly {
    readonly name: string;
    readonly target: number;
    readonly targetToDate: number;
    readonly actual: number;
    readonly rag: string;
    readonly forecast: number | undefined;
  }[];
  readonly shortfalls: readonly { readonly name: string; readonly gap: number }[];
}

/**
 * The Evaluation sheet's numbers from the answers and the actuals table (header row first): actual
 * and target by month, each child's target to date (months elapsed, a part month pro rata), actual,
 * RAG and forecast at its own seasonal pace, and the shortfalls, most behind first.
 *
 * @example
 * evaluationNumbers(answers, actualsTable).byChild[0].rag //=> 'Amber'
 */
export function evaluationNumbers(a: SalesEvaluationAnswers, table: readonly (readonly CellValue[])[]): EvaluationNumbers {
  const actuals = actualsTable(a, table);
  const [d, amt, ch] = [actuals.column(a.actuals.dateField), actuals.column(a.actuals.amountField), actuals.column(a.actuals.childField)];
  const rows = actuals.rows
    .filter((r) => typeof r[d] === 'number' && typeof r[amt] === 'number' && yearMonth(r[d] as number).year === a.year)
    .filter(actuals.counts);
  const weights = elapsedWeights(a.monthsElapsed);
  const byMonth = Array.from({ length: 12 }, (_, m) => {
    const target = a.children.reduce((s, c) => s + (c.targets[m] ?? 0), 0);
    const actual = rows.filter((r) => yearMonth(r[d] as number).month === m + 1).reduce((s, r) => s + (r[amt] as number), 0);
    const toDate = target * weights[m];
    const rag = weights[m] > 0 ? ragStatus(actual, toDate, undefined, undefined, a.amberFrom, a.greenFrom) : '';
    return { target, actual, attainment: weights[m] > 0 && toDate !== 0 ? actual / toDate : undefined, rag: typeof rag === 'string' ? rag : '' };
  });
  const byChild = a.children.map((c) => {
    const target = c.targets.reduce((s, t) => s + t, 0);
    const targetToDate = c.targets.reduce((s, t, m) => s + t * weights[m], 0);
    const actual = rows.filter((r) => normaliseLabel(String(r[ch] ?? '')) === normaliseLabel(c.name)).reduce((s, r) => s + (r[amt] as number), 0);
    const rag = ragStatus(actual, targetToDate, undefined, undefined, a.amberFrom, a.greenFrom);
    const forecast = forecastEnd(actual, a.monthsElapsed, 12, c.targets);
    return {
      name: c.name,
      target,
      targetToDate: tidy(targetToDate),
      actual,
      rag: typeof rag === 'string' ? rag : '',
      forecast: typeof forecast === 'number' ? forecast : undefined,
    };
  });
  const behind = shortfalls(
    byChild.map((c) => c.name),
    byChild.map((c) => c.actual),
    byChild.map((c) => c.targetToDate),
    Math.max(1, byChild.length),
  );
  return { byMonth, byChild, shortfalls: Array.isArray(behind) ? behind.map((s) => ({ name: s.name, gap: s.gap })) : [] };
}
