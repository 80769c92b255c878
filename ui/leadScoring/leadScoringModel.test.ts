import {
  defaultDecay,
  defaultRouting,
  initialState,
  parseCaps,
  parseRoutingReps,
  presetRules,
  rankingWords,
  restoreState,
  reviewNumbers,
  routingLoads,
  routingRepsAsText,
  tooManyRouted,
  repsFromCells,
  ruleValue,
  validateStep,
} from './leadScoringModel';

const fields = ['Lead', 'Source', 'Segment', 'Company size', 'Visits', 'Outcome'];
const ready = {
  ...initialState(),
  fields,
  answers: {
    ...initialState().answers,
    leadsSheet: 'Leads',
    leadsRange: 'A1:F4',
    labelField: 'Lead',
    outcomeField: 'Outcome',
    rules: presetRules('fitEngagement', fields),
  },
};

describe("the lead-scoring wizard's answers", () => {
  it('offers Engagement fading from the last activity to the latest date in it, and checks each answer', () => {
    const withDate = { ...ready, fields: [...fields, 'Last activity'] };
    const leads = [
      [...fields, 'Last activity'],
      ['L1', 'Ad', 'Corporate', '1–10', 3, 'Won', 45000],
      ['L2', 'Ad', 'Corporate', '1–10', 3, null, 45100],
    ];
    const decay = defaultDecay(withDate, leads);
    expect(decay).toEqual({ group: 'Engagement', dateField: 'Last activity', method: 'linear', rate: 0.25, periodDays: 30, asOf: 45100 });
    const at = (change: object) => validateStep({ ...withDate, step: 2, answers: { ...withDate.answers, decay: { ...decay, ...change } } });
    expect(at({})).toEqual({});
    expect(at({ group: 'Timing' })).toHaveProperty('decayGroup');
    expect(at({ dateField: 'When' })).toHaveProperty('decayDate');
    expect(at({ rate: 1.5 })).toHaveProperty('decayRate');
    expect(at({ periodDays: 0 })).toHaveProperty('decayPeriod');
    expect(at({ asOf: Number.NaN })).toHaveProperty('decayAsOf');
  });

  it('asks for the lead table first, then rules that read its fields, then cut-offs in order', () => {
    expect(validateStep(initialState())).toHaveProperty('leads');
    expect(validateStep({ ...ready, step: 1, answers: { ...ready.answers, rules: [] } })).toHaveProperty('rules');
    expect(
      validateStep({ ...ready, step: 1, answers: { ...ready.answers, rules: [{ field: 'Budget', operator: '=', value: 1, points: 5, group: '' }] } }).rules,
    ).toMatch(/^Rule 1 needs a field/);
    expect(validateStep({ ...ready, step: 3, answers: { ...ready.answers, warmFrom: 80, hotFrom: 70 } })).toEqual({ bands: 'Warm must start below hot.' });
    // A negative cap would lower every lead on the sheet, scored in its group or not.
    expect(validateStep({ ...ready, step: 1, answers: { ...ready.answers, caps: [{ group: 'Fit', cap: -5 }] } })).toEqual({ caps: 'A cap is 0 or more.' });
    expect([0, 1, 2, 3].map((step) => validateStep({ ...ready, step }))).toEqual([{}, {}, {}, {}]);
    expect(validateStep({ ...ready, answers: { ...ready.answers, leadsRange: 'A1:F5002' } }).leads).toMatch(
      /^A Lead scoring sheet takes up to 5,000 leads: .* with LEADSCORE in a column beside it\.$/,
    );
  });

  it("offers the seeds' timeframe rule and fit and engagement rules from the fields there are", () => {
    expect(presetRules('timeframe', ['Lead', 'Buying timeframe'])[0]).toMatchObject({ field: 'Buying timeframe', operator: '=', value: 'Now', points: 70 });
    expect(presetRules('fitEngagement', fields).map((r) => r.field)).toEqual(['Segment', 'Company size', 'Source', 'Visits']);
  });

  it('reads typed values, numbers as numbers, and caps as "group: cap"', () => {
    expect([ruleValue(' 8 '), ruleValue('Webinar'), ruleValue('')]).toEqual([8, 'Webinar', null]);
    expect(parseCaps('Fit: 50; Engagement:40')).toEqual([
      { group: 'Fit', cap: 50 },
      { group: 'Engagement', cap: 40 },
    ]);
  });

  it('restores saved answers only when they are of their kind and pass the steps before', () => {
    expect(restoreState(JSON.stringify({ ...ready, step: 3 })).state.step).toBe(3);
    expect(restoreState(JSON.stringify({ ...ready, step: 3, answers: { ...ready.answers, maxScore: '=HYPERLINK("x")' } })).message).toMatch(
      /could not be used/,
    );
    expect(restoreState(JSON.stringify({ ...ready, step: 2, answers: { ...ready.answers, rules: [] } })).state.step).toBe(0);
  });

  it('previews bands and how well the rules rank the closed leads', () => {
    const leads = [
      fields,
      ['a', 'Referral', 'Corporate', '200+', 9, 'Won'],
      ['b', 'Web form', 'Consumer', '1–10', 1, 'Lost'],
      ['c', 'Webinar', 'Consumer', '1–10', 9, 'Open'],
    ];
    expect(reviewNumbers(ready.answers, leads)).toEqual({ leads: 3, cold: 2, warm: 0, hot: 1, auc: 1, lift: 2 });
  });
});

describe('the review of how well the rules rank', () => {
  it('explains AUC and lift in words', () => {
    expect(rankingWords(0.71)).toEqual({ explain: expect.stringMatching(/^AUC is the chance that a won lead scores above a lost one/) });
  });

  it("warns when the rules rank no better than chance, as the sample's showcase preset did", () => {
    expect(rankingWords(0.476).warning).toBe(
      '⚠ These rules rank won leads no better than chance (AUC 0.476): hot leads convert no more often than cold ones. Change the rules or their points before trusting the bands.',
    );
    expect(rankingWords(0.5).warning).toBeDefined();
    expect(rankingWords(undefined).warning).toBeUndefined();
  });

  it('reads reps typed a line each as name, area and capacity, and writes them back the same way', () => {
    const reps = parseRoutingReps('Kelly: Central, 40\n\n  Ben: *\nDora\nZed: West, many');
    expect(reps.slice(0, 3)).toEqual([
      { name: 'Kelly', area: 'Central', capacity: 40 },
      { name: 'Ben', area: '*', capacity: null },
      { name: 'Dora', area: '', capacity: null },
    ]);
    expect(reps[3].capacity).toBeNaN();
    expect(parseRoutingReps(routingRepsAsText(reps.slice(0, 3)))).toEqual(reps.slice(0, 3));
  });

  it('offers a rep per area of the leads, routes the hot leads, and checks the area field, the reps and each capacity', () => {
    const withRegion = { ...ready, step: 3, fields: [...fields, 'Region'] };
    const leads = [
      [...fields, 'Region'],
      ['L1', 'Referral', 'Corporate', '200+', 9, 'Won', 'North'],
      ['L2', 'Ad', 'Consumer', '1–10', 1, 'Lost', 'South'],
      ['L3', 'Trade show', 'Corporate', '51–200', 12, null, 'North'],
    ];
    const routing = defaultRouting(withRegion, leads);
    expect(routing).toEqual({
      areaField: 'Region',
      from: 'Hot',
      reps: [
        { name: 'North rep', area: 'North', capacity: null },
        { name: 'South rep', area: 'South', capacity: null },
      ],
    });
    const at = (change: object) => validateStep({ ...withRegion, answers: { ...withRegion.answers, routing: { ...routing, ...change } } });
    expect(at({})).toEqual({});
    expect(at({ areaField: 'Territory' })).toHaveProperty('routingArea');
    expect(at({ reps: [] })).toHaveProperty('routingReps');
    expect(at({ reps: [{ name: 'Kelly', area: 'North', capacity: -1 }] }).routingReps).toBe('A capacity is a number of leads, 0 or more (blank: unlimited).');
    expect(at({ reps: [{ name: 'Kelly', area: 'North', capacity: Number.NaN }] })).toHaveProperty('routingReps');
    const answers = { ...withRegion.answers, routing: { ...routing, reps: [{ name: 'Kelly', area: 'North', capacity: 1 }] } };
    // L1 and L3 are hot and of the North; Kelly takes the hotter, no one the other.
    expect(routingLoads(answers, leads)).toEqual([
      ['Kelly', 1],
      ['(no rep)', 1],
    ]);
  });

  it('refuses to route more leads than the sheet routes at once, and says how many are in the bands routed', () => {
    const leads = [[...fields, 'Region'], ...Array.from({ length: 501 }, (_, i) => [`L${i}`, 'Ad', 'Consumer', '1–10', 1, null, 'North'])];
    const answers = { ...ready.answers, routing: { areaField: 'Region', from: 'Cold' as const, reps: [{ name: 'Kelly', area: '*', capacity: null }] } };
    expect(tooManyRouted(answers, leads)).toBe(
      '501 leads are in the bands routed; the sheet routes up to 500 at once: route hotter leads only, or raise the cut-off.',
    );
    expect(tooManyRouted({ ...answers, routing: { ...answers.routing, from: 'Hot' } }, leads)).toBeUndefined();
  });

  it("copies reps from selected cells such as a Field plan's reps, keeping the capacities already typed", () => {
    const cells = [
      ['Rep', 'Area', 'Accounts'],
      ['Kelly', 'Central', 40],
      [null, null, null],
      [' Anna ', 'West', 12],
    ];
    expect(repsFromCells(cells, [{ name: 'Kelly', area: 'North', capacity: 30 }])).toEqual([
      { name: 'Kelly', area: 'Central', capacity: 30 },
      { name: 'Anna', area: 'West', capacity: null },
    ]);
    // A table headed Name / Area (or Owner) is read from its second row.
    expect(
      repsFromCells(
        [
          ['Name', 'Area'],
          ['Ana', 'West'],
        ],
        [],
      ),
    ).toEqual([{ name: 'Ana', area: 'West', capacity: null }]);
    expect(
      repsFromCells(
        [
          ['Owner', 'Region'],
          ['Ana', 'West'],
        ],
        [],
      ),
    ).toEqual([{ name: 'Ana', area: 'West', capacity: null }]);
    expect(repsFromCells([['Kelly']], [])).toBe('Select the reps: a name and an area a row (a Field plan sheet’s reps, say).');
  });
});
