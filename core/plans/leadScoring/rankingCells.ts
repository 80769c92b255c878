import { a1, parseRangeA1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { BILLIONTH } from '../../kit/sheet/formulaText';
import { msg } from '../../kit/i18n/msg';

/**
 * "How well the scores rank won above lost", live on the sheet: SCOREAUC and LIFT in native
 * formulas over the closed leads. Lift is exact (the leads tied at the cut-off shared by their
 * conversion, as LIFT does); the AUC counts scores within the same bin as tied
 * (bins of 1/100 of the highest score, so whole-point rule scores are exact, and of one percentage
 * point of win probability), from a histogram. Each lost lead's row shows its own bin, and one
 * FREQUENCY counts every bin at once (O(leads × log bins) per edit, not a COUNTIF per bin); a won
 * lead looks up its own credit (the lost leads below its bin, and half those in it), and the AUC is
 * the sum of the credits.
 */
/** Bins of the histogram the AUC is read from: 0 to 100 hundredths of the scale. */
const BINS = 101;
/** The stats' rows under the section title, in order (values in B for the first score, C for the second). */
const STATS = [
  msg('AUC (won ranked above lost)'),
  msg('Lift in the top share'),
  msg('Closed leads'),
  msg('Won'),
  msg('Leads in the top share'),
  msg('Top cut-off'),
  msg('Closed above the cut-off'),
  msg('Won above the cut-off'),
  msg('Tied at the cut-off'),
  msg('Won among the tied'),
  msg('Bin width'),
] as const;
type Stat = (typeof STATS)[number];
/** Rows the section takes after its title. */
export const RANKING_ROWS = 2 + STATS.length;

/** One score the section ranks: its name, its column among the leads, and the width of its AUC bins (a formula). */
export interface RankedScore {
  readonly name: string;
  readonly column: number;
  readonly binWidth: string;
}

/** Where the ranking's cells are: the section's stats and the leads' working columns. */
export interface RankingRefs {
  readonly share: string;
  stat(score: number, stat: Stat): string;
}

/** The section: the top share as an input, then per score the AUC and lift and the workings they read. */
export function placeRankingSection(sheet: SheetBuilder, top: number, scores: readonly RankedScore[]): { refs: RankingRefs; end: number } {
  const { t } = sheet;
  sheet.section(top, t('How well the scores rank won above lost (closed leads only; edit the share and the lift follows)'));
  const share = sheet.input(top + 1, t('Top share'), 0.1, {
    format: 'percent',
    rule: { min: 0.0001, max: 1, message: t('A share above 0% and at most 100%.') },
  });
  sheet.header(top + 2, 0, [null, ...scores.map((s) => s.name)]);
  STATS.forEach((label, i) => sheet.text(top + 3 + i, 0, t(label)));
  const refs: RankingRefs = { share, stat: (score, stat) => absolute(top + 3 + STATS.indexOf(stat), 1 + score) };
  sheet.style(rangeA1(top + 5, 0, top + 2 + STATS.length, scores.length), 'working');
  sheet.format(rangeA1(top + 3, 1, top + 4, scores.length), 'decimal');
  // A win probability's cut-off read 0.9261764503 in General; two decimals as the AUC and lift above.
  for (const score of ['Top cut-off', 'Bin width'] as const) {
    const row = top + 3 + STATS.indexOf(score);
    sheet.format(rangeA1(row, 1, row, scores.length), 'decimal');
  }
  for (const count of [
    'Closed leads',
    'Won',
    'Leads in the top share',
    'Closed above the cut-off',
    'Won above the cut-off',
    'Tied at the cut-off',
    'Won among the tied',
  ] as const) {
    const row = top + 3 + STATS.indexOf(count);
    sheet.format(rangeA1(row, 1, row, scores.length), 'integer');
  }
  return { refs, end: top + 2 + STATS.length };
}

/** The leads' working columns from `first`: won (1, 0 or "" when not closed), then per score its closed value, its bin key and its AUC credit. */
export function rankingColumns(first: number, scores: number) {
  const at = (s: number, i: number) => first + 1 + 3 * s + i;
  return {
    won: first,
    closed: (s: number) => at(s, 0),
    binKey: (s: number) => at(s, 1),
    credit: (s: number) => at(s, 2),
    last: first + 3 * scores,
  };
}
export type RankingColumns = ReturnType<typeof rankingColumns>;

/** The credits column of a score's histogram, whose bins start at row `first` and column `left` (bin, lost, lost below, a won lead's credit). */
export const histogramCredits = (first: number, left: number): string => `${absolute(first, left + 3)}:${absolute(first + BINS - 1, left + 3)}`;

/** One lead's ranking workings: whether it is won, and per score its closed value, its AUC bin and, when won, its AUC credit. */
export function placeRankingLead(
  sheet: SheetBuilder,
  row: number,
  outcome: string,
  scores: readonly RankedScore[],
  at: { refs: RankingRefs; columns: RankingColumns; histogram: (score: number) => string },
): void {
  const c = at.columns;
  const won = a1(row, c.won);
  const o = `LOWER(TRIM(${outcome}))`;
  sheet.formula(row, c.won, `=IF(OR(${o}="won",${o}="1",${o}="true"),1,IF(OR(${o}="lost",${o}="0",${o}="false"),0,""))`);
  scores.forEach((score, s) => {
    const closed = a1(row, c.closed(s));
    // -1 marks a lead that is not closed: every score is 0 or more, so it never reaches the top.
    sheet.formula(row, c.closed(s), `=IF(${won}="",-1,${a1(row, score.column)})`);
    // Bin b holds the scores within half a width of b × width, as ROUND does. Only a lost lead shows
    // its bin (the histogram counts those); a won lead reads its credit at its own bin's row.
    const bin = `ROUND(${closed}/${at.refs.stat(s, 'Bin width')},0)`;
    sheet.formula(row, c.binKey(s), `=IF(${won}=0,${bin},"")`);
    sheet.formula(row, c.credit(s), `=IF(${won}=1,INDEX(${at.histogram(s)},${bin}+1),"")`);
  });
}

/**
 * The histogram of one score's closed leads (won and lost per bin, lost below) from column `left`,
 * and the section's stats for that score: AUC from the histogram, lift from the cut-off and ties.
 */
export function placeRankingStats(
  sheet: SheetBuilder,
  s: number,
  score: RankedScore,
  at: { refs: RankingRefs; columns: RankingColumns; first: number; last: number; left: number },
): void {
  const { refs, columns: c } = at;
  const span = (col: number) => `${absolute(at.first, col)}:${absolute(at.last, col)}`;
  const [closed, won, keys, credits] = [span(c.closed(s)), span(c.won), span(c.binKey(s)), span(c.credit(s))];
  const stat = (name: Stat) => refs.stat(s, name);
  const put = (name: Stat, formula: string) => {
    const { top, left } = parseCell(stat(name));
    sheet.formula(top, left, formula);
  };
  put('Bin width', `=${score.binWidth}`);
  put('Closed leads', `=COUNT(${won})`);
  put('Won', `=SUM(${won})`);
  put('Leads in the top share', `=MAX(1,ROUNDUP(${refs.share}*${stat('Closed leads')}-${BILLIONTH},0))`);
  put('Top cut-off', `=LARGE(${closed},${stat('Leads in the top share')})`);
  put('Closed above the cut-off', `=SUMPRODUCT((${closed}>${stat('Top cut-off')})*1)`);
  put('Won above the cut-off', `=SUMPRODUCT((${closed}>${stat('Top cut-off')})*(${won}=1))`);
  put('Tied at the cut-off', `=SUMPRODUCT((${closed}=${stat('Top cut-off')})*1)`);
  put('Won among the tied', `=SUMPRODUCT((${closed}=${stat('Top cut-off')})*(${won}=1))`);
  // The ties the top needs count at the tied leads' conversion: the average over every order of them.
  const taken = `(${stat('Leads in the top share')}-${stat('Closed above the cut-off')})*${stat('Won among the tied')}/${stat('Tied at the cut-off')}`;
  put('Lift in the top share', `=((${stat('Won above the cut-off')}+${taken})/${stat('Leads in the top share')})/(${stat('Won')}/${stat('Closed leads')})`);
  placeHistogram(sheet, { keys, first: at.first, left: at.left, name: score.name });
  put('AUC (won ranked above lost)', `=SUM(${credits})/(${stat('Won')}*(${stat('Closed leads')}-${stat('Won')}))`);
}

/**
 * Lost closed leads per bin (bin b: the scores nearest b × width), the lost below each bin, and
 * what a won lead in the bin adds to the AUC: the lost below it, and half the lost in it (a tie).
 */
function placeHistogram(sheet: SheetBuilder, at: { keys: string; first: number; left: number; name: string }): void {
  const { t } = sheet;
  const { first, left } = at;
  sheet.header(first - 1, left, [t('{name}: bin', { name: at.name }), t('Lost'), t('Lost below'), t('AUC credit')]);
  const bins = `${absolute(first, left)}:${absolute(first + BINS - 1, left)}`;
  // One FREQUENCY counts every bin's lost leads: O(leads × log bins), where a COUNTIF per bin read
  // every lead once per bin. It spills BINS + 1 rows (the last: lost leads above the top bin, none).
  sheet.spill(first, left + 1, `=FREQUENCY(${at.keys},${bins})`, { rows: BINS + 1, cols: 1 });
  for (let b = 0; b < BINS; b += 1) {
    const row = first + b;
    sheet.number(row, left, b);
    sheet.formula(row, left + 2, b === 0 ? '=0' : `=${a1(row - 1, left + 2)}+${a1(row - 1, left + 1)}`);
    sheet.formula(row, left + 3, `=${a1(row, left + 2)}+${a1(row, left + 1)}/2`);
  }
  sheet.style(rangeA1(first, left, first + BINS, left + 3), 'working');
}

/** Row and column of an absolute reference such as `$B$7`. */
const parseCell = (ref: string) => parseRangeA1(ref.replace(/\$/g, ''));
