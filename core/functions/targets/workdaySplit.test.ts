import fc from 'fast-check';
import { serialToUtcDate } from '../../kit/cells/values';
import { workdaySplit } from './workdaySplit';

const RUNS = { numRuns: Number(process.env.RUNS ?? 200), seed: Number(process.env.SEED ?? 26) };
const JAN_1_2027 = 46388;

describe('splitting an amount over working days', () => {
  it('adds up to the amount exactly, rounded parts whole units but one, days never at a weekend and weeks from Monday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
        fc.constantFrom(undefined, 1, 100),
        (amount, offset, length, by, roundTo) => {
          const start = JAN_1_2027 + offset;
          const split = workdaySplit(amount, start, start + length, new Set(), by, roundTo);
          if (!Array.isArray(split)) return length < 3; // a weekend alone has no working day
          const total = split.reduce((s, [, v]) => s + v, 0);
          expect(total).toBeCloseTo(amount, 6);
          // Rounded: every part a multiple of the unit but one, which carries what the amount has below a unit.
          if (roundTo !== undefined) expect(split.filter(([, v]) => Math.abs(v / roundTo - Math.round(v / roundTo)) > 1e-9).length).toBeLessThanOrEqual(1);
          if (by === 'day') split.forEach(([day]) => expect([1, 2, 3, 4, 5]).toContain(serialToUtcDate(day).getUTCDay()));
          if (by === 'week') split.forEach(([day]) => expect(serialToUtcDate(day).getUTCDay()).toBe(1));
          return true;
        },
      ),
      RUNS,
    );
  });
});
