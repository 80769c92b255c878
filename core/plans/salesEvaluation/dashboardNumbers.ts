import { CellValue } from '../../kit/cells/values';
import { normaliseLabel } from '../../functions/kpi/labels';
import { EvaluationNumbers, SalesEvaluationAnswers, actualsTable, toDateEnd } from './salesEvaluationAnswers';

/** The Dashboard's numbers as core computes them; '' where the sheet shows none. */
export interface DashboardNumbers {
  readonly winRate: number | '';
  readonly averageDeal: number | '';
  readonly cycleDays: number | '';
  readonly pipeline: number;
  readonly pipelineCoverage: number | '';
  readonly attainment: number | '';
  readonly growth: number | '';
  readonly winRateByMonth: readonly (number | '')[];
  readonly amountByStage: readonly number[];
}

/** One actuals row as the dashboard reads it. */
interface ActualRow {
  readonly date: number | null;
  readonly created: number;
  readonly amount: number;
  readonly stage: string;
  readonly counted: boolean;
}

function actualRows(a: SalesEvaluationAnswers, table: readonly (readonly CellValue[])[]): ActualRow[] {
  const actuals = actualsTable(a, table);
  const [d, amt, st, cr] = [a.actuals.dateField, a.actuals.amountField, a.actuals.statusField, a.actuals.createdField].map(actuals.column);
  const num = (v: CellValue | undefined) => (typeof v === 'number' ? v : null);
  return actuals.rows.map((r) => ({
    date: num(r[d]),
    created: num(r[cr]) ?? 0,
    amount: num(r[amt]) ?? 0,
    stage: String(r[st] ?? ''),
    counted: actuals.counts(r),
  }));
}

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);
const ratio = (top: number, bottom: number): number | '' => (bottom === 0 ? '' : top / bottom);

/**
 * The Dashboard's KPIs and chart data from the actuals and the evaluation's numbers: win rate (counted
 * deals over deals closed in the year), average deal, sales cycle (close − created, counted deals),
 * pipeline (rows without a close date) over the target still to go, attainment to date, growth on the
 * same months of the year before; win rate by month; the amount by status (closed in the year, or open).
 *
 * @example
 * dashboardNumbers(answers, table, evaluationNumbers(answers, table)).winRate //=> 0.62
 */
export function dashboardNumbers(a: SalesEvaluationAnswers, table: readonly (readonly CellValue[])[], n: EvaluationNumbers): DashboardNumbers {
  const rows = actualRows(a, table);
  const within = (from: number, to: number) => rows.filter((r) => r.date !== null && r.date >= from && r.date < to);
  const closed = within(toDateEnd(a.year, 0), toDateEnd(a.year + 1, 0));
  const won = closed.filter((r) => r.counted);
  const pipeline =
    sum(rows, (r) => r.amount) -
    sum(
      rows.filter((r) => r.date !== null && r.date >= 0),
      (r) => r.amount,
    );
  const toGo = sum(n.byMonth, (m) => m.target) - n.byChild.reduce((s, c) => s + c.actual, 0);
  const toDate = (y: number) =>
    sum(
      within(toDateEnd(y, 0), toDateEnd(y, a.monthsElapsed)).filter((r) => r.counted),
      (r) => r.amount,
    );
  const growth = ratio(toDate(a.year), toDate(a.year - 1));
  const monthRows = (m: number) => within(toDateEnd(a.year, m), toDateEnd(a.year, m + 1));
  return {
    winRate: a.actuals.statusField ? ratio(won.length, closed.length) : '',
    averageDeal: ratio(
      sum(won, (r) => r.amount),
      won.length,
    ),
    cycleDays: a.actuals.createdField
      ? ratio(
          sum(won, (r) => (r.date ?? 0) - r.created),
          won.length,
        )
      : '',
    pipeline,
    pipelineCoverage: toGo <= 0 ? '' : pipeline / toGo,
    attainment: ratio(
      n.byChild.reduce((s, c) => s + c.actual, 0),
      n.byChild.reduce((s, c) => s + c.targetToDate, 0),
    ),
    growth: growth === '' ? '' : growth - 1,
    winRateByMonth: Array.from({ length: 12 }, (_, m) => ratio(monthRows(m).filter((r) => r.counted).length, monthRows(m).length)),
    amountByStage: (a.stages ?? []).map((s) =>
      sum(
        rows.filter(
          (r) => normaliseLabel(r.stage) === normaliseLabel(s) && (r.date === null || (r.date >= toDateEnd(a.year, 0) && r.date < toDateEnd(a.year + 1, 0))),
        ),
        (r) => r.amount,
      ),
    ),
  };
}
