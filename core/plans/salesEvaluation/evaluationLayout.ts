import { msg } from '../../kit/i18n/msg';
/** Where the Evaluation sheet puts things: what its builder, its dashboard and its tests share. */
export const EVALUATION_SHEET = msg('Evaluation');
export const MONTHS = [
  msg('Jan'),
  msg('Feb'),
  msg('Mar'),
  msg('Apr'),
  msg('May'),
  msg('Jun'),
  msg('Jul'),
  msg('Aug'),
  msg('Sep'),
  msg('Oct'),
  msg('Nov'),
  msg('Dec'),
];

/** Rows of the inputs (column B) and of the blocks, zero-based. */
export const EVALUATION_LAYOUT = {
  check: 2,
  year: 4,
  elapsed: 5,
  amberFrom: 6,
  greenFrom: 7,
  monthsHeader: 10,
  firstMonth: 11,
  weights: 26,
  childrenHeader: 27,
  firstChild: 28,
} as const;
/** The children's columns: name, 12 monthly targets, then what the sheet computes. */
export const CHILD_COLUMNS = {
  name: 0,
  firstMonth: 1,
  year: 13,
  toDate: 14,
  actual: 15,
  variance: 16,
  attainment: 17,
  rag: 18,
  forecast: 19,
  key: 21,
} as const;
