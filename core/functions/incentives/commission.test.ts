import fc from 'fast-check';
import { CommissionBand, payCommission, readBands } from './commission';

const RUNS = { numRuns: Number(process.env.RUNS ?? 200), seed: Number(process.env.SEED ?? 24) };

/** A rate table: bounds rising from 0, rates from 0% to 30%. */
const bandsArb = fc
  .array(fc.record({ step: fc.integer({ min: 1, max: 100_000 }), rate: fc.integer({ min: 0, max: 300 }) }), { minLength: 1, maxLength: 6 })
  .map((rows) => {
    let from = 0;
    return rows.map((row, i): CommissionBand => {
      if (i > 0) from += row.step;
      return { from, rate: row.rate / 1000 };
    });
  });
const amountArb = fc.integer({ min: 0, max: 1_000_000 });

/** The payout as a spreadsheet writes it without nested IFs: Σ (rate_b − rate_b−1) × MAX(0, amount − bound_b). */
const differential = (amount: number, bands: readonly CommissionBand[]) =>
  bands.reduce((sum, b, i) => sum + (b.rate - (i > 0 ? bands[i - 1].rate : 0)) * Math.max(0, amount - b.from), 0);

describe('a marginal commission', () => {
  it('equals the differential-rate sum a plan sheet writes in one SUMPRODUCT', () => {
    fc.assert(
      fc.property(amountArb, bandsArb, (amount, bands) => {
        expect(payCommission(amount, bands)).toBeCloseTo(differential(amount, bands), 6);
      }),
      RUNS,
    );
  });

  it('never falls as the amount rises, and never jumps (a rep is never worse off for selling more)', () => {
    fc.assert(
      fc.property(amountArb, fc.integer({ min: 1, max: 1000 }), bandsArb, (amount, more, bands) => {
        const [before, after] = [payCommission(amount, bands) as number, payCommission(amount + more, bands) as number];
        const highest = Math.max(...bands.map((b) => b.rate));
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        expect(after - before).toBeLessThanOrEqual(more * highest + 1e-9);
      }),
      RUNS,
    );
  });

  it('scales its bounds by the quota: bands of attainment on a quota pay as bands of amounts', () => {
    fc.assert(
      fc.property(amountArb, bandsArb, fc.integer({ min: 1, max: 500_000 }), (amount, bands, quota) => {
        const asAttainment = bands.map((b) => ({ ...b, from: b.from / 100_000 }));
        const asAmounts = bands.map((b) => ({ ...b, from: (b.from / 100_000) * quota }));
        expect(payCommission(amount, asAttainment, { quota })).toBeCloseTo(payCommission(amount, asAmounts) as number, 6);
      }),
      RUNS,
    );
  });
});

describe('a tiered commission', () => {
  it('pays the whole amount at one band’s rate, so the effective rate is a rate of the table', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), bandsArb, (amount, bands) => {
        const rate = (payCommission(amount, bands, { method: 'tier' }) as number) / amount;
        expect(bands.some((b) => Math.abs(b.rate - rate) < 1e-12)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the cap and the gate', () => {
  it('never pay above the cap', () => {
    fc.assert(
      fc.property(amountArb, bandsArb, fc.integer({ min: 0, max: 50_000 }), (amount, bands, cap) => {
        expect(payCommission(amount, bands, { cap }) as number).toBeLessThanOrEqual(cap);
      }),
      RUNS,
    );
  });

  it('pay the first rate on everything below the gate, and the bands from it', () => {
    const bands = readBands([
      [0, 0.02],
      [0.5, 0.05],
      [1, 0.1],
    ]) as CommissionBand[];
    expect(payCommission(89_999, bands, { quota: 100_000, gate: 0.9 })).toBeCloseTo(89_999 * 0.02, 9);
    expect(payCommission(90_000, bands, { quota: 100_000, gate: 0.9 })).toBeCloseTo(50_000 * 0.02 + 40_000 * 0.05, 9);
  });
});
