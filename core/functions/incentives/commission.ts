import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { chooseOption } from '../kpi/guards';

/** One band of a commission plan: from its lower bound (an amount, or an attainment with a quota) at its rate. */
export interface CommissionBand {
  readonly from: number;
  readonly rate: number;
}

/** How a payout reads the bands: each part at its band's rate (as tax brackets), or the whole at the highest band reached. */
export const COMMISSION_METHODS = ['marginal', 'tier'] as const;
export type CommissionMethod = (typeof COMMISSION_METHODS)[number];

/** The terms a payout is worked out under, beside the amount and the bands. */
export interface CommissionTerms {
  readonly method?: CommissionMethod;
  /** With a quota, the bands' bounds are attainment (1 = 100%) and scale by it. */
  readonly quota?: number;
  /** The largest payout (none when absent). */
  readonly cap?: number;
  /** With a quota: below this attainment every part is paid at the first band's rate. */
  readonly gate?: number;
}

const isBlank = (v: unknown) => v === null || v === '';

/**
 * The bands of a rate table: two columns, a lower bound and a rate a row, the bounds ascending from
 * 0 and no rate negative. Rows left wholly blank (the end of a selection) are skipped, and so is a
 * first row of two texts (the table's header).
 *
 * @example
 * readBands([[0, 0.05], [100000, 0.08]]) //=> [{ from: 0, rate: 0.05 }, { from: 100000, rate: 0.08 }]
 * readBands([[0, 0.05], [0, 0.08]])      //=> #VALUE! (the bounds must rise)
 */
export function readBands(rates: Range): CommissionBand[] | SheetError {
  if (rates.some((row) => row.length !== 2)) return new SheetError('VALUE', reason('the rates are a table of two columns: a lower bound and a rate a row'));
  const filled = rates.filter((row) => !row.every(isBlank));
  // A header row selected with the table ("From", "Rate") is the table's, not a band.
  const rows = filled.length > 0 && filled[0].every((v) => typeof v === 'string' && v.trim() !== '') ? filled.slice(1) : filled;
  if (rows.length === 0) return new SheetError('VALUE', reason('the rates table is empty'));
  const bands: CommissionBand[] = [];
  for (const [from, rate] of rows) {
    if (isSheetError(from)) return from;
    if (isSheetError(rate)) return rate;
    if (typeof from !== 'number' || typeof rate !== 'number')
      return new SheetError(
        'VALUE',
        reason('each band of the rates needs a number for its lower bound and for its rate (band {value})', { value: bands.length + 1 }),
      );
    if (rate < 0) return new SheetError('NUM', reason('a rate cannot be negative (band {value})', { value: bands.length + 1 }));
    bands.push({ from, rate });
  }
  if (bands[0].from !== 0) return new SheetError('VALUE', reason("the first band's lower bound must be 0, not {value}", { value: bands[0].from }));
  const unsorted = bands.findIndex((b, i) => i > 0 && !(b.from > bands[i - 1].from));
  if (unsorted > 0) return new SheetError('VALUE', reason('the lower bounds must rise from band to band (band {value})', { value: unsorted + 1 }));
  return bands;
}

/** The terms' own mistakes: a quota of 0 or less, a negative cap or gate, a gate without a quota. */
function termsProblem({ quota, cap, gate }: CommissionTerms): SheetError | undefined {
  if (quota !== undefined && !(quota > 0)) return new SheetError('NUM', reason('the quota must be above 0'));
  if (cap !== undefined && cap < 0) return new SheetError('NUM', reason('the cap cannot be negative'));
  if (gate !== undefined && quota === undefined) return new SheetError('VALUE', reason('a gate is an attainment: give a quota with it'));
  if (gate !== undefined && gate < 0) return new SheetError('NUM', reason('the gate cannot be negative'));
  return undefined;
}

/** The payout before the cap: marginal sums each part at its band's rate; tier pays the whole at the highest band reached. */
function uncapped(amount: number, bands: readonly CommissionBand[], method: CommissionMethod, scale: number): number {
  if (method === 'tier') {
    const reached = bands.filter((b) => amount >= b.from * scale);
    return amount * reached[reached.length - 1].rate;
  }
  return bands.reduce((sum, b, i) => {
    const upper = i + 1 < bands.length ? bands[i + 1].from * scale : Number.POSITIVE_INFINITY;
    return sum + Math.max(0, Math.min(amount, upper) - b.from * scale) * b.rate;
  }, 0);
}

/**
 * A rep's commission on an amount under a rate table (Spiff's tier payout and marginal percent):
 * "marginal" (the default) pays each part of the amount at its band's rate, as tax brackets;
 * "tier" pays the whole amount at the rate of the highest band reached (an amount exactly at a
 * bound reaches it). With a quota the bounds are attainment, band b covering bound_b × quota up to
 * bound_b+1 × quota. Below the gate's attainment every part is paid at the first band's rate. A
 * negative amount (a clawback) is paid at the first band's rate. The cap limits the payout.
 *
 * @example
 * payCommission(150000, [{ from: 0, rate: 0.05 }, { from: 100000, rate: 0.08 }]) //=> 9000 (5,000 + 4,000)
 * payCommission(150000, [{ from: 0, rate: 0.05 }, { from: 1, rate: 0.1 }], { quota: 100000, method: 'tier' }) //=> 15000
 */
export function payCommission(amount: number, bands: readonly CommissionBand[], terms: CommissionTerms = {}): number | SheetError {
  const problem = termsProblem(terms);
  if (problem) return problem;
  const { method = 'marginal', quota, cap, gate } = terms;
  const gated = gate !== undefined && quota !== undefined && amount / quota < gate;
  const payout = amount < 0 || gated ? amount * bands[0].rate : uncapped(amount, bands, method, quota ?? 1);
  return cap === undefined ? payout : Math.min(payout, cap);
}

/**
 * The method named in a cell: "marginal" (also blank) or "tier", in any case (chooseOption's rule).
 *
 * @example
 * commissionMethod(' Tier ') //=> 'tier'
 */
export const commissionMethod = (text: string | undefined): CommissionMethod | SheetError =>
  chooseOption(text?.trim() === '' ? undefined : text, COMMISSION_METHODS, 'method');
