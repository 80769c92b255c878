import { columnLetters } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { Translate } from '../../kit/i18n/translate';
import { msg } from '../../kit/i18n/msg';

/**
 * Where a largest-remainder split sits on the sheet (CASCADE's rule, in native formulas): rows
 * `first`…`last` hold the parts, each with a driver, a lock and a target column, and five working
 * columns from `work` (weight, exact, rounded down, remainder, ties so far); `total` is the amount to
 * split, `unit` the rounding unit, and `workings` where each of the split's six shared workings is.
 */
export interface SplitAt {
  readonly first: number;
  readonly last: number;
  readonly driver: number;
  readonly lock: number;
  readonly target: number;
  readonly work: number;
  readonly total: string;
  readonly unit: string;
  readonly workings: (key: SplitWorking) => string;
}

/** The split's shared workings, in the order they are worked out. */
export const SPLIT_WORKINGS = ['openDrivers', 'toShare', 'unitsLeft', 'belowUnit', 'threshold', 'above'] as const;
export type SplitWorking = (typeof SPLIT_WORKINGS)[number];

/** How each shared working is labelled (English catalogue keys). */
export const SPLIT_WORKING_LABELS: Readonly<Record<SplitWorking, string>> = {
  openDrivers: msg('Drivers of those who share'),
  toShare: msg('To share (after locks)'),
  unitsLeft: msg('Whole units left'),
  belowUnit: msg('Left below one unit'),
  threshold: msg('Last remainder served'),
  above: msg('Remainders above it'),
};

const column = (at: SplitAt, col: number) => `$${columnLetters(col)}$${at.first + 1}:$${columnLetters(col)}$${at.last + 1}`;

/**
 * The split's shared workings, each with its label and formula: the drivers of the parts that share,
 * what there is to share after the locks, the whole units left after rounding down, what is left
 * below one unit, and the remainder that the last unit goes to (the k-th largest) with how many beat it.
 *
 * @example
 * splitWorkings(at, t)[0] //=> ['openDrivers', 'Drivers of those who share', '=SUM($B$29:$B$33)-SUMPRODUCT(…)']
 */
export function splitWorkings(at: SplitAt, t: Translate): [SplitWorking, string, string][] {
  const W = at.workings;
  const [drivers, locks, floors, remainders] = [at.driver, at.lock, at.work + 2, at.work + 3].map((col) => column(at, col));
  return [
    ['openDrivers', t(SPLIT_WORKING_LABELS.openDrivers), `=SUM(${drivers})-SUMPRODUCT(ISNUMBER(${locks})*${drivers})`],
    // Never below 0: locks above the total leave nothing to share (the check says so), and INT, which
    // engines round differently below 0, only ever sees amounts of 0 or more.
    ['toShare', t(SPLIT_WORKING_LABELS.toShare), `=MAX(0,${at.total}-SUM(${locks}))`],
    ['unitsLeft', t(SPLIT_WORKING_LABELS.unitsLeft), `=INT(ROUND((${W('toShare')}-SUM(${floors}))/${at.unit},9))`],
    ['belowUnit', t(SPLIT_WORKING_LABELS.belowUnit), `=${W('toShare')}-SUM(${floors})-${W('unitsLeft')}*${at.unit}`],
    ['threshold', t(SPLIT_WORKING_LABELS.threshold), `=IF(${W('unitsLeft')}+1>ROWS(${remainders}),-1,LARGE(${remainders},${W('unitsLeft')}+1))`],
    ['above', t(SPLIT_WORKING_LABELS.above), `=SUMPRODUCT(--(${remainders}>${W('threshold')}))`],
  ];
}

/**
 * One part's row of the split: its weight, exact share, share rounded down to the unit, remainder and
 * ties so far (the earlier row wins a tie), and its target: the lock, or the share rounded down plus a
 * unit when its remainder is among the largest (the last unit's leftover below one unit to the last served).
 */
export function placeSplitRow(sheet: SheetBuilder, at: SplitAt, row: number): void {
  const r = row + 1;
  const W = at.workings;
  const unit = at.unit;
  const [L, B] = [at.lock, at.driver].map(columnLetters);
  const [Wt, E, F, R, K] = [0, 1, 2, 3, 4].map((i) => columnLetters(at.work + i));
  const locked = `ISNUMBER(${L}${r})`;
  sheet.formula(row, at.work, `=IF(${locked},0,${B}${r}/${W('openDrivers')})`);
  sheet.formula(row, at.work + 1, `=${W('toShare')}*${Wt}${r}`);
  sheet.formula(row, at.work + 2, `=INT(ROUND(${E}${r}/${unit},9))*${unit}`);
  sheet.formula(row, at.work + 3, `=IF(${locked},-1,ROUND(${E}${r}/${unit}-${F}${r}/${unit},9))`);
  sheet.formula(row, at.work + 4, `=${row === at.first ? '' : `${K}${r - 1}+`}IF(${R}${r}=${W('threshold')},1,0)`);
  const place = `${W('above')}+${K}${r}-1`;
  const extra = `IF(${R}${r}>${W('threshold')},${unit},IF(${R}${r}=${W('threshold')},IF(${place}<${W('unitsLeft')},${unit},IF(${place}=${W('unitsLeft')},${W('belowUnit')},0)),0))`;
  sheet.formula(row, at.target, `=IF(${locked},${L}${r},${F}${r}+${extra})`);
}

/** The split's working columns' headers, from `work`. */
export const splitHeaders = (t: Translate) => [t('Weight'), t('Exact'), t('Rounded down'), t('Remainder'), t('Ties so far')];

/** `$T$19`-style reference helper for workings laid out in a column (level one) or along a row (each group). */
export const workingsDown = (top: number, col: number) => (key: SplitWorking) => absolute(top + SPLIT_WORKINGS.indexOf(key), col);
export const workingsAcross = (row: number, left: number) => (key: SplitWorking) => absolute(row, left + SPLIT_WORKINGS.indexOf(key));
