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

const escaped = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A locale's thousands separator and decimal mark, asked of Intl once per locale (a NumberFormat costs ~0.1 ms, and a grid or FIXED asks per cell). */
const marksByLocale = new Map<string, { group: string; decimal: string }>();
export function numberMarksOf(locale: string): { group: string; decimal: string } {
  let marks = marksByLocale.get(locale);
  if (!marks) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
    marks = { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
    marksByLocale.set(locale, marks);
  }
  return marks;
}

/** The pane language's thousands separator and decimal mark. */
export const numberMarks = (): { group: string; decimal: string } => numberMarksOf(numberLocale());

/**
 * A number typed or pasted as the pane's language writes numbers, in the form a spreadsheet engine
 * reads: "1.234,5" and "12,5%" in Vietnamese, "1,234.5" in English, become "1234.5" and "12.5%", as
 * Excel and Sheets read what is typed in their locale. A number written the other way that the
 * language cannot mean ("12.5" in Vietnamese, where a dot groups thousands) is left as it is, to be
 * read as English; formulas, dates and text are left as they are.
 *
 * @example
 * numberAsTyped('1.234,5', { group: '.', decimal: ',' }) //=> '1234.5'
 * numberAsTyped('1,234.50')                              //=> '1234.50' (in English)
 * numberAsTyped('North')                                 //=> 'North'
 */
export function numberAsTyped(text: string, marks = numberMarks()): string {
  const [group, decimal] = [escaped(marks.group), escaped(marks.decimal)];
  const plain = text.trim();
  const grouped = new RegExp(`^-?\\d{1,3}(${group}\\d{3})+(${decimal}\\d+)?%?$`);
  const ungrouped = new RegExp(`^-?\\d+(${decimal}\\d+)?%?$`);
  if (!grouped.test(plain) && !ungrouped.test(plain)) return text;
  return plain.split(marks.group).join('').replace(marks.decimal, '.');
}

/**
 * What a number box in the pane holds, read as the pane's language writes numbers: "9,5" is 9.5 in
 * Vietnamese (a browser's own number box dropped the comma and read 95), "9.5" and "1e3" read as
 * English; empty or anything else is NaN, which the step's check then names.
 *
 * @example
 * numberTyped('9,5') //=> 9.5 (in Vietnamese)
 * numberTyped('')    //=> NaN
 */
export function numberTyped(text: string): number {
  const plain = numberAsTyped(text).trim();
  return plain === '' ? Number.NaN : Number(plain);
}

/**
 * A number as a pane's box shows it for typing: to 12 significant digits, so a rate stored as 0.29
 * and shown in percent reads 29, not 28.999999999999996, with the pane language's decimal mark
 * (0,45 in Vietnamese), never grouped, so what is shown reads back as the same number.
 *
 * @example
 * numberForTyping(0.29 * 100) //=> '29'
 * numberForTyping(0.45)       //=> '0.45' (in English; '0,45' in Vietnamese)
 */
export const numberForTyping = (value: number): string =>
  Number.isFinite(value) ? String(Number(value.toPrecision(12))).replace('.', numberMarks().decimal) : '';
