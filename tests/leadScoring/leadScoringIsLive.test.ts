/**
 * The Lead scoring sheet's native formulas give the scores and bands core computes (LEADSCORE,
 * LEADBAND) over the user's lead table, and stay live: an edited rule, cut-off or lead re-scores.
 */
import { CellValue } from '../../core/kit/cells';
import { buildLeadScoring, LEAD_SCORING_LAYOUT as L, ruleGroups, LeadScoringAnswers, sheetScores } from '../../core/plans/leadScoring';
import { leadBand, scoreLeads, scoreAuc, scoreLift, scoredOutcomes, LeadModel, fitLeadModel, leadFactors, leadProbabilities } from '../../core/functions/leads';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_LEADS } from '../../preview/src/sample';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet, mismatches } from '../harness/liveness';
import { rowsForThisLoop } from '../harness/fastLoop';

const LEADS: CellValue[][] = [
  ['Lead', 'Source', 'Visits', 'Company', 'Segment', 'Outcome'],
  ['L1', 'Webinar', 12, 'Acme Ltd', 'Corporate', 'Won'],
  ['L2', 'Ad', 2, null, 'Consumer', 'Lost'],
  ['L3', ' webinar ', 5, 'Beta Co', 'Home Office', 'Won'],
  ['L4', 'Referral', 0, '  ', 'Corporate', null],
  ['L5', 'Trade show', 25, 'Gamma', 'consumer', 'Lost'],
];

const answers: LeadScoringAnswers = {
  leadsSheet: 'Leads',
  leadsRange: 'A1:F6',
  labelField: 'Lead',
  outcomeField: 'Outcome',
  rules: [
    { field: 'Source', operator: '=', value: 'Webinar', points: 30, group: 'Fit' },
    { field: 'Visits', operator: '>=', value: 10, points: 20, group: 'Engagement' },
    { field: 'Company', operator: 'contains', value: 'ltd', points: 15, group: 'Fit' },
    { field: 'Company', operator: 'is blank', value: null, points: -10, group: '' },
    { field: 'Segment', operator: 'in', value: 'Corporate, Home Office', points: 25, group: 'Fit' },
    { field: 'Source', operator: 'starts with', value: 'trade', points: 12, group: 'Engagement' },
    { field: 'Visits', operator: '<', value: 3, points: -5, group: 'Engagement' },
    { field: 'Source', operator: '<>', value: 'Ad', points: 5, group: '' },
  ],
  caps: [{ group: 'Fit', cap: 50 }],
  maxScore: 100,
  warmFrom: 40,
  hotFrom: 70,
};

/** Where lead i's total and band are on the sheet (found from the layout the builder used). */
function leadCells(a: LeadScoringAnswers) {
  const sheet = buildLeadScoring(a).sheets[0];
  const header = sheet.cells.findIndex((row) => row[0] !== null && 'text' in row[0] && row[0].text === 'Lead');
  const groups = ruleGroups(a).length;
  return { total: (i: number) => a1(header + 1 + i, 1 + groups), band: (i: number) => a1(header + 1 + i, 2 + groups) };
}

function expectedFor(leads: CellValue[][]) {
  return (a: LeadScoringAnswers) => {
    const scores = scoreLeads(leads, a.rules, new Map(a.caps.map((c) => [c.group.trim().toLowerCase(), c.cap])), a.maxScore);
    const cells = leadCells(a);
    return Object.fromEntries(
      scores.flatMap((score, i) => [
        [cells.total(i), score],
        [cells.band(i), leadBand(score, a.warmFrom, a.hotFrom) as string],
      ]),
    );
  };
}

const LIVE: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected: expectedFor(LEADS), sources: () => ({ Leads: LEADS }) };
const ruleCell = (rule: number, col: number) => a1(L.firstRule + rule, col);
const withRule = (a: LeadScoringAnswers, i: number, change: object) => ({ ...a, rules: a.rules.map((r, j) => (j === i ? { ...r, ...change } : r)) });

describe('the Lead scoring sheet', () => {
  it('scores every lead as core does, every operator and a capped group included', () => {
    expect(livenessMismatches(LIVE, answers)).toEqual([]);
  });

  const edits: Edit<LeadScoringAnswers>[] = [
    { what: "a rule's points", cell: ruleCell(1, 3), value: 45, answers: (a) => withRule(a, 1, { points: 45 }) },
    { what: "a rule's operator, typed as a word", cell: ruleCell(0, 1), value: 'is not', answers: (a) => withRule(a, 0, { operator: '<>' }) },
    { what: "a rule's value", cell: ruleCell(4, 2), value: 'Consumer', answers: (a) => withRule(a, 4, { value: 'Consumer' }) },
    { what: 'the hot cut-off', cell: a1(L.hotFrom, 1), value: 50, answers: (a) => ({ ...a, hotFrom: 50 }) },
    { what: 'the highest score', cell: a1(L.maxScore, 1), value: 30, answers: (a) => ({ ...a, maxScore: 30 }) },
  ];

  it('re-scores after an edit of a rule, a cut-off or the highest score', () => {
    expect(livenessMismatches(LIVE, answers, edits)).toEqual([]);
  });

  it('re-scores when a lead changes on its own sheet, which it never writes to', () => {
    const sheet = loadPlanSheet(buildLeadScoring(answers), { Leads: LEADS });
    const leadsId = sheet.hf.getSheetId('Leads')!;
    sheet.hf.setCellContents({ sheet: leadsId, row: 2, col: 2 }, 40);
    const edited = LEADS.map((row, r) => (r === 2 ? row.map((c, i) => (i === 2 ? 40 : c)) : row));
    const expected = expectedFor(edited)(answers);
    expect(Object.entries(expected).filter(([cell, want]) => sheet.value(cell) !== want)).toEqual([]);
    expect(
      sheet.hf
        .getSheetSerialized(leadsId)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual([12, 40, 5, 0, 25]);
  });

  it('says in words which rule reads a field the leads do not have', () => {
    const sheet = loadPlanSheet(buildLeadScoring(answers), { Leads: LEADS });
    sheet.set(ruleCell(2, 0), 'Budget');
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ Rule 3 reads a field the leads do not have: Budget.');
  });

  it('counts leads and conversion by band', () => {
    const sheet = loadPlanSheet(buildLeadScoring(answers), { Leads: LEADS });
    const expected = expectedFor(LEADS)(answers);
    const bands = Object.entries(expected)
      .filter(([, v]) => typeof v === 'string')
      .map(([, v]) => v);
    expect([sheet.value('E5'), sheet.value('E6'), sheet.value('E7')]).toEqual(['Cold', 'Warm', 'Hot'].map((b) => bands.filter((v) => v === b).length));
  });

  it("scores the sample's first leads (300; 100 in the fast loop) as core does", () => {
    const leads = [SAMPLE_LEADS.header, ...SAMPLE_LEADS.rows.slice(0, rowsForThisLoop(300, 60))] as CellValue[][];
    const sample: LeadScoringAnswers = {
      ...answers,
      leadsRange: `A1:I${leads.length}`,
      rules: [
        { field: 'Source', operator: 'in', value: 'Referral, Trade show', points: 40, group: 'Fit' },
        { field: 'Segment', operator: '=', value: 'Corporate', points: 20, group: 'Fit' },
        { field: 'Company size', operator: '=', value: '200+', points: 25, group: 'Fit' },
        { field: 'Visits', operator: '>=', value: 8, points: 30, group: 'Engagement' },
        { field: 'Last activity', operator: '>=', value: 42736, points: 10, group: 'Engagement' },
      ],
    };
    const live: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected: expectedFor(leads), sources: () => ({ Leads: leads }) };
    expect(livenessMismatches(live, sample)).toEqual([]);
  });
});

describe('the predictive score on the Lead scoring sheet', () => {
  const leads = [SAMPLE_LEADS.header, ...SAMPLE_LEADS.rows.slice(0, rowsForThisLoop(400, 80))] as CellValue[][];
  const outcomeColumn = SAMPLE_LEADS.header.indexOf('Outcome');
  const features = leads.map((row) => [row[2], row[3], row[5], row[6]]);
  const fitted = fitLeadModel(
    features,
    leads.map((row) => [row[outcomeColumn]]),
    1,
  ) as LeadModel;
  const withModel: LeadScoringAnswers = {
    ...answers,
    leadsRange: `A1:I${leads.length}`,
    rules: [{ field: 'Visits', operator: '>=', value: 8, points: 30, group: 'Engagement' }],
    model: { intercept: fitted.intercept, terms: fitted.terms, method: fitted.method },
  };

  /** Win probability and top factor of each lead, as core's LEADPROB and LEADFACTORS give them. */
  function expected(a: LeadScoringAnswers) {
    const sheet = buildLeadScoring(a).sheets[0];
    const header = sheet.cells.findIndex((row) => row[0] !== null && 'text' in row[0] && row[0].text === 'Lead');
    const column = sheet.cells[header].findIndex((c) => c !== null && 'text' in c && c.text === 'Win probability');
    const model = { intercept: a.model!.intercept, terms: a.model!.terms };
    const p = leadProbabilities(features, model) as number[];
    const f = leadFactors(features, model, 1) as string[][];
    return Object.fromEntries(
      p.flatMap((prob, i) => [
        [a1(header + 1 + i, column), prob],
        [a1(header + 1 + i, column + 1), f[i][0]],
      ]),
    );
  }
  const live: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected, sources: () => ({ Leads: leads }) };

  it('gives each lead the probability and top factor core computes, the model fitted on the sample', () => {
    expect(fitted.terms.length).toBeGreaterThan(3);
    expect(livenessMismatches(live, withModel)).toEqual([]);
  });

  it('follows an edited coefficient', () => {
    const sheet = buildLeadScoring(withModel).sheets[0];
    const row = sheet.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === fitted.terms[0].name);
    const edit: Edit<LeadScoringAnswers> = {
      what: `the coefficient of ${fitted.terms[0].name}`,
      cell: a1(row, 1),
      value: 2,
      answers: (a) => ({ ...a, model: { ...a.model!, terms: a.model!.terms.map((t, i) => (i === 0 ? { ...t, coefficient: 2 } : t)) } }),
    };
    expect(livenessMismatches(live, withModel, [edit])).toEqual([]);
  });
});

describe("the Lead scoring sheet's charts", () => {
  it('charts leads by band and conversion by band from the band summary', () => {
    const { charts } = buildLeadScoring(answers).sheets[0];
    expect(charts.map((c) => [c.title, c.categories, c.values])).toEqual([
      ['Leads by band', 'D5:D7', 'E5:E7'],
      ['Conversion by band (won / decided)', 'D5:D7', 'F5:F7'],
    ]);
  });
});

describe('marketing-qualified leads on the Lead scoring sheet', () => {
  const withMql: LeadScoringAnswers = { ...answers, mql: { fitFrom: 30, engagementFrom: 20 } };

  /** MQL: Fit points (capped) reach fitFrom and Engagement points reach engagementFrom, from core's scores of each group. */
  function expected(a: LeadScoringAnswers) {
    const sheet = buildLeadScoring(a).sheets[0];
    const header = sheet.cells.findIndex((row) => row[0] !== null && 'text' in row[0] && row[0].text === 'Lead');
    const column = sheet.cells[header].findIndex((c) => c !== null && 'text' in c && c.text === 'MQL');
    const caps = new Map(a.caps.map((c) => [c.group.trim().toLowerCase(), c.cap]));
    const group = (name: string) =>
      scoreLeads(
        LEADS,
        a.rules.filter((r) => r.group === name),
        caps,
        Number.POSITIVE_INFINITY,
      );
    const [fit, engagement] = [group('Fit'), group('Engagement')];
    return Object.fromEntries(fit.map((f, i) => [a1(header + 1 + i, column), f >= a.mql!.fitFrom && engagement[i] >= a.mql!.engagementFrom ? 'MQL' : '']));
  }
  const live: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected, sources: () => ({ Leads: LEADS }) };

  it('marks the leads whose fit and engagement both reach their thresholds, and follows a new threshold', () => {
    const edit: Edit<LeadScoringAnswers> = { what: 'the Fit threshold', cell: 'K5', value: 60, answers: (a) => ({ ...a, mql: { ...a.mql!, fitFrom: 60 } }) };
    expect(Object.values(expected(withMql))).toContain('MQL');
    expect(livenessMismatches(live, withMql, [edit])).toEqual([]);
  });

  it('counts the MQLs', () => {
    const sheet = loadPlanSheet(buildLeadScoring(withMql), { Leads: LEADS });
    expect(sheet.value('K7')).toBe(Object.values(expected(withMql)).filter((v) => v === 'MQL').length);
  });
});

describe('decay on the Lead scoring sheet', () => {
  const AS_OF = 46000;
  const dated: CellValue[][] = [
    [...LEADS[0], 'Last activity'],
    ...LEADS.slice(1).map((row, i) => [...row, [AS_OF - 65, 'soon', null, AS_OF + 3, AS_OF - 40][i]]),
  ];
  const withDecay: LeadScoringAnswers = {
    ...answers,
    leadsRange: 'A1:G6',
    decay: { group: 'Engagement', dateField: 'Last activity', method: 'linear', rate: 0.25, periodDays: 30, asOf: AS_OF },
  };

  /** Core's scores with the decay (LEADSCORE's groups, LEADDECAY's factor), and their bands. */
  function expected(a: LeadScoringAnswers) {
    const cells = leadCells(a);
    return Object.fromEntries(
      sheetScores(dated, a).flatMap(({ total }, i) => [
        [cells.total(i), total],
        [cells.band(i), leadBand(total, a.warmFrom, a.hotFrom) as string],
      ]),
    );
  }
  const live: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected, sources: () => ({ Leads: dated }) };
  const decayRow = (label: string) => buildLeadScoring(withDecay).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === label);
  const withDecayOf = (change: object) => (a: LeadScoringAnswers) => ({ ...a, decay: { ...a.decay!, ...change } });

  it('fades the Engagement points by the days since the last activity, as LEADDECAY does', () => {
    const scores = Object.values(expected(withDecay)).filter((v) => typeof v === 'number');
    expect(scores).not.toEqual(Object.values(expectedFor(LEADS)(answers)).filter((v) => typeof v === 'number'));
    expect(livenessMismatches(live, withDecay)).toEqual([]);
  });

  it.each([
    ['the method', 'Method', 'exponential', { method: 'exponential' }],
    ['the method, to a window', 'Method', 'Window', { method: 'window' }],
    ['the rate', 'Rate a period', 0.5, { rate: 0.5 }],
    ['the period', 'Period (days)', 60, { periodDays: 60 }],
    ['the as-of date', 'As of', AS_OF + 100, { asOf: AS_OF + 100 }],
    ['the group that fades', 'Group that fades', 'Fit', { group: 'Fit' }],
  ])('follows an edit of %s', (what, label, value, change) => {
    const edit: Edit<LeadScoringAnswers> = { what, cell: a1(decayRow(label as string), 1), value: value as number | string, answers: withDecayOf(change) };
    expect(livenessMismatches(live, withDecay, [edit])).toEqual([]);
  });

  it('says in words when the decay method is not one the sheet knows', () => {
    const sheet = loadPlanSheet(buildLeadScoring(withDecay), { Leads: dated });
    sheet.set(a1(decayRow('Method'), 1), 'sometimes');
    expect(sheet.value(a1(L.check, 0))).toBe('⚠ The decay method is linear, exponential or window, not sometimes.');
  });
});

describe('how well the scores rank, live on the Lead scoring sheet', () => {
  const leads = [SAMPLE_LEADS.header, ...SAMPLE_LEADS.rows.slice(0, rowsForThisLoop(300, 80))] as CellValue[][];
  const outcomes = leads.slice(1).map((row) => [row[SAMPLE_LEADS.header.indexOf('Outcome')]]);
  const features = leads.map((row) => [row[2], row[3], row[5], row[6]]);
  const fitted = fitLeadModel(features, [['Outcome'], ...outcomes], 1) as LeadModel;
  const ranked: LeadScoringAnswers = {
    ...answers,
    leadsRange: `A1:I${leads.length}`,
    rules: [
      { field: 'Source', operator: 'in', value: 'Referral, Trade show', points: 40, group: 'Fit' },
      { field: 'Segment', operator: '=', value: 'Corporate', points: 20, group: 'Fit' },
      { field: 'Visits', operator: '>=', value: 8, points: 30, group: 'Engagement' },
    ],
    model: { intercept: fitted.intercept, terms: fitted.terms, method: fitted.method },
  };
  const statCell = (a: LeadScoringAnswers, label: string, score: number) => {
    const row = buildLeadScoring(a).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === label);
    return a1(row, 1 + score);
  };

  /** SCOREAUC and LIFT of the rule score (exact: whole points) and of the win probability (AUC binned by percentage point). */
  function expected(a: LeadScoringAnswers, share = 0.1) {
    const scores = sheetScores(leads, a).map((s) => [s.total]);
    const probabilities = (leadProbabilities(features, { intercept: a.model!.intercept, terms: a.model!.terms }) as number[]).map((p) => [p]);
    const rows = (values: number[][]) => scoredOutcomes(values, outcomes) as { score: number; won: 0 | 1 }[];
    const binned = rows(probabilities).map((r) => ({ ...r, score: Math.floor(r.score / 0.01 + 0.5) }));
    return {
      [statCell(a, 'AUC (won ranked above lost)', 0)]: scoreAuc(rows(scores)) as number,
      [statCell(a, 'Lift in the top share', 0)]: scoreLift(rows(scores), share) as number,
      [statCell(a, 'AUC (won ranked above lost)', 1)]: scoreAuc(binned) as number,
      [statCell(a, 'Lift in the top share', 1)]: scoreLift(rows(probabilities), share) as number,
    };
  }
  const live: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected: (a) => expected(a), sources: () => ({ Leads: leads }) };

  it('gives the AUC and top-decile lift core computes, for the rule score and the win probability', () => {
    const values = Object.values(expected(ranked));
    expect(values.every((v) => typeof v === 'number' && v > 0)).toBe(true);
    expect(livenessMismatches(live, ranked)).toEqual([]);
  });

  it('follows an edited rule and an edited top share', () => {
    const rule: Edit<LeadScoringAnswers> = { what: "a rule's points", cell: ruleCell(2, 3), value: 5, answers: (a) => withRule(a, 2, { points: 5 }) };
    expect(livenessMismatches(live, ranked, [rule])).toEqual([]);
    const sheet = loadPlanSheet(buildLeadScoring(ranked), { Leads: leads });
    sheet.set(statCell(ranked, 'Top share', 0), 0.25);
    expect(mismatches(sheet.value, expected(ranked, 0.25))).toEqual([]);
  });

  it('reads fields, groups and caps exactly, whatever they are called', () => {
    // A field whose name is a pattern beside the field it would match, one with quotes, groups a
    // spreadsheet would read as an operator or a pattern, and one group typed twice (case, a space).
    const leads = LEADS.map((row, r) => (r === 0 ? ['Lead', 'Sour?e', 'Visits', 'Company "name"', 'Source', 'Outcome'] : row));
    const awkward: LeadScoringAnswers = {
      ...answers,
      rules: [
        { field: 'Sour?e', operator: '=', value: 'Webinar', points: 30, group: 'Fit*' },
        { field: 'Source', operator: 'in', value: 'Corporate, Home Office', points: 25, group: 'Fitness' },
        { field: 'Visits', operator: '>=', value: 10, points: 20, group: '=Hot' },
        { field: 'Company "name"', operator: 'contains', value: 'ltd', points: 15, group: 'fit* ' },
        { field: 'Sour?e', operator: 'starts with', value: 'trade', points: 12, group: '=Hot' },
      ],
      caps: [
        { group: 'Fit*', cap: 40 },
        { group: '=Hot', cap: 25 },
      ],
    };
    const live: LiveWizard<LeadScoringAnswers> = { build: buildLeadScoring, expected: expectedFor(leads), sources: () => ({ Leads: leads }) };
    expect(ruleGroups(awkward)).toEqual(['Fit*', 'Fitness', '=Hot']);
    expect(livenessMismatches(live, awkward)).toEqual([]);
  });
});

describe("the Lead scoring sheet's check", () => {
  it('never says ✓ while the ranking cannot be measured: no lead won, so AUC and lift are #DIV/0!', () => {
    const allLost = LEADS.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 5 && v !== null ? 'Lost' : v))));
    expect(String(loadPlanSheet(buildLeadScoring(answers), { Leads: LEADS }).value(a1(L.check, 0)))).toMatch(/^✓/);
    expect(String(loadPlanSheet(buildLeadScoring(answers), { Leads: allLost }).value(a1(L.check, 0)))).toMatch(/^⚠ \d+ cells below show an error/);
  });
});
