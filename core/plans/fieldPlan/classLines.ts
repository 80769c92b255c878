import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';

/** Rows the class lines take: a title, a header, A, B and all the accounts with a value. */
export const CLASS_LINE_ROWS = 5;

/** Columns of the class lines' block. */
const L = { name: 0, cutOff: 1, accounts: 2, value: 3, share: 4, lowest: 5, above: 6, tiedIn: 7, search: 9 } as const;

/** Where a class ends, for an account's row to compare itself with in O(1). */
export interface ClassLine {
  /** How many accounts the class (and the classes above it) holds: the K largest values. */
  readonly accounts: string;
  /** The K-th largest value: larger values are in, smaller ones out. */
  readonly lowest: string;
  /** Of the accounts whose value equals the lowest, how many are in (the first ones by row). */
  readonly tiedIn: string;
}

/** The sum of the `j` largest values (0 for none), exact with ties: j × the j-th largest + what lies above it. */
function topSum(values: string, j: string): string {
  const jth = `LARGE(${values},${j})`;
  return `IF(${j}=0,0,${j}*${jth}+SUMPRODUCT((${values}>${jth})*(${values}-${jth})))`;
}

/**
 * How many accounts a class takes, by binary search over the count: the k-th largest account is in
 * while the k − 1 larger ones hold less than the cut-off's share of the total (to 9 decimals, as core's
 * abcClasses). That test only turns from true to false as k grows, so ⌈log₂(n + 1)⌉ cells each add
 * the next power of two when it still passes: O(n log n) for the sheet, where a share per account
 * (each summing the values above it) was O(n²).
 */
function placeSearch(sheet: SheetBuilder, row: number, steps: number, at: { values: string; cutOff: string; count: string; total: string }): string {
  let found = '0';
  for (let i = 0; i < steps; i += 1) {
    const next = `(${found}+${2 ** (steps - 1 - i)})`;
    const passes = `ROUND(${topSum(at.values, `(${next}-1)`)}/${at.total},9)<${at.cutOff}`;
    sheet.formula(row, L.search + i, `=IF(${next}>${at.count},${found},IF(${passes},${next},${found}))`);
    found = a1(row, L.search + i);
  }
  return found;
}

/**
 * The lines classes A and B draw through the accounts sorted by value (largest first, ties in row
 * order), as a block a manager can read: how many accounts each class holds, their value and share,
 * the lowest value in it and how many accounts tied at that value are in. An account's class then
 * compares its own value with the lowest (and, on a tie, its count of ties so far) in O(1).
 *
 * @example
 * placeClassLines(sheet, 40, { values: '$C$80:$C$753', count: 674, cutOffs: ['$B$17', '$B$18'] })
 * //=> [{ accounts: '$C$43', lowest: '$F$43', tiedIn: '$H$43' }, { … row 44 }]
 */
export function placeClassLines(
  sheet: SheetBuilder,
  top: number,
  at: { values: string; count: number; cutOffs: readonly [string, string] },
): [ClassLine, ClassLine] {
  const { t } = sheet;
  const [aRow, bRow, allRow] = [top + 2, top + 3, top + 4];
  sheet.section(top, t('Classes: the accounts sorted by value, largest first; a class ends where the accounts before it hold its share'));
  sheet.header(top + 1, 0, [
    t('Class'),
    t('Accounts before it hold less than'),
    t('Accounts'),
    t('Their value'),
    t('Their share'),
    t('Lowest value in it'),
    t('Accounts above that value'),
    t('Accounts at that value in it'),
    null,
    t('Search for the line (step by step)'),
  ]);
  sheet.text(allRow, L.name, t('All accounts with a value above 0'));
  sheet.formula(allRow, L.accounts, `=COUNTIF(${at.values},">0")`);
  sheet.formula(allRow, L.value, `=SUMIF(${at.values},">0")`);
  sheet.formula(allRow, L.share, `=IF(${a1(allRow, L.accounts)}=0,"",1)`);
  const [count, total] = [absolute(allRow, L.accounts), absolute(allRow, L.value)];
  const steps = Math.max(1, Math.ceil(Math.log2(at.count + 1)));
  const lines = (['A', 'B'] as const).map((name, i): ClassLine => {
    const row = [aRow, bRow][i];
    sheet.text(row, L.name, name);
    sheet.formula(row, L.cutOff, `=${at.cutOffs[i]}`);
    const found = placeSearch(sheet, row, steps, { values: at.values, cutOff: absolute(row, L.cutOff), count, total });
    const k = a1(row, L.accounts);
    sheet.formula(row, L.accounts, `=${found}`);
    sheet.formula(row, L.value, `=${topSum(at.values, k)}`);
    sheet.formula(row, L.share, `=IF(${total}=0,"",${a1(row, L.value)}/${total})`);
    sheet.formula(row, L.lowest, `=IF(${k}=0,"",LARGE(${at.values},${k}))`);
    sheet.formula(row, L.above, `=IF(${k}=0,0,SUMPRODUCT(--(${at.values}>${a1(row, L.lowest)})))`);
    sheet.formula(row, L.tiedIn, `=${k}-${a1(row, L.above)}`);
    return { accounts: absolute(row, L.accounts), lowest: absolute(row, L.lowest), tiedIn: absolute(row, L.tiedIn) };
  });
  sheet.format(rangeA1(aRow, L.cutOff, bRow, L.cutOff), 'percent');
  sheet.format(rangeA1(aRow, L.accounts, allRow, L.accounts), 'integer');
  sheet.format(rangeA1(aRow, L.value, allRow, L.value), 'money');
  sheet.format(rangeA1(aRow, L.share, allRow, L.share), 'percent');
  sheet.format(rangeA1(aRow, L.lowest, bRow, L.lowest), 'money');
  sheet.format(rangeA1(aRow, L.above, bRow, L.tiedIn), 'integer');
  sheet.style(rangeA1(aRow, L.search, bRow, L.search + steps - 1), 'working');
  return [lines[0], lines[1]];
}

/**
 * Whether an account is in a class (or a class above it), in O(1): its value lies above the class's
 * lowest, or equals it and it is among the first tied accounts the class takes.
 *
 * @example
 * inClass({ accounts: '$C$43', lowest: '$F$43', tiedIn: '$H$43' }, 'C80', 'J80')
 * //=> 'AND($C$43>0,OR(C80>$F$43,AND(C80=$F$43,J80<=$H$43)))'
 */
export const inClass = (line: ClassLine, value: string, tiesSoFar: string): string =>
  `AND(${line.accounts}>0,OR(${value}>${line.lowest},AND(${value}=${line.lowest},${tiesSoFar}<=${line.tiedIn})))`;
