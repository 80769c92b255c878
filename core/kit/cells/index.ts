/** core/kit/cells: Spreadsheet values in and out: blanks, dates, error cells, argument kinds, rounding. Code outside core imports this area through here. */
export * from './args';
export * from './dataSize';
export * from './errors';
export * from './rounding';
export * from './utf8';
export * from './values';
