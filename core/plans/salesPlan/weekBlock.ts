import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { formulaString } from '../../kit/sheet/formulaText';
import { serialToUtcDate } from '../../kit/cells/values';
import { mondayOf } from '../../functions/targets/workdaySplit';
import { PlanMonth, monthSpan } from './weekTargets';

/**
 * Where the week-and-day block sits (zero-based): from column Y, beside the inputs; a day and its
 * target, then the weeks' table from `firstWeek`; the holidays a list to its right (column AC).
 */
export const WEEK_BLOCK = { column: 24, top: 3, firstWeek: 8, holidaysColumn: 28, holidays: 20 } as const;
const C = WEEK_BLOCK.column;
const ROWS = { day: WEEK_BLOCK.top + 1, dayTarget: WEEK_BLOCK.top + 2, header: WEEK_BLOCK.firstWeek - 1 };

/** A date serial as a DATE() a person can read in the formula. */
function dateOf(serial: number): string {
  const d = serialToUtcDate(serial);
  return `DATE(${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()})`;
}

/** The block's cells each formula reads: the holidays, each month's target and working days. */
export interface WeekBlockRefs {
  readonly months: readonly PlanMonth[];
  /** The month's target cell (the plan's total row), by month of the period. */
  monthTarget(m: number): string;
  /** The month's working-days cell, by month of the period. */
  monthDays(m: number): string;
}

/** The holiday input cells: a column under their header, beside the weeks. */
const H = WEEK_BLOCK.holidaysColumn;
export const holidayRange = () => `${absolute(ROWS.header + 1, H)}:${absolute(ROWS.header + WEEK_BLOCK.holidays, H)}`;

/** Each month's working days, Monday to Friday less the holidays: the row under the month shares. */
export function placeMonthWorkingDays(sheet: SheetBuilder, row: number, months: readonly PlanMonth[], column: (m: number) => number): void {
  sheet.text(row, 0, sheet.t('Working days (Monday to Friday, less the holidays)'));
  months.forEach((month, m) => {
    const span = monthSpan(month);
    sheet.formula(row, column(m), `=NETWORKDAYS(${dateOf(span.first)},${dateOf(span.last)},${holidayRange()})`);
  });
  sheet.format(rangeA1(row, column(0), row, column(months.length - 1)), 'integer');
}

/**
 * The week-and-day view: the holidays (an input row), a day and its target, then each week from
 * Monday with its working days in the period and its target (each month's target shared over its
 * working days, a week spanning two months taking its days of each), and their total. Equal to
 * core's weekTargets and dayTarget; every formula reads a fixed number of cells.
 */
export function placeWeekBlock(sheet: SheetBuilder, at: WeekBlockRefs, holidays: readonly number[]): void {
  const { t } = sheet;
  const first = monthSpan(at.months[0]).first;
  const last = monthSpan(at.months[at.months.length - 1]).last;
  sheet.text(WEEK_BLOCK.top, C, t('Targets by week and day'));
  sheet.style(a1(WEEK_BLOCK.top, C), 'section');
  sheet.header(ROWS.header, H, [t('Holidays (type dates)')]);
  holidays.slice(0, WEEK_BLOCK.holidays).forEach((day, i) => sheet.number(ROWS.header + 1 + i, H, day));
  const holidayCells = rangeA1(ROWS.header + 1, H, ROWS.header + WEEK_BLOCK.holidays, H);
  sheet.style(holidayCells, 'input');
  sheet.format(holidayCells, 'date');
  sheet.validate(holidayCells, { min: first - 366, max: last + 366, message: t('A holiday: a date within a year of the plan.') });
  placeDay(sheet, at, first, last);
  sheet.header(ROWS.header, C, [t('Week from (Monday)'), t('Working days'), t('Target')]);
  let row = ROWS.header + 1;
  for (let monday = mondayOf(first); monday <= last; monday += 7, row += 1) placeWeek(sheet, at, row, monday, { first, last });
  sheet.text(row, C, t('Total'));
  sheet.formula(row, C + 1, `=SUM(${a1(ROWS.header + 1, C + 1)}:${a1(row - 1, C + 1)})`);
  sheet.formula(row, C + 2, `=SUM(${a1(ROWS.header + 1, C + 2)}:${a1(row - 1, C + 2)})`);
  sheet.style(rangeA1(row, C, row, C + 2), 'total');
  sheet.format(rangeA1(ROWS.header + 1, C, row, C), 'date');
  sheet.format(rangeA1(ROWS.header + 1, C + 1, row, C + 1), 'integer');
  sheet.format(rangeA1(ROWS.header + 1, C + 2, row, C + 2), 'money');
}

/** A day (an input) and its target: its month's target over the month's working days, 0 on a weekend or holiday. */
function placeDay(sheet: SheetBuilder, at: WeekBlockRefs, first: number, last: number): void {
  const { t } = sheet;
  const day = absolute(ROWS.day, C + 1);
  sheet.text(ROWS.day, C, t('Day'));
  sheet.number(ROWS.day, C + 1, first);
  sheet.style(a1(ROWS.day, C + 1), 'input');
  sheet.format(a1(ROWS.day, C + 1), 'date');
  const month = at.months[0];
  // The day's month, counted from the period's first: (year − first year) × 12 + month − first month.
  const index = `(YEAR(${day})-${month.year})*12+MONTH(${day})-${month.month}+1`;
  const pick = (cell: (m: number) => string) => `CHOOSE(${index},${at.months.map((_, m) => cell(m)).join(',')})`;
  sheet.text(ROWS.dayTarget, C, t('Target that day'));
  sheet.formula(
    ROWS.dayTarget,
    C + 1,
    `=IF(${day}="","",IF(OR(${day}<${dateOf(first)},${day}>${dateOf(last)}),${formulaString(t('Outside the plan'))},` +
      `IF(NETWORKDAYS(${day},${day},${holidayRange()})=0,0,${pick(at.monthTarget)}/${pick(at.monthDays)})))`,
  );
  sheet.format(a1(ROWS.dayTarget, C + 1), 'money');
}

/** One week: its Monday, its working days within the period and its target, each of its (one or two) months' days' share. */
function placeWeek(sheet: SheetBuilder, at: WeekBlockRefs, row: number, monday: number, period: { first: number; last: number }): void {
  const parts = at.months.flatMap((month, m) => {
    const span = monthSpan(month);
    const [from, to] = [Math.max(monday, span.first, period.first), Math.min(monday + 6, span.last, period.last)];
    return from <= to ? [{ m, days: `NETWORKDAYS(${dateOf(from)},${dateOf(to)},${holidayRange()})` }] : [];
  });
  sheet.number(row, C, monday);
  sheet.formula(row, C + 1, `=${parts.map((p) => p.days).join('+')}`);
  sheet.formula(row, C + 2, `=${parts.map((p) => `IF(${at.monthDays(p.m)}=0,0,${at.monthTarget(p.m)}*${p.days}/${at.monthDays(p.m)})`).join('+')}`);
}
