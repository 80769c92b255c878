import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { defineFunction } from '../../kit/catalogue/types';
import { GoalDirection, goalDirection } from '../goals/goals';

/**
 * Quota attainment: actual / target; pro-rated to the elapsed part of the period when `elapsed`
 * and `total` are given: actual / (target × elapsed / total). When lower is better (a cost, churn),
 * the ratio turns over: target / actual, so above 1 is still better than the target.
 *
 * @example
 * attainment(90_000, 120_000)        //=> 0.75
 * attainment(90_000, 120_000, 6, 12) //=> 1.5 (ahead of pace at mid-year)
 * attainment(180, 170, undefined, undefined, 'lower') //=> 0.944… (CAC of 180 against a target of 170)
 */
export function attainment(actual: number, target: number, elapsed?: number, total?: number, direction: GoalDirection = 'higher'): number | SheetError {
  const expected = expectedByNow(target, elapsed, total);
  if (isSheetError(expected) || direction === 'higher') return isSheetError(expected) ? expected : actual / expected;
  if (actual < 0) return new SheetError('NUM', reason('actual cannot be negative when lower is better'));
  return actual === 0 ? new SheetError('DIV0', reason('actual is 0: lower is better, so the target is beaten by any margin')) : expected / actual;
}

/** The part of the target expected by now: all of it, or pro-rated to elapsed ÷ total. */
function expectedByNow(target: number, elapsed?: number, total?: number): number | SheetError {
  if (target < 0) return new SheetError('NUM', reason('target cannot be negative'));
  if (target === 0) return new SheetError('DIV0', reason('target is 0'));
  if (elapsed === undefined && total === undefined) return target;
  if (elapsed === undefined || total === undefined) {
    return new SheetError('VALUE', reason('give both elapsed and total to pro-rate, or neither'));
  }
  if (total < 0 || elapsed < 0) return new SheetError('NUM', reason('elapsed and total cannot be negative'));
  if (total === 0) return new SheetError('DIV0', reason('total is 0'));
  if (elapsed > total) return new SheetError('NUM', reason('elapsed ({elapsed}) is more than total ({total})', { elapsed, total }));
  if (elapsed === 0) return new SheetError('DIV0', reason('no time has elapsed, so nothing is expected yet'));
  return (target * elapsed) / total;
}

export const ATTAINMENT = defineFunction({
  name: 'ATTAINMENT',
  title: 'Quota attainment',
  summary: 'Actual as a share of target, optionally pro-rated to the time elapsed.',
  description:
    'Returns actual / target. With `elapsed` and `total` (e.g. 9 of 12 months, or 40 of 62 selling ' +
    'days) it compares actual with the part of the target expected by now: actual / (target × ' +
    'elapsed / total), so 1 means exactly on pace. `actual` and `target` may be single cells or ranges, ' +
    'whose numbers are added up. With direction "lower" (a cost, churn: lower is better) the ratio turns over, target / actual, so ' +
    'above 1 is still better than the target; an actual of 0 is then #DIV/0!. The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'actual', kind: 'total', description: 'What was achieved: a number, or a range to add up.' },
    { name: 'target', kind: 'total', description: 'The target or quota for the whole period: a number, or a range to add up.' },
    { name: 'elapsed', kind: 'number', optional: true, description: 'Time elapsed in the period (months, weeks or days).' },
    { name: 'total', kind: 'number', optional: true, description: 'The length of the whole period, in the same unit as elapsed.' },
    { name: 'direction', kind: 'text', optional: true, defaultText: '"higher"', description: '"higher" is better (sales), or "lower" (a cost, churn).' },
  ],
  returns: { description: 'Attainment, a fraction (1 = target met, or on pace when pro-rated).', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'target is 0, total is 0, elapsed is 0, or lower is better and actual is 0' },
    { kind: 'NUM', when: 'target, elapsed or total is negative, elapsed is more than total, or lower is better and actual is negative' },
    { kind: 'VALUE', when: 'a value is blank or not a number, only one of elapsed and total is given, or direction is unknown' },
  ],
  examples: [
    { formula: '=ATTAINMENT(SUMIFS(G2:G201, F2:F201, "Won"), 150000)', note: 'Won amount against a quota of 150,000.' },
    { formula: '=ATTAINMENT(90000, 150000, 6, 12)', note: 'Half-way through the year: 90,000 is ahead of the 75,000 expected by now.' },
  ],
  run(actual, target, elapsed, total, direction) {
    const way = goalDirection(direction);
    return isSheetError(way) ? way : attainment(actual, target, elapsed, total, way);
  },
});
