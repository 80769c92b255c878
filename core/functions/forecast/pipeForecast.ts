import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue, serialToUtcDate, utcDaySerial } from '../../kit/cells/values';
import { normaliseLabel } from '../kpi/labels';

/** The most months a pipeline forecast spans (ten years), and the most forecast categories it lists. */
export const MAX_FORECAST_MONTHS = 120;
export const MAX_FORECAST_CATEGORIES = 20;

/** One open deal: its amount, close date (a date serial), probability (0–1) and forecast category ('' for none). */
export interface OpenDeal {
  readonly amount: number;
  readonly close: number;
  readonly probability: number;
  readonly category: string;
}

/** A month index (years × 12 + month) of a date serial, so months compare and count. */
const monthIndex = (serial: number) => {
  const d = serialToUtcDate(serial);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
/** The date serial of a month index's first day. */
const monthStart = (index: number) => utcDaySerial(Date.UTC(Math.floor(index / 12), index % 12, 1));

/** A probability as the other functions read one: 0–1, a number above 1 as a percent (25 is 25%). */
function probabilityOf(value: CellValue, row: number): number | SheetError {
  if (isSheetError(value)) return value;
  if (typeof value !== 'number') return new SheetError('VALUE', reason('the probability of deal {value} is not a number', { value: row }));
  const p = value > 1 ? value / 100 : value;
  return p >= 0 && p <= 1 ? p : new SheetError('NUM', reason('the probability of deal {value} must be from 0% to 100%', { value: row }));
}

/**
 * The open deals of a sheet's columns: a row with a blank amount or close date is skipped; any other
 * value that is not a number (a date is one) is `#VALUE!` naming the deal.
 *
 * @example
 * openDeals([1000, null], [46100, 46130], [0.5, 0.2], [])  //=> [{ amount: 1000, close: 46100, probability: 0.5, category: '' }]
 */
export function openDeals(amounts: CellValue[], closes: CellValue[], probabilities: CellValue[], categories: CellValue[]): OpenDeal[] | SheetError {
  const deals: OpenDeal[] = [];
  for (let i = 0; i < amounts.length; i += 1) {
    const [amount, close] = [amounts[i], closes[i]];
    if (amount === null || amount === '' || close === null || close === '') continue;
    if (isSheetError(amount)) return amount;
    if (isSheetError(close)) return close;
    if (typeof amount !== 'number') return new SheetError('VALUE', reason('the amount of deal {value} is not a number', { value: i + 1 }));
    if (typeof close !== 'number') return new SheetError('VALUE', reason('the close date of deal {value} is not a date', { value: i + 1 }));
    const probability = probabilityOf(probabilities[i] ?? null, i + 1);
    if (isSheetError(probability)) return probability;
    const category = categories[i];
    if (isSheetError(category)) return category;
    deals.push({ amount, close, probability, category: category === null || category === undefined ? '' : String(category).trim() });
  }
  return deals;
}

/**
 * The pipeline by month: a header row (`Month`, `Weighted`, a column per category in order of first
 * appearance), then a row per month from `start`'s month for `months` months (by default from the
 * earliest close date's month through the latest's): the month's first day, Σ amount × probability
 * of the deals closing that month, and each category's Σ amount (unweighted). Deals closing outside
 * the months shown are left out.
 *
 * @example
 * pipelineForecast(deals) //=> [['Month', 'Weighted', 'Commit'], [46082, 500, 1000], …]
 */
export function pipelineForecast(deals: readonly OpenDeal[], start?: number, months?: number): (string | number)[][] | SheetError {
  if (months !== undefined && !(Number.isInteger(months) && months >= 1)) return new SheetError('NUM', reason('months must be a whole number of 1 or more'));
  if (deals.length === 0 && start === undefined) return new SheetError('NA', reason('no deal has both an amount and a close date'));
  // A loop, not Math.min(...spread): 50,000 deals would overflow the call's arguments.
  const closing = deals.map((d) => monthIndex(d.close));
  const first = start !== undefined ? monthIndex(start) : closing.reduce((a, b) => Math.min(a, b));
  const span = months ?? closing.reduce((a, b) => Math.max(a, b), first) - first + 1;
  if (span > MAX_FORECAST_MONTHS) return new SheetError('NUM', reason('a forecast spans at most {value} months', { value: MAX_FORECAST_MONTHS }));
  // Each category under its first spelling: a later " commit " is the same column as "Commit".
  const named = new Map<string, string>();
  for (const d of deals) if (d.category !== '' && !named.has(normaliseLabel(d.category))) named.set(normaliseLabel(d.category), d.category);
  const categories = [...named.entries()];
  if (categories.length > MAX_FORECAST_CATEGORIES)
    return new SheetError('NUM', reason('a forecast lists at most {value} categories', { value: MAX_FORECAST_CATEGORIES }));
  const rows = Array.from({ length: span }, (_, m) => [monthStart(first + m), 0, ...categories.map(() => 0)]);
  for (const deal of deals) {
    const row = rows[monthIndex(deal.close) - first];
    if (!row) continue;
    row[1] += deal.amount * deal.probability;
    const c = categories.findIndex(([key]) => key === normaliseLabel(deal.category));
    if (c >= 0) row[2 + c] += deal.amount;
  }
  return [['Month', 'Weighted', ...categories.map(([, name]) => name)], ...rows];
}
