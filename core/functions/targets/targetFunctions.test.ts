import { splitByLargestRemainder } from './largestRemainder';
import { invokeFunction } from '../../kit/catalogue/invoke';
import { CASCADE } from './targetFunctions';

// No sheet holds an empty range, but a host may pass an empty array: the answer is an error, never an empty spill.
describe('CASCADE given no drivers at all', () => {
  it('is #VALUE! saying a driver per child is needed', () => {
    expect(invokeFunction(CASCADE, [-0, []])).toMatchObject({ kind: 'VALUE', message: 'drivers holds no cells: give one driver per child' });
  });
});

describe('the largest-remainder split at scale and on ties', () => {
  it('adds up exactly for 10,000 parts', () => {
    const weights = Array.from({ length: 10_000 }, (_, i) => (1 + (i % 7)) / 40_000);
    const total = weights.reduce((a, b) => a + b, 0);
    const parts = splitByLargestRemainder(
      1_234_567,
      weights.map((w) => w / total),
      10,
    );
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(1_234_567, 6);
  });

  it('gives a tie to the earlier part even when floating point makes the remainders differ in the 16th digit', () => {
    // 0.1 + 0.2 style noise: the exact parts are 0.5 of a unit each, but not to the last bit.
    expect(splitByLargestRemainder(3, [0.1 + 0.2 + 0.2, 0.5], 2)).toEqual([2, 1]);
    expect(splitByLargestRemainder(1, [1 / 3, 1 / 3, 1 / 3], 1)).toEqual([1, 0, 0]);
  });
});
