import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute, absoluteBlock } from '../../kit/sheet/sheetBuilder';
import { EARTH_RADIUS_KM } from '../../functions/visits/visitRoute';
import { WEEKS } from './fieldPlanAnswers';
import { DAY_N, MAX_ROUTE_STOPS, WEEKDAYS } from './weekRoute';
import { formulaString, sayInFormula } from '../../kit/sheet/formulaText';
import { exactCriterionOf } from '../../kit/sheet/exactMatch';

/** The week route's columns: what a manager reads (A–E, the days in G–I), then the workings from N. */
export const ROUTE_COLUMNS = {
  stop: 0,
  day: 1,
  account: 2,
  area: 3,
  km: 4,
  dayName: 6,
  dayStops: 7,
  dayKm: 8,
  candidateRow: 13,
  candidateLat: 14,
  candidateLon: 15,
  candidateCos: 16,
  chosen: 17,
  dayNumber: 18,
  stopLat: 19,
  stopLon: 20,
  stopCos: 21,
  grid: 22,
} as const;
const C = ROUTE_COLUMNS;

/** Rows the week route takes above its stops: section, rep, week, listed, header. */
export const ROUTE_HEAD_ROWS = 5;

/**
 * Stops the sheet lists for a week: room for 7 days' visits (a week at 140% of a rep's days), at
 * least 10, at most {@link MAX_ROUTE_STOPS}.
 *
 * @example
 * routeStops(5) //=> 35
 */
export const routeStops = (visitsPerDay: number) => Math.min(MAX_ROUTE_STOPS, Math.max(10, Math.ceil(visitsPerDay * 7)));

/** Where the accounts' columns are, for the week route to read (absolute ranges). */
export interface RouteAccounts {
  readonly name: string;
  readonly area: string;
  readonly lat: string;
  readonly lon: string;
  /** The running count of the accounts visited in the chosen week that have coordinates. */
  readonly placed: string;
  readonly visitedInWeek: string;
}

/** The great-circle km between two points given as radian latitude, longitude and cos(latitude) cells (haversine, as core). */
const haversine = (lat1: string, lon1: string, cos1: string, lat2: string, lon2: string, cos2: string) =>
  `${2 * EARTH_RADIUS_KM}*ASIN(SQRT(MIN(1,SIN((${lat2}-${lat1})/2)^2+${cos1}*${cos2}*SIN((${lon2}-${lon1})/2)^2)))`;

/** The candidates: the k-th account visited that week with coordinates, and its place in radians. */
function placeCandidates(sheet: SheetBuilder, first: number, stops: number, listed: string, at: RouteAccounts): void {
  for (let j = 1; j <= stops; j += 1) {
    const row = first + j - 1;
    const account = absolute(row, C.candidateRow);
    sheet.formula(row, C.candidateRow, `=IF(${j}>${listed},"",MATCH(${j},${at.placed},0))`);
    sheet.formula(row, C.candidateLat, `=IF(${account}="","",RADIANS(INDEX(${at.lat},${account})))`);
    sheet.formula(row, C.candidateLon, `=IF(${account}="","",RADIANS(INDEX(${at.lon},${account})))`);
    sheet.formula(row, C.candidateCos, `=IF(${account}="","",COS(${a1(row, C.candidateLat)}))`);
  }
}

/**
 * One stop: the nearest candidate not yet visited from the stop before (its grid row holds the km
 * to each candidate, "" for those visited), its day, and what the manager reads.
 */
function placeStop(
  sheet: SheetBuilder,
  row: number,
  s: number,
  first: number,
  stops: number,
  at: { listed: string; visitsPerDay: string; accounts: RouteAccounts },
): void {
  const r = (c: number) => a1(row, c);
  const prev = (c: number) => a1(row - 1, c);
  const chosen = r(C.chosen);
  const grid = `${r(C.grid)}:${r(C.grid + stops - 1)}`;
  if (s === 1) sheet.formula(row, C.chosen, `=IF(${at.listed}>=1,1,"")`);
  else {
    const candidate = (j: number) => (c: number) => absolute(first + j - 1, c);
    for (let j = 1; j <= stops; j += 1) {
      const cj = candidate(j);
      const taken = `COUNTIF(${absolute(first, C.chosen)}:${prev(C.chosen)},${j})>0`;
      sheet.formula(
        row,
        C.grid + j - 1,
        `=IF(OR(${prev(C.chosen)}="",${j}>${at.listed},${taken}),"",${haversine(prev(C.stopLat), prev(C.stopLon), prev(C.stopCos), cj(C.candidateLat), cj(C.candidateLon), cj(C.candidateCos))})`,
      );
    }
    sheet.formula(row, C.chosen, `=IF(${s}>${at.listed},"",MATCH(MIN(${grid}),${grid},0))`);
  }
  const fromCandidate = (c: number) => `INDEX(${absoluteBlock(first, c, first + stops - 1, c)},${chosen})`;
  sheet.formula(row, C.stopLat, `=IF(${chosen}="","",${fromCandidate(C.candidateLat)})`);
  sheet.formula(row, C.stopLon, `=IF(${chosen}="","",${fromCandidate(C.candidateLon)})`);
  sheet.formula(row, C.stopCos, `=IF(${chosen}="","",${fromCandidate(C.candidateCos)})`);
  sheet.formula(row, C.dayNumber, `=IF(${chosen}="","",INT((${s}-1)/MAX(1,IFERROR(${at.visitsPerDay},1)))+1)`);
  const account = (col: string) => `INDEX(${col},${fromCandidate(C.candidateRow)})`;
  sheet.formula(row, C.stop, `=IF(${chosen}="","",${s})`);
  sheet.formula(
    row,
    C.day,
    `=IF(${chosen}="","",IF(${r(C.dayNumber)}<=${WEEKDAYS.length},CHOOSE(${r(C.dayNumber)},${WEEKDAYS.map((d) => formulaString(sheet.t(d))).join(',')}),${sayInFormula(sheet.t(DAY_N), { day: r(C.dayNumber) })}))`,
  );
  sheet.formula(row, C.account, `=IF(${chosen}="","",${account(at.accounts.name)})`);
  sheet.formula(row, C.area, `=IF(${chosen}="","",${account(at.accounts.area)})`);
  sheet.formula(row, C.km, s === 1 ? '=""' : `=IF(OR(${chosen}="",${r(C.dayNumber)}<>${prev(C.dayNumber)}),"",INDEX(${grid},1,${chosen}))`);
}

/** Each weekday's stops and km, and the stops over the week (highlighted). */
function placeDays(sheet: SheetBuilder, top: number, days: string, km: string): void {
  const { t } = sheet;
  sheet.header(top, C.dayName, [t('Day'), t('Stops'), t('Km between stops')]);
  const labels: [string, string][] = [...WEEKDAYS.map((d, i): [string, string] => [t(d), String(i + 1)]), [t('Over the week'), '">5"']];
  labels.forEach(([label, when], i) => {
    const row = top + 1 + i;
    sheet.text(row, C.dayName, label);
    sheet.formula(row, C.dayStops, `=COUNTIF(${days},${when})`);
    sheet.formula(row, C.dayKm, `=SUMIF(${days},${when},${km})`);
  });
  const over = top + labels.length;
  sheet.format(rangeA1(top + 1, C.dayKm, over, C.dayKm), 'decimal');
  sheet.highlight(a1(over, C.dayStops), { above: 0 }, 'warn');
}

/**
 * A rep's week, day by day, between the areas and the accounts: the manager types a rep and a week;
 * the accounts visited that week with coordinates are ordered nearest-next-stop from the first of
 * them and cut into days of the visits a day (core: weekRoute). Each next stop is an O(stops) row of
 * distances, so the block costs stops² cells, whatever the number of accounts. Returns the rep and
 * week cells the accounts' in-week flags read.
 */
export function placeWeekRoute(
  sheet: SheetBuilder,
  top: number,
  stops: number,
  at: { firstRep: string; repNames: string; visitsPerDay: string; accounts: RouteAccounts },
): { rep: string; week: string } {
  const { t } = sheet;
  sheet.section(
    top,
    t("Visiting order: a rep's week, day by day (nearest next stop from the week's first account, cut into days of the visits a day; type a rep and a week)"),
  );
  const rep = absolute(top + 1, 1);
  const week = absolute(top + 2, 1);
  sheet.text(top + 1, 0, t('Rep'));
  sheet.text(top + 1, 1, at.firstRep);
  sheet.text(top + 2, 0, t('Week'));
  sheet.number(top + 2, 1, 1);
  sheet.style(rangeA1(top + 1, 1, top + 2, 1), 'input');
  sheet.validate(a1(top + 2, 1), { min: 1, max: WEEKS, whole: true, message: t('A week from 1 to {WEEKS}.', { WEEKS }) });
  const listed = absolute(top + 3, 4);
  const located = `MAX(${at.accounts.placed})`;
  sheet.text(top + 1, 3, t('Visits that week'));
  sheet.formula(top + 1, 4, `=SUM(${at.accounts.visitedInWeek})`);
  sheet.text(top + 2, 3, t('Without coordinates'));
  sheet.formula(top + 2, 4, `=${a1(top + 1, 4)}-${located}`);
  sheet.text(top + 3, 3, t('Stops listed'));
  sheet.formula(top + 3, 4, `=MIN(${stops},${located})`);
  sheet.formula(
    top + 1,
    6,
    `=IF(COUNTIF(${at.repNames},${exactCriterionOf(`TRIM(${rep})`)})=0,"⚠ No rep is called "&${rep}&": type a name from the reps above.",IF(${located}>${stops},"⚠ The week has "&${located}&" stops: the first ${stops} are listed.",""))`,
  );
  sheet.highlight(a1(top + 1, 6), { formula: `=${absolute(top + 1, 6)}<>""` }, 'warn');
  sheet.header(top + 4, 0, [t('Stop'), t('Day'), t('Account'), t('Area'), t('Km from the last stop')]);
  sheet.header(top + 4, C.candidateRow, [
    t('Candidate row'),
    t('Lat (rad)'),
    t('Lon (rad)'),
    t('Cos lat'),
    t('Next stop'),
    t('Day #'),
    t('Stop lat'),
    t('Stop lon'),
    t('Stop cos'),
    t('Km to candidate 1…'),
  ]);
  const first = top + ROUTE_HEAD_ROWS;
  placeCandidates(sheet, first, stops, listed, at.accounts);
  for (let s = 1; s <= stops; s += 1) placeStop(sheet, first + s - 1, s, first, stops, { listed, visitsPerDay: at.visitsPerDay, accounts: at.accounts });
  const last = first + stops - 1;
  placeDays(sheet, top + 4, absoluteBlock(first, C.dayNumber, last, C.dayNumber), absoluteBlock(first, C.km, last, C.km));
  sheet.format(rangeA1(first, C.km, last, C.km), 'decimal');
  sheet.style(rangeA1(first, C.candidateRow, last, C.grid + stops - 1), 'working');
  return { rep, week };
}
