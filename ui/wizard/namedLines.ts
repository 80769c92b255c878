import { numberForTyping, numberMarks, numberTyped } from '../numbers';

/**
 * The "a line each" boxes: one item a line, as "Name: a, b, c". Every wizard's box reads and writes
 * its lines with these, so they read alike and in the pane's language: a number is typed as that
 * language writes it ("1.000,5" in Vietnamese), and where the decimal mark is a comma the parts are
 * written apart with semicolons ("Kelly: Central; 12,5"). Both separators are read in every
 * language, so "Ana: 50,000; 3" works in English too.
 */

/** The separator the pane writes between a line's parts: ";" where the decimal mark is a comma, else ",". */
export const partSeparator = (): string => (numberMarks().decimal === ',' ? ';' : ',');

/**
 * Lines as a name (before the first colon) and trimmed parts after it, split at semicolons when the
 * line has one, else at commas (blank lines skipped; a line without a colon is all name).
 *
 * @example
 * namedLines('Kelly: Central, 40\n\nBen') //=> [{ name: 'Kelly', parts: ['Central', '40'] }, { name: 'Ben', parts: [] }]
 * namedLines('Kelly: Central; 12,5')      //=> [{ name: 'Kelly', parts: ['Central', '12,5'] }]
 */
export function namedLines(typed: string): { name: string; parts: string[] }[] {
  return typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0) return { name: line, parts: [] };
      const rest = line.slice(colon + 1);
      return {
        name: line.slice(0, colon).trim(),
        parts: rest.split(rest.includes(';') ? ';' : ',').map((part) => part.trim()),
      };
    });
}

/**
 * A part read as a number, as the pane's language writes one (spaces and underscores between digits
 * ignored, a trailing % read as a percent); blank or unreadable is NaN, for the step's check to say so.
 *
 * @example
 * partNumber('50 000') //=> 50000
 * partNumber('12.5%')  //=> 0.125 (in English; '12,5%' in Vietnamese)
 * partNumber('1.000')  //=> 1 (in English; 1000 in Vietnamese)
 */
export function partNumber(part: string | undefined): number {
  const plain = (part ?? '').replace(/[\s_]/g, '');
  if (plain.endsWith('%')) return plain === '%' ? Number.NaN : numberTyped(plain.slice(0, -1)) / 100;
  return numberTyped(plain);
}

/**
 * A percent part: "50%" or "50" both read as 0.5 (boxes that ask for a percent).
 *
 * @example
 * percentPart('50') //=> 0.5
 */
export const percentPart = (part: string | undefined): number => partNumber((part ?? '').replace('%', '')) / 100;

/**
 * A line as its box shows it: numbers as the pane's language types them (to 12 significant digits,
 * never grouped), parts apart with {@link partSeparator}, so what is shown reads back the same.
 *
 * @example
 * lineOf('Kelly', ['Central', 12.5]) //=> 'Kelly: Central, 12.5' (in English; 'Kelly: Central; 12,5' in Vietnamese)
 */
export function lineOf(name: string, parts: readonly (string | number)[]): string {
  const shown = parts.map((part) => (typeof part === 'number' ? numberForTyping(part) : part));
  return `${name}: ${shown.join(`${partSeparator()} `)}`;
}

/**
 * A share as a percent part, "12.5%" ("12,5%" in Vietnamese); blank when it is not a number.
 *
 * @example
 * percentText(0.125) //=> '12.5%'
 */
export const percentText = (share: number): string => (Number.isFinite(share) ? `${numberForTyping(share * 100)}%` : '');

/**
 * Lines "Name: a, b, c" as a name and `count` numbers (blank numbers NaN, for the step's check to
 * say so); a percent sign is read as a percent.
 *
 * @example
 * typedRows('Chairs: 100, 1000, 60', 3) //=> [{ name: 'Chairs', numbers: [100, 1000, 60] }]
 */
export function typedRows(typed: string, count: number): { name: string; numbers: number[] }[] {
  return namedLines(typed).map(({ name, parts }) => ({ name, numbers: Array.from({ length: count }, (_, i) => partNumber(parts[i])) }));
}
