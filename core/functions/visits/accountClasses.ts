import { CellValue } from '../../kit/cells/values';
import { SheetError, reason } from '../../kit/cells/errors';
import { tidy } from '../../kit/cells/rounding';

export type AccountClass = 'A' | 'B' | 'C';

/** Visits a year by class, by default (the common ABC call frequencies: twice a month, monthly, quarterly). */
export const DEFAULT_VISIT_FREQUENCIES: Readonly<Record<AccountClass, number>> = { A: 24, B: 12, C: 4 };

/**
 * A class per account, in the accounts' order: sorted by value, largest first (ties keep their
 * order), an account is A while the share of the total held by the accounts before it is below
 * `aShare`, B while below `bShare`, else C. Blanks, text and values of 0 or less are C and not in the total.
 *
 * @example
 * abcClasses([50, 30, 15, 5]) //=> ['A', 'A', 'B', 'C']: before 30 lie 50%, before 15 80%, before 5 95%
 */
export function abcClasses(values: readonly CellValue[], aShare = 0.8, bShare = 0.95): AccountClass[] | SheetError {
  if (aShare > bShare) return new SheetError('NUM', reason('a_share ({aShare}) is above b_share ({bShare})', { aShare, bShare }));
  const ranked = values
    .map((v, i) => ({ v: typeof v === 'number' && v > 0 ? v : 0, i }))
    .filter((r) => r.v > 0)
    .sort((a, b) => b.v - a.v || a.i - b.i);
  const total = ranked.reduce((s, r) => s + r.v, 0);
  const classes: AccountClass[] = values.map(() => 'C');
  let before = 0;
  for (const r of ranked) {
    // To 9 decimals, as a sheet's ROUND(share, 9): a share exactly at a cut-off is in the lower class.
    const share = tidy(before / total);
    classes[r.i] = share < aShare ? 'A' : share < bShare ? 'B' : 'C';
    before += r.v;
  }
  return classes;
}

/**
 * Visits a year per account from its class (A, B, C without regard to case or spaces); a blank
 * class is 0 visits.
 *
 * @example
 * visitFrequencies(['A', 'c', null]) //=> [24, 4, 0]
 */
export function visitFrequencies(
  classes: readonly CellValue[],
  frequencies: Readonly<Record<AccountClass, number>> = DEFAULT_VISIT_FREQUENCIES,
): number[] | SheetError {
  const out: number[] = [];
  for (const [i, c] of classes.entries()) {
    const label = typeof c === 'string' ? c.trim().toUpperCase() : c;
    if (label === null || label === '') out.push(0);
    else if (label === 'A' || label === 'B' || label === 'C') out.push(frequencies[label]);
    else return new SheetError('VALUE', reason('row {value} has the class "{value2}": use A, B or C', { value: i + 1, value2: String(c) }));
  }
  return out;
}

/** Calls a week by lead temperature, by default: hot twice a week, warm weekly, cold once a month. */
export const DEFAULT_CALLS_PER_WEEK: Readonly<Record<'hot' | 'warm' | 'cold', number>> = { hot: 2, warm: 1, cold: 0.25 };

/**
 * Calls a week each lead needs from its temperature (Hot, Warm, Cold, as LEADBAND gives them,
 * without regard to case or spaces); a blank is 0.
 *
 * @example
 * callPlan(['Hot', 'cold']) //=> [2, 0.25]
 */
export function callPlan(
  temperatures: readonly CellValue[],
  perWeek: Readonly<Record<'hot' | 'warm' | 'cold', number>> = DEFAULT_CALLS_PER_WEEK,
): number[] | SheetError {
  const out: number[] = [];
  for (const [i, t] of temperatures.entries()) {
    const label = typeof t === 'string' ? t.trim().toLowerCase() : t;
    if (label === null || label === '') out.push(0);
    else if (label === 'hot' || label === 'warm' || label === 'cold') out.push(perWeek[label]);
    else return new SheetError('VALUE', reason('row {value} has the temperature "{value2}": use Hot, Warm or Cold', { value: i + 1, value2: String(t) }));
  }
  return out;
}
