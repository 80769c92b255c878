import { numberLocale } from './i18n';

/**
 * Numbers as the pane shows them, in its language's locale (Vietnamese writes 1.100.000 and 12,5%),
 * and '…' for what is not a number yet (a box emptied while typing).
 */

/**
 * A whole amount, grouped.
 *
 * @example
 * wholeAmount(1100000.4) //=> '1,100,000' (in English; '1.100.000' in Vietnamese)
 */
export const wholeAmount = (value: number): string => (Number.isFinite(value) ? Math.round(value).toLocaleString(numberLocale()) : '…');

/**
 * A share as a percent with `digits` decimals.
 *
 * @example
 * percentOf(0.125) //=> '12.5%' (in English; '12,5%' in Vietnamese)
 */
export const percentOf = (share: number, digits = 1): string =>
  Number.isFinite(share) ? share.toLocaleString(numberLocale(), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }) : '…';

/**
 * A number with exactly `digits` decimals.
 *
 * @example
 * decimalOf(0.73125, 3) //=> '0.731' (in English; '0,731' in Vietnamese)
 */
export const decimalOf = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toLocaleString(numberLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '…';
