import { CellValue } from '../../kit/cells/values';
import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { goalProgress, goalTarget } from '../../functions/goals/goals';
import { ragStatus } from '../../functions/evaluation/evaluation';
import { GoalAnswer, GoalDeals, GoalMeasure, GoalsAnswers } from './goalsAnswers';

/** A goal as the sheet shows it, computed by core: target, actual, time gone, progress, pacing and status. */
export interface GoalNumbers {
  readonly target: number | SheetError;
  readonly actual: number | SheetError | null;
  readonly timeGone: number | SheetError;
  readonly progress: number | SheetError | null;
  readonly pacing: number | SheetError | null;
  /** "Green", "Amber", "Red", "Not started", or an error; null while the actual is not known. */
  readonly status: string | SheetError | null;
}

/** A KPI of the deals closed from `start` to `deadline` (every deal without a date field), as the sheet's COUNTIFS and SUMIFS count them. */
export function dealsKpi(deals: GoalDeals, rows: readonly (readonly CellValue[])[], measure: Exclude<GoalMeasure, 'typed'>, start: number, deadline: number) {
  const at = (field: string) => deals.fields.indexOf(field);
  const [outcome, amount, date] = [at(deals.outcomeField), at(deals.amountField), deals.dateField ? at(deals.dateField) : -1];
  const inPeriod = (row: readonly CellValue[]) =>
    date < 0 || (typeof row[date] === 'number' && (row[date] as number) >= start && (row[date] as number) <= deadline);
  // COUNTIFS reads "Won" in any case, but not with spaces around it.
  const is = (row: readonly CellValue[], label: string) => typeof row[outcome] === 'string' && (row[outcome] as string).toLowerCase() === label;
  const won = rows.filter((row) => inPeriod(row) && is(row, 'won'));
  const lost = rows.filter((row) => inPeriod(row) && is(row, 'lost')).length;
  const revenue = won.reduce((sum, row) => sum + (typeof row[amount] === 'number' ? (row[amount] as number) : 0), 0);
  if (measure === 'dealsWon') return won.length;
  if (measure === 'revenueWon') return revenue;
  const over = measure === 'winRate' ? won.length + lost : won.length;
  if (over === 0) return new SheetError('DIV0', reason('no deal was decided in the goal’s dates'));
  return (measure === 'winRate' ? won.length : revenue) / over;
}

/**
 * Where a goal stands on `asOf`: its target (GOALTARGET), its actual (typed, or the KPI of the deals),
 * the share of its time gone, its progress (GOALPROGRESS), pacing (progress − time gone) and status:
 * RAG of progress against the time gone (RAG(progress, 100%, time gone, 1, amber, green)), or "Not
 * started" before its start.
 *
 * @example
 * goalNumbers({ ...goal, baseline: 200, change: -0.15, kind: 'percent', actual: 185, start: 0, deadline: 100 }, answers, []) // target 170, progress 50%
 */
export function goalNumbers(goal: GoalAnswer, answers: GoalsAnswers, rows: readonly (readonly CellValue[])[]): GoalNumbers {
  const target = goalTarget(goal.baseline, goal.change, goal.kind);
  const actual = goal.measure === 'typed' ? goal.actual : answers.deals ? dealsKpi(answers.deals, rows, goal.measure, goal.start, goal.deadline) : null;
  const timeGone =
    goal.deadline <= goal.start
      ? new SheetError('NUM', reason('the deadline is not after the start'))
      : Math.min(1, Math.max(0, (answers.asOf - goal.start) / (goal.deadline - goal.start)));
  if (actual === null) return { target, actual, timeGone, progress: null, pacing: null, status: null };
  const progress = isSheetError(target) ? target : isSheetError(actual) ? actual : goalProgress(goal.baseline, target, actual);
  const pacing = isSheetError(progress) ? progress : isSheetError(timeGone) ? timeGone : progress - timeGone;
  const status = isSheetError(progress)
    ? progress
    : isSheetError(timeGone)
      ? timeGone
      : timeGone <= 0
        ? 'Not started'
        : ragStatus(progress, 1, timeGone, 1, answers.amberFrom, answers.greenFrom);
  return { target, actual, timeGone, progress, pacing, status };
}
