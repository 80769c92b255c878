import { CATALOGUE } from '../../core';
import { CellFormat } from './previewSheet';
import { numberLocale } from '../../ui/i18n';
import { numberMarks } from '../../ui/numbers';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A date serial as ISO text (2017-11-08), as the sample's Created and Closed columns show. */
export function serialToIso(serial: number): string {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY)).toISOString().slice(0, 10);
}

/**
 * How a stored number reads in the formula bar, as Excel writes it there: a percent as 9% (the cell
 * shows 9.00%), a date as the preview shows and reads one (2014-01-03), anything else as stored.
 * Each form, typed back, is the same number.
 *
 * @example
 * typedText(0.09, 'percent') //=> '9%'
 * typedText(41642, 'date')   //=> '2014-01-03'
 */
export function typedText(value: number, format: CellFormat): string {
  if (format === 'percent') return withDecimalMark(`${Number((value * 100).toPrecision(15))}%`);
  if (format === 'date' && Number.isInteger(value)) return serialToIso(value);
  return withDecimalMark(String(value));
}

/**
 * A number the engine reads ("12.5", "12.5%", as it holds what was typed) with the pane language's
 * decimal mark, as the formula bar shows it; any other text as it is.
 *
 * @example
 * withDecimalMark('12.5%') //=> '12.5%' (in Vietnamese '12,5%')
 */
export function withDecimalMark(text: string): string {
  return isEngineNumber(text) ? text.replace('.', decimalMark()) : text;
}

/**
 * Whether text is a number as the engine reads one typed: digits, a point, an exponent, a percent.
 *
 * @example
 * isEngineNumber('12.5%') //=> true
 * isEngineNumber('1,234') //=> false
 */
export const isEngineNumber = (text: string): boolean => /^-?\d+(\.\d+)?(e[-+]?\d+)?%?$/i.test(text);

// One formatter per locale and kind: `toLocaleString` with options builds a new Intl.NumberFormat
// on every call, which made it most of a grid's paint (measured: ~6% of a preview test's CPU).
const formatters = new Map<string, Intl.NumberFormat>();
function formatterOf(kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = numberLocale();
  const key = `${locale}|${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
const grouped = (value: number, decimals: 0 | 2) =>
  formatterOf(`grouped${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
/** Exactly `decimals` decimals and no thousands separators, as Excel's 0.00% and 0.0 formats write them. */
const oneOrTwoDecimals = (value: number, decimals: 1 | 2) =>
  formatterOf(`fixed${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(value);
/** The pane language's decimal mark (a comma in Vietnamese), which the grid writes numbers with, as money already is. */
const decimalMark = () => numberMarks().decimal;

/**
 * Numbers as a spreadsheet's General format shows them: up to 10 significant digits, no thousands
 * separators, with the pane language's decimal mark.
 *
 * @example
 * generalNumber(1 / 3) //=> '0.3333333333' (in Vietnamese '0,3333333333')
 */
export function generalNumber(value: number): string {
  const text = Number.isInteger(value) ? String(value) : String(Number.parseFloat(value.toPrecision(10)));
  return text.replace('.', decimalMark());
}

const FORMAT_OF_FUNCTION = new Map(CATALOGUE.map((fn) => [fn.name, fn.returns.format]));

/**
 * How a cell's value is shown: the column's format for the sample table; for a formula whose outer
 * call is a catalogue function, that function's format (a ratio as a percentage, an amount with
 * two decimals), as the docs advise formatting it; General otherwise.
 *
 * @example
 * cellText(0.8021, 'text', '=WINRATE(F2:F201)') //=> '80.21%'
 */
export function cellText(value: unknown, format: CellFormat, formula?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return String(value);
  const outer = formula?.match(/^=\s*([A-Z][A-Z0-9.]*)\(/i)?.[1].toUpperCase();
  const functionFormat = outer ? FORMAT_OF_FUNCTION.get(outer) : undefined;
  if (functionFormat === 'percent' || (!functionFormat && format === 'percent')) return `${oneOrTwoDecimals(Math.round(value * 10_000) / 100, 2)}%`;
  if (format === 'date') return serialToIso(value);
  if (format === 'number' && !Number.isInteger(value)) return oneOrTwoDecimals(value, 1);
  if (format === 'whole') return grouped(value, 0);
  if (format === 'decimal') return grouped(value, 2);
  if (functionFormat === 'money' || (!functionFormat && format === 'money')) return grouped(value, 2);
  return generalNumber(value);
}
