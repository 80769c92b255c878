import { SheetError, isSheetError } from '../../kit/cells/errors';
import { utcDaySerial } from '../../kit/cells/values';
import { isWorkingDay, mondayOf, workdaySplit } from '../../functions/targets/workdaySplit';

/** A calendar month of the plan's period. */
export interface PlanMonth {
  readonly month: number;
  readonly year: number;
}

/** One week of the plan: its Monday, its working days within the period, and its target. */
export interface WeekTarget {
  readonly monday: number;
  readonly workingDays: number;
  readonly target: number;
}

/** The first and last day of a month, as date serials. */
export function monthSpan({ month, year }: PlanMonth): { first: number; last: number } {
  return { first: utcDaySerial(Date.UTC(year, month - 1, 1)), last: utcDaySerial(Date.UTC(year, month, 0)) };
}

/**
 * Each month's target split over its working days (Monday to Friday, less the holidays) and added
 * up by week (from Monday): a week that spans two months takes its days' share of each. What the
 * Sales plan sheet's week block shows; the weeks add up to the months exactly (to rounding).
 *
 * @example
 * weekTargets([2100], [{ month: 1, year: 2027 }], new Set())[0] //=> { monday: 46384, workingDays: 1, target: 100 } (Fri 1 Jan)
 */
export function weekTargets(monthTotals: readonly number[], months: readonly PlanMonth[], holidays: ReadonlySet<number>): WeekTarget[] | SheetError {
  const weeks = new Map<number, { workingDays: number; target: number }>();
  const first = monthSpan(months[0]).first;
  const last = monthSpan(months[months.length - 1]).last;
  for (let monday = mondayOf(first); monday <= last; monday += 7) weeks.set(monday, { workingDays: 0, target: 0 });
  for (const [m, month] of months.entries()) {
    const span = monthSpan(month);
    const split = workdaySplit(monthTotals[m], span.first, span.last, new Set(holidays), 'week');
    if (isSheetError(split)) return split;
    for (const [monday, amount] of split) weeks.get(monday)!.target += amount;
  }
  for (let day = first; day <= last; day += 1) if (isWorkingDay(day, holidays)) weeks.get(mondayOf(day))!.workingDays += 1;
  return [...weeks].map(([monday, week]) => ({ monday, ...week }));
}

/**
 * A day's target: its month's target over the month's working days on a working day, 0 on a
 * weekend or holiday; undefined outside the period.
 *
 * @example
 * dayTarget(46391, [2100], [{ month: 1, year: 2027 }], new Set()) //=> 100 (Mon 4 Jan 2027: 2,100 over 21 working days)
 */
export function dayTarget(day: number, monthTotals: readonly number[], months: readonly PlanMonth[], holidays: ReadonlySet<number>): number | undefined {
  const m = months.findIndex((month) => {
    const span = monthSpan(month);
    return day >= span.first && day <= span.last;
  });
  if (m < 0) return undefined;
  if (!isWorkingDay(day, holidays)) return 0;
  const span = monthSpan(months[m]);
  let workingDays = 0;
  for (let d = span.first; d <= span.last; d += 1) if (isWorkingDay(d, holidays)) workingDays += 1;
  return monthTotals[m] / workingDays;
}
