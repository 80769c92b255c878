import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { asColumn, defineFunction } from '../../kit/catalogue/types';
import { routeLeads, routingReps } from './routeLeads';

export const ROUTELEADS = defineFunction({
  name: 'ROUTELEADS',
  title: 'Route leads to reps',
  summary: 'The rep for each lead: hottest first, to a rep of its area with capacity left and the least of it used.',
  description:
    'Spills one rep name per lead, in the leads’ order. Leads are served from the highest score down (ties: row order; a lead ' +
    'without a score last); each goes to a rep of its area (matched ignoring case and spaces around; a rep whose area is blank or ' +
    '"*" serves every area) with capacity left and the smallest share of capacity used (assigned ÷ capacity; ties: the rep listed ' +
    'first). A blank capacity is unlimited: its share counts as 0, and among such reps the fewest assigned goes first (a plain ' +
    'round-robin). A lead no rep can take gets the text "(no rep)"; a row with neither area nor score is left empty.',
  category: 'Leads',
  params: [
    { name: 'lead_areas', kind: 'range', description: 'Each lead’s area (region, segment, language).' },
    { name: 'lead_scores', kind: 'range', description: 'Each lead’s score (LEADSCORE’s, or your own).' },
    { name: 'rep_names', kind: 'range', description: 'The reps.' },
    { name: 'rep_areas', kind: 'range', description: 'Each rep’s area (blank or "*": every area).' },
    { name: 'rep_capacity', kind: 'range', optional: true, defaultText: 'unlimited', description: 'How many leads each rep takes (blank: unlimited).' },
  ],
  returns: {
    description: 'One rep name per lead.',
    format: 'text',
    shape: 'table',
    maxSize: (sizes) => ({ rows: Math.max(1, (sizes[0]?.rows ?? 1) * (sizes[0]?.columns ?? 1)), columns: 1 }),
  },
  errors: [
    { kind: 'NUM', when: 'a capacity is negative or not a number' },
    { kind: 'VALUE', when: 'the leads’ or the reps’ ranges differ in size, or a score is text' },
  ],
  examples: [
    {
      formula: '=ROUTELEADS({"North";"North";"South"}, {90;80;70}, {"Ana";"Ben"}, {"North";"*"}, {1;""})',
      note: 'Ana takes the hottest North lead (her one); Ben, who serves every area, the rest.',
    },
    {
      formula: '=ROUTELEADS(D2:D201, G2:G201, {"Kelly";"Anna";"Chuck";"Cassandra"}, {"Central";"West";"East";"South"})',
      note: 'The sample’s deals by region, the biggest first, each to its region’s rep.',
    },
  ],
  run(leadAreas, leadScores, repNames, repAreas, repCapacity) {
    const [areas, scores] = [leadAreas.flat(), leadScores.flat()];
    if (areas.length !== scores.length)
      return new SheetError('VALUE', reason('lead_areas and lead_scores must be the same size ({value})', { value: `${areas.length}, ${scores.length}` }));
    const [names, repArea, capacity] = [repNames.flat(), repAreas.flat(), repCapacity?.flat()];
    if (names.length !== repArea.length || (capacity && capacity.length !== names.length))
      return new SheetError('VALUE', reason('rep_names, rep_areas and rep_capacity must be the same size'));
    const reps = routingReps(names, repArea, capacity);
    if (isSheetError(reps)) return reps;
    const owners = routeLeads(areas, scores, reps);
    return isSheetError(owners) ? owners : asColumn(owners);
  },
});
