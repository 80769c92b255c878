import { serialToUtcDate } from '../../core/kit/cells';

/** A month of a history: its year and its number, 1…12. */
export interface Month {
  readonly year: number;
  readonly month: number;
}

/**
 * A month as a sheet labels one: text such as 2017-12 or 2017-12-01, or a date (a serial from 1901
 * on, as Excel and Sheets hand dates over; smaller numbers are amounts, weeks or quarters).
 *
 * @example
 * monthOf('2017-12') //=> { year: 2017, month: 12 }
 * monthOf(43070)     //=> { year: 2017, month: 12 } (1 December 2017)
 * monthOf(120)       //=> undefined
 */
export function monthOf(cell: unknown): Month | undefined {
  if (typeof cell === 'number') {
    if (!(cell >= 367 && cell < 2_958_466)) return undefined; // 1901-01-01 … 9999-12-31
    const day = serialToUtcDate(cell);
    return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 };
  }
  const found = typeof cell === 'string' ? /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(cell.trim()) : null;
  const [year, month] = found ? [Number(found[1]), Number(found[2])] : [0, 0];
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/**
 * A month as the wizards write it, 2017-12.
 *
 * @example
 * monthText({ year: 2017, month: 3 }) //=> '2017-03'
 */
export const monthText = ({ year, month }: Month): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * The year a history that runs to this month plans: the next one, when it ends in a December (a
 * plan's baseline is the 12 months after its history); none otherwise.
 *
 * @example
 * yearAfter({ year: 2017, month: 12 }) //=> 2018
 * yearAfter({ year: 2017, month: 6 })  //=> undefined
 */
export const yearAfter = (last: Month | undefined): number | undefined => (last?.month === 12 ? last.year + 1 : undefined);
