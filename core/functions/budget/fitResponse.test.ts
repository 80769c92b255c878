import { isSheetError } from '../../kit/cells/errors';
import { fitResponse } from './fitResponse';
import { curveReturn } from './responseCurve';

const spend = [5, 10, 20, 35, 50, 80, 120, 200];

describe("fitting a response curve to a line's history", () => {
  it.each([
    { kind: 'log', beta: 300, kappa: 40, alpha: 1 },
    { kind: 'exp', beta: 500, kappa: 90, alpha: 1 },
    { kind: 'hill', beta: 800, kappa: 60, alpha: 1.8 },
  ] as const)('recovers the $kind curve that made the returns', (truth) => {
    const returns = spend.map((x) => curveReturn(truth, x));
    const fit = fitResponse(spend, returns, truth.kind);
    if (isSheetError(fit)) throw fit;
    expect(fit.beta).toBeCloseTo(truth.beta, 3);
    expect(fit.kappa).toBeCloseTo(truth.kappa, 3);
    expect(fit.alpha).toBeCloseTo(truth.alpha, 4);
    expect(fit.r2).toBeCloseTo(1, 9);
  });

  it('picks the kind with the least error when none is given', () => {
    const returns = spend.map((x) => curveReturn({ kind: 'exp', beta: 500, kappa: 90, alpha: 1 }, x));
    const fit = fitResponse(spend, returns);
    expect(!isSheetError(fit) && fit.r2).toBeGreaterThan(0.999999);
  });

  it('chooses by AIC, so a third parameter must earn its place: on 40 noisy log and exp histories, Hill at most 5 times (least squares alone: 22)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const noise = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
    const chosen = Array.from({ length: 40 }, (_, k) => {
      const truth = { kind: k % 2 ? 'log' : 'exp', beta: 500 + 1000 * random(), kappa: 20 + 80 * random(), alpha: 1 } as const;
      const xs = Array.from({ length: 12 }, (_, i) => 5 + i * 15 * (0.5 + random()));
      const fit = fitResponse(
        xs,
        xs.map((x) => curveReturn(truth, x) * (1 + 0.05 * noise())),
      );
      if (isSheetError(fit)) throw fit;
      return { truth: truth.kind, kind: fit.kind };
    });
    expect(chosen.filter((c) => c.kind === 'hill').length).toBeLessThanOrEqual(5);
    expect(chosen.filter((c) => c.kind === c.truth).length).toBeGreaterThanOrEqual(24);
  });

  it('says when there are too few points, or the spend or the returns do not vary', () => {
    expect((fitResponse([1, 2], [3, 4], 'log') as unknown as Error).message).toBe('a log fit needs at least 3 points of spend and return, not 2');
    expect((fitResponse([5, 5, 5, 5], [1, 2, 3, 4]) as unknown as Error).message).toBe('the spend does not vary, so no curve can be fitted');
    expect((fitResponse([1, 2, 3, 4], [2, 2, 2, 2]) as unknown as Error).message).toBe('the returns do not vary, so no curve can be fitted');
  });
});
