import fc from 'fast-check';
import { breakEvenVolume, priceImpact } from './pricing';

const RUNS = { numRuns: Number(process.env.RUNS ?? 200), seed: Number(process.env.SEED ?? 25) };

describe('break-even volume and price impact', () => {
  it('agree: units changed by the break-even volume leave profit where it was', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: -50, max: 50 }),
        (price, marginPercent, changePercent) => {
          const [margin, change] = [marginPercent / 100, changePercent / 100];
          const needed = breakEvenVolume(change, margin);
          if (typeof needed !== 'number') return margin + change <= 0;
          // A linear rule whose elasticity moves units by exactly the break-even change.
          const elasticity = change === 0 ? 0 : needed / change;
          const impact = priceImpact(price, 1000, price * (1 - margin), change, elasticity, 'linear');
          if (typeof impact !== 'object' || !('profitChange' in impact)) return false;
          return Math.abs(impact.profitChange) <= 1e-6 * price * 1000;
        },
      ),
      RUNS,
    );
  });

  it('a cut the margin cannot absorb has no break-even volume', () => {
    expect(breakEvenVolume(-0.4, 0.4)).toMatchObject({ kind: 'NUM' });
  });
});
