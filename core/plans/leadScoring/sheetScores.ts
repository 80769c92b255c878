import { CellValue, Range } from '../../kit/cells/values';
import { leadDecay } from '../../functions/leads/leadDecay';
import { cappedTotal, groupPoints } from '../../functions/leads/leadRules';
import { LeadScoringAnswers } from './leadScoringAnswers';

/** A lead as the Lead scoring sheet scores it: its points per group (decayed, before caps) and its total. */
export interface SheetScore {
  readonly groups: ReadonlyMap<string, number>;
  readonly total: number;
}

/** The share of its points a lead keeps: LEADDECAY's factor for its age; 1 without a date, age 0 for a date after as-of. */
function keptShare(date: CellValue, decay: NonNullable<LeadScoringAnswers['decay']>): number {
  if (typeof date !== 'number') return 1;
  return leadDecay(1, Math.max(0, decay.asOf - date), decay.method, decay.rate, decay.periodDays) as number;
}

/**
 * The scores the Lead scoring sheet gives (core's LEADSCORE with the decay applied): each lead's
 * points per group, the fading group's multiplied by LEADDECAY's factor for the days from its
 * date to as-of, then capped, the total clamped to [0, max_score]. The wizard's review shows
 * these, and the tests check the sheet's formulas against them.
 *
 * @example
 * sheetScores([['Source'], ['Webinar']], { ...answers, rules: [{ field: 'Source', operator: '=', value: 'webinar', points: 30, group: '' }] })[0].total //=> 30
 */
export function sheetScores(leads: Range, answers: LeadScoringAnswers): SheetScore[] {
  const caps = new Map(answers.caps.map((c) => [c.group.trim().toLowerCase(), c.cap]));
  const decay = answers.decay;
  const dateColumn = decay
    ? leads[0].findIndex(
        (f) =>
          String(f ?? '')
            .trim()
            .toLowerCase() === decay.dateField.trim().toLowerCase(),
      )
    : -1;
  const fading = decay?.group.trim().toLowerCase();
  return groupPoints(leads, answers.rules).map((byGroup, i) => {
    const share = decay && dateColumn >= 0 ? keptShare(leads[i + 1][dateColumn] ?? null, decay) : 1;
    const groups = new Map([...byGroup].map(([group, sum]) => [group, group === fading ? sum * share : sum]));
    return { groups, total: cappedTotal(groups, caps, answers.maxScore) };
  });
}
