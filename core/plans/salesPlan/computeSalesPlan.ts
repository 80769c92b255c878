import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { ceilTidy, floorTo, roundTo, tidy } from '../../kit/cells/rounding';
import { cascadeTarget } from '../../functions/targets/cascade';
import { SalesPlanAnswers } from './salesPlanAnswers';
import { Translate, translator } from '../../kit/i18n/translate';
import { wholeNumber } from '../../kit/i18n/languages';

/** The numbers of a sales plan, exactly as its sheet's formulas compute them. */
export interface SalesPlanNumbers {
  readonly target: number;
  /** The target grossed up for expected attainment, which the children share. */
  readonly handOut: number;
  readonly overAssignment: number;
  readonly annual: readonly number[];
  /** Children × the period's months; each row adds up to the child's target for the period. */
  readonly monthly: readonly (readonly number[])[];
  readonly monthTotals: readonly number[];
  readonly newRepMonthly: readonly (readonly number[])[];
  readonly capacity: number;
  readonly gap: number;
  readonly moreRepsNeeded: number;
  readonly warnings: readonly string[];
}

export { roundTo };

/**
 * The plan's target: the baseline grown by the growth, or the market's size × our share; rounded to
 * the plan's unit.
 *
 * @example
 * planTarget({ ...defaultAnswers(2027), market: { size: 20_000_000, share: 0.05 } }) //=> 1000000
 */
export function planTarget(answers: Pick<SalesPlanAnswers, 'baseline' | 'growth' | 'market' | 'roundTo'>): number {
  const unrounded = answers.market ? answers.market.size * answers.market.share : answers.baseline * (1 + answers.growth);
  return roundTo(unrounded, answers.roundTo);
}

/**
 * A child's annual target split over the months: the cumulative target through each month is
 * rounded down to the unit, and each month gets the step; December takes what is left, so the
 * months add up to the annual target exactly.
 *
 * @example
 * splitOverMonths(1000, Array(12).fill(1 / 12), 10) //=> [80, 90, 80, 90, 80, 80, 90, 80, 80, 90, 80, 80] (adds up to 1000)
 */
export function splitOverMonths(annual: number, shares: readonly number[], unit: number): number[] {
  let cumulativeShare = 0;
  let previous = 0;
  return shares.map((share, m) => {
    cumulativeShare += share;
    const cumulative = m === shares.length - 1 ? annual : floorTo(annual * Math.min(1, cumulativeShare), unit);
    const month = cumulative - previous;
    previous = cumulative;
    return month;
  });
}

/**
 * A new rep's monthly quotas over the plan's months (calendar month numbers counted on from the
 * plan year's January: 13 is the next January): nothing before the start month, then the ramp.
 */
export function newRepMonths(
  fullQuota: number,
  startMonth: number,
  ramp: readonly number[],
  calendarMonths: readonly number[] = Array.from({ length: 12 }, (_, i) => i + 1),
): number[] {
  return calendarMonths.map((calendarMonth) => {
    const tenure = calendarMonth - startMonth + 1;
    if (tenure < 1) return 0;
    return (fullQuota / 12) * (tenure <= ramp.length ? ramp[tenure - 1] : 1);
  });
}

/**
 * Everything a sales plan computes from the wizard's answers: the target, the quota handed out,
 * each child's annual and monthly targets (adding up exactly), capacity, gap and reps needed.
 * It takes answers that keep their declared rules (the wizard's step checks) and does not check
 * them again; an error is what the answers together cannot give (every driver 0, locks above the target).
 *
 * @example
 * computeSalesPlan(defaultAnswers(2027)).target //=> 1100000
 */
export function computeSalesPlan(answers: SalesPlanAnswers, t: Translate = translator('en')): SalesPlanNumbers | SheetError {
  // The answers keep their declared rules (SALES_PLAN_FIELDS): the wizard computes only past its step checks.
  const unit = answers.roundTo;
  if (answers.monthShares.length !== answers.periodMonths)
    return new SheetError('VALUE', reason('give one month share per month of the period ({periodMonths})', { periodMonths: answers.periodMonths }));
  const target = planTarget(answers);
  const handOut = roundTo(target / answers.attainment, unit);
  const annual = cascadeTarget(
    handOut,
    answers.children.map((c) => c.driver),
    { locks: answers.children.map((c) => c.lock), roundTo: unit },
  );
  if (isSheetError(annual)) return annual;
  const monthly = annual.map((a) => splitOverMonths(a, answers.monthShares, unit));
  const monthTotals = answers.monthShares.map((_, m) => monthly.reduce((sum, row) => sum + row[m], 0));
  const calendarMonths = answers.monthShares.map((_, m) => answers.periodStart + m);
  const newRepMonthly = answers.newReps.map((rep) => newRepMonths(answers.fullQuota, rep.startMonth, answers.ramp, calendarMonths));
  const newRepYear = newRepMonthly.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
  // Full quota is a year's: the period carries its share of it.
  const capacity = (answers.headcount * answers.fullQuota * (answers.periodMonths / 12) + newRepYear) * answers.attainment;
  const gap = target - capacity;
  const perRep = answers.fullQuota * answers.attainment;
  const moreRepsNeeded = tidy(gap) <= 0 ? 0 : perRep > 0 ? ceilTidy(gap / perRep) : Number.NaN;
  const warnings: string[] = [];
  const shareSum = answers.monthShares.reduce((a, b) => a + b, 0);
  if (Math.abs(shareSum - 1) > 1e-6)
    warnings.push(t('The month shares add up to {value}%, not 100%: the last month takes the difference.', { value: (shareSum * 100).toFixed(1) }));
  if (gap > 0)
    warnings.push(
      t('Capacity falls short of the target by {value}: about {moreRepsNeeded} more fully ramped reps.', { value: wholeNumber(gap, t), moreRepsNeeded }),
    );
  // A unit larger than a child's average share rounds most children's targets to 0 (largest remainder keeps the total exact).
  const zeros = annual.filter((a, i) => a === 0 && answers.children[i].lock === null).length;
  if (zeros > annual.length / 2)
    warnings.push(
      t('{count} of {total} targets round to 0: each gets {average} on average, less than the rounding unit of {unit}. Round to a smaller unit.', {
        count: zeros,
        total: annual.length,
        average: wholeNumber(handOut / annual.length, t),
        unit: wholeNumber(unit, t),
      }),
    );
  if (answers.growth > 0.5) warnings.push(t('Growth of {value}% is steep: check that the target is attainable.', { value: (answers.growth * 100).toFixed(0) }));
  return { target, handOut, overAssignment: handOut / target - 1, annual, monthly, monthTotals, newRepMonthly, capacity, gap, moreRepsNeeded, warnings };
}

/** The child an item of the second level belongs to: its name compared trimmed and in any case; -1 when none is. */
export const parentOf = (answers: Pick<SalesPlanAnswers, 'children'>, parent: string): number =>
  answers.children.findIndex((c) => c.name.trim().toLowerCase() === parent.trim().toLowerCase());

/**
 * Each second-level item's target: its child's target split among the child's items by their
 * drivers, locks kept, to the plan's unit by largest remainder (CASCADE's rule), so each group adds up
 * to its child exactly. In the items' order; an error names an item whose child the plan has not.
 *
 * @example
 * subLevelTargets({ ...answers, subLevel: { label: 'Product', items: [{ parent: 'North', name: 'Chairs', driver: 1, lock: null }] } }, [600000, 400000]) //=> [600000]
 */
export function subLevelTargets(answers: SalesPlanAnswers, annual: readonly number[]): number[] | SheetError {
  const items = answers.subLevel?.items ?? [];
  const targets = items.map(() => 0);
  const missing = items.find((item) => parentOf(answers, item.parent) < 0);
  if (missing) return new SheetError('VALUE', reason('{value} belongs to no child of the plan', { value: `${missing.name} (${missing.parent})` }));
  for (let c = 0; c < answers.children.length; c += 1) {
    const mine = items.flatMap((item, i) => (parentOf(answers, item.parent) === c ? [i] : []));
    if (mine.length === 0) continue;
    const split = cascadeTarget(
      annual[c],
      mine.map((i) => items[i].driver),
      { locks: mine.map((i) => items[i].lock), roundTo: answers.roundTo },
    );
    if (isSheetError(split)) return split;
    mine.forEach((i, k) => (targets[i] = split[k]));
  }
  return targets;
}
