import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue } from '../../kit/cells/values';
import { normaliseLabel } from '../kpi/labels';

/** What a lead no rep can take is given. */
export const NO_REP = '(no rep)';

/** A rep as routing reads one: name, area ('' or '*' serves every area) and capacity (Infinity: none). */
export interface RoutingRep {
  readonly name: string;
  readonly area: string;
  readonly capacity: number;
}

/** Whether a rep serves a lead's area: the same area (case and spaces aside), or a rep of every area. */
const serves = (rep: RoutingRep, area: string) => rep.area === '' || rep.area === '*' || rep.area === area;

/**
 * The rep of each lead, in the leads' order: leads served from the highest score down (ties: row
 * order; a lead without a score last), each to a rep of its area with capacity left and the smallest
 * share of capacity used (an unlimited rep's share is 0), then the fewest assigned, then the rep
 * listed first. A lead no rep can take gets "(no rep)"; a row with neither area nor score is "".
 *
 * @example
 * routeLeads(['North', 'North', 'South'], [90, 80, 70], [{ name: 'Ana', area: 'north', capacity: 1 }, { name: 'Ben', area: '*', capacity: Infinity }])
 * //=> ['Ana', 'Ben', 'Ben']
 */
export function routeLeads(areas: readonly CellValue[], scores: readonly CellValue[], reps: readonly RoutingRep[]): string[] | SheetError {
  const leads: { i: number; area: string; score: number }[] = [];
  const owners = areas.map(() => '');
  for (let i = 0; i < areas.length; i += 1) {
    const [area, score] = [areas[i], scores[i]];
    if (isSheetError(area)) return area;
    if (isSheetError(score)) return score;
    const blankScore = score === null || score === '';
    if (!blankScore && typeof score !== 'number') return new SheetError('VALUE', reason('the score of lead {value} is not a number', { value: i + 1 }));
    if ((area === null || area === '') && blankScore) continue;
    leads.push({ i, area: normaliseLabel(String(area ?? '')), score: blankScore ? Number.NEGATIVE_INFINITY : (score as number) });
  }
  leads.sort((a, b) => b.score - a.score || a.i - b.i);
  const assigned = reps.map(() => 0);
  const share = (r: number) => (Number.isFinite(reps[r].capacity) ? assigned[r] / reps[r].capacity : 0);
  for (const lead of leads) {
    let best = -1;
    for (let r = 0; r < reps.length; r += 1) {
      if (!serves(reps[r], lead.area) || assigned[r] >= reps[r].capacity) continue;
      if (best < 0 || share(r) < share(best) || (share(r) === share(best) && assigned[r] < assigned[best])) best = r;
    }
    owners[lead.i] = best < 0 ? NO_REP : reps[best].name;
    if (best >= 0) assigned[best] += 1;
  }
  return owners;
}

/**
 * The reps of three columns: names, areas and capacities (a blank capacity is unlimited). A rep
 * without a name is skipped; a capacity that is negative or not a number is an error naming the rep.
 *
 * @example
 * routingReps(['Ana', 'Ben'], ['North', '*'], [10, null]) //=> [{ name: 'Ana', area: 'north', capacity: 10 }, { name: 'Ben', area: '*', capacity: Infinity }]
 */
export function routingReps(names: readonly CellValue[], areas: readonly CellValue[], capacities?: readonly CellValue[]): RoutingRep[] | SheetError {
  const reps: RoutingRep[] = [];
  for (let i = 0; i < names.length; i += 1) {
    const [name, area, capacity] = [names[i], areas[i], capacities?.[i] ?? null];
    if (isSheetError(name)) return name;
    if (isSheetError(area)) return area;
    if (isSheetError(capacity)) return capacity;
    if (name === null || String(name).trim() === '') continue;
    if (capacity !== null && capacity !== '' && !(typeof capacity === 'number' && capacity >= 0))
      return new SheetError('NUM', reason('the capacity of {value} must be a number of 0 or more, or blank', { value: String(name) }));
    reps.push({
      name: String(name).trim(),
      area: normaliseLabel(String(area ?? '')),
      capacity: typeof capacity === 'number' ? capacity : Number.POSITIVE_INFINITY,
    });
  }
  return reps;
}
