import { isSheetError } from '../../kit/cells/errors';
import { SpendBounds, allocateBudget, kktGap } from './allocate';
import { ResponseCurve, curveReturn, marginalReturn, spendAtMarginal, spendOnFallingPart } from './responseCurve';

const curve = (kind: ResponseCurve['kind'], beta: number, kappa: number, alpha = 1): ResponseCurve => ({ kind, beta, kappa, alpha });
const open = (n: number): SpendBounds[] => Array.from({ length: n }, () => ({ lower: 0, upper: Infinity }));
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const returnOf = (curves: ResponseCurve[], xs: number[]) => total(xs.map((x, i) => curveReturn(curves[i], x)));

/** The best split of a budget over two or three lines on a grid of 1/steps of the budget (brute force). */
function bruteForce(budget: number, curves: ResponseCurve[], steps: number): number {
  let best = -Infinity;
  const unit = budget / steps;
  for (let a = 0; a <= steps; a += 1) {
    if (curves.length === 2) best = Math.max(best, returnOf(curves, [a * unit, Math.max(0, budget - a * unit)]));
    else for (let b = 0; a + b <= steps; b += 1) best = Math.max(best, returnOf(curves, [a * unit, b * unit, Math.max(0, budget - (a + b) * unit)]));
  }
  return best;
}

describe("the spend at which a curve's marginal return falls to a price", () => {
  it.each([curve('log', 100, 50), curve('exp', 300, 80), curve('hill', 500, 40, 0.6), curve('hill', 500, 40, 1)])('inverts the marginal of %o', (c) => {
    for (const lambda of [0.01, 0.3, 1.7]) {
      const x = spendAtMarginal(c, lambda);
      if (x > 0) expect(marginalReturn(c, x)).toBeCloseTo(lambda, 9);
    }
  });

  it("finds the falling part of an S-shaped Hill curve's marginal, and nothing above its peak", () => {
    const c = curve('hill', 100, 10, 2);
    const x = spendOnFallingPart(c, 1)!;
    expect(x).toBeGreaterThan(10 / Math.sqrt(3));
    expect(marginalReturn(c, x)).toBeCloseTo(1, 9);
    expect(spendOnFallingPart(c, 100)).toBeUndefined();
  });
});

describe('allocating a budget', () => {
  it('equalises marginal returns on log curves: 300 over β 100 and 200 (κ 50) is 83⅓ and 216⅔', () => {
    const xs = allocateBudget(300, [curve('log', 100, 50), curve('log', 200, 50)], open(2)) as number[];
    expect(xs[0]).toBeCloseTo(250 / 3, 9);
    expect(xs[1]).toBeCloseTo(650 / 3, 9);
  });

  it('keeps every bound, spends the budget to 1e-9, and beats a fine grid on mixed concave curves', () => {
    const curves = [curve('log', 120, 30), curve('exp', 400, 200), curve('hill', 300, 90, 0.7)];
    const bounds = [
      { lower: 10, upper: 150 },
      { lower: 0, upper: Infinity },
      { lower: 50, upper: 400 },
    ];
    const xs = allocateBudget(500, curves, bounds) as number[];
    expect(Math.abs(total(xs) - 500)).toBeLessThan(1e-9);
    xs.forEach((x, i) => expect(x >= bounds[i].lower && x <= bounds[i].upper).toBe(true));
    const free = xs.map((x, i) => (x > bounds[i].lower && x < bounds[i].upper ? marginalReturn(curves[i], x) : undefined)).filter((m) => m !== undefined);
    free.forEach((m) => expect(m).toBeCloseTo(free[0]!, 7));
  });

  it.each([
    [[curve('hill', 100, 40, 3), curve('hill', 100, 40, 3)], 100],
    [[curve('hill', 100, 30, 2.5), curve('log', 40, 20), curve('hill', 150, 60, 4)], 150],
    [[curve('hill', 80, 25, 2), curve('exp', 60, 40), curve('hill', 200, 120, 5)], 90],
  ])('finds the global optimum of S-shaped curves as a brute-force grid does (%#)', (curves, budget) => {
    const xs = allocateBudget(budget, curves, open(curves.length)) as number[];
    expect(Math.abs(total(xs) - budget)).toBeLessThan(1e-9);
    const grid = bruteForce(budget, curves, curves.length === 2 ? 20000 : 600);
    expect(returnOf(curves, xs)).toBeGreaterThanOrEqual(grid - 1e-6 * grid);
  });

  it('says by how much the bounds miss the budget', () => {
    const lows = allocateBudget(
      100,
      [curve('log', 1, 1), curve('log', 1, 1)],
      [
        { lower: 60, upper: Infinity },
        { lower: 50, upper: Infinity },
      ],
    );
    expect(isSheetError(lows) && lows.message).toBe('the lower bounds add up to 110, 10 more than the budget of 100');
    const highs = allocateBudget(100, [curve('log', 1, 1)], [{ lower: 0, upper: 70 }]);
    expect(isSheetError(highs) && highs.message).toBe('the upper bounds add up to 70, 30 short of the budget of 100');
  });
});

describe('allocating over S-shaped curves, against brute force', () => {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  /** Two or three lines, mostly S-shaped and some steep (α up to 10), with budgets from small to ample. */
  const randomSet = (n: number) => ({
    curves: Array.from({ length: n }, () => curve(random() < 0.8 ? 'hill' : 'log', 50 + 200 * random(), 10 + 100 * random(), 1.5 + 8.5 * random())),
    budget: 20 + 300 * random(),
  });

  it('is never worse than a fine grid on random sets of two and three lines (60 sets, RUNS in the fast loop)', () => {
    const worst: number[] = [];
    for (let k = 0; k < Number(process.env.RUNS ?? 60); k += 1) {
      const { curves, budget } = randomSet(2 + (k % 2));
      const xs = allocateBudget(budget, curves, open(curves.length)) as number[];
      const grid = bruteForce(budget, curves, curves.length === 2 ? 20000 : 600);
      worst.push((returnOf(curves, xs) - grid) / grid);
    }
    expect(Math.min(...worst)).toBeGreaterThanOrEqual(-1e-9);
  });

  it('gives every line strictly inside its bounds the same marginal return, on random sets of up to six lines with lower bounds', () => {
    const gaps: number[] = [];
    for (let k = 0; k < Number(process.env.RUNS ?? 60); k += 1) {
      const { curves, budget } = randomSet(2 + (k % 5));
      const bounds = curves.map(() => ({ lower: random() < 0.3 ? 20 * random() : 0, upper: random() < 0.2 ? 60 + 100 * random() : Infinity }));
      const xs = allocateBudget(budget + 40, curves, bounds);
      if (!isSheetError(xs)) gaps.push(kktGap(curves, bounds, xs));
    }
    expect(gaps.length).toBeGreaterThan(0);
    expect(Math.max(...gaps)).toBeLessThan(1e-6);
  });

  it('finds the splits independent solvers found and the old search missed (issue 23)', () => {
    const two = [curve('hill', 6636.2, 7035.35, 6.533), curve('hill', 9187.6, 4465.78, 7.486)];
    const xs = allocateBudget(11616.33, two, open(2)) as number[];
    expect(xs[0]).toBeCloseTo(5826.28, 1);
    expect(xs[1]).toBeCloseTo(5790.05, 1);
    expect(returnOf(two, xs)).toBeGreaterThanOrEqual(bruteForce(11616.33, two, 200000) * (1 - 1e-12));
    expect(kktGap(two, open(2), xs)).toBeLessThan(1e-9);
  });
});
