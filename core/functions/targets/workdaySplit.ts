import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue, serialToUtcDate, utcDaySerial } from '../../kit/cells/values';
import { roundParts } from '../budget/budgetSplit';
import { chooseOption } from '../kpi/guards';
import { defineFunction } from '../../kit/catalogue/types';

/** How the working days are grouped: each day, each week (from Monday) or each month. */
export const WORKDAY_GROUPS = ['day', 'week', 'month'] as const;
export type WorkdayGroup = (typeof WORKDAY_GROUPS)[number];

/** The longest span split (three years): a day a row, it stays a table a person reads. */
export const MAX_SPLIT_DAYS = 1098;
/** The most rows a split gives: the working days of the longest span. */
export const MAX_SPLIT_ROWS = Math.ceil((MAX_SPLIT_DAYS * 5) / 7) + 1;

/**
 * The Monday of the week a day falls in (weeks start on Monday).
 *
 * @example
 * mondayOf(46388) //=> 46384 (Friday 1 January 2027 is in the week from Monday 28 December)
 */
export const mondayOf = (day: number): number => day - ((serialToUtcDate(day).getUTCDay() + 6) % 7);

/**
 * Whether a day is a working day: Monday to Friday and not a holiday.
 *
 * @example
 * isWorkingDay(46389, new Set()) //=> false (a Saturday)
 */
export const isWorkingDay = (day: number, holidays: ReadonlySet<number>): boolean => {
  const weekday = serialToUtcDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
};

/** The first day of the period a working day falls in, as a date serial. */
function periodStart(serial: number, by: WorkdayGroup): number {
  if (by === 'day') return serial;
  const d = serialToUtcDate(serial);
  if (by === 'month') return utcDaySerial(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  return mondayOf(serial);
}

/**
 * The holidays as whole date serials: blanks skipped, anything else that is not a date an error.
 *
 * @example
 * holidaySerials([46023, null]) //=> Set { 46023 }
 */
export function holidaySerials(cells: readonly CellValue[]): Set<number> | SheetError {
  const days = new Set<number>();
  for (const [i, cell] of cells.entries()) {
    if (cell === null || cell === '') continue;
    if (isSheetError(cell)) return cell;
    if (typeof cell !== 'number') return new SheetError('VALUE', reason('holiday {value} is not a date', { value: i + 1 }));
    days.add(Math.floor(cell));
  }
  return days;
}

/**
 * An amount split over the working days (Monday to Friday, less the holidays) from `start` to `end`
 * inclusive, grouped by day, week (from Monday) or month: each period's first day and its share of
 * the amount (its working days ÷ all of them); rounded to `roundTo` by largest remainder, the total
 * kept exact.
 *
 * @example
 * workdaySplit(600, 46388, 46395, new Set(), 'week') //=> [[46384, 100], [46391, 500]] (Fri 1 Jan 2027 in its week, then 4–8 Jan)
 */
export function workdaySplit(amount: number, start: number, end: number, holidays: Set<number>, by: WorkdayGroup, roundTo?: number): number[][] | SheetError {
  const [from, to] = [Math.floor(start), Math.floor(end)];
  if (to < from) return new SheetError('NUM', reason('the end comes before the start'));
  if (to - from + 1 > MAX_SPLIT_DAYS) return new SheetError('NUM', reason('a split spans at most {value} days', { value: MAX_SPLIT_DAYS }));
  if (roundTo !== undefined && !(roundTo > 0)) return new SheetError('NUM', reason('round to a unit above 0'));
  const days = new Map<number, number>();
  for (let day = from; day <= to; day += 1) {
    if (!isWorkingDay(day, holidays)) continue;
    const period = periodStart(day, by);
    days.set(period, (days.get(period) ?? 0) + 1);
  }
  const count = [...days.values()].reduce((s, n) => s + n, 0);
  if (count === 0) return new SheetError('NUM', reason('there is no working day between the start and the end'));
  const periods = [...days.keys()];
  const exact = periods.map((p) => (amount * days.get(p)!) / count);
  const parts = roundTo === undefined ? exact : roundParts(exact, amount, roundTo);
  return periods.map((p, i) => [p, parts[i]]);
}

export const WORKDAYSPLIT = defineFunction({
  name: 'WORKDAYSPLIT',
  title: 'Split by working days',
  summary: 'An amount split over the working days between two dates, by day, week or month.',
  description:
    'Spills two columns: each period’s first day (a date serial: format it as a date) and its amount. The amount is shared over ' +
    'the working days (Monday to Friday, less the holidays given as dates) from start to end inclusive, each period getting its ' +
    'working days’ share; "day" (the default), "week" (weeks from Monday: a week’s first day is its Monday) or "month". With ' +
    'round_to, each amount is a multiple of it and the largest remainders take the units left, so the total stays exact (an ' +
    'amount that is not a multiple leaves what is below a unit on the largest period). Up to three years.',
  category: 'Targets',
  params: [
    { name: 'amount', kind: 'number', description: 'The amount to split (a target, a budget).' },
    { name: 'start', kind: 'number', description: 'The first day (a date).' },
    { name: 'end', kind: 'number', description: 'The last day (a date), counted.' },
    { name: 'holidays', kind: 'range', optional: true, defaultText: 'none', description: 'Days off, as dates.' },
    { name: 'by', kind: 'text', optional: true, defaultText: '"day"', description: '"day", "week" or "month".' },
    { name: 'round_to', kind: 'number', optional: true, defaultText: 'not rounded', description: 'Round each amount to a multiple of this.' },
  ],
  returns: {
    description: 'Each period’s first day and its amount.',
    format: 'money',
    shape: 'table',
    columnFormats: ['number', 'money'],
    maxSize: () => ({ rows: MAX_SPLIT_ROWS, columns: 2 }),
  },
  errors: [
    { kind: 'NUM', when: 'there is no working day in the span, the end comes before the start, the span is over three years, or round_to is 0 or less' },
    { kind: 'VALUE', when: 'by is not "day", "week" or "month", or a holiday is not a date' },
  ],
  examples: [
    {
      formula: '=WORKDAYSPLIT(63000, DATE(2027,1,1), DATE(2027,3,31), DATE(2027,1,1), "month")',
      note: 'A quarter’s target by month, New Year’s Day off: 20, 20 and 23 of its 63 working days, 1,000 a day.',
    },
    {
      formula: '=WORKDAYSPLIT(10000, DATE(2027,1,4), DATE(2027,1,8), DATE(2027,1,6), "day", 1)',
      note: 'A week with a holiday on Wednesday: 2,500 on each of the other four days.',
    },
  ],
  run(amount, start, end, holidays, by, roundTo) {
    const group = chooseOption(by, WORKDAY_GROUPS, 'by');
    if (isSheetError(group)) return group;
    const off = holidaySerials(holidays?.flat() ?? []);
    return isSheetError(off) ? off : workdaySplit(amount, start, end, off, group, roundTo);
  },
});
