/**
 * The Field plan sheet's visiting order: for the rep and week a manager types, the accounts visited
 * that week with coordinates, nearest next stop from the first, cut into days of the visits a day,
 * with the km between a day's stops: what core's weekRoute gives, and live after edits.
 */
import { CellValue } from '../../core/kit/cells';
import {
  FIELD_INPUTS as I,
  buildFieldPlan,
  FieldPlanAnswers,
  FieldPlanNumbers,
  fieldPlanNumbers,
  ROUTE_COLUMNS as C,
  ROUTE_HEAD_ROWS,
  dayLabel,
  weekRoute,
} from '../../core/plans/fieldPlan';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { loadPlanSheet, mismatches } from '../harness/liveness';
import { rowsForThisLoop } from '../harness/fastLoop';
import { SAMPLE_DAY, sampleAccountsRead } from '../harness/sampleTables';

const ACCOUNTS = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows.slice(0, rowsForThisLoop(150, 90))] as CellValue[][];
const answers: FieldPlanAnswers = {
  target: 1_200_000,
  dealSize: 4_000,
  stages: [{ name: 'Leads', rate: 0.3 }],
  sellingDays: 200,
  day: SAMPLE_DAY,
  accounts: sampleAccountsRead(`A1:G${ACCOUNTS.length}`),
  classes: { aShare: 0.8, bShare: 0.95, frequencies: { A: 24, B: 12, C: 4 } },
  reps: [
    { name: 'Ana', area: 'New York' },
    { name: 'Ben', area: 'Pennsylvania' },
    { name: 'Cai', area: 'Ohio' },
  ],
};

/** The row of the route's "Stop" header: the stops start below it. */
function routeTop(a: FieldPlanAnswers): number {
  const cells = buildFieldPlan(a).sheets[0].cells;
  return cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Stop') - (ROUTE_HEAD_ROWS - 1);
}

/** What the route's cells should read for a rep's week, by core. */
function expectedRoute(a: FieldPlanAnswers, rep: string, week: number, stops: number): Record<string, number | string> {
  const n = fieldPlanNumbers(a, ACCOUNTS) as FieldPlanNumbers;
  const route = weekRoute(n.accounts, rep, week, n.visitsPerDay);
  const top = routeTop(a);
  const first = top + ROUTE_HEAD_ROWS;
  const cells: Record<string, number | string> = { [a1(top + 1, 4)]: route.visits, [a1(top + 2, 4)]: route.withoutPlace, [a1(top + 3, 4)]: route.stops.length };
  for (let s = 0; s < stops; s += 1) {
    const stop = route.stops[s];
    Object.assign(cells, {
      [a1(first + s, C.stop)]: stop ? s + 1 : '',
      [a1(first + s, C.day)]: stop ? dayLabel(stop.day) : '',
      [a1(first + s, C.account)]: stop?.account ?? '',
      [a1(first + s, C.area)]: stop?.area ?? '',
      [a1(first + s, C.km)]: stop?.km ?? '',
    });
  }
  [1, 2, 3, 4, 5].forEach((day, i) => {
    const own = route.stops.filter((st) => st.day === day);
    Object.assign(cells, { [a1(top + 5 + i, C.dayStops)]: own.length, [a1(top + 5 + i, C.dayKm)]: own.reduce((sum, st) => sum + (st.km ?? 0), 0) });
  });
  return cells;
}

const stopsOf = (a: FieldPlanAnswers) =>
  buildFieldPlan(a)
    .sheets[0].cells.slice(routeTop(a) + ROUTE_HEAD_ROWS)
    .findIndex((r) => !r[C.chosen]);

describe("the Field plan sheet's visiting order", () => {
  // One loaded sheet for the tests below (a load is most of their time): each puts back what it typed.
  let loaded: ReturnType<typeof loadPlanSheet> | undefined;
  const sheet = () => (loaded ??= loadPlanSheet(buildFieldPlan(answers), { Accounts: ACCOUNTS }));
  const typing = (s: ReturnType<typeof loadPlanSheet>, cells: readonly string[]) => {
    const before = cells.map((c) => s.typed(c));
    return () => cells.forEach((c, i) => s.set(c, before[i]));
  };
  const top = routeTop(answers);
  const stops = stopsOf(answers);

  it("lists the first rep's week 1 stops nearest next, day by day, with the km between a day's stops, as core does", () => {
    const n = fieldPlanNumbers(answers, ACCOUNTS) as FieldPlanNumbers;
    const route = weekRoute(n.accounts, 'Ana', 1, n.visitsPerDay);
    expect(route.stops.length).toBeGreaterThan(n.visitsPerDay);
    expect(route.stops.filter((st) => st.km !== null && st.km > 0).length).toBeGreaterThan(2);
    const s = sheet();
    expect(mismatches((c) => s.value(c), expectedRoute(answers, 'Ana', 1, stops))).toEqual([]);
  });

  it('follows the rep and week typed, and a visit time that changes the visits a day', () => {
    const s = sheet();
    const putBack = typing(s, [a1(top + 1, 1), a1(top + 2, 1), a1(I.visit, 1)]);
    s.set(a1(top + 1, 1), 'Cai');
    s.set(a1(top + 2, 1), 7);
    expect(mismatches((c) => s.value(c), expectedRoute(answers, 'Cai', 7, stops))).toEqual([]);
    s.set(a1(I.visit, 1), 90);
    const slower = { ...answers, day: { ...answers.day, visit: 90 } };
    expect(mismatches((c) => s.value(c), expectedRoute(slower, 'Cai', 7, stops))).toEqual([]);
    putBack();
    expect(mismatches((c) => s.value(c), expectedRoute(answers, 'Ana', 1, stops))).toEqual([]);
  });

  it('says so when no rep has the name typed', () => {
    const s = sheet();
    const putBack = typing(s, [a1(top + 1, 1)]);
    s.set(a1(top + 1, 1), 'Zed');
    expect(s.value(a1(top + 1, 6))).toBe('⚠ No rep is called Zed: type a name from the reps above.');
    expect(s.value(a1(top + 3, 4))).toBe(0);
    putBack();
  });

  it('counts the visits of accounts without coordinates and leaves them out of the route', () => {
    const unplaced = ACCOUNTS.map((r, i) => (i > 0 && i % 3 === 0 ? [...r.slice(0, 5), 'n/a', null] : r));
    const s = loadPlanSheet(buildFieldPlan(answers), { Accounts: unplaced });
    const withoutPlace = Number(s.value(a1(top + 2, 4)));
    expect(withoutPlace).toBeGreaterThan(0);
    expect(Number(s.value(a1(top + 3, 4)))).toBe(Number(s.value(a1(top + 1, 4))) - withoutPlace);
  });

  it('is replaced by a line saying what it needs when the wizard has no coordinates', () => {
    const plain = { ...answers, accounts: { ...answers.accounts, latField: '', lonField: '' } };
    const cells = buildFieldPlan(plain).sheets[0].cells;
    expect(cells.some((r) => r[0] !== null && 'text' in r[0] && r[0].text.startsWith("Visiting order: choose the accounts' latitude"))).toBe(true);
  });
});
