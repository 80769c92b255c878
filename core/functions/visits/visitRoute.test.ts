import { Place, greatCircleKm, tourKm, visitOrder, kicksFor, nearestNeighbourOrder } from './visitRoute';
import { iteratedSearch } from './tourSearch';
import { textbookTour } from '../../../tests/harness/textbookTour';

/** The shortest round trip from place 0, by trying every order (up to 9 places: 40,320 orders). */
function bruteForce(places: readonly Place[]): number {
  const rest = places.map((_, i) => i).slice(1);
  let best = Infinity;
  const permute = (done: number[], left: number[]) => {
    if (left.length === 0) best = Math.min(best, tourKm(places, [0, ...done]));
    else left.forEach((x, i) => permute([...done, x], [...left.slice(0, i), ...left.slice(i + 1)]));
  };
  permute([], rest);
  return best;
}

describe('the order of visits', () => {
  it('measures Cardiff to Bristol as about 41 km', () => {
    expect(greatCircleKm({ lat: 51.4816, lon: -3.1791 }, { lat: 51.4545, lon: -2.5879 })).toBeCloseTo(41.2, 0);
  });

  it('is within 5% of the shortest round trip on random sets of 4 to 9 places (brute force; 60 sets, RUNS in the fast loop)', () => {
    let seed = 3;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const worst: number[] = [];
    for (let k = 0; k < Number(process.env.RUNS ?? 60); k += 1) {
      const n = 4 + (k % 6);
      const places = Array.from({ length: n }, () => ({ lat: 50 + random() * 3, lon: -4 + random() * 4 }));
      const order = visitOrder(places, 0);
      expect([...order].sort((a, b) => a - b)).toEqual(places.map((_, i) => i));
      expect(order[0]).toBe(0);
      worst.push(tourKm(places, order) / bruteForce(places));
    }
    expect(Math.max(...worst)).toBeLessThanOrEqual(1.05);
  });

  it('starts where it is asked to', () => {
    const places = [
      { lat: 0, lon: 0 },
      { lat: 0, lon: 1 },
      { lat: 1, lon: 1 },
      { lat: 1, lon: 0 },
    ];
    expect(visitOrder(places, 2)[0]).toBe(2);
  });
});

describe('the order of visits beyond the exact size', () => {
  it('is never longer than the textbook 2-opt and Or-opt, and within 0.5% of ten times its kicks, on 2 sets of 30 places', () => {
    let seed = 29;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 2; k += 1) {
      const places = Array.from({ length: 30 }, () => ({ lat: 50 + random() * 5, lon: -5 + random() * 6 }));
      const km = tourKm(places, visitOrder(places, 0));
      const d = places.map((p) => Float64Array.from(places, (q) => greatCircleKm(p, q)));
      expect(km).toBeLessThanOrEqual(tourKm(places, textbookTour(places)) + 1e-9);
      expect(km).toBeLessThanOrEqual(1.005 * tourKm(places, iteratedSearch(d, nearestNeighbourOrder(places, 0), 10 * kicksFor(30))));
    }
  });

  it('is a permutation from the start, no more than 35% above a lower bound, on 30 places', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const places = Array.from({ length: 30 }, () => ({ lat: 50 + random() * 3, lon: -4 + random() * 4 }));
    const order = visitOrder(places, 4);
    expect(order[0]).toBe(4);
    expect([...order].sort((a, b) => a - b)).toEqual(places.map((_, i) => i));
    // No tour is shorter than the sum over places of half their two nearest neighbours' distances.
    const bound = places.reduce((s, p, i) => {
      const [a, b] = places
        .filter((_, j) => j !== i)
        .map((q) => greatCircleKm(p, q))
        .sort((x, y) => x - y);
      return s + (a + b) / 2;
    }, 0);
    expect(tourKm(places, order) / bound).toBeLessThan(1.35);
  });
});
