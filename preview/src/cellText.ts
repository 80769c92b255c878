import { CATALOGUE } from '../../core';
import { CellFormat } from './previewSheet';
import { numberLocale } from '../../ui/i18n';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A date serial as ISO text (2017-11-08), as the sample's Created and Closed columns show. */
export function serialToIso(serial: number): string {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY)).toISOString().slice(0, 10);
}

/** Numbers as a spreadsheet's General format shows them: up to 10 significant digits. */
export function generalNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number.parseFloat(value.toPrecision(10)));
}

const FORMAT_OF_FUNCTION = new Map(CATALOGUE.map((fn) => [fn.name, fn.returns.format]));

// One formatter per locale and number of decimals: `toLocaleString` with options builds a new
// Intl.NumberFormat on every call, which made it most of a grid's paint (measured: ~6% of a
// preview test's CPU in this one function).
const formatters = new Map<string, Intl.NumberFormat>();
function grouped(value: number, decimals: 0 | 2): string {
  const locale = numberLocale();
  const key = `${locale}|${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

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
  if (functionFormat === 'percent' || (!functionFormat && format === 'percent')) return `${(Math.round(value * 10_000) / 100).toFixed(2)}%`;
  if (format === 'date') return serialToIso(value);
  if (format === 'number' && !Number.isInteger(value)) return value.toFixed(1);
  if (format === 'whole') return grouped(value, 0);
  if (format === 'decimal') return grouped(value, 2);
  if (functionFormat === 'money' || (!functionFormat && format === 'money')) return grouped(value, 2);
  return generalNumber(value);
}
