import { SheetError, reason } from '../../kit/cells/errors';
import { ceilTidy, tidy } from '../../kit/cells/rounding';

/**
 * The count needed at each stage of a funnel to reach a target, top first, deals last: deals =
 * ⌈target / deal size⌉, and each earlier stage ⌈next stage / its conversion rate⌉, rounding up at
 * every stage (after rounding to 9 decimals, so that 70 / 0.35 is 200, not 201).
 *
 * @example
 * reverseFunnel(100_000, 5_000, [0.5, 0.35]) //=> [116, 58, 20]: 20 deals, 58 proposals, 116 leads
 */
export function reverseFunnel(target: number, dealSize: number, conversions: readonly number[]): number[] | SheetError {
  if (target < 0) return new SheetError('NUM', reason('target cannot be negative'));
  if (dealSize === 0) return new SheetError('DIV0', reason('deal_size is 0'));
  if (dealSize < 0) return new SheetError('NUM', reason('deal_size must be more than 0'));
  const zero = conversions.findIndex((r) => r === 0);
  if (zero >= 0) return new SheetError('DIV0', reason('conversion {value} is 0%: no count reaches the next stage', { value: zero + 1 }));
  const counts = [ceilTidy(target / dealSize)];
  for (let j = conversions.length - 1; j >= 0; j -= 1) counts.unshift(ceilTidy(counts[0] / conversions[j]));
  return counts;
}

/**
 * Visits a rep can make in a day (portatour's and Spearhead's arithmetic): ⌊(available − ½ visit) /
 * (visit + travel + preparation + waiting)⌋, half a visit kept back for the day's end; capped by a
 * daily maximum; never below 0.
 *
 * @example
 * visitsPerDay(480, 45, 30, 10, 5) //=> 5: (480 − 22.5) / 90 = 5.08
 */
export function visitsPerDay(available: number, visit: number, travel: number, prep = 0, wait = 0, max?: number): number | SheetError {
  const minutes = { available_minutes: available, visit_minutes: visit, travel_minutes: travel, prep_minutes: prep, wait_minutes: wait };
  const negative = Object.entries(minutes).find(([, v]) => v < 0);
  if (negative) return new SheetError('NUM', reason('{value} cannot be negative', { value: negative[0] }));
  if (max !== undefined && max < 0) return new SheetError('NUM', reason('max_visits cannot be negative'));
  const perVisit = visit + travel + prep + wait;
  if (perVisit === 0) return new SheetError('DIV0', reason('a visit with its travel, preparation and waiting takes 0 minutes'));
  const visits = Math.max(0, Math.floor(tidy((available - visit / 2) / perVisit)));
  return max === undefined ? visits : Math.min(visits, Math.floor(max));
}

/**
 * The visits a rep can make in a period: visits a day × selling days × (1 − the share of visits
 * that do not happen). Not rounded: an expected number.
 *
 * @example
 * callCapacity(5, 200, 0.1) //=> 900
 */
export function callCapacity(visitsPerDay: number, sellingDays: number, noShowRate = 0): number | SheetError {
  if (visitsPerDay < 0) return new SheetError('NUM', reason('visits_per_day cannot be negative'));
  if (sellingDays < 0) return new SheetError('NUM', reason('selling_days cannot be negative'));
  return visitsPerDay * sellingDays * (1 - noShowRate);
}

/**
 * Talley's workload: Σ accounts × visits a year each (calls), or hours when minutes a call are given.
 *
 * @example
 * workload([1000, 2000], [36, 12]) //=> 60_000 calls
 */
export function workload(accounts: readonly number[], frequencies: readonly number[], minutesPerCall?: number): number | SheetError {
  if (accounts.length !== frequencies.length)
    return new SheetError(
      'VALUE',
      reason('accounts has {length} numbers but frequencies has {length2}', { length: accounts.length, length2: frequencies.length }),
    );
  if ([...accounts, ...frequencies].some((v) => v < 0)) return new SheetError('NUM', reason('accounts and frequencies cannot be negative'));
  if (minutesPerCall !== undefined && minutesPerCall < 0) return new SheetError('NUM', reason('minutes_per_call cannot be negative'));
  const calls = accounts.reduce((s, a, i) => s + a * frequencies[i], 0);
  return minutesPerCall === undefined ? calls : (calls * minutesPerCall) / 60;
}

/**
 * Reps needed for a workload: ⌈calls / calls a rep can make⌉ (Talley: 60,000 calls at 1,000 a rep is 60 reps).
 *
 * @example
 * repsForWorkload([1000, 2000], [36, 12], 1000) //=> 60
 */
export function repsForWorkload(accounts: readonly number[], frequencies: readonly number[], callsPerRep: number): number | SheetError {
  if (callsPerRep === 0) return new SheetError('DIV0', reason('calls_per_rep is 0'));
  if (callsPerRep < 0) return new SheetError('NUM', reason('calls_per_rep must be more than 0'));
  const calls = workload(accounts, frequencies);
  return typeof calls === 'number' ? ceilTidy(calls / callsPerRep) : calls;
}
