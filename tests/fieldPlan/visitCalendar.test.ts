import { isSheetError, CellValue } from '../../core/kit/cells';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { FieldPlanAnswers, WEEKS, fieldPlanNumbers, firstWeek, visitPhase, visitsByWeek } from '../../core/plans/fieldPlan';

const ACCOUNTS = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows] as CellValue[][];
const answers: FieldPlanAnswers = {
  target: 1_200_000,
  dealSize: 4_000,
  stages: [{ name: 'Leads', rate: 0.3 }],
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

describe('the weeks an account is visited in', () => {
  it.each([1, 4, 5, 12, 24, 52, 53, 104])('holds exactly %i visits a year, whatever the phase', (visits) => {
    for (const phase of [0, 0.25, 0.618033989, 0.999999999]) expect(visitsByWeek(WEEKS, phase, visits)).toBe(visits);
  });

  it('never counts down from one week to the next, and starts in the first week it names', () => {
    for (const visits of [3, 12, 24])
      for (let turn = 0; turn < 20; turn += 1) {
        const phase = visitPhase(turn, 3);
        const first = firstWeek(phase, visits)!;
        expect(visitsByWeek(first - 1, phase, visits)).toBe(0);
        expect(visitsByWeek(first, phase, visits)).toBe(1);
        for (let w = 1; w <= WEEKS; w += 1) expect(visitsByWeek(w, phase, visits)).toBeGreaterThanOrEqual(visitsByWeek(w - 1, phase, visits));
      }
  });

  it("spreads every rep's visits evenly over the year on the sample: no week is left light (once every 13th week had a third)", () => {
    const plan = fieldPlanNumbers(answers, ACCOUNTS);
    if (isSheetError(plan)) throw new Error('the sample plans');
    for (const rep of plan.byRep) {
      const average = rep.workload / WEEKS;
      expect(rep.weeks.reduce((a, b) => a + b, 0)).toBe(rep.workload);
      expect(Math.min(...rep.weeks)).toBeGreaterThan(0.8 * average);
      expect(Math.max(...rep.weeks)).toBeLessThan(1.2 * average);
    }
  });
});

describe("an area's accounts dealt to its reps", () => {
  const table = (rows: [string, number][]) => [['Customer', 'State', 'Revenue 2017'], ...rows.map(([area, value], i) => [`Account ${i + 1}`, area, value])];
  const dealt = (rows: [string, number][], reps: FieldPlanAnswers['reps']) => {
    const plan = fieldPlanNumbers({ ...answers, accounts: { ...answers.accounts, range: `A1:C${rows.length + 1}` }, reps }, table(rows));
    if (isSheetError(plan)) throw new Error('the accounts plan');
    return plan.accounts.map((a) => [a.visitClass, a.rep, a.turn]);
  };

  it('goes round its reps, A accounts first, then B, then C', () => {
    // Sorted by value: 50 and 30 are A, 10 and 6 B, 4 C (the shares before them: 0, 0.5, 0.8, 0.9, 0.96).
    const rows: [string, number][] = [
      ['North', 6],
      ['North', 50],
      ['North', 10],
      ['North', 30],
      ['North', 4],
    ];
    expect(
      dealt(rows, [
        { name: 'Ana', area: 'North' },
        { name: 'Ben', area: 'North' },
      ]),
    ).toEqual([
      ['B', 'Ana', 2],
      ['A', 'Ana', 0],
      ['B', 'Ben', 3],
      ['A', 'Ben', 1],
      ['C', 'Ana', 4],
    ]);
  });

  it('in an area no rep covers, counts only the accounts of the same class above it', () => {
    const rows: [string, number][] = [
      ['South', 6],
      ['South', 50],
      ['South', 10],
      ['South', 30],
      ['South', 4],
    ];
    expect(dealt(rows, [{ name: 'Ana', area: 'North' }]).map(([c, , turn]) => [c, turn])).toEqual([
      ['B', 0],
      ['A', 0],
      ['B', 1],
      ['A', 1],
      ['C', 0],
    ]);
  });
});
