import { a1, parseRangeA1, rangeA1 } from '../../kit/sheet/a1';
import { Plan } from '../../kit/sheet/plan';
import { SheetBuilder, absolute, absoluteBlock } from '../../kit/sheet/sheetBuilder';
import { userTable } from '../../kit/sheet/userTable';
import { LEAD_SCORING_FIELDS, LeadScoringAnswers, MAX_ROUTED_LEADS, PRESET_GROUPS, groupsInPlanLanguage } from './leadScoringAnswers';
import { answerInput } from '../../kit/answers/answerField';
import { ModelRefs, placeModel, placePrediction } from './predictiveScore';
import { RANKING_ROWS, RankedScore, histogramCredits, placeRankingLead, placeRankingSection, placeRankingStats, rankingColumns } from './rankingCells';
import { DecayRefs, leadAgeFormula, leadDecayFactorFormula, placeDecay } from './decayCells';
import { ruleWorkingHeaders, leadPointsFormula, leadValueFormula, placeRuleWorkings, ruleRefs } from './ruleCells';
import { msg } from '../../kit/i18n/msg';
import { Language } from '../../kit/i18n/languages';
import { Translate, translator } from '../../kit/i18n/translate';
import { formulaString, sayInFormula } from '../../kit/sheet/formulaText';
import { exactCriterion, positionIn } from '../../kit/sheet/exactMatch';
import {
  RoutingColumns,
  RoutingRefs,
  RoutingRows,
  placeRoutedLead,
  placeRoutingInputs,
  placeRoutingLead,
  placeRoutingTotals,
  placeServedLead,
  routingColumns,
  routingProblems,
} from './routingCells';

/**
 * The most leads a Lead scoring sheet takes, set by what the hosts carry (`npm run bench`, four rules
 * and a nine-term model): 5,000 leads are 181,000 formulas, 32 requests of 1 MB to Excel (about a
 * minute on the web), one 27 MB write in Sheets, 19 s to load in the preview; 20,000 were 122
 * requests, a 110 MB write and 145 s. A larger table is scored where it is with LEADSCORE.
 */
export const MAX_LEADS = 5000;

/** Rows of the Lead scoring sheet that do not depend on the number of rules (zero-based). */
export const LEAD_SCORING_LAYOUT = {
  title: 0,
  note: 1,
  check: 2,
  maxScore: 4,
  warmFrom: 5,
  hotFrom: 6,
  rulesSection: 8,
  rulesHeader: 9,
  firstRule: 10,
} as const;

const NO_GROUP = msg('(no group)');

/** Inputs, the rules table with its workings, the caps, and the check message. */
function placeRules(sheet: SheetBuilder, answers: LeadScoringAnswers, header: string): { capsRange: string; rulesEnd: number } {
  const { t } = sheet;
  const L = LEAD_SCORING_LAYOUT;
  const declared = (name: keyof typeof LEAD_SCORING_FIELDS) => answerInput(LEAD_SCORING_FIELDS[name], t);
  sheet.input(L.maxScore, t('Highest score'), answers.maxScore, { ...declared('maxScore'), name: 'MaxScore' });
  sheet.input(L.warmFrom, t('Warm from'), answers.warmFrom, { ...declared('warmFrom'), name: 'WarmFrom' });
  sheet.input(L.hotFrom, t('Hot from'), answers.hotFrom, { ...declared('hotFrom'), name: 'HotFrom' });
  sheet.section(L.rulesSection, t('Rules: edit a field, operator, value, points or group, and every score follows'));
  sheet.header(L.rulesHeader, 0, [t('Field'), t('Operator'), t('Value'), t('Points'), t('Group'), null, ...ruleWorkingHeaders(t)]);
  answers.rules.forEach((rule, i) => {
    const row = L.firstRule + i;
    sheet.text(row, 0, rule.field);
    sheet.text(row, 1, rule.operator);
    if (typeof rule.value === 'number') sheet.number(row, 2, rule.value);
    else if (rule.value !== null && rule.value !== '') sheet.text(row, 2, String(rule.value));
    sheet.number(row, 3, rule.points);
    if (rule.group) sheet.text(row, 4, rule.group);
    placeRuleWorkings(sheet, row, header);
  });
  const rulesEnd = L.firstRule + answers.rules.length - 1;
  sheet.style(rangeA1(L.firstRule, 0, rulesEnd, 4), 'input');
  sheet.style(rangeA1(L.firstRule, 6, rulesEnd, 5 + ruleWorkingHeaders(t).length), 'working');
  const capsTop = rulesEnd + 2;
  const caps = answers.caps.length > 0 ? answers.caps : [{ group: '', cap: 0 }];
  const placed = sheet.table(capsTop, 0, {
    header: [t('Group'), t('Cap')],
    rows: caps.map((c) => [c.group || null, c.group ? c.cap : null]),
    inputColumns: [0, 1],
  });
  sheet.validate(rangeA1(placed.firstRow, 1, placed.lastRow, 1), { min: 0, message: t('A cap is 0 or more.') });
  return { capsRange: `${absolute(placed.firstRow, 0)}:${absolute(placed.lastRow, 1)}`, rulesEnd };
}

/** The check in A3: the first rule that reads a missing field or an unknown operator, or a decay it cannot apply, in words. */
function placeCheck(sheet: SheetBuilder, rulesEnd: number, decay?: DecayRefs, more: [string, string][] = []): void {
  const L = LEAD_SCORING_LAYOUT;
  const column = (col: number) => `${absolute(L.firstRule, col)}:${absolute(rulesEnd, col)}`;
  const first = (col: number) => `MATCH(0,${column(col)},0)`;
  const { t } = sheet;
  const problems: [string, string][] = [
    [
      `COUNTIF(${column(6)},0)>0`,
      sayInFormula(t('⚠ Rule {rule} reads a field the leads do not have: {field}.'), { rule: first(6), field: `INDEX(${column(0)},${first(6)})` }),
    ],
    [
      `COUNTIF(${column(7)},0)>0`,
      sayInFormula(t('⚠ Rule {rule} has an operator the sheet does not know: {operator}.'), { rule: first(7), operator: `INDEX(${column(1)},${first(7)})` }),
    ],
    ...(decay
      ? ([
          [`${decay.dateColumn}=0`, sayInFormula(t('⚠ The decay reads a date field the leads do not have: {field}.'), { field: decay.dateField })],
          [`${decay.methodNumber}=0`, sayInFormula(t('⚠ The decay method is linear, exponential or window, not {method}.'), { method: decay.method })],
        ] as [string, string][])
      : []),
    ...more,
  ];
  const ok = sayInFormula(t('✓ Every rule reads a field of the leads and an operator the sheet knows.'));
  sheet.check(L.check, problems, ok);
}

/** The groups the rules use, in order of first use ("(no group)" for rules without one). */
export function ruleGroups(answers: LeadScoringAnswers, t: Translate = translator('en')): string[] {
  // One column per group as core counts groups: trimmed, any case ("Fit" and "fit " are one).
  const groups = new Map<string, string>();
  for (const rule of answers.rules) {
    const name = rule.group.trim() || t(NO_GROUP);
    if (!groups.has(name.toLowerCase())) groups.set(name.toLowerCase(), name);
  }
  return [...groups.values()];
}

/** The Fit and Engagement groups' columns (1-based among the groups), when MQL is asked for and both exist. */
function mqlGroups(answers: LeadScoringAnswers, t: Translate): { fit: number; engagement: number } | undefined {
  if (!answers.mql) return undefined;
  const groups = ruleGroups(answers, t).map((g) => g.toLowerCase());
  // In English or in the plan's language (the presets' groups are said in it).
  const find = (name: string) => Math.max(groups.indexOf(name.toLowerCase()), groups.indexOf(t(name).toLowerCase()));
  const [fit, engagement] = [find(PRESET_GROUPS.fit), find(PRESET_GROUPS.engagement)];
  return fit >= 0 && engagement >= 0 ? { fit: fit + 1, engagement: engagement + 1 } : undefined;
}

/** Where the MQL thresholds are (beside the band summary). */
const MQL_INPUTS = { fitFrom: absolute(4, 10), engagementFrom: absolute(5, 10), count: absolute(6, 10) };

/** The model's working columns on a lead's row: a contribution per term, then the strongest term's number. */
const modelWorkings = (terms: number) => (terms > 0 ? terms + 1 : 0);

/** Where each part of the leads block is: columns by job (the model's two only with a model), and the rows. */
/**
 * A group's cap, read from the caps table by the group's name compared exactly (trimmed, any case):
 * blank when the group has no cap (or two rows name it), as core's caps by group.
 */
function capOfGroup(capsRange: string, group: string): string {
  const caps = parseRangeA1(capsRange.replace(/\$/g, ''));
  const position = positionIn(absoluteBlock(caps.top, caps.left, caps.bottom, caps.left), group);
  return `=IF(${position}=0,"",IFERROR(INDEX(${absoluteBlock(caps.top, caps.left + 1, caps.bottom, caps.left + 1)},${position})+0,""))`;
}

function leadsLayout(answers: LeadScoringAnswers, top: number, t: Translate) {
  const groups = ruleGroups(answers, t);
  const rules = answers.rules.length;
  const total = 1 + groups.length;
  const outcome = total + 2;
  const predicted = answers.model ? 2 : 0;
  const mql = mqlGroups(answers, t) ? outcome + predicted + 1 : undefined;
  const afterMql = outcome + predicted + (mql === undefined ? 0 : 1);
  const decayFactor = answers.decay ? afterMql + 1 : undefined;
  // The owner shows beside the band's other results; the workings move one column right for it.
  const owner = answers.routing ? afterMql + (answers.decay ? 1 : 0) + 1 : undefined;
  const firstValue = afterMql + (answers.decay ? 2 : 0) + (answers.routing ? 1 : 0) + 2;
  const firstPoints = firstValue + rules;
  return {
    groups,
    groupRow: top + 1,
    header: top + 2,
    first: top + 3,
    total,
    band: total + 1,
    outcome,
    probability: outcome + 1,
    factor: outcome + 2,
    mql,
    decayFactor,
    owner,
    age: firstValue - 1,
    firstValue,
    firstPoints,
    firstContribution: firstPoints + rules,
  };
}

/** One lead's row: its label, points per group (capped), total, band, outcome, and the workings. */
function placeLead(
  sheet: SheetBuilder,
  answers: LeadScoringAnswers,
  layout: ReturnType<typeof leadsLayout>,
  i: number,
  refs: { row: string; label: string; outcome: string; model?: ModelRefs; decay?: DecayRefs },
): void {
  const row = layout.first + i;
  const cell = (col: number) => a1(row, col);
  sheet.formula(row, 0, `=IFERROR(INDEX(${refs.row},1,${refs.label})&"","")`);
  answers.rules.forEach((_, r) => {
    const rule = ruleRefs(LEAD_SCORING_LAYOUT.firstRule + r);
    sheet.formula(row, layout.firstValue + r, leadValueFormula(refs.row, rule));
    sheet.formula(row, layout.firstPoints + r, leadPointsFormula(cell(layout.firstValue + r), rule));
  });
  const groupRow = `${absolute(layout.groupRow, layout.firstPoints)}:${absolute(layout.groupRow, layout.firstPoints + answers.rules.length - 1)}`;
  const points = `${cell(layout.firstPoints)}:${cell(layout.firstPoints + answers.rules.length - 1)}`;
  const decay = refs.decay && layout.decayFactor !== undefined ? { refs: refs.decay, factor: cell(layout.decayFactor) } : undefined;
  if (decay) {
    sheet.formula(row, layout.age, leadAgeFormula(refs.row, decay.refs));
    sheet.formula(row, layout.decayFactor!, leadDecayFactorFormula(cell(layout.age), decay.refs));
  }
  // The fading group's points are decayed, then capped. MIN skips the "" of a group without a cap
  // (its cap cell sits above the group's name).
  layout.groups.forEach((_, g) => {
    const name = absolute(layout.header, 1 + g);
    const faded = decay ? `*IF(TRIM(${name})=TRIM(${decay.refs.group}),${decay.factor},1)` : '';
    // The group's points: an equality (any case, no wildcards) over the rule columns, so no criterion is built per lead.
    sheet.formula(row, 1 + g, `=MIN(SUMPRODUCT((${groupRow}=${name})*${points})${faded},${absolute(layout.groupRow, 1 + g)})`);
  });
  const L = LEAD_SCORING_LAYOUT;
  const band = (name: string) => formulaString(sheet.t(name));
  const total = cell(layout.total);
  sheet.formula(row, layout.total, `=MIN(MAX(SUM(${cell(1)}:${cell(layout.total - 1)}),0),${absolute(L.maxScore, 1)})`);
  sheet.formula(
    row,
    layout.band,
    `=IF(${total}>=${absolute(L.hotFrom, 1)},${band('Hot')},IF(${total}>=${absolute(L.warmFrom, 1)},${band('Warm')},${band('Cold')}))`,
  );
  sheet.formula(row, layout.outcome, `=IFERROR(INDEX(${refs.row},1,${refs.outcome})&"","")`);
  if (refs.model) placePrediction(sheet, row, { ...layout, namesRow: layout.header }, refs.model, refs.row);
  const groups = mqlGroups(answers, sheet.t);
  if (groups && layout.mql !== undefined) {
    sheet.formula(row, layout.mql, `=IF(AND(${cell(groups.fit)}>=${MQL_INPUTS.fitFrom},${cell(groups.engagement)}>=${MQL_INPUTS.engagementFrom}),"MQL","")`);
  }
}

/** The MQL thresholds as inputs, and how many leads qualify. */
function placeMqlInputs(sheet: SheetBuilder, mql: NonNullable<LeadScoringAnswers['mql']>, column: string): void {
  const { t } = sheet;
  sheet.text(4, 9, t('MQL: Fit from'));
  sheet.number(4, 10, mql.fitFrom);
  sheet.text(5, 9, t('MQL: Engagement from'));
  sheet.number(5, 10, mql.engagementFrom);
  sheet.style('K5:K6', 'input');
  sheet.text(6, 9, 'MQLs');
  sheet.formula(6, 10, `=COUNTIF(${column},"MQL")`);
}

/** Leads by band and their conversion (won / decided), with a chart of each. */
function placeSummary(sheet: SheetBuilder, layout: ReturnType<typeof leadsLayout>, leads: number): void {
  const { t } = sheet;
  const last = layout.first + Math.max(leads, 1) - 1;
  const band = `${absolute(layout.first, layout.band)}:${absolute(last, layout.band)}`;
  const outcome = `${absolute(layout.first, layout.outcome)}:${absolute(last, layout.outcome)}`;
  sheet.header(3, 3, [t('Band'), t('Leads'), t('Conversion')]);
  [t('Cold'), t('Warm'), t('Hot')].forEach((name, i) => {
    const won = `COUNTIFS(${band},${exactCriterion(name)},${outcome},"Won")`;
    sheet.text(4 + i, 3, name);
    sheet.formula(4 + i, 4, `=COUNTIF(${band},${exactCriterion(name)})`);
    sheet.formula(4 + i, 5, `=IFERROR(${won}/(${won}+COUNTIFS(${band},${exactCriterion(name)},${outcome},"Lost")),"")`);
    sheet.keyOutputs({ ref: a1(4 + i, 4), label: `${name}: ${t('Leads')}` });
  });
  sheet.format('F5:F7', 'percent');
  sheet.chart({ kind: 'column', title: t('Leads by band'), categories: 'D5:D7', values: 'E5:E7', anchor: 'M2' });
  sheet.chart({ kind: 'bar', title: t('Conversion by band (won / decided)'), categories: 'D5:D7', values: 'F5:F7', anchor: 'M21' });
}

/**
 * How well the rule score (and the win probability, with a model) rank the closed leads: AUC and
 * lift as formulas, their workings beside the leads' columns and a histogram after them.
 */
function placeRanking(sheet: SheetBuilder, at: { layout: ReturnType<typeof leadsLayout>; top: number; leads: number; modelTerms?: number }): void {
  const { t } = sheet;
  const { layout } = at;
  const scores: RankedScore[] = [
    { name: t('Rule score'), column: layout.total, binWidth: `${absolute(LEAD_SCORING_LAYOUT.maxScore, 1)}/100` },
    ...(at.modelTerms === undefined ? [] : [{ name: t('Win probability'), column: layout.probability, binWidth: '0.01' }]),
  ];
  const { refs } = placeRankingSection(sheet, at.top, scores);
  const columns = rankingColumns(layout.firstContribution + modelWorkings(at.modelTerms ?? 0), scores.length);
  const last = layout.first + Math.max(at.leads, 1) - 1;
  sheet.header(layout.header, columns.won, [
    t('Won (1) / lost (0)'),
    // One label a working column: per score its closed value, its bin and its AUC credit (rankingColumns).
    ...scores.flatMap((s) => [t('{name}, closed', { name: s.name }), t('{name}: bin', { name: s.name }), t('{name}: AUC credit', { name: s.name })]),
  ]);
  const histogramLeft = (s: number) => columns.last + 2 + 5 * s;
  const histogram = (s: number) => histogramCredits(layout.first, histogramLeft(s));
  for (let i = 0; i < at.leads; i += 1) placeRankingLead(sheet, layout.first + i, a1(layout.first + i, layout.outcome), scores, { refs, columns, histogram });
  sheet.style(rangeA1(layout.first, columns.won, last, columns.last), 'working');
  scores.forEach((score, s) => placeRankingStats(sheet, s, score, { refs, columns, first: layout.first, last, left: histogramLeft(s) }));
}

/** The first free column right of the leads' workings and the ranking's histograms (one blank column between). */
function rightOfRanking(layout: ReturnType<typeof leadsLayout>, ranked: boolean, modelTerms: number | undefined): number {
  const scores = modelTerms === undefined ? 1 : 2;
  const columns = rankingColumns(layout.firstContribution + modelWorkings(modelTerms ?? 0), scores);
  return ranked ? columns.last + 2 + 5 * scores : columns.won + 1;
}

/** Each lead's owner and routing workings, the leads in the order served with each rep's running count, and each rep's load. */
function placeRouting(
  sheet: SheetBuilder,
  at: { layout: ReturnType<typeof leadsLayout>; rows: RoutingRows; count: number; top: number; row: (i: number) => string },
  refs: RoutingRefs,
  columns: RoutingColumns,
): void {
  const { layout, rows } = at;
  for (let i = 0; i < at.count; i += 1) {
    const row = layout.first + i;
    const leadAt = { row, owner: layout.owner!, total: a1(row, layout.total), band: a1(row, layout.band), leadRow: at.row(i) };
    placeRoutingLead(sheet, leadAt, rows, refs, columns);
  }
  for (let row = rows.first; row <= rows.lastRouted; row += 1) {
    placeRoutedLead(sheet, { j: row - rows.first + 1, row }, rows, refs, columns);
    placeServedLead(sheet, { place: row - rows.first + 1, row }, rows, refs, columns);
  }
  placeRoutingTotals(sheet, { top: at.top, header: layout.header }, rows, refs, columns);
}

/**
 * The Lead scoring sheet: the rules, caps and cut-offs as inputs; each lead's points per group,
 * total and band as native formulas over the user's lead table (read where it is, never written);
 * leads and conversion by band with a chart; a check in words. Edit a rule, or a lead on its own
 * sheet, and every score follows without the add-in.
 *
 * @example
 * buildLeadScoring({ leadsSheet: 'Leads', leadsRange: 'A1:I2506', labelField: 'Lead', outcomeField: 'Outcome', rules, caps: [], maxScore: 100, warmFrom: 40, hotFrom: 70 })
 */
export function buildLeadScoring(asked: LeadScoringAnswers, language: Language = 'en'): Plan {
  const answers = groupsInPlanLanguage(asked, translator(language));
  if (answers.rules.length === 0) throw new Error('a lead score needs at least one rule');
  const source = userTable(answers.leadsSheet, answers.leadsRange);
  if (source.count > MAX_LEADS)
    throw new Error(`a Lead scoring sheet takes up to ${MAX_LEADS.toLocaleString('en-US')} leads, not ${source.count.toLocaleString('en-US')}`);
  const t = translator(language);
  const sheet = new SheetBuilder(t('Lead scoring'), t);
  const L = LEAD_SCORING_LAYOUT;
  sheet.text(L.title, 0, t('Lead scoring: {leadsSheet}!{leadsRange}', { leadsSheet: answers.leadsSheet, leadsRange: answers.leadsRange }));
  sheet.style(a1(L.title, 0), 'title');
  sheet.note(
    L.note,
    t('The yellow cells are yours: change a rule, a cap or a cut-off and every score follows. The leads stay on {leadsSheet}; this sheet only reads them.', {
      leadsSheet: answers.leadsSheet,
    }),
  );
  const { capsRange, rulesEnd } = placeRules(sheet, answers, source.header);
  sheet.text(4, 6, t('Label column #'));
  sheet.formula(4, 7, `=MAX(1,${positionIn(source.header, formulaString(answers.labelField))})`);
  sheet.text(5, 6, t('Outcome column #'));
  sheet.formula(5, 7, `=${positionIn(source.header, formulaString(answers.outcomeField))}`);
  sheet.style('G5:H6', 'working');
  const capsEnd = parseRangeA1(capsRange.replace(/\$/g, '')).bottom;
  const placedDecay = answers.decay ? placeDecay(sheet, answers.decay, capsEnd + 2, source.header) : undefined;
  const modelTop = (placedDecay?.end ?? capsEnd) + 2;
  const placedModel = answers.model ? placeModel(sheet, answers.model, modelTop, source.header) : undefined;
  const routingTop = (placedModel?.end ?? placedDecay?.end ?? capsEnd) + 2;
  const placedRouting = answers.routing ? placeRoutingInputs(sheet, answers.routing, routingTop, source.header) : undefined;
  const routedRows = Math.min(Math.max(source.count, 1), MAX_ROUTED_LEADS);
  placeCheck(sheet, rulesEnd, placedDecay?.refs, placedRouting ? routingProblems(sheet, routingTop, routedRows) : []);
  const blocksEnd = placedRouting?.end ?? placedModel?.end ?? placedDecay?.end ?? capsEnd;
  const ranked = answers.outcomeField !== '';
  const layout = leadsLayout(answers, blocksEnd + 2 + (ranked ? RANKING_ROWS + 2 : 0), t);
  sheet.section(layout.groupRow - 1, t('Leads: points per group (capped), total and band'));
  layout.groups.forEach((_, g) => sheet.formula(layout.groupRow, 1 + g, capOfGroup(capsRange, absolute(layout.header, 1 + g))));
  sheet.text(layout.groupRow, 0, t('Cap'));
  answers.rules.forEach((_, r) =>
    sheet.formula(
      layout.groupRow,
      layout.firstPoints + r,
      `=IF(TRIM(${ruleRefs(L.firstRule + r).group}&"")="",${formulaString(t(NO_GROUP))},TRIM(${ruleRefs(L.firstRule + r).group}&""))`,
    ),
  );
  sheet.header(layout.header, 0, [
    t('Lead'),
    ...layout.groups,
    t('Total'),
    t('Band'),
    t('Outcome'),
    ...(placedModel ? [t('Win probability'), t('Top factor')] : []),
    ...(layout.mql === undefined ? [] : ['MQL']),
    ...(placedDecay ? [t('Decay factor')] : []),
    ...(placedRouting ? [t('Owner')] : []),
  ]);
  if (placedDecay) sheet.text(layout.header, layout.age, t('Age (days)'));
  if (layout.mql !== undefined)
    placeMqlInputs(sheet, answers.mql!, rangeA1(layout.first, layout.mql, layout.first + Math.max(source.count, 1) - 1, layout.mql));
  const each = (label: string) => answers.rules.map((_, r) => t(label, { rule: r + 1 }));
  sheet.header(layout.header, layout.firstValue, [...each(msg('Value {rule}')), ...each(msg('Points {rule}'))]);
  // The terms' names head their contribution columns: the top factor is read from there.
  for (let term = 0; term < (placedModel?.refs.count ?? 0); term += 1)
    sheet.formula(layout.header, layout.firstContribution + term, `=${placedModel!.refs.term(term).name}`);
  if (placedModel && placedModel.refs.count > 0) sheet.text(layout.header, layout.firstContribution + placedModel.refs.count, t('Top term #'));
  const refs = { label: absolute(4, 7), outcome: absolute(5, 7), model: placedModel?.refs, decay: placedDecay?.refs };
  for (let i = 0; i < source.count; i += 1) placeLead(sheet, answers, layout, i, { ...refs, row: source.row(i) });
  const last = layout.first + Math.max(source.count, 1) - 1;
  if (placedRouting) {
    const columns = routingColumns(rightOfRanking(layout, ranked, placedModel?.refs.count), placedRouting.refs.reps);
    const rows = { first: layout.first, lastLead: last, lastRouted: layout.first + routedRows - 1 };
    placeRouting(sheet, { layout, rows, count: source.count, top: routingTop, row: source.row }, placedRouting.refs, columns);
  }
  sheet.style(
    rangeA1(layout.first, placedDecay ? layout.age : layout.firstValue, last, layout.firstContribution + modelWorkings(placedModel?.refs.count ?? 0) - 1),
    'working',
  );
  if (placedModel) sheet.format(rangeA1(layout.first, layout.probability, last, layout.probability), 'percent');
  if (layout.decayFactor !== undefined) sheet.format(rangeA1(layout.first, layout.decayFactor, last, layout.decayFactor), 'percent');
  sheet.name('Scores', rangeA1(layout.first, layout.total, last, layout.total));
  sheet.name('Bands', rangeA1(layout.first, layout.band, last, layout.band));
  placeSummary(sheet, layout, source.count);
  if (ranked) placeRanking(sheet, { layout, top: blocksEnd + 2, leads: source.count, modelTerms: placedModel?.refs.count });
  sheet.layout([150, 110, 90, 90, 90, 90, 90, 90, 90, 90], { rows: 0, columns: 1 });
  return { sheets: [sheet.build()] };
}
