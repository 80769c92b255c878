/**
 * Marks a source message for the catalogue where it is declared (a list of column headers, a
 * step's title, a message the Sheets server throws) and returns it unchanged; it is translated
 * where it is shown, with `t(label)`. Its own module, importing nothing, so the Apps Script server
 * bundle can mark messages without carrying the catalogues.
 *
 * @example
 * const STEP_TITLES = [msg('Period'), msg('History')];
 */
export const msg = (source: string): string => source;
