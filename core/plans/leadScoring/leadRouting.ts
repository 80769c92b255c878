import { CellValue } from '../../kit/cells/values';
import { SheetError, isSheetError } from '../../kit/cells/errors';
import { routeLeads, routingReps } from '../../functions/routing/routeLeads';
import { LeadRoutingAnswers, ROUTED_BANDS, RoutedBand } from './leadScoringAnswers';

/** A scored lead as routing reads it: its score, its band (English) and its area. */
export interface ScoredLead {
  readonly score: number;
  readonly band: string;
  readonly area: CellValue;
}

/**
 * Whether a lead of `band` is routed when routing starts from `from`: its band is that one or hotter.
 *
 * @example
 * isRouted('Hot', 'Warm') //=> true
 */
export function isRouted(band: string, from: RoutedBand): boolean {
  const rank = ROUTED_BANDS.indexOf(band as RoutedBand);
  return rank >= 0 && rank <= ROUTED_BANDS.indexOf(from);
}

/**
 * Each lead's owner as the Lead scoring sheet routes them: the leads of the band `from` and hotter
 * go to their rep as ROUTELEADS gives it (hottest first, ties in row order); the others get "".
 *
 * @example
 * routeScoredLeads({ areaField: 'Region', from: 'Hot', reps: [{ name: 'Ana', area: 'North', capacity: 1 }] },
 *   [{ score: 80, band: 'Hot', area: 'North' }, { score: 20, band: 'Cold', area: 'North' }]) //=> ['Ana', '']
 */
export function routeScoredLeads(routing: LeadRoutingAnswers, leads: readonly ScoredLead[]): string[] | SheetError {
  const reps = routingReps(
    routing.reps.map((r) => r.name),
    routing.reps.map((r) => r.area),
    routing.reps.map((r) => r.capacity),
  );
  if (isSheetError(reps)) return reps;
  const routed = leads.flatMap((lead, i) => (isRouted(lead.band, routing.from) ? [i] : []));
  const owners = routeLeads(
    routed.map((i) => leads[i].area ?? ''),
    routed.map((i) => leads[i].score),
    reps,
  );
  if (isSheetError(owners)) return owners;
  const byLead = leads.map(() => '');
  routed.forEach((i, k) => (byLead[i] = owners[k]));
  return byLead;
}
