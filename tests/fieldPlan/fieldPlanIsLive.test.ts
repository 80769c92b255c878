/**
 * The Field plan sheet's native formulas give the numbers core computes (REVERSEFUNNEL,
 * VISITSPERDAY, CALLCAPACITY, ABCCLASS, VISITFREQ, workload, coverage, reps needed, each account's
 * rep) over the user's accounts table, and stay live after edits of the working day, a rate, the
 * class cut-offs and a rep's area.
 */
import { CellValue } from '../../core/kit/cells';
import {
  ACCOUNT_COLUMNS as A,
  CALENDAR_COLUMN,
  FIELD_INPUTS as I,
  FIELD_RESULTS as R,
  buildFieldPlan,
  FieldPlanAnswers,
  FieldPlanNumbers,
  fieldPlanNumbers,
} from '../../core/plans/fieldPlan';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet } from '../harness/liveness';
import { asTypedText } from '../harness/awkwardNames';
import { rowsForThisLoop } from '../harness/fastLoop';

const ACCOUNTS = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows.slice(0, rowsForThisLoop(120, 50))] as CellValue[][];
const answers: FieldPlanAnswers = {
  target: 1_200_000,
  dealSize: 4_000,
  stages: [
    { name: 'Leads', rate: 0.3 },
    { name: 'Meetings', rate: 0.5 },
    { name: 'Proposals', rate: 0.35 },
  ],
  sellingDays: 200,
  day: { minutes: 510, breaks: 30, admin: 60, visit: 45, travel: 30, prep: 10, wait: 5, maxVisits: null, noShowRate: 0.1 },
  accounts: { sheet: 'Accounts', range: `A1:G${ACCOUNTS.length}`, nameField: 'Customer', areaField: 'State', valueField: 'Revenue 2017' },
  classes: { aShare: 0.8, bShare: 0.95, frequencies: { A: 24, B: 12, C: 4 } },
  reps: [
    { name: 'Ana', area: 'New York' },
    { name: 'Ben', area: 'New York' },
    { name: 'Cai', area: 'Pennsylvania' },
    { name: 'Dee', area: 'Ohio' },
  ],
};

/** Where the first account row is (found from the sheet built). */
function firstAccountRow(a: FieldPlanAnswers): number {
  return buildFieldPlan(a).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Account') + 1;
}

/** Each area's row on the sheet (found by its name in column A, under the Areas header). */
function areaRows(a: FieldPlanAnswers): [string, number][] {
  const cells = buildFieldPlan(a).sheets[0].cells;
  const header = cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Area');
  const rows: [string, number][] = [];
  for (let row = header + 1; cells[row]?.[0] && 'text' in cells[row][0]!; row += 1) rows.push([(cells[row][0] as { text: string }).text, row]);
  return rows;
}

function expected(a: FieldPlanAnswers, accounts: CellValue[][] = ACCOUNTS) {
  const n = fieldPlanNumbers(a, accounts) as FieldPlanNumbers;
  const first = firstAccountRow(a);
  const repRow = (i: number) => I.visitsC + 4 + i;
  return {
    ...Object.fromEntries(n.funnel.map((count, i) => [a1(4 + i, 8), count])),
    [a1(R.available, 4)]: n.availableMinutes,
    [a1(R.visitsPerDay, 4)]: n.visitsPerDay,
    [a1(R.visitsPerRep, 4)]: n.visitsPerRep,
    [a1(R.workload, 4)]: n.workload,
    [a1(R.coverage, 4)]: n.coverage,
    [a1(R.repsNeeded, 4)]: n.repsNeeded,
    [a1(R.hires, 4)]: n.hires,
    ...Object.fromEntries(
      n.accounts.flatMap((acc, i) => [
        [a1(first + i, A.visitClass), acc.visitClass],
        [a1(first + i, A.visits), acc.visits],
        [a1(first + i, A.rep), acc.rep],
      ]),
    ),
    ...Object.fromEntries(
      n.byRep.flatMap((r, i) => [
        [a1(repRow(i), 2), r.accounts],
        [a1(repRow(i), 3), r.workload],
        ...r.weeks.map((v, k) => [a1(repRow(i), CALENDAR_COLUMN + k), v]),
      ]),
    ),
    ...Object.fromEntries(
      areaRows(a).flatMap(([area, row]) => {
        const own = n.accounts.filter((acc) => acc.area.toLowerCase() === area.toLowerCase());
        const visits = own.reduce((s, acc) => s + acc.visits, 0);
        const reps = a.reps.filter((r) => r.area.trim().toLowerCase() === area.toLowerCase()).length;
        return [
          [a1(row, 1), own.length],
          [a1(row, 2), visits],
          [a1(row, 4), visits / (reps * n.visitsPerRep)],
        ];
      }),
    ),
  };
}
const LIVE: LiveWizard<FieldPlanAnswers> = { build: buildFieldPlan, expected, sources: () => ({ Accounts: ACCOUNTS }) };

describe('the Field plan sheet', () => {
  it("gives the funnel, a rep's day and year, every account's class, visits and rep, and the reps needed as core does", () => {
    const n = fieldPlanNumbers(answers, ACCOUNTS) as FieldPlanNumbers;
    // The calendar holds each rep's visits a year, spread over the weeks.
    n.byRep.forEach((r) => expect(r.weeks.reduce((s, v) => s + v, 0)).toBe(r.workload));
    expect(new Set(n.byRep[0].weeks).size).toBeGreaterThan(1);
    expect(new Set(n.accounts.map((acc) => acc.visitClass))).toEqual(new Set(['A', 'B', 'C']));
    expect(n.accounts.filter((acc) => acc.rep === 'Ana').length).toBeGreaterThan(0);
    expect(n.accounts.filter((acc) => acc.rep === 'Ben').length).toBeGreaterThan(0);
    expect(livenessMismatches(LIVE, answers)).toEqual([]);
  });

  const edits: Edit<FieldPlanAnswers>[] = [
    { what: 'the visit time', cell: a1(I.visit, 1), value: 60, answers: (a) => ({ ...a, day: { ...a.day, visit: 60 } }) },
    { what: 'the most visits a day', cell: a1(I.maxVisits, 1), value: 3, answers: (a) => ({ ...a, day: { ...a.day, maxVisits: 3 } }) },
    {
      what: 'a conversion rate',
      cell: a1(5, 7),
      value: 0.25,
      answers: (a) => ({ ...a, stages: a.stages.map((s, i) => (i === 1 ? { ...s, rate: 0.25 } : s)) }),
    },
    { what: 'the A cut-off', cell: a1(I.aShare, 1), value: 0.5, answers: (a) => ({ ...a, classes: { ...a.classes, aShare: 0.5 } }) },
    {
      what: 'the visits a year of a B account',
      cell: a1(I.visitsB, 1),
      value: 6,
      answers: (a) => ({ ...a, classes: { ...a.classes, frequencies: { ...a.classes.frequencies, B: 6 } } }),
    },
    {
      what: "a rep's area",
      cell: a1(I.visitsC + 5, 1),
      value: 'Pennsylvania',
      answers: (a) => ({ ...a, reps: a.reps.map((r, i) => (i === 1 ? { ...r, area: 'Pennsylvania' } : r)) }),
    },
  ];

  it("follows an edit of the working day, a rate, a cut-off, a frequency or a rep's area", () => {
    expect(livenessMismatches(LIVE, answers, edits)).toEqual([]);
  });

  it('says in words when accounts are in areas no rep covers', () => {
    const sheet = loadPlanSheet(buildFieldPlan(answers), { Accounts: ACCOUNTS });
    expect(String(sheet.value('A3'))).toMatch(/^⚠ \d+ accounts are in areas no rep covers, the first /);
  });
});

describe("the Field plan sheet's warnings", () => {
  it('names the rep whose accounts need more visits than a rep can make, and highlights that coverage', () => {
    const states = [...new Set(ACCOUNTS.slice(1).map((r) => String(r[3])))];
    const withDays = (sellingDays: number): FieldPlanAnswers => ({ ...answers, sellingDays, reps: states.map((area, i) => ({ name: `Rep ${i + 1}`, area })) });
    const busiestOf = (n: FieldPlanNumbers) => n.byRep.reduce((a, b) => (b.coverage > a.coverage ? b : a));
    // The days a rep sells at which one rep is over capacity while the team as a whole is not (the
    // team's own warning comes first), whatever number of the sample's accounts this loop reads.
    const days = [60, 50, 40, 30, 20].find((d) => {
      const n = fieldPlanNumbers(withDays(d), ACCOUNTS) as FieldPlanNumbers;
      return n.coverage <= 1 && busiestOf(n).coverage > 1;
    });
    const everyArea = withDays(days!);
    const busiest = busiestOf(fieldPlanNumbers(everyArea, ACCOUNTS) as FieldPlanNumbers);
    expect(busiest.coverage).toBeGreaterThan(1);
    const sheet = loadPlanSheet(buildFieldPlan(everyArea), { Accounts: ACCOUNTS });
    expect(sheet.value('A3')).toBe(
      `⚠ ${busiest.name}'s accounts need ${(busiest.coverage * 100).toFixed(1)}% of a rep's visits: give that area another rep, or move accounts.`,
    );
    expect(buildFieldPlan(everyArea).sheets[0].highlights.some((h) => 'above' in h.when && h.when.above === 1)).toBe(true);
  });

  it("gives each rep exactly their own area's accounts, whatever reps and areas are called", () => {
    // Areas and reps a spreadsheet would read as patterns or operators, and a rep's area typed with a space.
    const states: Record<string, string> = { 'New York': 'New*', Pennsylvania: 'New York', Ohio: '=Ohio' };
    const stateColumn = ACCOUNTS[0].indexOf('State');
    const accounts = ACCOUNTS.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === stateColumn && typeof v === 'string' && v in states ? states[v] : v))));
    const awkward: FieldPlanAnswers = {
      ...answers,
      reps: [
        { name: 'Smith*', area: 'New*' },
        { name: 'Smithson', area: 'new*' },
        { name: '<5', area: 'New York' },
        { name: '=1+1', area: '=Ohio ' },
      ],
    };
    const n = fieldPlanNumbers(awkward, accounts) as FieldPlanNumbers;
    expect(n.byRep.map((r) => r.accounts).every((count) => count > 0)).toBe(true);
    const live: LiveWizard<FieldPlanAnswers> = {
      build: buildFieldPlan,
      expected: (a) => expected(a, accounts),
      sources: () => ({ Accounts: asTypedText(accounts) }),
    };
    expect(livenessMismatches(live, awkward)).toEqual([]);
  });
});

describe("the Field plan sheet's check", () => {
  it('never says ✓ over an error: with 0 selling days the reps needed cannot be known', () => {
    // Only accounts in the reps' areas, and days enough: the check starts at ✓.
    const state = ACCOUNTS[0].indexOf('State');
    const covered = ACCOUNTS.filter((row, r) => r === 0 || ['New York', 'Pennsylvania', 'Ohio'].includes(String(row[state])));
    const a = {
      ...answers,
      accounts: { ...answers.accounts, range: `A1:G${covered.length}` },
      reps: [...answers.reps, { name: 'Eve', area: 'Ohio' }, { name: 'Fay', area: 'New York' }, { name: 'Gus', area: 'Pennsylvania' }],
    };
    const sheet = loadPlanSheet(buildFieldPlan(a), { Accounts: covered });
    expect(String(sheet.value('A3'))).toMatch(/^✓/);
    sheet.set(a1(I.sellingDays, 1), 0);
    expect(String(sheet.value('A3'))).toMatch(/^⚠ \d+ cells below show an error/);
  });

  it('says when two reps share a name, as their accounts would be counted together', () => {
    const sheet = loadPlanSheet(buildFieldPlan(answers), { Accounts: ACCOUNTS });
    const firstRep = I.visitsC + 4;
    sheet.set(a1(firstRep + 1, 0), 'ana ');
    expect(sheet.value('A3')).toBe('⚠ Two reps are called ana : give each rep a name of their own.');
  });
});
