/**
 * The Budget sheet's native formulas give the proposal core computes (ALLOCATE, BUDGETSPLIT, with
 * rounding) and stay live: an edited budget, bound, curve, method or rounding moves the proposal
 * to core's answer for the edited answers, within 1e-6 relative.
 */
import fc from 'fast-check';
import { curveReturn, marginalReturn } from '../../core/functions/budget';
import {
  BUDGET_LAYOUT as L,
  LINE_COLUMNS as C,
  buildBudgetAllocation,
  BudgetAllocationAnswers,
  BudgetLine,
  proposedAmounts,
} from '../../core/plans/budgetAllocation';
import { a1 } from '../../core/kit/sheet';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet } from '../harness/liveness';

const line = (
  name: string,
  kind: 'log' | 'exp' | 'hill',
  beta: number,
  kappa: number,
  current: number,
  lower: number | null = null,
  upper: number | null = null,
): BudgetLine => ({
  name,
  current,
  curve: { kind, beta, kappa, alpha: 1 },
  weight: current,
  lower,
  upper,
  points: 48,
});

const answers: BudgetAllocationAnswers = {
  budget: 250_000,
  period: '2027',
  method: 'optimal',
  roundTo: null,
  months: [
    { label: 'Jan', share: 0.5 },
    { label: 'Feb', share: 0.5 },
  ],
  lines: [
    line('Search', 'log', 720_000, 96_000, 72_000),
    line('Social', 'hill', 480_000, 60_000, 48_000, 30_000, null),
    line('Email', 'exp', 240_000, 18_000, 18_000, null, 40_000),
    line('Events', 'hill', 600_000, 108_000, 60_000),
    line('Display', 'log', 180_000, 72_000, 36_000, 10_000, 50_000),
  ],
};

/** Proposed, change, share, expected return and marginal ROI per line, as core computes them. */
function expected(a: BudgetAllocationAnswers) {
  const proposed = proposedAmounts(a) as number[];
  return Object.fromEntries(
    proposed.flatMap((x, i) => {
      const row = L.firstLine + i;
      const curve = a.lines[i].curve;
      return [
        [a1(row, C.proposed), x],
        [a1(row, C.change), x - a.lines[i].current],
        [a1(row, C.share), x / a.budget],
        [a1(row, C.expectedReturn), curveReturn(curve, x)],
        [a1(row, C.marginalRoi), marginalReturn(curve, x)],
      ];
    }),
  );
}
const LIVE: LiveWizard<BudgetAllocationAnswers> = { build: buildBudgetAllocation, expected };
const lineCell = (i: number, col: number) => a1(L.firstLine + i, col);
const withLine = (i: number, change: Partial<BudgetLine> | ((l: BudgetLine) => BudgetLine)) => (a: BudgetAllocationAnswers) => ({
  ...a,
  lines: a.lines.map((l, j) => (j !== i ? l : typeof change === 'function' ? change(l) : { ...l, ...change })),
});

describe('the Budget sheet', () => {
  it('proposes what ALLOCATE does, every bound kept, and says so', () => {
    expect(livenessMismatches(LIVE, answers)).toEqual([]);
    const sheet = loadPlanSheet(buildBudgetAllocation(answers));
    expect(sheet.value(a1(L.check, 0))).toMatch(/^✓ The proposal spends the budget/);
  });

  const edits: Edit<BudgetAllocationAnswers>[] = [
    { what: 'the budget', cell: a1(L.budget, 1), value: 400_000, answers: (a) => ({ ...a, budget: 400_000 }) },
    { what: 'a lower bound', cell: lineCell(0, C.lower), value: 120_000, answers: withLine(0, { lower: 120_000 }) },
    { what: 'an upper bound', cell: lineCell(3, C.upper), value: 20_000, answers: withLine(3, { upper: 20_000 }) },
    { what: "a curve's scale", cell: lineCell(4, C.beta), value: 900_000, answers: withLine(4, (l) => ({ ...l, curve: { ...l.curve, beta: 900_000 } })) },
    { what: "a curve's kind", cell: lineCell(1, C.kind), value: 'exp', answers: withLine(1, (l) => ({ ...l, curve: { ...l.curve, kind: 'exp' } })) },
    { what: 'the method, to proportional', cell: a1(L.method, 1), value: 'proportional', answers: (a) => ({ ...a, method: 'proportional' }) },
    { what: 'the method, to equal', cell: a1(L.method, 1), value: 'Equal', answers: (a) => ({ ...a, method: 'equal' }) },
    { what: 'the rounding', cell: a1(L.roundTo, 1), value: 1000, answers: (a) => ({ ...a, roundTo: 1000 }) },
  ];

  it('follows an edit of the budget, a bound, a curve, the method or the rounding', () => {
    expect(livenessMismatches(LIVE, answers, edits)).toEqual([]);
  });

  it('rounds without taking a line over its upper bound, as core does', () => {
    const tight = { ...withLine(2, { upper: 12_345 })(answers), roundTo: 1000 };
    const proposed = proposedAmounts(tight) as number[];
    expect(proposed[2]).toBeLessThanOrEqual(12_345);
    expect(livenessMismatches(LIVE, tight)).toEqual([]);
  });

  it('rounds as core does whatever the lines: ties, units handed up or taken back, bounds in the way', () => {
    // Equal curves tie their remainders; lower bounds above the rounded-down parts make the
    // rounding take units back (the smallest remainders first); proportional and equal split too.
    const line = fc.record({
      kind: fc.constantFrom<'log' | 'exp' | 'hill'>('log', 'exp', 'hill'),
      beta: fc.constantFrom(300_000, 480_000, 720_000),
      kappa: fc.constantFrom(18_000, 60_000, 96_000),
      lower: fc.option(fc.constantFrom(10_500, 33_333, 50_000), { nil: null }),
      upper: fc.option(fc.constantFrom(40_250, 90_000, 250_000), { nil: null }),
      weight: fc.constantFrom(1, 2, 3),
    });
    const run = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 7 }),
      budget: fc.constantFrom(99_999, 250_000, 333_333, 400_500),
      roundTo: fc.constantFrom(1000, 2500, 7),
      method: fc.constantFrom<'optimal' | 'proportional' | 'equal'>('optimal', 'proportional', 'equal'),
    });
    fc.assert(
      fc.property(run, (r) => {
        const a: BudgetAllocationAnswers = {
          ...answers,
          budget: r.budget,
          roundTo: r.roundTo,
          method: r.method,
          lines: r.lines.map((l, i) => ({
            name: `L${i + 1}`,
            current: 10_000,
            curve: { kind: l.kind, beta: l.beta, kappa: l.kappa, alpha: 1 },
            weight: l.weight,
            lower: l.lower,
            upper: l.upper !== null && l.lower !== null && l.upper < l.lower ? null : l.upper,
            points: 48,
          })),
        };
        // Only budgets the bounds can meet have a proposal to compare.
        if (!Array.isArray(proposedAmounts(a))) return;
        expect(livenessMismatches(LIVE, a)).toEqual([]);
      }),
      { numRuns: Number(process.env.RUNS ?? 40), seed: Number(process.env.SEED ?? 20261206) },
    );
  });

  it('says by how much the bounds miss the budget, and when every line sits at a bound', () => {
    const sheet = loadPlanSheet(buildBudgetAllocation(answers));
    sheet.set(lineCell(0, C.lower), 300_000);
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ The lower bounds add up to 340,000, 90,000 more than the budget.');
    // No number a manager could mistake for a proposal.
    expect(String(sheet.value(a1(L.firstLine, C.proposed)))).toMatch(/^#N\/A/);
    const bound = loadPlanSheet(buildBudgetAllocation({ ...answers, lines: answers.lines.map((l) => ({ ...l, lower: 50_000, upper: 50_000 })) }));
    expect(bound.value(a1(L.check, 0))).toMatch(/^⚠ Every line sits at one of its bounds/);
  });

  it("splits each line's proposal over the months by their shares", () => {
    const sheet = loadPlanSheet(buildBudgetAllocation(answers));
    const proposed = proposedAmounts(answers) as number[];
    const row = buildBudgetAllocation(answers).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Share');
    expect(sheet.value(a1(row + 1, 1))).toBeCloseTo(proposed[0] / 2, 6);
  });
});
