import { isSheetError } from '../../kit/cells/errors';
import { a1, rangeA1 } from '../../kit/sheet/a1';
import { Plan } from '../../kit/sheet/plan';
import { SheetBuilder, absolute, fixedColumn, fixedRow } from '../../kit/sheet/sheetBuilder';
import { userTable } from '../../kit/sheet/userTable';
import { FIELD_PLAN_FIELDS, FieldPlanAnswers, GOLDEN_RATIO_PART, NO_REP, WEEKS, dayVisits } from './fieldPlanAnswers';
import { answerInput } from '../../kit/answers/answerField';
import { ROUTE_HEAD_ROWS, placeWeekRoute, routeStops } from './routeBlock';
import { Language } from '../../kit/i18n/languages';
import { translator } from '../../kit/i18n/translate';
import { formulaString, percentInFormula, sayInFormula } from '../../kit/sheet/formulaText';
import { exactCriterionOf, positionIn, wildcardFreeKey } from '../../kit/sheet/exactMatch';
import { CLASS_LINE_ROWS, ClassLine, inClass, placeClassLines } from './classLines';

/**
 * The most accounts a Field plan sheet takes: an account's turn counts the accounts of its area and
 * class above it (a running count, carried row to row in every engine but still a range a row), and
 * the preview's engine loads 2,000 accounts' 142,000 formulas in about 6 s.
 */
export const MAX_ACCOUNTS = 2000;

/** The row (zero-based) of the check in words, under the title and its note. */
export const FIELD_PLAN_CHECK_ROW = 2;

/** Rows of the inputs (column B) and results (column E), zero-based. */
export const FIELD_INPUTS = {
  target: 4,
  dealSize: 5,
  sellingDays: 6,
  minutes: 7,
  breaks: 8,
  admin: 9,
  visit: 10,
  travel: 11,
  prep: 12,
  wait: 13,
  maxVisits: 14,
  noShow: 15,
  aShare: 16,
  bShare: 17,
  visitsA: 18,
  visitsB: 19,
  visitsC: 20,
} as const;
export const FIELD_RESULTS = { available: 4, visitsPerDay: 5, visitsPerRep: 6, workload: 7, capacity: 8, coverage: 9, repsNeeded: 10, hires: 11 } as const;
const I = FIELD_INPUTS;
const R = FIELD_RESULTS;
const input = (row: number) => absolute(row, 1);
const result = (row: number) => absolute(row, 4);

/** The accounts' columns: what a manager reads, then the workings. */
export const ACCOUNT_COLUMNS = {
  name: 0,
  area: 1,
  value: 2,
  visitClass: 3,
  visits: 4,
  rep: 5,
  every: 6,
  firstWeek: 7,
  /** How many accounts so far (this one too) have class A's lowest value: a tie there is in while the class takes it. */
  tiesAtA: 9,
  /** The same at class B's lowest value. */
  tiesAtB: 10,
  nth: 11,
  repsInArea: 12,
  phase: 13,
  lat: 14,
  lon: 15,
  visitedInWeek: 16,
  placed: 17,
  /** The row of its rep in the reps' table (1 for the first; 0 when no rep covers its area). */
  repNumber: 18,
} as const;
/** The reps' week-by-week calendar starts in this column (M), one column a week. */
export const CALENDAR_COLUMN = 12;
/** Each account's visits week by week start in this column (T), after its workings: the rep calendar sums them. */
export const ACCOUNT_WEEKS_COLUMN = 19;
const A = ACCOUNT_COLUMNS;

function placeInputs(sheet: SheetBuilder, a: FieldPlanAnswers): void {
  const { t } = sheet;
  const d = a.day;
  const rows: [number, string, number | null, keyof typeof FIELD_PLAN_FIELDS][] = [
    [I.target, t('Sales target'), a.target, 'target'],
    [I.dealSize, t('Average deal'), a.dealSize, 'dealSize'],
    [I.sellingDays, t('Selling days a year'), a.sellingDays, 'sellingDays'],
    [I.minutes, t('Minutes in a working day'), d.minutes, 'dayMinutes'],
    [I.breaks, t('Breaks (minutes)'), d.breaks, 'dayMinutes'],
    [I.admin, t('Admin time (minutes)'), d.admin, 'dayMinutes'],
    [I.visit, t('A visit (minutes)'), d.visit, 'dayMinutes'],
    [I.travel, t('Travel to a visit (minutes)'), d.travel, 'dayMinutes'],
    [I.prep, t('Preparation (minutes)'), d.prep, 'dayMinutes'],
    [I.wait, t('Waiting (minutes)'), d.wait, 'dayMinutes'],
    [I.maxVisits, t('Most visits a day'), d.maxVisits, 'maxVisits'],
    [I.noShow, t('Visits that fall through'), d.noShowRate, 'noShowRate'],
    [I.aShare, t('A: accounts before it hold less than'), a.classes.aShare, 'classShare'],
    [I.bShare, t('B: accounts before it hold less than'), a.classes.bShare, 'classShare'],
    [I.visitsA, t('Visits a year, A'), a.classes.frequencies.A, 'visitsAYear'],
    [I.visitsB, t('Visits a year, B'), a.classes.frequencies.B, 'visitsAYear'],
    [I.visitsC, t('Visits a year, C'), a.classes.frequencies.C, 'visitsAYear'],
  ];
  for (const [row, label, value, field] of rows) {
    sheet.input(row, label, value ?? '', answerInput(FIELD_PLAN_FIELDS[field], t));
    if (value === null) sheet.put(row, 1, null);
  }
}

/** A rep's day and year, the workload and the coverage, beside the inputs. */
function placeResults(sheet: SheetBuilder, repCount: number, workload: string): void {
  const { t } = sheet;
  const perVisit = `(${input(I.visit)}+${input(I.travel)}+${input(I.prep)}+${input(I.wait)})`;
  const fits = `MAX(0,INT(ROUND((${result(R.available)}-${input(I.visit)}/2)/${perVisit},9)))`;
  const results: [number, string, string, 'money' | 'percent' | 'integer' | 'decimal'][] = [
    [R.available, t('Minutes for visits'), `=MAX(0,${input(I.minutes)}-${input(I.breaks)}-${input(I.admin)})`, 'integer'],
    [R.visitsPerDay, t('Visits a day'), `=IF(${perVisit}=0,NA(),IF(${input(I.maxVisits)}="",${fits},MIN(INT(${input(I.maxVisits)}),${fits})))`, 'integer'],
    [R.visitsPerRep, t('Visits a year a rep'), `=${result(R.visitsPerDay)}*${input(I.sellingDays)}*(1-${input(I.noShow)})`, 'integer'],
    [R.workload, t('Visits the accounts need a year'), `=${workload}`, 'integer'],
    [R.capacity, t('Visits {repCount} reps can make', { repCount }), `=${result(R.visitsPerRep)}*${repCount}`, 'integer'],
    [R.coverage, t('Coverage (needed / possible)'), `=IFERROR(${result(R.workload)}/${result(R.capacity)},NA())`, 'percent'],
    [R.repsNeeded, t('Reps needed'), `=IFERROR(ROUNDUP(ROUND(${result(R.workload)}/${result(R.visitsPerRep)},9),0),NA())`, 'integer'],
    [R.hires, t('Hires'), `=IFERROR(MAX(0,${result(R.repsNeeded)}-${repCount}),NA())`, 'integer'],
  ];
  for (const [row, label, formula, format] of results) {
    sheet.text(row, 3, label);
    sheet.formula(row, 4, formula);
    sheet.format(a1(row, 4), format);
    sheet.keyOutputs({ ref: a1(row, 4), label });
  }
  sheet.style(rangeA1(R.available, 4, R.hires, 4), 'total');
  sheet.highlight(a1(R.coverage, 4), { above: 1 });
}

/** The reverse funnel from column G: each stage's count, a month's and a selling day's share. */
function placeFunnel(sheet: SheetBuilder, a: FieldPlanAnswers): void {
  const { t } = sheet;
  sheet.header(3, 6, [t('Stage'), t('Rate to next'), t('Needed a year'), t('A month'), t('A selling day')]);
  const deals = 4 + a.stages.length;
  a.stages.forEach((stage, i) => {
    sheet.text(4 + i, 6, stage.name);
    sheet.number(4 + i, 7, stage.rate);
    sheet.formula(4 + i, 8, `=IF(${a1(4 + i, 7)}=0,NA(),ROUNDUP(ROUND(${a1(5 + i, 8)}/${a1(4 + i, 7)},9),0))`);
  });
  sheet.text(deals, 6, t('Deals'));
  sheet.formula(deals, 8, `=ROUNDUP(ROUND(${input(I.target)}/${input(I.dealSize)},9),0)`);
  for (let row = 4; row <= deals; row += 1) {
    sheet.formula(row, 9, `=${a1(row, 8)}/12`);
    sheet.formula(row, 10, `=IFERROR(${a1(row, 8)}/${input(I.sellingDays)},"")`);
  }
  if (a.stages.length > 0) sheet.style(rangeA1(4, 6, 3 + a.stages.length, 7), 'input');
  sheet.format(rangeA1(4, 7, deals, 7), 'percent');
  sheet.format(rangeA1(4, 8, deals, 8), 'integer');
  sheet.format(rangeA1(4, 9, deals, 10), 'decimal');
}

/** The reps' table as the accounts read it: their names, keys (`area|turn`), coverage and their areas' A and B counts. */
interface RepsTable {
  names: string;
  keys: string;
  coverage: string;
  sameNameAbove: string;
  classCounts: readonly [string, string];
  end: number;
}

/**
 * The A and B accounts of a rep's area (columns F and G of its row), counted once a rep so an
 * account's turn reads them in O(1): each account counting its whole area was O(accounts²), and
 * HyperFormula keeps one such count per range at a time.
 */
function placeAreaClassCounts(sheet: SheetBuilder, row: number, accounts: { area: string; visitClass: string }): void {
  const inArea = exactCriterionOf(`TRIM(${a1(row, 1)})`);
  (['A', 'B'] as const).forEach((c, k) => sheet.formula(row, 5 + k, `=COUNTIFS(${accounts.area},${inArea},${accounts.visitClass},"${c}")`));
}

/** The reps: name and area as inputs; their accounts, visits and coverage; the key accounts find them by. */
function placeReps(
  sheet: SheetBuilder,
  a: FieldPlanAnswers,
  top: number,
  accounts: { repNumber: string; visits: string; area: string; visitClass: string },
): RepsTable {
  const { t } = sheet;
  sheet.section(
    top,
    t("Reps: each covers an area (edit an area and its accounts follow); an area's reps take its accounts in turn, A first; visits week by week from column M"),
  );
  sheet.header(top + 1, 0, [
    t('Rep'),
    t('Area'),
    t('Accounts'),
    t('Visits a year'),
    t('Coverage'),
    t('A accounts in its area'),
    t('B accounts in its area'),
    null,
    null,
    t('Turn in area'),
    t('Key'),
    t('Same name above'),
  ]);
  const first = top + 2;
  const last = first + Math.max(1, a.reps.length) - 1;
  const col = (c: number) => `${absolute(first, c)}:${absolute(last, c)}`;
  a.reps.forEach((rep, i) => {
    const row = first + i;
    sheet.text(row, 0, rep.name);
    sheet.text(row, 1, rep.area);
    // By the rep's row, a number: two reps of one name in two areas keep their own accounts, and no text is compared per account.
    sheet.formula(row, 2, `=COUNTIF(${accounts.repNumber},${i + 1})`);
    sheet.formula(row, 3, `=SUMIF(${accounts.repNumber},${i + 1},${accounts.visits})`);
    sheet.formula(row, 4, `=IFERROR(${a1(row, 3)}/${result(R.visitsPerRep)},NA())`);
    placeAreaClassCounts(sheet, row, accounts);
    // An area's reps in turn: counted by their keys (the trimmed area without wildcards, then "|"),
    // so "North " is North's rep and "Smith*" is nobody else's.
    sheet.formula(row, 9, i === 0 ? '=1' : `=COUNTIF(${absolute(first, 10)}:${a1(row - 1, 10)},${areaKeysCriterion(`TRIM(${a1(row, 1)})`)})+1`);
    sheet.formula(row, 10, `=${wildcardFreeKey(`TRIM(${a1(row, 1)})`)}&"|"&${a1(row, 9)}`);
    sheet.formula(row, 11, i === 0 ? '=0' : `=COUNTIF(${absolute(first, 0)}:${a1(row - 1, 0)},${exactCriterionOf(`TRIM(${a1(row, 0)})`)})`);
  });
  sheet.style(rangeA1(first, 0, last, 1), 'input');
  sheet.style(rangeA1(first, 9, last, 10), 'working');
  // Accounts and visits as whole numbers with separators, as the results above show them (2212 read beside 5,412).
  sheet.format(rangeA1(first, 2, last, 3), 'integer');
  sheet.format(rangeA1(first, 4, last, 4), 'percent');
  sheet.highlight(rangeA1(first, 4, last, 4), { above: 1 }, 'warn');
  sheet.chart({
    kind: 'bar',
    title: t('Coverage per rep (visits needed / visits a rep can make)'),
    categories: rangeA1(first, 0, last, 0),
    values: rangeA1(first, 4, last, 4),
    anchor: a1(3, 12),
  });
  sheet.format(rangeA1(first, 5, last, 6), 'integer');
  sheet.style(rangeA1(first, 5, last, 6), 'working');
  return { names: col(0), keys: col(10), coverage: col(4), sameNameAbove: col(11), classCounts: [col(5), col(6)], end: last };
}

/**
 * Each rep's visits week by week, beside the reps (from column M): the sum of their accounts' weeks
 * (each account's row works its own weeks out once, {@link placeAccountWeeks}), so a cell reads one
 * column with one criterion rather than re-deriving every account's schedule per rep and week.
 */
function placeCalendar(sheet: SheetBuilder, reps: number, top: number, at: { repNumber: string; weeks: (k: number) => string }): void {
  const { t } = sheet;
  sheet.header(
    top + 1,
    CALENDAR_COLUMN,
    Array.from({ length: WEEKS }, (_, k) => t('Week {value}', { value: k + 1 })),
  );
  for (let i = 0; i < reps; i += 1) {
    const row = top + 2 + i;
    // SUMPRODUCT of the two columns rather than SUMIF: the same sum in every spreadsheet, and HyperFormula reads
    // the columns as arrays instead of walking them one criterion test at a time (an edit of a class's visits ~10% faster).
    for (let k = 0; k < WEEKS; k += 1) sheet.formula(row, CALENDAR_COLUMN + k, `=SUMPRODUCT((${at.repNumber}=${i + 1})*${at.weeks(k)})`);
  }
  if (reps > 0) sheet.format(rangeA1(top + 2, CALENDAR_COLUMN, top + 1 + reps, CALENDAR_COLUMN + WEEKS - 1), 'integer');
}

/**
 * An account's visits in each week (from column T, the week's number in the header above): its
 * k-th visit (from 0) falls in week 1 + ⌊(k + phase) × 52 / visits⌋, so a year holds exactly its
 * visits, evenly spaced, and a rep's accounts share the weeks out evenly (core's visitPhase).
 * A week's visits are core's visitsByWeek(w) − visitsByWeek(w − 1), each a ceiling written as
 * −INT(−x): for the calendar's weeks (0 to 52), a phase in [0, 1) and whole visits of 0 or more (the
 * sheet's rule), x lies in (−1, visits], so the ceiling needs none of visitsByWeekFormula's clamps
 * (ROUNDUP rounds away from zero, so it needed MAX(0, …)); the load is ~20% faster.
 */
function placeAccountWeeks(sheet: SheetBuilder, row: number, headerRow: number): void {
  for (let k = 0; k < WEEKS; k += 1) {
    const week = fixedRow(headerRow, ACCOUNT_WEEKS_COLUMN + k);
    const [phase, visits] = [fixedColumn(row, A.phase), fixedColumn(row, A.visits)];
    sheet.formula(row, ACCOUNT_WEEKS_COLUMN + k, `=INT(ROUND(${phase}-(${week}-1)*${visits}/${WEEKS},9))-INT(ROUND(${phase}-${week}*${visits}/${WEEKS},9))`);
  }
}

/** Visits an account makes by the end of week `w`, as a formula: core's visitsByWeek. */
const visitsByWeekFormula = (w: string, phase: string, visits: string) => `MAX(0,MIN(${visits},ROUNDUP(ROUND(${w}*${visits}/${WEEKS}-${phase},9),0)))`;

/** The criterion for the keys of an area's reps (`key|turn`): every turn of that area, and no other area's. */
const areaKeysCriterion = (area: string) => `"="&${wildcardFreeKey(area)}&"|*"`;

/** Each area the reps cover: its accounts, visits, reps, and coverage (highlighted above 100%). */
function placeAreas(sheet: SheetBuilder, areas: readonly string[], top: number, at: { area: string; visits: string; repKeys: string }): void {
  const { t } = sheet;
  sheet.section(top, t('Areas: the visits their accounts need against what their reps can make'));
  sheet.header(top + 1, 0, [t('Area'), t('Accounts'), t('Visits a year'), t('Reps'), t('Coverage')]);
  areas.forEach((area, i) => {
    const row = top + 2 + i;
    sheet.text(row, 0, area);
    sheet.formula(row, 1, `=COUNTIF(${at.area},${exactCriterionOf(a1(row, 0))})`);
    sheet.formula(row, 2, `=SUMIF(${at.area},${exactCriterionOf(a1(row, 0))},${at.visits})`);
    sheet.formula(row, 3, `=COUNTIF(${at.repKeys},${areaKeysCriterion(a1(row, 0))})`);
    sheet.formula(row, 4, `=IFERROR(${a1(row, 2)}/(${a1(row, 3)}*${result(R.visitsPerRep)}),NA())`);
  });
  const last = top + 1 + Math.max(1, areas.length);
  sheet.format(rangeA1(top + 2, 1, last, 3), 'integer');
  sheet.format(rangeA1(top + 2, 4, last, 4), 'percent');
  sheet.highlight(rangeA1(top + 2, 4, last, 4), { above: 1 }, 'warn');
}

/** One account's row: read from the user's table; class, visits, rep; the schedule in weeks; the workings. */
function placeAccount(
  sheet: SheetBuilder,
  row: number,
  i: number,
  at: {
    first: number;
    source: string;
    columns: { name: string; area: string; value: string };
    reps: RepsTable;
    lines: readonly [ClassLine, ClassLine];
  },
): void {
  const r = (c: number) => a1(row, c);
  const above = (c: number) => `${absolute(at.first, c)}:${a1(row - 1, c)}`;
  const x = (c: string) => `INDEX(${at.source},1,${c})`;
  sheet.formula(row, A.name, `=IFERROR(${x(at.columns.name)}&"","")`);
  sheet.formula(row, A.area, `=IFERROR(TRIM(${x(at.columns.area)}&""),"")`);
  sheet.formula(row, A.value, `=IFERROR(IF(ISNUMBER(${x(at.columns.value)}),${x(at.columns.value)},0),0)`);
  const [lineA, lineB] = at.lines;
  const tiesSoFar = (c: number, line: ClassLine) => `=${i === 0 ? '--' : `${a1(row - 1, c)}+`}(${r(A.value)}=${line.lowest})`;
  sheet.formula(row, A.tiesAtA, tiesSoFar(A.tiesAtA, lineA));
  sheet.formula(row, A.tiesAtB, tiesSoFar(A.tiesAtB, lineB));
  const [isA, isB] = [inClass(lineA, r(A.value), r(A.tiesAtA)), inClass(lineB, r(A.value), r(A.tiesAtB))];
  sheet.formula(row, A.visitClass, `=IF(${isA},"A",IF(${isB},"B","C"))`);
  sheet.formula(row, A.visits, `=CHOOSE(MATCH(${r(A.visitClass)},{"A","B","C"},0),${input(I.visitsA)},${input(I.visitsB)},${input(I.visitsC)})`);
  const area = exactCriterionOf(r(A.area));
  const sameBefore = i === 0 ? '0' : `COUNTIFS(${above(A.area)},${area},${above(A.visitClass)},${r(A.visitClass)})`;
  // Its area's A (and B) accounts, from the area's first rep: an area no rep covers deals nothing in turn.
  const areaRep = `MATCH(${wildcardFreeKey(r(A.area))}&"|1",${at.reps.keys},0)`;
  const [countA, countB] = at.reps.classCounts.map((c) => `INDEX(${c},${areaRep})`);
  const earlierClasses = `IF(${r(A.visitClass)}="A",0,IFERROR(${countA}+IF(${r(A.visitClass)}="C",${countB},0),0))`;
  sheet.formula(row, A.nth, `=${sameBefore}+${earlierClasses}`);
  sheet.formula(row, A.repsInArea, `=COUNTIF(${at.reps.keys},${areaKeysCriterion(r(A.area))})`);
  sheet.formula(
    row,
    A.repNumber,
    `=IF(${r(A.repsInArea)}=0,0,MATCH(${wildcardFreeKey(r(A.area))}&"|"&(MOD(${r(A.nth)},${r(A.repsInArea)})+1),${at.reps.keys},0))`,
  );
  sheet.formula(row, A.rep, `=IF(${r(A.repNumber)}=0,${formulaString(sheet.t(NO_REP))},INDEX(${at.reps.names},${r(A.repNumber)}))`);
  sheet.formula(row, A.every, `=IF(${r(A.visits)}=0,"",ROUND(52/${r(A.visits)},1))`);
  // Core's visitPhase: the golden-ratio sequence of the account's place among its rep's accounts.
  sheet.formula(row, A.phase, `=ROUND(MOD(INT(${r(A.nth)}/MAX(1,${r(A.repsInArea)}))*${GOLDEN_RATIO_PART},1),9)`);
  sheet.formula(row, A.firstWeek, `=IF(${r(A.visits)}=0,"",1+INT(ROUND(${r(A.phase)}*${WEEKS}/${r(A.visits)},9)))`);
}

/**
 * An account's place and the week route's running count: its latitude and longitude when in range,
 * 1 when the route's rep visits it in the route's week, and the count of such accounts with a place
 * so far (the route finds its k-th candidate by it).
 */
function placeAccountRoute(
  sheet: SheetBuilder,
  row: number,
  i: number,
  at: { first: number; source: string; lat: string; lon: string; route: { rep: string; week: string } },
): void {
  const r = (c: number) => a1(row, c);
  const x = (c: string) => `INDEX(${at.source},1,${c})`;
  const coordinate = (c: string, most: number) => `=IFERROR(IF(AND(ISNUMBER(${x(c)}),ABS(${x(c)})<=${most}),${x(c)},""),"")`;
  sheet.formula(row, A.lat, coordinate(at.lat, 90));
  sheet.formula(row, A.lon, coordinate(at.lon, 180));
  const byWeek = (w: string) => visitsByWeekFormula(w, r(A.phase), r(A.visits));
  sheet.formula(
    row,
    A.visitedInWeek,
    `=IF(AND(TRIM(${r(A.rep)})=TRIM(${at.route.rep}),${r(A.visits)}>0),IF(${byWeek(at.route.week)}>${byWeek(`(${at.route.week}-1)`)},1,0),0)`,
  );
  const here = `${r(A.visitedInWeek)}*ISNUMBER(${r(A.lat)})*ISNUMBER(${r(A.lon)})`;
  sheet.formula(row, A.placed, i === 0 ? `=${here}` : `=${a1(row - 1, A.placed)}+${here}`);
}

/** The check in A3: missing fields, accounts no rep covers, coverage above 100%, in words. */
function placeCheck(
  sheet: SheetBuilder,
  accounts: { rep: string; name: string },
  fields: string,
  reps: { names: string; coverage: string; sameNameAbove: string },
): void {
  const { t } = sheet;
  const busiest = `INDEX(${reps.names},MATCH(MAX(${reps.coverage}),${reps.coverage},0))`;
  const noRepLabel = formulaString(t(NO_REP));
  const noRep = `COUNTIF(${accounts.rep},${noRepLabel})`;
  const problems: [string, string][] = [
    [
      `COUNTIF(${fields},0)>0`,
      sayInFormula(t('⚠ The accounts lack a field the plan reads (name, area or value): see {cells}.', { cells: fields.replace(/\$/g, '') })),
    ],
    [
      `MAX(${reps.sameNameAbove})>0`,
      sayInFormula(t('⚠ Two reps are called {name}: give each rep a name of their own.'), { name: `INDEX(${reps.names},MATCH(1,${reps.sameNameAbove},0))` }),
    ],
    [
      `${noRep}>0`,
      sayInFormula(t('⚠ {count} accounts are in areas no rep covers, the first {account}: give an area a rep.'), {
        count: noRep,
        account: `INDEX(${accounts.name},MATCH(${noRepLabel},${accounts.rep},0))`,
      }),
    ],
    [
      `IFERROR(${result(R.coverage)}>1,FALSE())`,
      sayInFormula(t('⚠ Coverage is {coverage}: the reps cannot make every visit. Hire {hires}, or visit less often.'), {
        coverage: percentInFormula(result(R.coverage), 0),
        hires: result(R.hires),
      }),
    ],
    [
      `IFERROR(MAX(${reps.coverage})>1,FALSE())`,
      sayInFormula(t("⚠ {rep}'s accounts need {share} of a rep's visits: give that area another rep, or move accounts."), {
        rep: busiest,
        share: percentInFormula(`MAX(${reps.coverage})`, 1),
      }),
    ],
  ];
  const ok = sayInFormula(t('✓ Every account has a rep, and every rep can make the visits of their accounts.'));
  sheet.check(FIELD_PLAN_CHECK_ROW, problems, ok);
}

/**
 * Where the user's fields are, under the funnel: the column of the name, area, value (and latitude
 * and longitude when chosen) in the user's table, 0 when a field is missing. Returns the i-th cell.
 */
function placeFieldColumns(sheet: SheetBuilder, a: FieldPlanAnswers, header: string): (i: number) => string {
  const { t } = sheet;
  const fields: [string, string][] = [
    [t('Name column #'), a.accounts.nameField],
    [t('Area column #'), a.accounts.areaField],
    [t('Value column #'), a.accounts.valueField],
  ];
  if (a.accounts.latField && a.accounts.lonField) fields.push([t('Latitude column #'), a.accounts.latField], [t('Longitude column #'), a.accounts.lonField]);
  const top = 4 + a.stages.length + 2;
  fields.forEach(([label, f], i) => {
    sheet.text(top + i, 6, label);
    sheet.formula(top + i, 7, `=${positionIn(header, formulaString(f))}`);
  });
  sheet.style(rangeA1(top, 6, top + fields.length - 1, 7), 'working');
  return (i) => absolute(top + i, 7);
}

/** The accounts' title and header, with each week's number above its column (the weeks' formulas read it). */
function placeAccountsHeader(sheet: SheetBuilder, top: number, sourceSheet: string, routed: boolean): void {
  const { t } = sheet;
  sheet.section(
    top,
    t('Accounts from {sheet} (read, never written): class by share of value, visits a year, rep, and the weeks to visit', { sheet: sourceSheet }),
  );
  sheet.header(top + 1, 0, [
    t('Account'),
    t('Area'),
    t('Value'),
    t('Class'),
    t('Visits a year'),
    t('Rep'),
    t('Every (weeks)'),
    t('First week'),
    null,
    t("Accounts so far at A's lowest value"),
    t("Accounts so far at B's lowest value"),
    t('Turn'),
    t('Reps in area'),
    t('Visit phase (0–1)'),
    ...(routed ? [t('Latitude'), t('Longitude'), t('In route week'), t('Route count')] : []),
  ]);
  for (let k = 0; k < WEEKS; k += 1) sheet.number(top + 1, ACCOUNT_WEEKS_COLUMN + k, k + 1);
  sheet.text(top, ACCOUNT_WEEKS_COLUMN, t("Visits week by week (the week's number above)"));
  sheet.style(rangeA1(top + 1, ACCOUNT_WEEKS_COLUMN, top + 1, ACCOUNT_WEEKS_COLUMN + WEEKS - 1), 'header');
}

/** The accounts' rows from `first` to `last`: the workings greyed, values and visits formatted, a missing rep flagged. */
function styleAccounts(sheet: SheetBuilder, first: number, last: number, routed: boolean): void {
  sheet.style(rangeA1(first, ACCOUNT_WEEKS_COLUMN, last, ACCOUNT_WEEKS_COLUMN + WEEKS - 1), 'working');
  sheet.style(rangeA1(first, A.tiesAtA, last, routed ? A.placed : A.phase), 'working');
  sheet.style(rangeA1(first, A.repNumber, last, A.repNumber), 'working');
  sheet.format(rangeA1(first, A.value, last, A.value), 'money');
  sheet.format(rangeA1(first, A.visits, last, A.visits), 'integer');
  const reps = `${absolute(first, A.rep)}:${absolute(last, A.rep)}`;
  sheet.highlight(rangeA1(first, A.rep, last, A.rep), { formula: `=COUNTIF(${reps},${formulaString(sheet.t(NO_REP))})>0` }, 'warn');
}

/**
 * The Field plan sheet: the target, funnel, working day, classes and frequencies, and each rep's
 * area as inputs; the reverse funnel, visits a day and a year, workload, coverage, reps needed and
 * hires; each account of the user's table (read where it is) with its class, visits a year, rep and
 * weeks; each rep's accounts, visits and coverage, charted; a check in words. All native formulas.
 *
 * @example
 * buildFieldPlan({ target: 1_000_000, dealSize: 5_000, stages, sellingDays: 200, day, accounts, classes, reps })
 */
export function buildFieldPlan(a: FieldPlanAnswers, language: Language = 'en'): Plan {
  const source = userTable(a.accounts.sheet, a.accounts.range);
  if (source.count > MAX_ACCOUNTS)
    throw new Error(`a Field plan takes up to ${MAX_ACCOUNTS.toLocaleString('en-US')} accounts, not ${source.count.toLocaleString('en-US')}`);
  const t = translator(language);
  const sheet = new SheetBuilder(t('Field plan'), t);
  sheet.text(0, 0, t('Field plan: {sheet}!{range}', { sheet: a.accounts.sheet, range: a.accounts.range }));
  sheet.style('A1', 'title');
  sheet.note(1, t("The yellow cells are yours: change the visit time, a rate or a rep's area and every number follows."));
  placeInputs(sheet, a);
  placeFunnel(sheet, a);
  const field = placeFieldColumns(sheet, a, source.header);
  const routed = Boolean(a.accounts.latField && a.accounts.lonField);
  const perDay = dayVisits(a.day);
  const stops = routeStops(isSheetError(perDay) ? 0 : perDay);
  const repsTop = I.visitsC + 2;
  const areas = [...new Map(a.reps.map((r) => [r.area.trim().toLowerCase(), r.area.trim()])).values()];
  const areasTop = repsTop + 2 + Math.max(1, a.reps.length) + 1;
  const routeTop = areasTop + 2 + Math.max(1, areas.length) + 1;
  const classesTop = routeTop + (routed ? ROUTE_HEAD_ROWS + stops + 1 : 2);
  const accountsTop = classesTop + CLASS_LINE_ROWS + 1;
  const first = accountsTop + 2;
  const last = first + Math.max(1, source.count) - 1;
  const col = (c: number) => `${absolute(first, c)}:${absolute(last, c)}`;
  placeResults(sheet, a.reps.length, `SUM(${col(A.visits)})`);
  const reps = placeReps(sheet, a, repsTop, { repNumber: col(A.repNumber), visits: col(A.visits), area: col(A.area), visitClass: col(A.visitClass) });
  placeCalendar(sheet, a.reps.length, repsTop, { repNumber: col(A.repNumber), weeks: (k) => col(ACCOUNT_WEEKS_COLUMN + k) });
  placeAreas(sheet, areas, areasTop, { area: col(A.area), visits: col(A.visits), repKeys: reps.keys });
  const routeAccounts = { name: col(A.name), area: col(A.area), lat: col(A.lat), lon: col(A.lon), placed: col(A.placed), visitedInWeek: col(A.visitedInWeek) };
  const route = routed
    ? placeWeekRoute(sheet, routeTop, stops, {
        firstRep: a.reps[0]?.name ?? '',
        repNames: reps.names,
        visitsPerDay: result(R.visitsPerDay),
        accounts: routeAccounts,
      })
    : null;
  if (!routed)
    sheet.section(routeTop, t("Visiting order: choose the accounts' latitude and longitude fields in the wizard to see each day's order of visits."));
  const lines = placeClassLines(sheet, classesTop, { values: col(A.value), count: source.count, cutOffs: [input(I.aShare), input(I.bShare)] });
  placeAccountsHeader(sheet, accountsTop, a.accounts.sheet, routed);
  for (let i = 0; i < source.count; i += 1) {
    placeAccount(sheet, first + i, i, { first, source: source.row(i), columns: { name: field(0), area: field(1), value: field(2) }, reps, lines });
    if (route) placeAccountRoute(sheet, first + i, i, { first, source: source.row(i), lat: field(3), lon: field(4), route });
    placeAccountWeeks(sheet, first + i, accountsTop + 1);
  }
  styleAccounts(sheet, first, last, routed);
  placeCheck(sheet, { rep: col(A.rep), name: col(A.name) }, `${field(0)}:${field(routed ? 4 : 2)}`, reps);
  sheet.name('Coverage', a1(R.coverage, 4));
  sheet.layout([220, 110, 100, 180, 90, 110, 110, 90, 100, 80, 80, 80, 80], { rows: 0, columns: 1 });
  return { sheets: [sheet.build()] };
}
