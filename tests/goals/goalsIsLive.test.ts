/**
 * The Goals sheet's native formulas give each goal the target, actual, time gone, progress, pacing
 * and status core computes (GOALTARGET, the KPIs over the deals, GOALPROGRESS, RAG of progress against
 * time gone), and stay live: an edited baseline, change, kind, date, typed actual or deal follows.
 */
import { CellValue, isSheetError } from '../../core/kit/cells';
import { GOALS_LAYOUT as L, GoalsAnswers, buildGoals, goalNumbers } from '../../core/plans/goals';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { DEALS, DEC_2017, JAN_2017, JUL_2017, SAMPLE_GOALS } from '../harness/goalsSample';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet, mismatches } from '../harness/liveness';

const C = L.columns;
const answers = SAMPLE_GOALS;

const STATUS_COLUMNS = ['target', 'actual', 'timeGone', 'progress', 'pacing', 'status'] as const;
const COLUMN = { target: C.target, actual: C.actual, timeGone: C.timeGone, progress: C.progress, pacing: C.pacing, status: C.status };

/** Each goal's numbers as core computes them, by cell; an error expected as the sheet shows one ("#…"), a blank as "". */
function expectedFor(deals: CellValue[][]) {
  return (a: GoalsAnswers): Record<string, number | string> =>
    Object.fromEntries(
      a.goals.flatMap((goal, i) => {
        const n = goalNumbers(goal, a, deals.slice(1));
        // A typed actual not known yet is a blank cell; the cells that read it show "".
        return STATUS_COLUMNS.filter((key) => !(key === 'actual' && n.actual === null)).map((key) => {
          const v = n[key];
          return [a1(L.firstGoal + i, COLUMN[key]), v === null ? '' : isSheetError(v) ? '#error' : v];
        });
      }),
    );
}

/** The sheet's value, an error read as "#error" (core's and the sheet's error kinds differ where core says more). */
const shownOrError = (sheet: ReturnType<typeof loadPlanSheet>) => (cell: string) => {
  const v = sheet.value(cell);
  return typeof v === 'string' && v.startsWith('#') ? '#error' : v;
};

describe('the Goals sheet', () => {
  it('gives every goal the target, actual, time gone, progress, pacing and status core computes', () => {
    const sheet = loadPlanSheet(buildGoals(answers), { Opportunities: DEALS });
    const expected = expectedFor(DEALS)(answers);
    expect(mismatches(shownOrError(sheet), expected)).toEqual([]);
    const got = (cell: string) => shownOrError(sheet)(cell);
    // Each status is met at least once: the case is not trivial.
    expect(new Set(answers.goals.map((_, i) => got(a1(L.firstGoal + i, C.status))))).toEqual(new Set(['Red', 'Amber', 'Green', 'Not started', '']));
    expect(sheet.value(a1(L.check, 0))).toMatch(/^✓/);
  });

  it('follows an edited baseline, change, kind, date, typed actual, cut-off and as-of day', () => {
    const at = (goal: number, col: number) => a1(L.firstGoal + goal, col);
    const withGoal = (a: GoalsAnswers, i: number, change: object) => ({ ...a, goals: a.goals.map((g, j) => (j === i ? { ...g, ...change } : g)) });
    const edits: Edit<GoalsAnswers>[] = [
      { what: 'a typed CAC that fell', cell: at(0, C.actual), value: 160, answers: (a) => withGoal(a, 0, { actual: 160 }) },
      { what: 'a baseline', cell: at(1, C.baseline), value: 0.4, answers: (a) => withGoal(a, 1, { baseline: 0.4 }) },
      { what: 'a change', cell: at(2, C.change), value: 0.5, answers: (a) => withGoal(a, 2, { change: 0.5 }) },
      { what: 'the kind', cell: at(3, C.kind), value: 'percent', answers: (a) => withGoal(a, 3, { kind: 'percent' }) },
      { what: 'a start', cell: at(3, C.start), value: 42800, answers: (a) => withGoal(a, 3, { start: 42800 }) },
      { what: 'a deadline', cell: at(4, C.deadline), value: 42600, answers: (a) => withGoal(a, 4, { deadline: 42600 }) },
      { what: 'amber from', cell: a1(L.amberFrom, 1), value: 0.5, answers: (a) => ({ ...a, amberFrom: 0.5 }) },
      { what: 'the as-of day', cell: a1(L.asOf, 1), value: 43050, answers: (a) => ({ ...a, asOf: 43050 }) },
    ];
    const live: LiveWizard<GoalsAnswers> = { build: buildGoals, expected: expectedFor(DEALS), sources: () => ({ Opportunities: DEALS }) };
    // An error is an error: core names it more precisely than the sheet's #N/A or #DIV/0!.
    const found = livenessMismatches(live, answers, edits).filter((m) => !/sheet "#[^"]*", core "#error"/.test(m));
    expect(found).toEqual([]);
  });

  it('reduces CAC: Red while it rises, Green once it falls ahead of the time gone', () => {
    const sheet = loadPlanSheet(buildGoals(answers), { Opportunities: DEALS });
    const [actual, status] = [a1(L.firstGoal, C.actual), a1(L.firstGoal, C.status)];
    sheet.set(actual, 210);
    expect(sheet.value(status)).toBe('Red');
    expect(sheet.value(a1(L.firstGoal, C.direction))).toBe('Lower is better');
    sheet.set(actual, 170);
    expect(sheet.value(status)).toBe('Green');
    expect(sheet.value(a1(L.firstGoal, C.progress))).toBeCloseTo(1, 9);
  });

  it("follows a deal's outcome edited on its own sheet", () => {
    const sheet = loadPlanSheet(buildGoals(answers), { Opportunities: DEALS });
    const outcome = SAMPLE_OPPORTUNITIES.header.indexOf('Outcome');
    const row = DEALS.findIndex((r, i) => i > 0 && r[outcome] === 'Lost' && typeof r[8] === 'number' && (r[8] as number) >= JAN_2017);
    sheet.hf.setCellContents({ sheet: sheet.hf.getSheetId('Opportunities')!, row, col: outcome }, 'Won');
    const edited = DEALS.map((r, i) => (i === row ? r.map((v, c) => (c === outcome ? 'Won' : v)) : r));
    const want = goalNumbers(answers.goals[1], answers, edited.slice(1)).actual as number;
    expect(sheet.value(a1(L.firstGoal + 1, C.actual))).toBeCloseTo(want, 9);
  });

  it('says in words what is wrong: a kind it does not know, dates out of order, no way to go, amber above green', () => {
    const sheet = loadPlanSheet(buildGoals(answers), { Opportunities: DEALS });
    const check = () => sheet.value(a1(L.check, 0));
    sheet.set(a1(L.firstGoal + 2, C.kind), 'ratio');
    expect(check()).toBe('⚠ Revenue won +10%: the change is percent or points.');
    sheet.set(a1(L.firstGoal + 2, C.kind), 'percent');
    sheet.set(a1(L.firstGoal + 3, C.deadline), JUL_2017);
    expect(check()).toBe('⚠ Deals won: the deadline is not after the start.');
    sheet.set(a1(L.firstGoal + 3, C.deadline), DEC_2017);
    sheet.set(a1(L.firstGoal, C.change), 0);
    expect(check()).toBe('⚠ Reduce CAC 15%: the target equals the baseline, so there is no way to go.');
    sheet.set(a1(L.firstGoal, C.change), -0.15);
    sheet.set(a1(L.amberFrom, 1), 1.2);
    expect(check()).toBe('⚠ Amber starts above green: make Amber from at most Green from.');
  });
});
