/**
 * The Incentive plan sheet's native formulas pay what core pays (COMMISSION on each rep's year to
 * date, trued up each period) over the sample's won deals, and stay live after edits of a quota, a
 * rate, the method, the gate, the cap and a deal on the user's own Opportunities sheet.
 */
import { a1 } from '../../core/kit/sheet';
import {
  INCENTIVE_LAYOUT as L,
  REP_COLUMNS as C,
  IncentivePlanAnswers,
  PERIODS_IN_YEAR,
  buildIncentivePlan,
  firstRepRow,
  incentiveEarnings,
  repPayout,
} from '../../core/plans/incentivePlan';
import { SAMPLE_DEALS, SAMPLE_INCENTIVES } from '../harness/incentiveSample';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet, mismatches } from '../harness/liveness';

const ACTUALS = SAMPLE_DEALS;
const answers = SAMPLE_INCENTIVES;
const build = (a: IncentivePlanAnswers) => buildIncentivePlan(a, ACTUALS[0].map(String));

/** Each rep's sold, earned to date and paid by period, and the year's columns, as core computes them. */
function expected(a: IncentivePlanAnswers) {
  const earnings = incentiveEarnings(a, ACTUALS);
  if (!Array.isArray(earnings)) throw new Error(String(earnings));
  const periods = PERIODS_IN_YEAR[a.period];
  return Object.fromEntries(
    earnings.flatMap((e, i) => {
      const row = firstRepRow(a) + i;
      return [
        [a1(row, C.actual), e.yearActual],
        [a1(row, C.attainment), e.attainment],
        [a1(row, C.payout), e.payout],
        ...(e.effectiveRate === undefined ? [] : [[a1(row, C.effectiveRate), e.effectiveRate]]),
        ...e.actual.map((v, p) => [a1(row, C.firstPeriod + p), v]),
        ...e.toDate.map((v, p) => [a1(row, C.firstPeriod + periods + p), v]),
        ...e.paid.map((v, p) => [a1(row, C.firstPeriod + 2 * periods + p), v]),
      ];
    }),
  );
}
const live: LiveWizard<IncentivePlanAnswers> = { build, expected, sources: () => ({ Opportunities: ACTUALS }) };
const repRow = (i: number) => firstRepRow(answers) + i;

describe('the Incentive plan sheet', () => {
  it("pays each rep, period by period, what core's COMMISSION pays on the year to date", () => {
    const e = expected(answers);
    expect(Object.values(e).some((v) => typeof v === 'number' && v > 0)).toBe(true);
    expect(livenessMismatches(live, answers)).toEqual([]);
  });

  it('pays monthly as it pays quarterly: the year adds up the same', () => {
    const monthly = { ...answers, period: 'month' as const };
    expect(livenessMismatches(live, monthly)).toEqual([]);
    const [q, m] = [incentiveEarnings(answers, ACTUALS), incentiveEarnings(monthly, ACTUALS)] as { payout: number }[][];
    m.forEach((rep, i) => expect(rep.payout).toBeCloseTo(q[i].payout, 9));
  });

  it('follows an edit of a quota, a rate, the method, the gate and the cap', () => {
    const edits: Edit<IncentivePlanAnswers>[] = [
      {
        what: "a rep's quota",
        cell: a1(repRow(1), C.quota),
        value: 7000,
        answers: (a) => ({ ...a, reps: a.reps.map((r, i) => (i === 1 ? { ...r, quota: 7000 } : r)) }),
      },
      { what: 'the accelerator', cell: a1(L.firstBand + 1, 1), value: 3, answers: (a) => ({ ...a, bands: [a.bands[0], { from: 1, rate: 3 }] }) },
      { what: 'the method', cell: a1(L.method, 1), value: 'Tier', answers: (a) => ({ ...a, method: 'tier' }) },
      { what: 'the gate', cell: a1(L.gate, 1), value: 1.1, answers: (a) => ({ ...a, gate: 1.1 }) },
      { what: 'the cap', cell: a1(L.cap, 1), value: 1, answers: (a) => ({ ...a, capMultiple: 1 }) },
      { what: 'no cap', cell: a1(L.cap, 1), value: null, answers: (a) => ({ ...a, capMultiple: null }) },
    ];
    expect(livenessMismatches(live, answers, edits)).toEqual([]);
  });

  it("follows a deal edited on the user's own Opportunities sheet, which it never writes to", () => {
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    const won = ACTUALS.findIndex((r, i) => i > 0 && r[2] === 'Anna Andreadi' && r[5] === 'Won' && (r[8] as number) > 42736);
    const edited = ACTUALS.map((r, i) => (i === won ? [...r.slice(0, 6), 10_000, ...r.slice(7)] : r));
    sheet.hf.setCellContents({ sheet: sheet.hf.getSheetId('Opportunities')!, row: won, col: 6 }, 10_000);
    expect(mismatches(sheet.value, expected(answers))).not.toEqual([]);
    const after = incentiveEarnings(answers, edited) as { payout: number }[];
    expect(sheet.value(a1(repRow(1), C.payout))).toBeCloseTo(after[1].payout, 6);
  });

  it('draws the payout curve COMMISSION gives a rep of quota 1 and variable pay 1', () => {
    const built = build(answers).sheets[0];
    const top = built.cells.findIndex((r) => r[1] !== null && r[1] !== undefined && 'text' in r[1] && r[1].text === '× variable pay') + 1;
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    const rep = { name: 'typical', quota: 1, quotaFormula: null, base: 0, variable: 1 };
    for (let k = 0; k <= 20; k += 1) expect(sheet.value(a1(top + k, 1))).toBeCloseTo(repPayout(answers, rep, k / 10) as number, 9);
    expect(sheet.value(a1(top + 20, 1))).toBeCloseTo(3, 9); // 1 + 2 × 1 at 200%, under the cap of 3
  });

  it('says in words when the rate table is out of order or the method unknown, and ✓ when all is well', () => {
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    expect(String(sheet.value(a1(L.check, 0)))).toMatch(/^✓/);
    sheet.set(a1(L.firstBand + 1, 0), 0);
    expect(sheet.value(a1(L.check, 0))).toBe("⚠ The rate table's bounds must rise from band to band: sort them.");
    sheet.set(a1(L.firstBand + 1, 0), 1);
    sheet.set(a1(L.method, 1), 'flat');
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ The method is marginal or tier.');
  });
});
