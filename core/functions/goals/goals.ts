import { SheetError, reason } from '../../kit/cells/errors';
import { chooseOption } from '../kpi/guards';

/** Which way a goal is met: a number that should rise (revenue, win rate) or fall (CAC, churn). */
export const GOAL_DIRECTIONS = ['higher', 'lower'] as const;
export type GoalDirection = (typeof GOAL_DIRECTIONS)[number];

/**
 * The direction named in a cell: "higher" (also blank) or "lower", in any case (chooseOption's rule).
 *
 * @example
 * goalDirection(' Lower ') //=> 'lower'
 */
export const goalDirection = (text: string | undefined): GoalDirection | SheetError =>
  chooseOption(text?.trim() === '' ? undefined : text, GOAL_DIRECTIONS, 'direction');

/**
 * How far a goal has come from its baseline to its target: (actual − baseline) ÷ (target − baseline),
 * so a goal to reduce (a target below its baseline) reads the same way: 1 is the goal met.
 *
 * @example
 * goalProgress(200, 170, 185) //=> 0.5 (CAC from 200 to 170: half-way at 185)
 */
export function goalProgress(baseline: number, target: number, actual: number): number | SheetError {
  if (target === baseline) return new SheetError('DIV0', reason('the target equals the baseline: there is no way to go'));
  return (actual - baseline) / (target - baseline);
}

/** How a change is read: a percent of the baseline, or points added to it (for rates). */
export const GOAL_KINDS = ['percent', 'points'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/**
 * A goal's target from its baseline and a change: "percent" baseline × (1 + change), "points"
 * baseline + change (a win rate of 25% up 5 points is 30%; up 5 percent is 26.25%).
 *
 * @example
 * goalTarget(0.25, 0.05, 'points')  //=> 0.30
 * goalTarget(200, -0.15, 'percent') //=> 170
 */
export const goalTarget = (baseline: number, change: number, kind: GoalKind): number => (kind === 'points' ? baseline + change : baseline * (1 + change));
