import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { answerInput } from '../../kit/answers/answerField';
import { formulaString, sayInFormula } from '../../kit/sheet/formulaText';
import { positionIn } from '../../kit/sheet/exactMatch';
import { msg } from '../../kit/i18n/msg';
import { NO_REP } from '../../functions/routing/routeLeads';
import { LEAD_SCORING_FIELDS, LeadRoutingAnswers } from './leadScoringAnswers';

/** Blank rep rows under the reps typed, so that a manager adds a rep on the sheet itself. */
export const SPARE_REP_ROWS = 2;

/** Above any share or count a rep reaches: what a rep that cannot take a lead counts as. */
const NONE = '10^300';

/** Rows of the routing block, from its top. */
export const ROUTING_ROWS = { from: 1, areaField: 2, unrouted: 3, repsHeader: 4, firstRep: 5 } as const;

/** Each rep's workings, one row each under the reps, one column per rep (the running counts beside the leads are a row per lead). */
const HELPERS = [msg('Active'), msg('Area key'), msg('Every area'), msg('Most leads'), msg('Divides by'), msg('Limited')] as const;
type Helper = (typeof HELPERS)[number];

/** Where the routing block's cells are, for the leads' formulas. */
export interface RoutingRefs {
  readonly fromRank: string;
  readonly areaColumn: string;
  readonly routedCount: string;
  /** The reps' names, a column. */
  readonly names: string;
  readonly reps: number;
  readonly firstRep: number;
  /** A helper's row of one cell per rep. */
  helper(name: Helper): string;
}

/**
 * The routing's working columns from `left`: per lead its area, routed score and running count of
 * routed leads; per routed lead (row order) which lead it is, its score, the scores sorted and its
 * place served; per place served which routed lead, its area, the choice of rep and a count per rep.
 */
export function routingColumns(left: number, reps: number) {
  const names = [
    'leadNo',
    'area',
    'routed',
    'cumulative',
    'no',
    'lead',
    'score',
    'sorted',
    'place',
    'routedNo',
    'areaKey',
    'least',
    'fewest',
    'rep',
    'owner',
    // The owner of each routed lead by its number (after the served columns its lookup reads).
    'routedOwner',
  ] as const;
  const at = Object.fromEntries(names.map((name, i) => [name, left + i])) as Record<(typeof names)[number], number>;
  return { ...at, firstCount: left + names.length, last: left + names.length + reps - 1 };
}
export type RoutingColumns = ReturnType<typeof routingColumns>;

/**
 * The routing inputs from row `top`: the band routed from, the lead field of the area, and the reps
 * (name, area, capacity; two blank rows to add one), each rep's load; under them each rep's workings
 * as a row per helper, a column per rep. Returns the references and the last row used.
 */
export function placeRoutingInputs(sheet: SheetBuilder, routing: LeadRoutingAnswers, top: number, header: string): { refs: RoutingRefs; end: number } {
  const { t } = sheet;
  const R = ROUTING_ROWS;
  sheet.section(top, t('Routing: leads of the band below and hotter go, hottest first, to a rep of their area with capacity left and the least of it used'));
  const from = sheet.input(top + R.from, t('Route leads from band'), t(routing.from));
  const areaField = sheet.input(top + R.areaField, t('Area field of the leads'), routing.areaField);
  const said = (band: string) => formulaString(t(band));
  sheet.text(top + R.from, 3, t('Band rank routed'));
  sheet.formula(top + R.from, 4, `=IF(${from}=${said('Hot')},1,IF(${from}=${said('Warm')},2,IF(${from}=${said('Cold')},3,0)))`);
  sheet.text(top + R.areaField, 3, t('Area column #'));
  sheet.formula(top + R.areaField, 4, `=${positionIn(header, areaField)}`);
  sheet.text(top + R.unrouted, 3, t('Leads routed'));
  sheet.style(rangeA1(top + R.from, 3, top + R.unrouted, 4), 'working');
  const reps = routing.reps.length + SPARE_REP_ROWS;
  const firstRep = top + R.firstRep;
  sheet.header(top + R.repsHeader, 0, [t('Rep'), t('Area'), t('Capacity'), t('Leads routed'), t('Capacity used')]);
  routing.reps.forEach((rep, k) => {
    sheet.text(firstRep + k, 0, rep.name);
    if (rep.area !== '') sheet.text(firstRep + k, 1, rep.area);
    if (rep.capacity !== null) sheet.number(firstRep + k, 2, rep.capacity);
  });
  const lastRep = firstRep + reps - 1;
  sheet.style(rangeA1(firstRep, 0, lastRep, 2), 'input');
  const capacity = answerInput(LEAD_SCORING_FIELDS.repCapacity, t);
  sheet.validate(rangeA1(firstRep, 2, lastRep, 2), capacity.rule!);
  sheet.format(rangeA1(firstRep, 2, lastRep, 3), 'integer');
  sheet.format(rangeA1(firstRep, 4, lastRep, 4), 'percent');
  const helperTop = lastRep + 2;
  placeRepHelpers(sheet, { firstRep, reps, helperTop });
  const helperRow = (name: Helper) => helperTop + HELPERS.indexOf(name);
  const refs: RoutingRefs = {
    fromRank: absolute(top + R.from, 4),
    areaColumn: absolute(top + R.areaField, 4),
    routedCount: absolute(top + R.unrouted, 4),
    names: `${absolute(firstRep, 0)}:${absolute(lastRep, 0)}`,
    reps,
    firstRep,
    helper: (name) => `${absolute(helperRow(name), 1)}:${absolute(helperRow(name), reps)}`,
  };
  return { refs, end: helperTop + HELPERS.length - 1 };
}

/** Each rep's workings as a row per helper, a column per rep: whether the row names a rep, its area, and its capacity read three ways. */
function placeRepHelpers(sheet: SheetBuilder, at: { firstRep: number; reps: number; helperTop: number }): void {
  const { t } = sheet;
  const row = (name: Helper) => at.helperTop + HELPERS.indexOf(name);
  HELPERS.forEach((name) => sheet.text(row(name), 0, t(name)));
  for (let k = 0; k < at.reps; k += 1) {
    const [rep, area, cap] = [0, 1, 2].map((col) => absolute(at.firstRep + k, col));
    const key = a1(row('Area key'), 1 + k);
    const put = (name: Helper, formula: string) => sheet.formula(row(name), 1 + k, formula);
    put('Active', `=IF(TRIM(${rep}&"")="",0,1)`);
    put('Area key', `=LOWER(TRIM(${area}&""))`);
    put('Every area', `=IF(OR(${key}="",${key}="*"),1,0)`);
    // A blank capacity is no limit; its share of capacity used counts as 0 (Limited 0), as ROUTELEADS has it.
    put('Most leads', `=IF(${cap}="",0,${cap})`);
    put('Divides by', `=IF(${cap}="",1,IF(${cap}=0,1,${cap}))`);
    put('Limited', `=IF(${cap}="",0,1)`);
  }
  sheet.style(rangeA1(at.helperTop, 0, at.helperTop + HELPERS.length - 1, at.reps), 'working');
}

/** The routing's problems for the sheet's check: a band it does not know, an area field the leads do not have, more leads routed than it has rows for. */
export function routingProblems(sheet: SheetBuilder, top: number, routedRows: number): [string, string][] {
  const { t } = sheet;
  const R = ROUTING_ROWS;
  const routed = absolute(top + R.unrouted, 4);
  return [
    [
      `${routed}>${routedRows}`,
      sayInFormula(
        t('⚠ Routing takes up to {value} leads on this sheet, and {count} are in the bands routed: route from a hotter band, or raise its cut-off.'),
        {
          value: formulaString(routedRows.toLocaleString('en-US')),
          count: routed,
        },
      ),
    ],
    [
      `${absolute(top + R.from, 4)}=0`,
      sayInFormula(t('⚠ Routing: the band to route from is Hot, Warm or Cold, not {band}.'), { band: absolute(top + R.from, 1) }),
    ],
    [
      `${absolute(top + R.areaField, 4)}=0`,
      sayInFormula(t('⚠ Routing reads an area field the leads do not have: {field}.'), { field: absolute(top + R.areaField, 1) }),
    ],
  ];
}

/** Where the routing's tables are: the leads' rows, and the rows of the routed leads (as many as the sheet routes). */
export interface RoutingRows {
  readonly first: number;
  readonly lastLead: number;
  readonly lastRouted: number;
}

const span = (rows: { first: number }, last: number, col: number) => `${absolute(rows.first, col)}:${absolute(last, col)}`;

/**
 * A value of column `col` in the row whose number (column `key`, 1, 2, 3…) is `at`: a sorted VLOOKUP
 * on the column of row numbers, a binary search in every engine. INDEX, or an exact VLOOKUP, reads
 * the whole range in HyperFormula on every call (2,500 of them over 2,500 rows: 0.5 s an edit).
 */
const lookUp = (at: string, rows: { first: number }, last: number, key: number, col: number) =>
  `VLOOKUP(${at},${absolute(rows.first, key)}:${absolute(last, col)},${col - key + 1},TRUE())`;

/**
 * One lead's routing workings and owner, each O(1): its area, its score when its band is routed
 * (else -1), how many leads are routed down to it, and the owner of its place served.
 */
export function placeRoutingLead(
  sheet: SheetBuilder,
  at: { row: number; owner: number; total: string; band: string; leadRow: string },
  rows: RoutingRows,
  refs: RoutingRefs,
  c: RoutingColumns,
): void {
  const { t } = sheet;
  const { row } = at;
  const said = (band: string) => formulaString(t(band));
  const [routed, cumulative] = [a1(row, c.routed), a1(row, c.cumulative)];
  sheet.number(row, c.leadNo, row - rows.first + 1);
  sheet.formula(row, c.area, `=IF(${refs.areaColumn}=0,"",IFERROR(INDEX(${at.leadRow},1,${refs.areaColumn})&"",""))`);
  sheet.formula(row, c.routed, `=IF(IF(${at.band}=${said('Hot')},1,IF(${at.band}=${said('Warm')},2,3))<=${refs.fromRank},${at.total},-1)`);
  sheet.formula(row, c.cumulative, row === rows.first ? `=--(${routed}>=0)` : `=${a1(row - 1, c.cumulative)}+(${routed}>=0)`);
  // Past the rows the sheet routes, no lead has an owner (the check says why).
  sheet.formula(
    row,
    at.owner,
    `=IF(OR(${routed}<0,${refs.routedCount}>${rows.lastRouted - rows.first + 1}),"",${lookUp(cumulative, rows, rows.lastRouted, c.no, c.routedOwner)})`,
  );
}

/**
 * The `j`-th routed lead in row order (on the sheet's row `row`): which lead it is (where the running
 * count reaches j), its score, the j-th highest routed score, and its place served: hottest first,
 * ties in row order (the first place of its score, then one for each equal score above it).
 */
export function placeRoutedLead(sheet: SheetBuilder, at: { j: number; row: number }, rows: RoutingRows, refs: RoutingRefs, c: RoutingColumns): void {
  const { row, j } = at;
  const [lead, score] = [a1(row, c.lead), a1(row, c.score)];
  // Exact MATCH, LARGE and COUNTIF of a number: fast in every engine, and no score turned into criterion text.
  // The running count rises by one at each routed lead: the j-th is the row after the last whose count is below j (a binary search).
  sheet.formula(row, c.lead, `=IF(${j}>${refs.routedCount},"",IFERROR(MATCH(${j - 1},${span(rows, rows.lastLead, c.cumulative)},1),0)+1)`);
  sheet.number(row, c.no, j);
  sheet.formula(row, c.score, `=IF(${lead}="",-1,${lookUp(lead, rows, rows.lastLead, c.leadNo, c.routed)})`);
  sheet.formula(row, c.sorted, `=LARGE(${span(rows, rows.lastRouted, c.score)},${j})`);
  const tiesAbove = row > rows.first ? `+COUNTIF(${absolute(rows.first, c.score)}:${a1(row - 1, c.score)},${score})` : '';
  sheet.formula(row, c.place, `=IF(${lead}="","",MATCH(${score},${span(rows, rows.lastRouted, c.sorted)},0)${tiesAbove})`);
  sheet.formula(row, c.routedOwner, `=IF(${lead}="","",${lookUp(a1(row, c.place), rows, rows.lastRouted, c.no, c.owner)})`);
}

/**
 * The `place`-th lead served (1-based, on the sheet's row `row`): which lead it is, its area, the
 * least share of capacity used and then the fewest leads among the reps that can take it, the rep
 * chosen (the first listed of those; 0: none) and its name, and each rep's count before this lead.
 */
export function placeServedLead(sheet: SheetBuilder, at: { place: number; row: number }, rows: RoutingRows, refs: RoutingRefs, c: RoutingColumns): void {
  const { row, place } = at;
  const first = rows.first;
  const [lead, areaKey, least, fewest, rep] = [c.routedNo, c.areaKey, c.least, c.fewest, c.rep].map((col) => a1(row, col));
  const counts = `${a1(row, c.firstCount)}:${a1(row, c.firstCount + refs.reps - 1)}`;
  const h = refs.helper;
  // A rep can take the lead: named, of its area (or of every area), and unlimited or below its capacity.
  const can = `${h('Active')}*((${h('Every area')}+(${h('Area key')}=${areaKey}))>0)*((1-${h('Limited')}+(${counts}<${h('Most leads')}))>0)`;
  const share = `${h('Limited')}*${counts}/${h('Divides by')}`;
  const unlessNone = (formula: string) => `=IF(${lead}="","",${formula})`;
  sheet.formula(row, c.routedNo, `=IF(${place}>${refs.routedCount},"",MATCH(${place},${span(rows, rows.lastRouted, c.place)},0))`);
  const leadNo = lookUp(lead, rows, rows.lastRouted, c.no, c.lead);
  sheet.formula(row, c.areaKey, unlessNone(`LOWER(TRIM(${lookUp(leadNo, rows, rows.lastLead, c.leadNo, c.area)}))`));
  sheet.formula(row, c.least, unlessNone(`SUMPRODUCT(MIN(${share}+(1-${can})*${NONE}))`));
  sheet.formula(row, c.fewest, unlessNone(`SUMPRODUCT(MIN(${counts}+(1-${can}*(${share}=${least}))*${NONE}))`));
  sheet.formula(row, c.rep, unlessNone(`IF(${least}>=${NONE},0,SUMPRODUCT(MATCH(1,${can}*(${share}=${least})*(${counts}=${fewest}),0)))`));
  sheet.formula(row, c.owner, unlessNone(`IF(${rep}=0,${formulaString(sheet.t(NO_REP))},INDEX(${refs.names},${rep}))`));
  for (let k = 0; k < refs.reps; k += 1) {
    const col = c.firstCount + k;
    sheet.formula(row, col, row === first ? '=0' : `=${a1(row - 1, col)}+(${a1(row - 1, c.rep)}=${k + 1})`);
  }
}

/** The routing columns' headers, each rep's load and capacity used, how many leads are routed and how many no rep can take. */
export function placeRoutingTotals(sheet: SheetBuilder, at: { top: number; header: number }, rows: RoutingRows, refs: RoutingRefs, c: RoutingColumns): void {
  const { t } = sheet;
  sheet.header(at.header, c.leadNo, [
    t('Lead #'),
    t('Area'),
    t('Routed score'),
    t('Routed so far'),
    t('Routed #'),
    t('Routed: lead #'),
    t('Its score'),
    t('Scores, highest first'),
    t('Place served'),
    t('Served: routed #'),
    t('Area key'),
    t('Least share used'),
    t('Fewest leads'),
    t('Rep #'),
    t('Owner'),
    t('Routed lead’s owner'),
  ]);
  const reps = span(rows, rows.lastRouted, c.rep);
  for (let k = 0; k < refs.reps; k += 1) {
    const row = refs.firstRep + k;
    sheet.formula(at.header, c.firstCount + k, `=${absolute(row, 0)}&""`);
    sheet.formula(row, 3, `=SUMPRODUCT(--(${reps}=${k + 1}))`);
    sheet.formula(row, 4, `=IFERROR(IF(OR(${absolute(row, 2)}="",${absolute(row, 2)}=0),"",${absolute(row, 3)}/${absolute(row, 2)}),"")`);
  }
  sheet.formula(at.top + ROUTING_ROWS.unrouted, 4, `=${absolute(rows.lastLead, c.cumulative)}`);
  sheet.result(at.top + ROUTING_ROWS.unrouted, t('Leads no rep can take'), `=COUNTIF(${reps},0)`, { format: 'integer' });
  sheet.style(rangeA1(rows.first, c.leadNo, rows.lastLead, c.last), 'working');
}
