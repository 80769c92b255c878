import { SheetError, reason } from '../../kit/cells/errors';

/** The usual ramp of a new rep: 25%, 50%, 75% of full quota in the first three months, then 100%. */
export const DEFAULT_RAMP: readonly number[] = [0.25, 0.5, 0.75];

/**
 * A rep's quota in their k-th month of tenure (1 = first month): full quota × the ramp factor,
 * 100% once past the ramp schedule; 0 before they start (k ≤ 0).
 *
 * @example
 * rampQuota(20000, 2)               //=> 10000
 * rampQuota(20000, 6)               //=> 20000
 * rampQuota(20000, 1, [0.5, 1])     //=> 10000
 */
export function rampQuota(fullQuota: number, tenureMonth: number, schedule: readonly number[] = DEFAULT_RAMP): number | SheetError {
  if (fullQuota < 0) return new SheetError('NUM', reason('full_quota cannot be negative'));
  if (schedule.some((r) => r < 0 || r > 1)) return new SheetError('NUM', reason('ramp factors must be fractions between 0 and 1'));
  if (tenureMonth < 1) return 0;
  const month = Math.floor(tenureMonth);
  return fullQuota * (month <= schedule.length ? schedule[month - 1] : 1);
}

/**
 * Reps needed to carry a target: target / (full quota × expected attainment), rounded up to whole people.
 *
 * @example
 * repsNeeded(1_000_000, 120_000, 0.8) //=> 11 (10.4 rounded up)
 */
export function repsNeeded(target: number, fullQuota: number, attainment = 1): number | SheetError {
  if (target < 0 || fullQuota < 0) return new SheetError('NUM', reason('target and full_quota cannot be negative'));
  if (attainment < 0 || attainment > 1) return new SheetError('NUM', reason('attainment must be a fraction between 0 and 1'));
  if (fullQuota * attainment === 0) return new SheetError('DIV0', reason('full quota × attainment is 0'));
  return Math.ceil(target / (fullQuota * attainment) - 1e-9);
}

/**
 * Over-assignment: how much more the children carry than the parent: Σ children / parent − 1.
 *
 * @example
 * overAssignment([600, 550], 1000) //=> 0.15
 */
export function overAssignment(children: readonly number[], parent: number): number | SheetError {
  if (parent <= 0) return new SheetError(parent === 0 ? 'DIV0' : 'NUM', reason('the parent target must be more than 0'));
  return children.reduce((a, b) => a + b, 0) / parent - 1;
}

/**
 * The target to hand out so that, at the expected attainment, the total is still met: total / attainment.
 *
 * @example
 * grossUp(1000, 0.8) //=> 1250
 */
export function grossUp(total: number, attainment: number): number | SheetError {
  if (attainment <= 0 || attainment > 1) return new SheetError('NUM', reason('attainment must be a fraction above 0 and at most 1'));
  return total / attainment;
}
