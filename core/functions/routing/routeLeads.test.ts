import fc from 'fast-check';
import { NO_REP, RoutingRep, routeLeads } from './routeLeads';

const RUNS = { numRuns: Number(process.env.RUNS ?? 200), seed: Number(process.env.SEED ?? 26) };
const AREAS = ['north', 'south', 'east'];
const leadsArb = fc.array(fc.record({ area: fc.constantFrom(...AREAS), score: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 60 });
const repsArb = fc.array(fc.record({ area: fc.constantFrom(...AREAS, '*'), capacity: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }) }), {
  minLength: 1,
  maxLength: 6,
});

describe('routing leads to reps', () => {
  it('gives each lead a rep of its area, within every capacity, and leaves a lead unserved only when its reps are full', () => {
    fc.assert(
      fc.property(leadsArb, repsArb, (leads, drawn) => {
        const reps: RoutingRep[] = drawn.map((r, i) => ({ name: `R${i}`, area: r.area, capacity: r.capacity ?? Number.POSITIVE_INFINITY }));
        const owners = routeLeads(
          leads.map((l) => l.area),
          leads.map((l) => l.score),
          reps,
        ) as string[];
        const load = new Map(reps.map((r) => [r.name, owners.filter((o) => o === r.name).length]));
        const servesArea = (r: RoutingRep, area: string) => r.area === '*' || r.area === area;
        leads.forEach((lead, i) => {
          const rep = reps.find((r) => r.name === owners[i]);
          if (rep) expect(servesArea(rep, lead.area)).toBe(true);
          else {
            expect(owners[i]).toBe(NO_REP);
            // Unserved: every rep of its area is full.
            reps.filter((r) => servesArea(r, lead.area)).forEach((r) => expect(load.get(r.name)).toBe(r.capacity));
          }
        });
        reps.forEach((r) => expect(load.get(r.name)!).toBeLessThanOrEqual(r.capacity));
      }),
      RUNS,
    );
  });

  it('serves hotter leads first: an unserved lead is never hotter than a served lead of the same area', () => {
    fc.assert(
      fc.property(leadsArb, repsArb, (leads, drawn) => {
        const reps: RoutingRep[] = drawn.map((r, i) => ({ name: `R${i}`, area: r.area, capacity: r.capacity ?? Number.POSITIVE_INFINITY }));
        const owners = routeLeads(
          leads.map((l) => l.area),
          leads.map((l) => l.score),
          reps,
        ) as string[];
        for (const area of AREAS) {
          const served = leads.filter((l, i) => l.area === area && owners[i] !== NO_REP).map((l) => l.score);
          const unserved = leads.filter((l, i) => l.area === area && owners[i] === NO_REP).map((l) => l.score);
          if (served.length > 0 && unserved.length > 0 && !reps.some((r) => r.area === '*'))
            expect(Math.max(...unserved)).toBeLessThanOrEqual(Math.min(...served));
        }
      }),
      RUNS,
    );
  });
});
