import { a1, columnLetters, rangeA1 } from '../../kit/sheet/a1';
import { Plan } from '../../kit/sheet/plan';
import { MONTHS, SALES_PLAN_FIELDS, SalesPlanAnswers, monthOfYear, periodLabel, periodMonthsOf, saidIn } from './salesPlanAnswers';
import { roundTo } from '../../kit/cells/rounding';
import { sheetRule } from '../../kit/answers/answerRule';
import { SplitAt, placeSplitRow, splitHeaders, splitWorkings, workingsDown } from './splitCells';
import { SubLevelRows, placeSubLevel, subLevelProblems } from './subLevelBlock';
import { answerInput } from '../../kit/answers/answerField';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { Language, wholeNumber } from '../../kit/i18n/languages';
import { Translate, translator } from '../../kit/i18n/translate';
import { msg } from '../../kit/i18n/msg';
import { formulaString, percentInFormula, sayInFormula, wholeInFormula } from '../../kit/sheet/formulaText';
import { placeMonthWorkingDays, placeWeekBlock } from './weekBlock';

/** Where each part of the plan sheet sits (zero-based rows). */
const ROW = {
  title: 0,
  statement: 1,
  checks: 2,
  inputs: 3,
  baseline: 4,
  growth: 5,
  target: 6,
  unit: 7,
  attainment: 8,
  handOut: 9,
  overAssignment: 10,
  fullQuota: 11,
  headcount: 12,
  ramp: 13,
  owner: 14,
  measure: 15,
  capacitySection: 17,
  capacity: 18,
  gap: 19,
  moreReps: 20,
  monthHeader: 22,
  shares: 23,
  cumulative: 24,
  workingDays: 25,
  childrenSection: 26,
  childrenHeader: 27,
  firstChild: 28,
} as const;
const FIRST_MONTH_COL = 4; // E
/** S: the workings of the largest-remainder split, beside the children. */
const WORK_COL = 18;
/** The cells of the split's workings that every child reads (column T, one row each). */
const WORKING = {
  openDrivers: ROW.capacitySection,
  toShare: ROW.capacitySection + 1,
  unitsLeft: ROW.capacitySection + 2,
  belowUnit: ROW.capacitySection + 3,
  threshold: ROW.capacitySection + 4,
  above: ROW.capacitySection + 5,
} as const;
const W = (name: keyof typeof WORKING) => absolute(WORKING[name], WORK_COL + 1);
/** The largest plan the wizard builds: beyond it a sheet is no longer something a manager reads. */
export const MAX_CHILDREN = 5000;

/** The SMART statement the sheet's formula writes, for the wizard to show before the sheet exists. */
export function smartStatement(asked: SalesPlanAnswers, target: number, t: Translate = translator('en')): string {
  const answers = inPlanLanguage(asked, t);
  const count = answers.children.length;
  const label = answers.childLabel.toLowerCase();
  const growth = Number.isFinite(answers.growth) ? `${answers.growth >= 0 ? '+' : ''}${(answers.growth * 100).toFixed(1)}%` : '…';
  const number = (v: number) => (Number.isFinite(v) ? wholeNumber(v, t) : '…');
  const { market } = answers;
  return t(market ? SMART_STATEMENT_MARKET : SMART_STATEMENT, {
    share: market && Number.isFinite(market.share) ? `${(market.share * 100).toFixed(1)}%` : '…',
    market: market ? number(market.size) : '…',
    owner: answers.owner || '…',
    measure: answers.measure.toLowerCase(),
    target: number(target),
    period: periodLabel(answers, t),
    growth,
    baseline: number(answers.baseline),
    count,
    children: count === 1 ? label : t('{label}s', { label }),
    first: monthName(answers, 0, t),
    last: monthName(answers, answers.periodMonths - 1, t),
  });
}

/** The SMART statement, one message for the wizard's preview and the sheet's formula; the second when the target is a share of the market. */
const SMART_STATEMENT = msg(
  '{owner} will reach {measure} of {target} in {period} ({growth} on a baseline of {baseline}), shared among {count} {children} and tracked month by month from {first} to {last}.',
);
const SMART_STATEMENT_MARKET = msg(
  '{owner} will reach {measure} of {target} in {period} ({share} of a market of {market}), shared among {count} {children} and tracked month by month from {first} to {last}.',
);

/** "Apr 2027": the m-th month of the plan's period. */
function monthName(answers: SalesPlanAnswers, m: number, t: Translate): string {
  const { month, year } = periodMonthsOf(answers)[Math.max(0, Math.min(m, answers.periodMonths - 1))] ?? { month: 1, year: answers.year };
  return monthOfYear({ month, year }, t);
}

/** What each part of the sheet needs to know about the plan's size and where its blocks end. */
interface Shape {
  readonly answers: SalesPlanAnswers;
  readonly n: number;
  readonly lastMonth: number;
  readonly lastChild: number;
  readonly totalRow: number;
  readonly checkRow: number;
  readonly newRepsSection: number;
  readonly firstNewRep: number;
  readonly chartRow: number;
  /** The second level's rows, when the plan has one. */
  readonly sub?: SubLevelRows;
}

/** The answers with their words (measure, owner, split) in the plan's language: a plan speaks one language. */
const inPlanLanguage = (a: SalesPlanAnswers, t: Translate): SalesPlanAnswers => ({
  ...a,
  measure: saidIn(t, a.measure),
  owner: saidIn(t, a.owner),
  childLabel: saidIn(t, a.childLabel),
});

function shapeOf(answers: SalesPlanAnswers): Shape {
  const n = answers.children.length;
  const totalRow = ROW.firstChild + n;
  const newRepsSection = totalRow + 3;
  const firstNewRep = newRepsSection + 2;
  return {
    answers,
    n,
    lastMonth: answers.periodMonths - 1,
    lastChild: totalRow - 1,
    totalRow,
    checkRow: totalRow + 1,
    newRepsSection,
    firstNewRep,
    ...placesAfterNewReps(answers, firstNewRep + Math.max(1, answers.newReps.length) + 1),
  };
}

/** The second level (when asked) under the new reps, then the chart. */
function placesAfterNewReps(answers: SalesPlanAnswers, row: number): { chartRow: number; sub?: SubLevelRows } {
  const items = answers.subLevel?.items.length ?? 0;
  if (items === 0) return { chartRow: row };
  const sub = { section: row, first: row + 2, last: row + 1 + items };
  return { chartRow: sub.last + 2, sub };
}

/** The second level's workings: right of the week-and-day block (Y–AC), so the two never share a cell. */
const SUB_WORK_COL = 30;

const monthCol = (m: number) => FIRST_MONTH_COL + m;
/** `$B$29:$B$33`: a column of the children's rows. */
const childColumn = (s: Shape, col: number) => `$${columnLetters(col)}$${ROW.firstChild + 1}:$${columnLetters(col)}$${s.lastChild + 1}`;
const ref = (row: number, col = 1) => absolute(row, col);

/**
 * The sales plan as a sheet: a message cell that says in words what is wrong, a SMART statement
 * that follows the inputs, an inputs block (validated as typed), capacity, the month shares, the
 * children × months grid with its totals and check, the workings of the split, new reps, and a
 * chart. Every result is a native formula tied to the inputs, each child's formulas read a fixed
 * number of cells (O(1) a row), and every rounding step tidies to 9 decimals first, as core does.
 *
 * @example
 * buildSalesPlan(defaultAnswers(2027)).sheets[0].name //=> 'Sales plan 2027'
 */
export function buildSalesPlan(asked: SalesPlanAnswers, language: Language = 'en'): Plan {
  const t = translator(language);
  const answers = inPlanLanguage(asked, t);
  const s = shapeOf(answers);
  const sheet = new SheetBuilder(t('Sales plan {period}', { period: periodLabel(answers, t) }), t);
  sheet.text(ROW.title, 0, t('Sales plan {periodLabel}: {measure}', { periodLabel: periodLabel(answers, t), measure: answers.measure }));
  sheet.style('A1', 'title');
  placeInputs(sheet, s);
  placeCapacity(sheet, s);
  placeMonths(sheet, s);
  placeChildren(sheet, s);
  placeTotals(sheet, s);
  placeNewReps(sheet, s);
  if (s.sub) placeSubLevel(sheet, answers, { ...s.sub, childRow: (c) => ROW.firstChild + c, unit: ref(ROW.unit), work: SUB_WORK_COL });
  placeStatementAndChecks(sheet, s);
  const months = periodMonthsOf(answers);
  placeMonthWorkingDays(sheet, ROW.workingDays, months, monthCol);
  placeWeekBlock(
    sheet,
    { months, monthTarget: (m) => absolute(s.totalRow, monthCol(m)), monthDays: (m) => absolute(ROW.workingDays, monthCol(m)) },
    answers.holidays ?? [],
  );
  const label = periodLabel(answers, t);
  sheet.chart({
    title: t('Targets by month, {label}', { label }),
    categories: rangeA1(ROW.monthHeader, monthCol(0), ROW.monthHeader, monthCol(s.lastMonth)),
    values: rangeA1(s.totalRow, monthCol(0), s.totalRow, monthCol(s.lastMonth)),
    anchor: a1(s.chartRow, 0),
  });
  // Then Y–AN: the week-and-day block (a week's Monday, its working days and target; the holidays along its row).
  sheet.layout([250, 110, 110, 120, ...MONTHS.map(() => 78), 16, 18, 90, 90, 100, 90, 70, 16, ...Array(16).fill(110)], { rows: 0, columns: 1 });
  return { sheets: [sheet.build()] };
}

function placeInputs(sheet: SheetBuilder, { answers }: Shape): void {
  const { t } = sheet;
  const a = answers;
  sheet.section(ROW.inputs, t('Inputs: change the yellow cells, and every target follows'));
  const unit = ref(ROW.unit);
  const declared = (name: keyof typeof SALES_PLAN_FIELDS) => answerInput(SALES_PLAN_FIELDS[name], t);
  // The target grows the baseline, or takes our share of the market: the same two rows, read as one or the other.
  if (a.market) {
    sheet.input(ROW.baseline, t('Market size (the period)'), a.market.size, declared('marketSize'));
    sheet.input(ROW.growth, t('Our share of the market'), a.market.share, { ...declared('marketShare'), name: 'MarketShare' });
  } else {
    sheet.input(
      ROW.baseline,
      a.periodMonths === 12 ? t('Baseline (annual)') : t('Baseline (the {periodMonths} months)', { periodMonths: a.periodMonths }),
      a.baseline,
      declared('baseline'),
    );
    sheet.input(ROW.growth, t('Growth on the baseline'), a.growth, { ...declared('growth'), name: 'Growth' });
  }
  const unrounded = a.market ? `${ref(ROW.baseline)}*${ref(ROW.growth)}` : `${ref(ROW.baseline)}*(1+${ref(ROW.growth)})`;
  sheet.result(ROW.target, t('Target'), `=ROUND(ROUND(${unrounded}/${unit},9),0)*${unit}`, {
    format: 'money',
    name: 'Target',
    style: 'total',
  });
  sheet.style(a1(ROW.target, 0), 'total');
  sheet.input(ROW.unit, t('Round targets to'), a.roundTo, declared('roundTo'));
  sheet.input(ROW.attainment, t('Expected attainment'), a.attainment, declared('attainment'));
  sheet.result(ROW.handOut, t('Quota handed out (target ÷ attainment)'), `=ROUND(ROUND(${ref(ROW.target)}/${ref(ROW.attainment)}/${unit},9),0)*${unit}`, {
    format: 'money',
    name: 'QuotaHandedOut',
  });
  sheet.result(ROW.overAssignment, t('Over-assignment'), `=${ref(ROW.handOut)}/${ref(ROW.target)}-1`, { format: 'percent' });
  sheet.input(ROW.fullQuota, t('Full quota per rep (year)'), a.fullQuota, declared('fullQuota'));
  sheet.input(ROW.headcount, t('Fully ramped reps'), a.headcount, declared('headcount'));
  // The three ramp months share one declared answer (a list): one format, one rule over the row.
  const { format } = SALES_PLAN_FIELDS.ramp;
  sheet.input(ROW.ramp, t('New-rep ramp (months 1, 2, 3)'), a.ramp[0], { format });
  sheet.number(ROW.ramp, 2, a.ramp[1]);
  sheet.number(ROW.ramp, 3, a.ramp[2]);
  sheet.placed(ROW.ramp, 2, { format, style: 'input' });
  sheet.placed(ROW.ramp, 3, { format, style: 'input' });
  sheet.scenarioInput(a1(ROW.ramp, 2));
  sheet.scenarioInput(a1(ROW.ramp, 3));
  sheet.validate(rangeA1(ROW.ramp, 1, ROW.ramp, 3), sheetRule(SALES_PLAN_FIELDS.ramp, t));
  sheet.input(ROW.owner, t('Owner of the goal'), a.owner);
  sheet.input(ROW.measure, t('What the goal measures'), a.measure);
}

function placeCapacity(sheet: SheetBuilder, s: Shape): void {
  const { t } = sheet;
  const a = s.answers;
  const newRepYear = a.newReps.length > 0 ? `SUM($D$${s.firstNewRep + 1}:$D$${s.firstNewRep + a.newReps.length})` : '0';
  sheet.section(ROW.capacitySection, t('Capacity'));
  // Full quota is a year's: the period carries its share of it, written as core computes it.
  const periodShare = a.periodMonths === 12 ? '' : `*(${a.periodMonths}/12)`;
  sheet.result(
    ROW.capacity,
    t('Capacity at expected attainment'),
    `=(${ref(ROW.headcount)}*${ref(ROW.fullQuota)}${periodShare}+${newRepYear})*${ref(ROW.attainment)}`,
    { format: 'money' },
  );
  sheet.result(ROW.gap, t('Gap to target (negative = room to spare)'), `=${ref(ROW.target)}-${ref(ROW.capacity)}`, { format: 'money' });
  sheet.result(
    ROW.moreReps,
    t('More fully ramped reps needed'),
    `=IF(ROUND(${ref(ROW.gap)},9)<=0,0,ROUNDUP(ROUND(${ref(ROW.gap)}/(${ref(ROW.fullQuota)}*${ref(ROW.attainment)}),9),0))`,
    { format: 'integer' },
  );
  sheet.keyOutputs(ref(ROW.target), ref(ROW.handOut), ref(ROW.capacity), ref(ROW.gap), ref(ROW.moreReps));
}

function placeMonths(sheet: SheetBuilder, s: Shape): void {
  const { t } = sheet;
  const a = s.answers;
  const months = periodMonthsOf(a);
  sheet.text(ROW.shares, 0, a.periodMonths === 12 ? t('Share of the year') : t('Share of the period'));
  sheet.text(ROW.cumulative, 0, t('Share so far (workings)'));
  months.forEach((_, m) => {
    sheet.number(ROW.shares, monthCol(m), a.monthShares[m]);
    // A running sum, month by month, as core adds the shares: each child's months read one cell.
    sheet.formula(
      ROW.cumulative,
      monthCol(m),
      m === 0 ? `=${a1(ROW.shares, monthCol(0))}` : `=${a1(ROW.cumulative, monthCol(m - 1))}+${a1(ROW.shares, monthCol(m))}`,
    );
  });
  const shares = rangeA1(ROW.shares, monthCol(0), ROW.shares, monthCol(s.lastMonth));
  sheet.formula(ROW.shares, 3, `=SUM(${shares})`);
  sheet.format(rangeA1(ROW.shares, 3, ROW.cumulative, monthCol(s.lastMonth)), 'percent');
  sheet.style(shares, 'input');
  sheet.style(rangeA1(ROW.cumulative, 0, ROW.cumulative, monthCol(s.lastMonth)), 'working');
  sheet.validate(shares, { min: 0, max: 1, message: t("A month's share: a percentage such as 8.5% (or 0.085), from 0% to 100%.") });
  sheet.header(ROW.monthHeader, 0, [
    t('Month'),
    null,
    null,
    a.periodMonths === 12 ? t('Year') : t('Period'),
    ...months.map(({ month, year }) => (year === a.year ? t(MONTHS[month - 1]) : monthOfYear({ month, year }, t))),
  ]);
}

/** Where the children's split is: their rows, B drivers, C locks, D targets, its workings down column T. */
const childrenSplit = (s: Shape): SplitAt => ({
  first: ROW.firstChild,
  last: s.lastChild,
  driver: 1,
  lock: 2,
  target: 3,
  work: WORK_COL,
  total: ref(ROW.handOut),
  unit: ref(ROW.unit),
  workings: workingsDown(WORKING.openDrivers, WORK_COL + 1),
});

/** The split's workings, once for all children (column T), labelled in column S. */
function placeWorkings(sheet: SheetBuilder, s: Shape): void {
  const { t } = sheet;
  for (const [key, label, formula] of splitWorkings(childrenSplit(s), t)) {
    sheet.text(WORKING[key], WORK_COL, label);
    sheet.formula(WORKING[key], WORK_COL + 1, formula);
  }
  sheet.format(rangeA1(WORKING.openDrivers, WORK_COL + 1, WORKING.above, WORK_COL + 1), 'decimal');
  sheet.style(rangeA1(WORKING.openDrivers, WORK_COL, WORKING.above, WORK_COL + 1), 'working');
}

function placeChildren(sheet: SheetBuilder, s: Shape): void {
  const { t } = sheet;
  const a = s.answers;
  const months = periodMonthsOf(a);
  sheet.section(ROW.childrenSection, t('Targets by {value}', { value: a.childLabel.toLowerCase() }));
  sheet.header(ROW.childrenHeader, 0, [
    a.childLabel,
    t('Driver'),
    t('Lock (blank = share)'),
    a.periodMonths === 12 ? t('Annual target') : t('Target'),
    ...months.map(({ month }) => t(MONTHS[month - 1])),
  ]);
  sheet.header(ROW.childrenHeader, WORK_COL, splitHeaders(t));
  placeWorkings(sheet, s);
  const split = childrenSplit(s);
  a.children.forEach((child, i) => {
    const row = ROW.firstChild + i;
    sheet.text(row, 0, child.name);
    sheet.number(row, 1, child.driver);
    if (child.lock !== null) sheet.number(row, 2, child.lock);
    placeSplitRow(sheet, split, row);
    placeChildMonths(sheet, s, row);
  });
  if (s.n > 0) {
    sheet.style(rangeA1(ROW.firstChild, 1, s.lastChild, 2), 'input');
    sheet.format(rangeA1(ROW.firstChild, 1, s.lastChild, 1), 'decimal');
    sheet.format(rangeA1(ROW.firstChild, WORK_COL, s.lastChild, WORK_COL), 'percent');
    sheet.format(rangeA1(ROW.firstChild, WORK_COL + 1, s.lastChild, WORK_COL + 3), 'decimal');
    sheet.style(rangeA1(ROW.firstChild, WORK_COL, s.lastChild, WORK_COL + 4), 'working');
    sheet.validate(rangeA1(ROW.firstChild, 1, s.lastChild, 2), {
      min: 0,
      message: t('Drivers and locks are amounts of 0 or more (leave a lock blank to share).'),
    });
  }
}

/** A child's months: the cumulative target through each month, rounded down; the last month takes the rest. */
function placeChildMonths(sheet: SheetBuilder, s: Shape, row: number): void {
  const r = row + 1;
  const unit = ref(ROW.unit);
  const through = (m: number) => `INT(ROUND($D${r}*MIN(1,${columnLetters(monthCol(m))}$${ROW.cumulative + 1})/${unit},9))*${unit}`;
  for (let m = 0; m <= s.lastMonth; m += 1) {
    const upTo = m === s.lastMonth ? `$D${r}` : through(m);
    sheet.formula(row, monthCol(m), m === 0 ? `=${upTo}` : `=${upTo}-${through(m - 1)}`);
  }
}

function placeTotals(sheet: SheetBuilder, s: Shape): void {
  const { t } = sheet;
  sheet.text(s.totalRow, 0, t('Total'));
  for (let col = 3; col <= monthCol(s.lastMonth); col += 1) sheet.formula(s.totalRow, col, `=SUM(${a1(ROW.firstChild, col)}:${a1(s.lastChild, col)})`);
  sheet.style(rangeA1(s.totalRow, 0, s.totalRow, monthCol(s.lastMonth)), 'total');
  sheet.text(s.checkRow, 0, t('Check: total minus quota handed out (0 = adds up)'));
  sheet.formula(s.checkRow, 3, `=${a1(s.totalRow, 3)}-${ref(ROW.handOut)}`);
  sheet.format(rangeA1(ROW.firstChild, 2, s.checkRow, monthCol(s.lastMonth)), 'money');
  sheet.name('MonthlyTotals', rangeA1(s.totalRow, monthCol(0), s.totalRow, monthCol(s.lastMonth)));
  // What a manager must see without reading a formula: a negative target, a check that is not 0.
  sheet.highlight(rangeA1(ROW.firstChild, 3, s.totalRow, monthCol(s.lastMonth)), { below: 0 });
  const check = absolute(s.checkRow, 3);
  sheet.highlight(a1(s.checkRow, 3), { formula: `=IF(ISERROR(${check}),TRUE,ROUND(${check},6)<>0)` });
  sheet.highlight(a1(ROW.baseline, 1), { below: 0 });
}

function placeNewReps(sheet: SheetBuilder, s: Shape): void {
  const { t } = sheet;
  const a = s.answers;
  const months = periodMonthsOf(a);
  sheet.section(s.newRepsSection, t('New reps (ramped quota, not in the split above)'));
  sheet.header(s.newRepsSection + 1, 0, [
    t('Name'),
    t('Start month (1–12 of {year}; 13 = next January)', { year: a.year }),
    null,
    t('Period'),
    ...months.map(({ month }) => t(MONTHS[month - 1])),
  ]);
  a.newReps.forEach((rep, i) => {
    const row = s.firstNewRep + i;
    const r = row + 1;
    sheet.text(row, 0, rep.name);
    sheet.number(row, 1, rep.startMonth);
    sheet.formula(row, 3, `=SUM(${a1(row, monthCol(0))}:${a1(row, monthCol(s.lastMonth))})`);
    for (let m = 0; m <= s.lastMonth; m += 1) {
      // Months are counted on from the plan year's January (13 = the next January).
      const tenure = `(${a.periodStart + m}-$B${r}+1)`;
      sheet.formula(
        row,
        monthCol(m),
        `=IF(${tenure}<1,0,${ref(ROW.fullQuota)}/12*IF(${tenure}<=3,CHOOSE(${tenure},${ref(ROW.ramp, 1)},${ref(ROW.ramp, 2)},${ref(ROW.ramp, 3)}),1))`,
      );
    }
  });
  if (a.newReps.length > 0) {
    const last = s.firstNewRep + a.newReps.length - 1;
    sheet.style(rangeA1(s.firstNewRep, 1, last, 1), 'input');
    sheet.validate(rangeA1(s.firstNewRep, 1, last, 1), sheetRule(SALES_PLAN_FIELDS.newRepStart, t));
    sheet.format(rangeA1(s.firstNewRep, 3, last, monthCol(s.lastMonth)), 'money');
  }
}

/**
 * The SMART statement as a formula over the inputs (it stays true after edits), and the checks:
 * one cell that says in words the first thing wrong, highlighted while anything is.
 */
function placeStatementAndChecks(sheet: SheetBuilder, s: Shape): void {
  const { t } = sheet;
  const a = s.answers;
  const names = childColumn(s, 0);
  const label = a.childLabel.toLowerCase();
  const count = `COUNTA(${names})`;
  const statement = sayInFormula(t(a.market ? SMART_STATEMENT_MARKET : SMART_STATEMENT), {
    share: percentInFormula(ref(ROW.growth), 1),
    market: wholeInFormula(ref(ROW.baseline)),
    owner: ref(ROW.owner),
    measure: `LOWER(${ref(ROW.measure)})`,
    target: wholeInFormula(ref(ROW.target)),
    period: formulaString(periodLabel(a, t)),
    growth: `IF(${ref(ROW.growth)}>=0,"+","")&${percentInFormula(ref(ROW.growth), 1)}`,
    baseline: wholeInFormula(ref(ROW.baseline)),
    count,
    children: `IF(${count}=1,${formulaString(label)},${formulaString(t('{label}s', { label }))})`,
    first: formulaString(monthName(a, 0, t)),
    last: formulaString(monthName(a, s.lastMonth, t)),
  });
  sheet.formula(ROW.statement, 0, `=${statement}`);
  sheet.style('A2', 'statement');
  const handOut = ref(ROW.handOut);
  const locks = `SUM(${childColumn(s, 2)})`;
  const whole = wholeInFormula;
  // The baseline's and growth's own checks; a market's size and share are checked by their input rules.
  const baselineChecks: [string, string][] = a.market
    ? []
    : [
        [`${ref(ROW.baseline)}<0`, sayInFormula(t("⚠ The baseline is negative: type last period's figure, 0 or more."))],
        [`OR(${ref(ROW.growth)}<-1,${ref(ROW.growth)}>5)`, sayInFormula(t('⚠ Growth must be from -100% to 500%: type 20% for +20%.'))],
      ];
  const checks: [string, string][] = [
    ...baselineChecks,
    [`OR(${ref(ROW.attainment)}<=0,${ref(ROW.attainment)}>1)`, sayInFormula(t('⚠ Expected attainment must be above 0% and at most 100%.'))],
    [`${ref(ROW.unit)}<=0`, sayInFormula(t('⚠ Round targets to a unit above 0.'))],
    [
      `COUNTIF(${childColumn(s, 1)},"<0")+COUNTIF(${childColumn(s, 2)},"<0")>0`,
      sayInFormula(t('⚠ A driver or a lock is negative: drivers and locks are 0 or more.')),
    ],
    [
      `${locks}>${handOut}`,
      sayInFormula(
        t("⚠ The locked targets add up to {locks}, more than the quota handed out ({handOut}): lower a lock, or the others' targets turn negative."),
        { locks: whole(locks), handOut: whole(handOut) },
      ),
    ],
    [
      `AND(${W('openDrivers')}=0,COUNT(${childColumn(s, 2)})<ROWS(${names}))`,
      sayInFormula(t('⚠ Every driver of the children who share is 0: give them drivers, or lock them all.')),
    ],
    [
      `ROUND(${absolute(s.checkRow, 3)},6)<>0`,
      sayInFormula(t('⚠ The targets add up to {total}, not the quota handed out ({handOut}).'), {
        total: whole(absolute(s.totalRow, 3)),
        handOut: whole(handOut),
      }),
    ],
    [
      `ABS(${ref(ROW.shares, 3)}-1)>0.000001`,
      sayInFormula(t('⚠ The month shares add up to {sum}, not 100%: the last month takes the difference.'), { sum: percentInFormula(ref(ROW.shares, 3), 1) }),
    ],
    ...(s.sub ? subLevelProblems(sheet, s.sub) : []),
  ];
  const ok = sayInFormula(t('✓ Every check passes: the targets add up to the quota handed out.'));
  sheet.check(ROW.checks, checks, ok, sayInFormula(t('⚠ A cell of the plan shows an error: look for # in the sheet.')));
  sheet.style('A3', 'statement');
}

/** Where the numbers of a built plan sit, for tests and for hosts that read them back. */
export const SALES_PLAN_LAYOUT = { ...ROW, firstMonthColumn: FIRST_MONTH_COL, workColumn: WORK_COL } as const;

export { roundTo };
