import { levenbergMarquardt } from './levenbergMarquardt';
import { solveSpd } from './solveSpd';

const XS = [0, 0.5, 1, 1.5, 2, 3, 4];
/** Residuals of y = a·e^(−b·x) against points of 2·e^(−0.5·x). */
const decay = (p: readonly number[], out: Float64Array) => XS.forEach((x, i) => (out[i] = p[0] * Math.exp(-p[1] * x) - 2 * Math.exp(-0.5 * x)));

describe('levenbergMarquardt', () => {
  it('fits a curve exactly when the curve holds: a decay of 2·e^(−0.5x)', () => {
    const [a, b] = levenbergMarquardt(decay, XS.length, [1, 1]);
    expect(a).toBeCloseTo(2, 8);
    expect(b).toBeCloseTo(0.5, 8);
  });

  it('keeps every trial point where the projection allows: with b held to 0.3 or less, the best is on that bound', () => {
    const [, b] = levenbergMarquardt(decay, XS.length, [1, 0.1], { project: ([a, b]) => [a, Math.min(b, 0.3)] });
    expect(b).toBe(0.3);
  });

  it('fits a line by least squares as the normal equations do', () => {
    const ys = [1.1, 2.9, 5.2, 6.8];
    const [c, m] = levenbergMarquardt((p, out) => ys.forEach((y, x) => (out[x] = p[0] + p[1] * x - y)), 4, [0, 0]);
    // Normal equations of y = c + m·x on x = 0…3: [[4, 6], [6, 14]]·[c, m] = [Σy, Σxy].
    const [c0, m0] = solveSpd(Float64Array.of(4, 6, 6, 14), Float64Array.of(16, 33.7), 2);
    expect(c).toBeCloseTo(c0, 9);
    expect(m).toBeCloseTo(m0, 9);
  });

  it('stops at once when the start already fits, and is deterministic', () => {
    expect(levenbergMarquardt(decay, XS.length, [2, 0.5])).toEqual([2, 0.5]);
    expect(levenbergMarquardt(decay, XS.length, [1, 1])).toEqual(levenbergMarquardt(decay, XS.length, [1, 1]));
  });
});

describe('solveSpd', () => {
  it('solves a symmetric positive definite system', () => {
    expect(Array.from(solveSpd(Float64Array.of(4, 2, 2, 3), Float64Array.of(2, 1), 2)).map((v) => Number(v.toFixed(12)))).toEqual([0.5, 0]);
  });
});
