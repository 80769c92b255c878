import { wallClockSerial } from '../../core/kit/cells';

/**
 * Dates as the spreadsheet shows them. Sheets hands Apps Script a date cell as the instant of its
 * wall-clock time in the spreadsheet's time zone (File → Settings), while the script runs in its own
 * zone (appsscript.json: Etc/UTC). Reading a Date's local fields therefore puts 1 Feb in Hanoi
 * (UTC+7) on 31 Jan; the calendar day is the instant shifted by the spreadsheet zone's offset at
 * that instant (daylight saving included), which `Utilities.formatDate(…, zone, 'Z')` gives.
 */

/** Offsets change only at transitions, which fall on a quarter hour in every zone of the tz database. */
const QUARTER_HOUR = 900_000;

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** `+0700` → 420, `-0530` → -330. */
function offsetMinutes(z: string): number {
  const [, sign, hours, minutes] = /^([+-])(\d\d)(\d\d)$/.exec(z) ?? ['', '+', '0', '0'];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * A reader of Date objects as date serials in a time zone: one `Utilities.formatDate` call per
 * quarter hour met (a column of dates at midnight costs a call per distinct day, not per cell).
 *
 * @example
 * const serial = dateSerialsIn('Asia/Ho_Chi_Minh');
 * serial(new Date('2024-01-31T17:00:00Z')) //=> 45323 (1 Feb 2024 in Hanoi)
 */
export function dateSerialsIn(timeZone: string): (date: Date) => number {
  const offsets = new Map<number, number>();
  return (date) => {
    const ms = Date.prototype.getTime.call(date);
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = offsetMinutes(Utilities.formatDate(date, timeZone, 'Z'));
      offsets.set(quarter, offset);
    }
    return wallClockSerial(ms + offset * 60_000);
  };
}

/**
 * Values with every Date (at any depth of rows) replaced by its serial in the spreadsheet's time
 * zone; the zone is asked for only when a Date is there. An invalid Date is left for core to refuse.
 *
 * @example
 * withSpreadsheetDates([[new Date('2024-01-31T17:00:00Z')]]) //=> [[45323]] in a Hanoi spreadsheet
 */
export function withSpreadsheetDates<T>(values: T): T {
  let serial: ((date: Date) => number) | undefined;
  const read = (value: unknown): unknown => {
    let date: Date;
    try {
      if (Array.isArray(value)) return value.map(read);
      if (!isDate(value) || Number.isNaN(Date.prototype.getTime.call(value))) return value;
      date = value;
    } catch {
      // Something that cannot even be looked at (a revoked proxy) is left for core to refuse as #VALUE!.
      return value;
    }
    serial ??= dateSerialsIn(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
    return serial(date);
  };
  return read(values) as T;
}
