import { nelderMead } from './nelderMead';

describe('nelderMead', () => {
  it('finds the least of a bowl in three dimensions', () => {
    const [x, y, z] = nelderMead(([a, b, c]) => (a - 1) ** 2 + 2 * (b + 2) ** 2 + 3 * (c - 0.5) ** 2, [0, 0, 0], [0.5, 0.5, 0.5], 500);
    expect([x, y, z].map((v) => Number(v.toFixed(6)))).toEqual([1, -2, 0.5]);
  });

  it("finds the bottom of Rosenbrock's curved valley in two", () => {
    const [x, y] = nelderMead(([a, b]) => 100 * (b - a * a) ** 2 + (1 - a) ** 2, [-1.2, 1], [0.1, 0.1], 2000);
    expect(x).toBeCloseTo(1, 5);
    expect(y).toBeCloseTo(1, 5);
  });

  it('turns back from points the function refuses (+∞): the least within 0…1 sits on the wall', () => {
    const inside = ([a]: readonly number[]) => (a >= 0 && a <= 1 ? (a - 2) ** 2 : Infinity);
    const [a] = nelderMead(inside, [0.5], [0.05], 500);
    expect(a).toBeLessThanOrEqual(1);
    expect(a).toBeCloseTo(1, 6);
  });

  it('stops at once on a flat function and keeps its start', () => {
    expect(nelderMead(() => 7, [0.2, 0.3], [0.05, 0.05])).toEqual([0.2, 0.3]);
  });

  it('is deterministic: the same start gives the same answer', () => {
    const f = ([a, b]: readonly number[]) => Math.abs(a - 0.3) + (b - 0.7) ** 2;
    expect(nelderMead(f, [0, 0], [0.1, 0.1])).toEqual(nelderMead(f, [0, 0], [0.1, 0.1]));
  });
});
