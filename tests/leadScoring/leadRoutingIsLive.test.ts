/**
 * Routing on the Lead scoring sheet: each routed lead's owner, in native formulas, is the rep
 * ROUTELEADS gives it (hottest first, to a rep of its area with capacity left and the least of it
 * used), and stays so after a capacity, a band cut-off, a rule or a lead is edited.
 */
import { CellValue } from '../../core/kit/cells';
import { buildLeadScoring, LEAD_SCORING_LAYOUT as L, LeadScoringAnswers, MAX_ROUTED_LEADS, ROUTING_ROWS, routeScoredLeads } from '../../core/plans/leadScoring';
import { leadBand, scoreLeads } from '../../core/functions/leads';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_LEADS } from '../../preview/src/sample';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet } from '../harness/liveness';
import { rowsForThisLoop } from '../harness/fastLoop';

const LEADS = [SAMPLE_LEADS.header, ...SAMPLE_LEADS.rows.slice(0, rowsForThisLoop(240, 90))] as CellValue[][];
const REGION = SAMPLE_LEADS.header.indexOf('Region');

const answers: LeadScoringAnswers = {
  leadsSheet: 'Leads',
  leadsRange: `A1:I${LEADS.length}`,
  labelField: 'Lead',
  outcomeField: 'Outcome',
  rules: [
    { field: 'Source', operator: 'in', value: 'Referral, Trade show', points: 40, group: 'Fit' },
    { field: 'Segment', operator: '=', value: 'Corporate', points: 20, group: 'Fit' },
    { field: 'Company size', operator: '=', value: '200+', points: 25, group: 'Fit' },
    { field: 'Visits', operator: '>=', value: 8, points: 30, group: 'Engagement' },
  ],
  caps: [],
  maxScore: 100,
  warmFrom: 40,
  hotFrom: 70,
  routing: {
    areaField: 'Region',
    from: 'Warm',
    reps: [
      { name: 'Kelly', area: 'Central', capacity: 5 },
      { name: 'Anna', area: ' west ', capacity: 4 },
      { name: 'Chuck', area: 'East', capacity: null },
      { name: 'Cassandra', area: 'South', capacity: 3 },
      { name: 'Ben', area: '*', capacity: 6 },
      { name: 'Dora', area: '', capacity: null },
    ],
  },
};

/** Where the sheet's cells are, found from the plan the builder made. */
function sheetCells(a: LeadScoringAnswers) {
  const { cells } = buildLeadScoring(a).sheets[0];
  const says = (row: number, col: number, text: string) => {
    const cell = cells[row]?.[col];
    return cell !== null && cell !== undefined && 'text' in cell && cell.text === text;
  };
  const header = cells.findIndex((row, r) => says(r, 0, 'Lead'));
  const owner = cells[header].findIndex((_, c) => says(header, c, 'Owner'));
  const routingTop = cells.findIndex((row, r) => says(r, 0, 'Route leads from band')) - ROUTING_ROWS.from;
  return { owner: (i: number) => a1(header + 1 + i, owner), routingTop, rep: (k: number, col: number) => a1(routingTop + ROUTING_ROWS.firstRep + k, col) };
}

/** Each lead's owner as core routes the leads core scores. */
function coreOwners(leads: CellValue[][], a: LeadScoringAnswers): string[] {
  const scores = scoreLeads(leads, a.rules, new Map(a.caps.map((c) => [c.group.trim().toLowerCase(), c.cap])), a.maxScore);
  const owners = routeScoredLeads(
    a.routing!,
    scores.map((score, i) => ({ score, band: leadBand(score, a.warmFrom, a.hotFrom) as string, area: leads[i + 1][REGION] })),
  );
  if (!Array.isArray(owners)) throw new Error(`core cannot route: ${owners.kind}`);
  return owners;
}

function expectedFor(leads: CellValue[][]) {
  return (a: LeadScoringAnswers): Record<string, string> => {
    const cells = sheetCells(a);
    return Object.fromEntries(coreOwners(leads, a).map((o, i) => [cells.owner(i), o]));
  };
}

const LIVE: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected: expectedFor(LEADS), sources: () => ({ Leads: LEADS }) };
const cells = sheetCells(answers);
const withReps = (a: LeadScoringAnswers, k: number, capacity: number | null) => ({
  ...a,
  routing: { ...a.routing!, reps: a.routing!.reps.map((r, j) => (j === k ? { ...r, capacity } : r)) },
});

describe('routing on the Lead scoring sheet', () => {
  it('gives each lead of a routed band the rep ROUTELEADS gives it, and the other leads no owner', () => {
    const expected = expectedFor(LEADS)(answers);
    const owners = Object.values(expected);
    // The case is not trivial: reps fill up, the reps of every area take the rest, and some leads are not routed.
    expect(new Set(owners)).toEqual(new Set(['Kelly', 'Anna', 'Chuck', 'Cassandra', 'Ben', 'Dora', '']));
    expect(livenessMismatches(LIVE, answers)).toEqual([]);
  });

  it('follows an edited capacity, a cleared one, a band cut-off, the band routed from and a rule', () => {
    const edits: Edit<LeadScoringAnswers>[] = [
      { what: "Kelly's capacity", cell: cells.rep(0, 2), value: 1, answers: (a) => withReps(a, 0, 1) },
      { what: "Ben's capacity cleared", cell: cells.rep(4, 2), value: null, answers: (a) => withReps(a, 4, null) },
      { what: 'a capacity of 0', cell: cells.rep(2, 2), value: 0, answers: (a) => withReps(a, 2, 0) },
      { what: 'the hot cut-off', cell: a1(L.hotFrom, 1), value: 50, answers: (a) => ({ ...a, hotFrom: 50 }) },
      { what: 'the warm cut-off', cell: a1(L.warmFrom, 1), value: 25, answers: (a) => ({ ...a, warmFrom: 25 }) },
      {
        what: 'the band routed from',
        cell: a1(cells.routingTop + ROUTING_ROWS.from, 1),
        value: 'Hot',
        answers: (a) => ({ ...a, routing: { ...a.routing!, from: 'Hot' } }),
      },
      {
        what: 'every lead routed',
        cell: a1(cells.routingTop + ROUTING_ROWS.from, 1),
        value: 'cold',
        answers: (a) => ({ ...a, routing: { ...a.routing!, from: 'Cold' } }),
      },
      {
        what: "a rule's points",
        cell: a1(L.firstRule + 3, 3),
        value: 45,
        answers: (a) => ({ ...a, rules: a.rules.map((r, i) => (i === 3 ? { ...r, points: 45 } : r)) }),
      },
    ];
    expect(livenessMismatches(LIVE, answers, edits)).toEqual([]);
  });

  it("follows a lead's area and score edited on its own sheet", () => {
    const sheet = loadPlanSheet(buildLeadScoring(answers), { Leads: LEADS });
    const edited = LEADS.map((row) => [...row]);
    edited[1][REGION] = 'South';
    edited[2][SAMPLE_LEADS.header.indexOf('Visits')] = 40;
    const leadsId = sheet.hf.getSheetId('Leads')!;
    sheet.hf.setCellContents({ sheet: leadsId, row: 1, col: REGION }, 'South');
    sheet.hf.setCellContents({ sheet: leadsId, row: 2, col: SAMPLE_LEADS.header.indexOf('Visits') }, 40);
    const expected = expectedFor(edited)(answers);
    expect(Object.entries(expected).filter(([cell, owner]) => sheet.value(cell) !== owner)).toEqual([]);
  });

  it("counts each rep's leads and share of capacity used, and the leads no rep can take", () => {
    const sheet = loadPlanSheet(buildLeadScoring(answers), { Leads: LEADS });
    const owners = Object.values(expectedFor(LEADS)(answers));
    answers.routing!.reps.forEach((rep, k) => {
      const count = owners.filter((o) => o === rep.name).length;
      expect(sheet.value(cells.rep(k, 3))).toBe(count);
      if (rep.capacity) expect(sheet.value(cells.rep(k, 4))).toBeCloseTo(count / rep.capacity, 9);
      else expect(sheet.value(cells.rep(k, 4))).toBe('');
    });
    expect(sheet.value(a1(cells.routingTop + ROUTING_ROWS.unrouted, 1))).toBe(owners.filter((o) => o === '(no rep)').length);
    expect(sheet.value(a1(L.check, 0))).toMatch(/^✓/);
  });

  it('gives "(no rep)" to a lead no rep of its area can take, and takes a rep typed in a spare row', () => {
    const few = { ...answers, routing: { ...answers.routing!, reps: [{ name: 'Kelly', area: 'Central', capacity: 2 }] } };
    const sheet = loadPlanSheet(buildLeadScoring(few), { Leads: LEADS });
    const at = sheetCells(few);
    const owners = Object.values(expectedFor(LEADS)(few));
    expect(owners.filter((o) => o === 'Kelly')).toHaveLength(2);
    expect(owners).toContain('(no rep)');
    expect(Object.entries(expectedFor(LEADS)(few)).filter(([cell, owner]) => sheet.value(cell) !== owner)).toEqual([]);
    sheet.set(at.rep(1, 0), 'Zoe');
    sheet.set(at.rep(1, 1), '*');
    const withZoe = { ...few, routing: { ...few.routing!, reps: [...few.routing!.reps, { name: 'Zoe', area: '*', capacity: null }] } };
    const expected = coreOwners(LEADS, withZoe);
    expect(expected).not.toContain('(no rep)');
    expect(
      expected.flatMap((owner, i) => (sheet.value(at.owner(i)) === owner ? [] : [`lead ${i + 1}: ${String(sheet.value(at.owner(i)))}, not ${owner}`])),
    ).toEqual([]);
  });

  it('says in words when the band routed from or the area field is not one it knows', () => {
    const sheet = loadPlanSheet(buildLeadScoring(answers), { Leads: LEADS });
    sheet.set(a1(cells.routingTop + ROUTING_ROWS.from, 1), 'Lukewarm');
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ Routing: the band to route from is Hot, Warm or Cold, not Lukewarm.');
    sheet.set(a1(cells.routingTop + ROUTING_ROWS.from, 1), 'Hot');
    sheet.set(a1(cells.routingTop + ROUTING_ROWS.areaField, 1), 'Territory');
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ Routing reads an area field the leads do not have: Territory.');
  });

  it('routes up to MAX_ROUTED_LEADS leads, and says so when more are in the bands routed, leaving every owner blank', () => {
    const many = [SAMPLE_LEADS.header, ...SAMPLE_LEADS.rows.slice(0, MAX_ROUTED_LEADS + 20)] as CellValue[][];
    const every = { ...answers, leadsRange: `A1:I${many.length}`, routing: { ...answers.routing!, from: 'Cold' as const } };
    const sheet = loadPlanSheet(buildLeadScoring(every), { Leads: many });
    const at = sheetCells(every);
    expect(sheet.value(a1(L.check, 0))).toBe(
      `⚠ Routing takes up to ${MAX_ROUTED_LEADS} leads on this sheet, and ${MAX_ROUTED_LEADS + 20} are in the bands routed: route from a hotter band, or raise its cut-off.`,
    );
    expect(sheet.value(at.owner(0))).toBe('');
    // Routing the hot band only brings the sheet back within its rows, and the owners back.
    sheet.set(a1(at.routingTop + ROUTING_ROWS.from, 1), 'Hot');
    const hot = { ...every, routing: { ...every.routing, from: 'Hot' as const } };
    const owners = coreOwners(many, hot);
    expect(owners.flatMap((owner, i) => (sheet.value(at.owner(i)) === owner ? [] : [i]))).toEqual([]);
    expect(sheet.value(a1(L.check, 0))).toMatch(/^✓/);
  });
});
