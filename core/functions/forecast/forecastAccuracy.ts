import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue } from '../../kit/cells/values';

/** How a forecast's error is measured: weighted absolute, mean absolute percentage, or bias. */
export const ACCURACY_MEASURES = ['wape', 'mape', 'bias'] as const;
export type AccuracyMeasure = (typeof ACCURACY_MEASURES)[number];

/**
 * The periods with both a forecast and an actual (a blank in either skips the period); text is
 * `#VALUE!` naming the period.
 *
 * @example
 * forecastPairs([100, null, 90], [110, 50, 100]) //=> [[100, 110], [90, 100]]
 */
export function forecastPairs(forecasts: CellValue[], actuals: CellValue[]): [number, number][] | SheetError {
  const pairs: [number, number][] = [];
  for (let i = 0; i < forecasts.length; i += 1) {
    const [f, a] = [forecasts[i], actuals[i]];
    if (f === null || f === '' || a === null || a === '') continue;
    if (isSheetError(f)) return f;
    if (isSheetError(a)) return a;
    if (typeof f !== 'number' || typeof a !== 'number') return new SheetError('VALUE', reason('period {value} holds text, not a number', { value: i + 1 }));
    pairs.push([f, a]);
  }
  return pairs;
}

/**
 * A forecast's accuracy: "wape" Σ|f − a| / Σ|a|; "mape" the mean of |f − a| / |a| over the periods
 * with an actual other than 0; "bias" Σ(f − a) / Σa (above 0: the forecast ran high).
 *
 * @example
 * forecastAccuracy([[100, 110], [90, 100]], 'wape') //=> 0.0952… (20 / 210)
 */
export function forecastAccuracy(pairs: readonly [number, number][], measure: AccuracyMeasure): number | SheetError {
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  if (measure === 'mape') {
    const counted = pairs.filter(([, a]) => a !== 0);
    return counted.length === 0
      ? new SheetError('DIV0', reason('no period has an actual other than 0'))
      : sum(counted.map(([f, a]) => Math.abs(f - a) / Math.abs(a))) / counted.length;
  }
  const actual = measure === 'wape' ? sum(pairs.map(([, a]) => Math.abs(a))) : sum(pairs.map(([, a]) => a));
  if (actual === 0) return new SheetError('DIV0', reason('the actuals add up to 0'));
  return measure === 'wape' ? sum(pairs.map(([f, a]) => Math.abs(f - a))) / actual : sum(pairs.map(([f, a]) => f - a)) / actual;
}
