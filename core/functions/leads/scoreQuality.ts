import { SheetError, reason } from '../../kit/cells/errors';
import { CellValue, Range } from '../../kit/cells/values';
import { DEFAULT_LOST_LABEL, DEFAULT_WON_LABEL, normaliseLabel } from '../kpi/labels';

/** A closed lead's outcome: 1 won, 0 lost ("Won"/"Lost" in any case, or 1/0); undefined for others. */
export function closedOutcome(v: CellValue): 0 | 1 | undefined {
  if (v === 1 || v === true) return 1;
  if (v === 0 || v === false) return 0;
  const label = typeof v === 'string' ? normaliseLabel(v) : '';
  return label === normaliseLabel(DEFAULT_WON_LABEL) ? 1 : label === normaliseLabel(DEFAULT_LOST_LABEL) ? 0 : undefined;
}

/** The scored, closed leads of two same-size ranges: rows with a number and a won/lost outcome. */
export function scoredOutcomes(scores: Range, outcomes: Range): { score: number; won: 0 | 1 }[] | SheetError {
  const flatScores = scores.flat();
  const flatOutcomes = outcomes.flat();
  if (flatScores.length !== flatOutcomes.length)
    return new SheetError('VALUE', reason('scores has {length} cells but outcomes has {length2}', { length: flatScores.length, length2: flatOutcomes.length }));
  const rows: { score: number; won: 0 | 1 }[] = [];
  flatScores.forEach((score, i) => {
    const won = closedOutcome(flatOutcomes[i]);
    if (typeof score === 'number' && won !== undefined) rows.push({ score, won });
  });
  return rows;
}

/**
 * The area under the ROC curve: the chance that a won lead scores above a lost one, ties counted
 * half (Mann-Whitney, by ranks: one sort).
 *
 * @example
 * scoreAuc([{ score: 0.9, won: 1 }, { score: 0.2, won: 0 }, { score: 0.5, won: 1 }]) //=> 1
 */
export function scoreAuc(rows: readonly { score: number; won: 0 | 1 }[]): number | SheetError {
  const wins = rows.filter((r) => r.won === 1).length;
  const losses = rows.length - wins;
  if (wins === 0 || losses === 0) return new SheetError('DIV0', reason('the AUC needs both won and lost leads'));
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let rankSumOfWins = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j += 1;
    const averageRank = (i + 1 + j) / 2; // ranks i+1..j share their average
    for (let k = i; k < j; k += 1) if (sorted[k].won === 1) rankSumOfWins += averageRank;
    i = j;
  }
  return (rankSumOfWins - (wins * (wins + 1)) / 2) / (wins * losses);
}

/**
 * Lift: the conversion of the top `share` of leads by score over the conversion of all of them.
 * The top is the first k = ceil(share × n) leads by score, highest first. Leads tied at the cut-off
 * score are shared: the top takes all leads above it and counts, of the tied ones it needs, their
 * conversion among all tied leads (the average over every order of the ties), so the same data gives
 * the same lift whatever the order of its rows.
 *
 * @example
 * scoreLift([{ score: 9, won: 1 }, { score: 5, won: 0 }, { score: 1, won: 0 }, { score: 0, won: 1 }], 0.25) //=> 2
 * scoreLift([{ score: 5, won: 0 }, { score: 5, won: 1 }, { score: 1, won: 1 }, { score: 1, won: 0 }], 0.25) //=> 1 (half a win in one lead, over a half)
 */
export function scoreLift(rows: readonly { score: number; won: 0 | 1 }[], share: number): number | SheetError {
  if (!(share > 0 && share <= 1)) return new SheetError('NUM', reason('share must be more than 0% and at most 100%, not {share}', { share }));
  const wins = rows.filter((r) => r.won === 1).length;
  if (rows.length === 0 || wins === 0) return new SheetError('DIV0', reason('no won leads: the overall conversion is 0'));
  const k = Math.max(1, Math.ceil(share * rows.length - 1e-9));
  const cutOff = [...rows].sort((a, b) => b.score - a.score)[k - 1].score;
  const above = rows.filter((r) => r.score > cutOff);
  const tied = rows.filter((r) => r.score === cutOff);
  const wonAbove = above.filter((r) => r.won === 1).length;
  const wonTiedShare = tied.filter((r) => r.won === 1).length / tied.length;
  const topConversion = (wonAbove + (k - above.length) * wonTiedShare) / k;
  return topConversion / (wins / rows.length);
}
