import { SheetError, reason } from '../../kit/cells/errors';

export const DECAY_METHODS = ['linear', 'exponential', 'window'] as const;
export type DecayMethod = (typeof DECAY_METHODS)[number];

/** Defaults: lose a quarter of the points every 30 days (Marketo's window is 30 days). */
export const DECAY_DEFAULTS = { method: 'linear' as DecayMethod, rate: 0.25, periodDays: 30 };

/**
 * Points after ageing, as HubSpot's and Marketo's decay work:
 * - `linear`: points × max(0, 1 − rate × floor(age / period));
 * - `exponential`: points × (1 − rate)^(age / period);
 * - `window`: points while age ≤ period, then 0.
 *
 * @example
 * leadDecay(40, 65, 'linear', 0.25, 30) //=> 20 (two whole periods: 40 × 0.5)
 * leadDecay(40, 31, 'window', 0, 30)    //=> 0
 */
export function leadDecay(points: number, ageDays: number, method: DecayMethod, rate: number, periodDays: number): number | SheetError {
  if (ageDays < 0) return new SheetError('NUM', reason('age_days cannot be negative'));
  if (rate < 0 || rate > 1) return new SheetError('NUM', reason('rate must be a fraction between 0 and 1 (write 25% or 0.25, not {rate})', { rate }));
  if (periodDays === 0) return new SheetError('DIV0', reason('period_days is 0'));
  if (periodDays < 0) return new SheetError('NUM', reason('period_days must be more than 0'));
  if (method === 'window') return ageDays <= periodDays ? points : 0;
  if (method === 'exponential') return points * (1 - rate) ** (ageDays / periodDays);
  return points * Math.max(0, 1 - rate * Math.floor(ageDays / periodDays + 1e-9));
}

export const BAND_DEFAULTS = { warmFrom: 40, hotFrom: 70 };

/**
 * The band of a score: "Hot" from `hotFrom`, "Warm" from `warmFrom`, else "Cold".
 *
 * @example
 * leadBand(72) //=> 'Hot'
 * leadBand(40) //=> 'Warm'
 */
export function leadBand(score: number, warmFrom = BAND_DEFAULTS.warmFrom, hotFrom = BAND_DEFAULTS.hotFrom): string | SheetError {
  if (warmFrom > hotFrom) return new SheetError('NUM', reason('warm_from ({warmFrom}) is above hot_from ({hotFrom})', { warmFrom, hotFrom }));
  return score >= hotFrom ? 'Hot' : score >= warmFrom ? 'Warm' : 'Cold';
}
