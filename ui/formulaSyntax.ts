import { CATALOGUE } from '../core';

const CATALOGUE_CALL = new RegExp(`(^|[^A-Za-z0-9_.])(${CATALOGUE.map((fn) => fn.name).join('|')})\\(`, 'g');

/**
 * A formula written in the preview's syntax, in the host's: catalogue functions get the host's
 * prefix, built-in functions keep their names.
 *
 * @example
 * toHostFormula('=ATTAINMENT(SUMIFS(G2:G9, F2:F9, "Won"), 100)', 'SALES.')
 * //=> '=SALES.ATTAINMENT(SUMIFS(G2:G9, F2:F9, "Won"), 100)'
 */
export function toHostFormula(formula: string, prefix: string): string {
  if (!prefix) return formula;
  // Text in quotes is the user's, not a call: leave it as it is.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CATALOGUE_CALL, (_m, before: string, name: string) => `${before}${prefix}${name}(`)))
    .join('');
}
