/**
 * The Sales plan sheet's week-and-day view: each week's working days and target, and a day's target,
 * equal core's weekTargets and dayTarget after edits of a holiday, the day and the baseline.
 */
import { a1 } from '../../core/kit/sheet';
import { isSheetError } from '../../core/kit/cells';
import { SalesPlanAnswers, WEEK_BLOCK, buildSalesPlan, computeSalesPlan, defaultAnswers, periodMonthsOf, weekTargets } from '../../core/plans/salesPlan';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet } from '../harness/liveness';
import { weekViewExpected } from '../harness/salesPlanNumbers';

const NEW_YEARS_DAY_2027 = 46388;
const CHRISTMAS_2027 = 46746;
const answers: SalesPlanAnswers = { ...defaultAnswers(2027), holidays: [NEW_YEARS_DAY_2027] };
const C = WEEK_BLOCK.column;
const firstWeekRow = WEEK_BLOCK.firstWeek;

/** The week rows, the total and the day's target core computes for these answers. */
function expected(a: SalesPlanAnswers, day = 46388): Record<string, number | string> {
  const plan = computeSalesPlan(a);
  if (isSheetError(plan)) throw plan;
  return weekViewExpected(a, plan.monthTotals, day);
}

const LIVE: LiveWizard<SalesPlanAnswers> = { build: (a) => buildSalesPlan(a), expected: (a) => expected(a) };

describe("the Sales plan sheet's targets by week and day", () => {
  it("gives each week's working days and target as core does, a week across two months included, and they add up to the year", () => {
    expect(livenessMismatches(LIVE, answers)).toEqual([]);
    const sheet = loadPlanSheet(buildSalesPlan(answers));
    const weeks = weekTargets(
      (computeSalesPlan(answers) as { monthTotals: readonly number[] }).monthTotals,
      periodMonthsOf(answers),
      new Set([NEW_YEARS_DAY_2027]),
    );
    if (isSheetError(weeks)) throw weeks;
    expect(weeks).toHaveLength(53);
    expect(sheet.value(a1(firstWeekRow + weeks.length, C + 2))).toBeCloseTo(sheet.value('D' + String(29 + answers.children.length)) as number, 6);
    // The holiday on Friday 1 January leaves the first week (from Monday 28 December) without a working day.
    expect(sheet.value(a1(firstWeekRow, C + 1))).toBe(0);
  });

  const edits: Edit<SalesPlanAnswers>[] = [
    {
      what: 'a holiday typed',
      cell: a1(WEEK_BLOCK.firstWeek + 1, WEEK_BLOCK.holidaysColumn),
      value: CHRISTMAS_2027 - 1,
      answers: (a) => ({ ...a, holidays: [...(a.holidays ?? []), CHRISTMAS_2027 - 1] }),
    },
    { what: 'a holiday cleared', cell: a1(WEEK_BLOCK.firstWeek, WEEK_BLOCK.holidaysColumn), value: null, answers: (a) => ({ ...a, holidays: [] }) },
    { what: 'the baseline', cell: 'B5', value: 2_000_000, answers: (a) => ({ ...a, baseline: 2_000_000 }) },
  ];
  it('follows a holiday typed or cleared and a new baseline', () => {
    expect(livenessMismatches(LIVE, answers, edits)).toEqual([]);
  });

  it("gives a day's share of its month on a working day, 0 on a weekend or holiday, and says when the day is outside the plan", () => {
    const sheet = loadPlanSheet(buildSalesPlan(answers));
    const day = a1(WEEK_BLOCK.top + 1, C + 1);
    const target = a1(WEEK_BLOCK.top + 2, C + 1);
    for (const [date, wanted] of [
      [46391, expected(answers, 46391)[target]], // Monday 4 January
      [46389, 0], // Saturday 2 January
      [NEW_YEARS_DAY_2027, 0],
      [46753, 'Outside the plan'], // 1 January 2028
    ] as const) {
      sheet.set(day, date);
      if (typeof wanted === 'number') expect(sheet.value(target)).toBeCloseTo(wanted, 6);
      else expect(sheet.value(target)).toBe(wanted);
    }
    expect(expected(answers, 46391)[target]).toBeGreaterThan(0);
  });
});
