import { a1, rangeA1 } from '../../kit/sheet/a1';
import { Plan, freeSheetName } from '../../kit/sheet/plan';
import { SheetBuilder, absolute, absoluteBlock, fixedColumn } from '../../kit/sheet/sheetBuilder';
import { answerInput } from '../../kit/answers/answerField';
import { sheetRule } from '../../kit/answers/answerRule';
import { Language } from '../../kit/i18n/languages';
import { translator } from '../../kit/i18n/translate';
import { msg } from '../../kit/i18n/msg';
import { sayInFormula } from '../../kit/sheet/formulaText';
import { exactCriterionOf } from '../../kit/sheet/exactMatch';
import { splitReference } from '../../kit/sheet/userTable';
import { ActualsSource, actualsSource } from '../salesEvaluation/actualsSource';
import { MONTHS } from '../salesEvaluation/evaluationLayout';
import { INCENTIVE_PLAN_FIELDS, IncentivePlanAnswers, PERIODS_IN_YEAR, isQuotaFormula } from './incentivePlanAnswers';

/** The sheet's name, in the plan's language. */
export const INCENTIVE_SHEET = msg('Incentive plan');

/** Rows of the inputs (column B) and of the rate table, zero-based. */
export const INCENTIVE_LAYOUT = { check: 2, year: 4, method: 5, gate: 6, cap: 7, ratesHeader: 10, firstBand: 11 } as const;
const L = INCENTIVE_LAYOUT;

/** The reps' columns: inputs, then what the sheet computes; the periods' blocks start at `firstPeriod`. */
export const REP_COLUMNS = {
  name: 0,
  quota: 1,
  base: 2,
  variable: 3,
  baseRate: 4,
  onTarget: 5,
  actual: 6,
  attainment: 7,
  payout: 8,
  effectiveRate: 9,
  totalPay: 10,
  firstPeriod: 12,
} as const;
const C = REP_COLUMNS;

/** The row of the first rep (zero-based): the reps' table sits under the rate table. */
export const firstRepRow = (a: Pick<IncentivePlanAnswers, 'bands'>): number => L.firstBand + a.bands.length + 3;

/** The attainment bands of the spread: lower bound, upper bound (exclusive), label. */
const SPREAD = [
  [0, 0.5, '< 50%'],
  [0.5, 0.8, '50–80%'],
  [0.8, 1, '80–100%'],
  [1, 1.2, '100–120%'],
  [1.2, null, '≥ 120%'],
] as const;

/** Where the rate table's columns are, for the payout formula. */
interface RateTable {
  readonly bounds: string;
  readonly steps: string;
  readonly firstRate: string;
}

/**
 * The commission on an amount sold to date, as COMMISSION pays it, in native formulas: below 0 or
 * below the gate every part at the first rate; "tier" the whole at the highest band reached;
 * "marginal" each band's step of rate on what lies above its bound (Σ Δrate × MAX(0, X − bound ×
 * quota)); all at the rep's base rate, the cap a multiple of variable pay.
 */
function payoutFormula(x: string, quota: string, rate: string, variable: string, r: RateTable): string {
  const gate = absolute(L.gate, 1);
  const cap = absolute(L.cap, 1);
  const tier = `${x}*${rate}*SUMPRODUCT(${r.steps},--(${x}>=${r.bounds}*${quota}))`;
  const marginal = `${rate}*SUMPRODUCT(${r.steps},(${x}>${r.bounds}*${quota})*(${x}-${r.bounds}*${quota}))`;
  const paid = `IF(OR(${x}<0,AND(${gate}<>"",${x}/${quota}<${gate})),${x}*${rate}*${r.firstRate},IF(LOWER(TRIM(${absolute(L.method, 1)}))="tier",${tier},${marginal}))`;
  return `IF(${cap}="",${paid},MIN(${cap}*${variable},${paid}))`;
}

/** The inputs: year, method, gate and cap. */
function placeInputs(sheet: SheetBuilder, a: IncentivePlanAnswers): void {
  const { t } = sheet;
  const declared = (name: keyof typeof INCENTIVE_PLAN_FIELDS) => answerInput(INCENTIVE_PLAN_FIELDS[name], t);
  sheet.input(L.year, t('Year'), a.year, declared('year'));
  sheet.input(L.method, t('Method (marginal or tier)'), a.method);
  sheet.input(L.gate, t('Gate (attainment; blank: none)'), a.gate ?? '', declared('gate'));
  if (a.gate === null) sheet.put(L.gate, 1, null);
  sheet.input(L.cap, t('Cap (× variable pay; blank: none)'), a.capMultiple ?? '', declared('capMultiple'));
  if (a.capMultiple === null) sheet.put(L.cap, 1, null);
}

/** The rate table: each band's lower bound (attainment) and rate (× base rate), and its step over the band below. */
function placeRates(sheet: SheetBuilder, a: IncentivePlanAnswers): RateTable {
  const { t } = sheet;
  sheet.section(L.ratesHeader - 1, t("Rates: from an attainment, a multiple of the rep's base rate (variable pay ÷ quota)"));
  sheet.header(L.ratesHeader, 0, [t('From (attainment)'), t('Rate (× base rate)'), t('Step')]);
  a.bands.forEach((band, i) => {
    const row = L.firstBand + i;
    sheet.number(row, 0, band.from);
    sheet.number(row, 1, band.rate);
    sheet.formula(row, 2, i === 0 ? `=${a1(row, 1)}` : `=${a1(row, 1)}-${a1(row - 1, 1)}`);
  });
  const last = L.firstBand + a.bands.length - 1;
  sheet.style(rangeA1(L.firstBand, 0, last, 1), 'input');
  sheet.style(rangeA1(L.firstBand, 2, last, 2), 'working');
  sheet.format(rangeA1(L.firstBand, 0, last, 0), 'percent');
  sheet.format(rangeA1(L.firstBand, 1, last, 2), 'decimal');
  sheet.validate(rangeA1(L.firstBand, 0, last, 0), sheetRule(INCENTIVE_PLAN_FIELDS.bandFrom, t));
  sheet.validate(rangeA1(L.firstBand, 1, last, 1), sheetRule(INCENTIVE_PLAN_FIELDS.bandRate, t));
  return {
    bounds: absoluteBlock(L.firstBand, 0, last, 0),
    steps: absoluteBlock(L.firstBand, 2, last, 2),
    firstRate: absolute(L.firstBand, 1),
  };
}

/** The periods' names: the months, or Q1–Q4. */
const periodNames = (a: IncentivePlanAnswers, t: (s: string) => string) => (a.period === 'month' ? MONTHS.map((m) => t(m)) : ['Q1', 'Q2', 'Q3', 'Q4']);

/** One rep's row: pay mix, the year's actual, attainment, commission, effective rate; sold, earned to date and paid by period. */
function placeRep(sheet: SheetBuilder, a: IncentivePlanAnswers, i: number, row: number, source: ActualsSource, rates: RateTable): void {
  const rep = a.reps[i];
  const r = (c: number) => a1(row, c);
  const fixed = (c: number) => fixedColumn(row, c);
  const periods = PERIODS_IN_YEAR[a.period];
  const months = 12 / periods;
  const year = absolute(L.year, 1);
  sheet.text(row, C.name, rep.name);
  if (rep.quotaFormula && isQuotaFormula(rep.quotaFormula)) sheet.formula(row, C.quota, rep.quotaFormula);
  else sheet.number(row, C.quota, rep.quota);
  sheet.number(row, C.base, rep.base);
  sheet.number(row, C.variable, rep.variable);
  sheet.formula(row, C.baseRate, `=${r(C.variable)}/${r(C.quota)}`);
  sheet.formula(row, C.onTarget, `=${r(C.base)}+${r(C.variable)}`);
  const [sold, earned, paid] = [0, 1, 2].map((block) => C.firstPeriod + block * periods);
  sheet.formula(row, C.actual, `=SUM(${rangeA1(row, sold, row, sold + periods - 1)})`);
  sheet.formula(row, C.attainment, `=${r(C.actual)}/${r(C.quota)}`);
  sheet.formula(row, C.payout, `=${r(earned + periods - 1)}`);
  sheet.formula(row, C.effectiveRate, `=IF(${r(C.actual)}=0,"",${r(C.payout)}/${r(C.actual)})`);
  sheet.formula(row, C.totalPay, `=${r(C.base)}+${r(C.payout)}`);
  for (let p = 0; p < periods; p += 1) {
    const [from, to] = [`DATE(${year},${1 + p * months},1)`, `DATE(${year},${1 + (p + 1) * months},1)`];
    sheet.formula(row, sold + p, `=SUMIFS(${source.amount},${source.child},${exactCriterionOf(fixed(C.name))},${source.between(from, to)})`);
    const toDate = `SUM(${fixed(sold)}:${r(sold + p)})`;
    sheet.formula(row, earned + p, `=${payoutFormula(toDate, fixed(C.quota), fixed(C.baseRate), fixed(C.variable), rates)}`);
    sheet.formula(row, paid + p, p === 0 ? `=${r(earned)}` : `=${r(earned + p)}-${r(earned + p - 1)}`);
  }
}

/** The reps' table with its totals row; returns the totals row. */
function placeReps(sheet: SheetBuilder, a: IncentivePlanAnswers, top: number, source: ActualsSource, rates: RateTable): number {
  const { t } = sheet;
  const periods = PERIODS_IN_YEAR[a.period];
  const names = periodNames(a, t);
  sheet.section(top, t('Reps: quota and pay mix (yours); sold, attainment and commission (the year to date trued up each period)'));
  sheet.header(top + 1, 0, [
    t('Rep'),
    t('Quota'),
    t('Base salary'),
    t('Variable pay (on target)'),
    t('Base rate'),
    t('On-target earnings'),
    t('Sold'),
    t('Attainment'),
    t('Commission'),
    t('Effective rate'),
    t('Total pay'),
    null,
    ...names.map((n) => t('Sold {period}', { period: n })),
    ...names.map((n) => t('Earned to {period}', { period: n })),
    ...names.map((n) => t('Paid {period}', { period: n })),
  ]);
  const first = top + 2;
  a.reps.forEach((_, i) => placeRep(sheet, a, i, first + i, source, rates));
  const last = first + Math.max(1, a.reps.length) - 1;
  const total = last + 1;
  const lastColumn = C.firstPeriod + 3 * periods - 1;
  sheet.text(total, 0, t('Total'));
  const sum = (c: number) => sheet.formula(total, c, `=SUM(${rangeA1(first, c, last, c)})`);
  [C.quota, C.base, C.variable, C.onTarget, C.actual, C.payout, C.totalPay].forEach(sum);
  for (let c = C.firstPeriod; c <= lastColumn; c += 1) sum(c);
  sheet.formula(total, C.attainment, `=IF(${a1(total, C.quota)}=0,"",${a1(total, C.actual)}/${a1(total, C.quota)})`);
  sheet.formula(total, C.effectiveRate, `=IF(${a1(total, C.actual)}=0,"",${a1(total, C.payout)}/${a1(total, C.actual)})`);
  sheet.style(rangeA1(total, 0, total, lastColumn), 'total');
  sheet.style(rangeA1(first, C.quota, last, C.variable), 'input');
  sheet.format(rangeA1(first, C.quota, total, C.variable), 'money');
  sheet.format(rangeA1(first, C.baseRate, total, C.baseRate), 'percent');
  sheet.format(rangeA1(first, C.onTarget, total, C.actual), 'money');
  sheet.format(rangeA1(first, C.attainment, total, C.attainment), 'percent');
  sheet.format(rangeA1(first, C.payout, total, C.payout), 'money');
  sheet.format(rangeA1(first, C.effectiveRate, total, C.effectiveRate), 'percent');
  sheet.format(rangeA1(first, C.totalPay, total, lastColumn), 'money');
  for (const [field, c] of [
    ['quota', C.quota],
    ['base', C.base],
    ['variable', C.variable],
  ] as const)
    sheet.validate(rangeA1(first, c, last, c), sheetRule(INCENTIVE_PLAN_FIELDS[field], t));
  return total;
}

/** What the plan costs against what it brings, and how the reps spread over attainment, charted. */
function placeSummary(sheet: SheetBuilder, a: IncentivePlanAnswers, top: number, total: number): number {
  const { t } = sheet;
  const first = total - Math.max(1, a.reps.length);
  const attainment = absoluteBlock(first, C.attainment, total - 1, C.attainment);
  const at = (c: number) => absolute(total, c);
  sheet.section(top, t('What the plan costs, and how the reps spread over attainment'));
  sheet.keyOutputs({ ref: at(C.payout), label: t('Payout cost') }, { ref: at(C.totalPay), label: t('Total pay') });
  const commissionShare = sheet.result(top + 1, t('Commission as a share of revenue'), `=IF(${at(C.actual)}=0,"",${at(C.payout)}/${at(C.actual)})`, {
    format: 'percent',
  });
  sheet.result(top + 2, t('Total pay as a share of revenue'), `=IF(${at(C.actual)}=0,"",${at(C.totalPay)}/${at(C.actual)})`, { format: 'percent' });
  sheet.keyOutputs(commissionShare);
  const atQuota = sheet.result(top + 3, t('Reps at or above quota'), `=IF(COUNT(${attainment})=0,"",COUNTIF(${attainment},">=1")/COUNT(${attainment}))`, {
    format: 'percent',
  });
  sheet.keyOutputs(atQuota);
  sheet.header(top + 5, 0, [t('Attainment'), t('Share of reps')]);
  SPREAD.forEach(([from, to, label], i) => {
    const row = top + 6 + i;
    sheet.text(row, 0, label);
    const within = to === null ? `${attainment},">=${from}"` : `${attainment},">=${from}",${attainment},"<${to}"`;
    sheet.formula(row, 1, `=IF(COUNT(${attainment})=0,0,COUNTIFS(${within})/COUNT(${attainment}))`);
  });
  const spreadEnd = top + 5 + SPREAD.length;
  sheet.format(rangeA1(top + 6, 1, spreadEnd, 1), 'percent');
  sheet.chart({
    kind: 'column',
    title: t('Share of reps by attainment'),
    categories: rangeA1(top + 6, 0, spreadEnd, 0),
    values: rangeA1(top + 6, 1, spreadEnd, 1),
    valueFormat: 'percent',
    anchor: a1(top, 4),
  });
  return spreadEnd;
}

/** The payout curve: what the plan pays, as a multiple of variable pay, at each attainment from 0% to 200%. */
function placeCurve(sheet: SheetBuilder, top: number, rates: RateTable): number {
  const { t } = sheet;
  sheet.section(top, t('Payout curve: commission as a multiple of variable pay, by attainment'));
  sheet.header(top + 1, 0, [t('Attainment'), t('× variable pay')]);
  for (let k = 0; k <= 20; k += 1) {
    const row = top + 2 + k;
    sheet.number(row, 0, k / 10);
    // A rep of quota 1 and variable pay 1: the base rate is 1, so the payout reads as a multiple of variable pay.
    sheet.formula(row, 1, `=${payoutFormula(a1(row, 0), '1', '1', '1', rates)}`);
  }
  const last = top + 22;
  sheet.format(rangeA1(top + 2, 0, last, 0), 'percent');
  sheet.format(rangeA1(top + 2, 1, last, 1), 'decimal');
  sheet.chart({
    kind: 'line',
    title: t('Payout curve'),
    categories: rangeA1(top + 2, 0, last, 0),
    values: rangeA1(top + 2, 1, last, 1),
    valueFormat: 'decimal',
    anchor: a1(top, 4),
  });
  return last;
}

/** The check in words: the rate table's order, the method, and names the actuals would miss. */
function placeCheck(sheet: SheetBuilder, a: IncentivePlanAnswers, source: ActualsSource): void {
  const { t } = sheet;
  const last = L.firstBand + a.bands.length - 1;
  const bounds = (from: number, to: number) => absoluteBlock(from, 0, to, 0);
  const unsorted = a.bands.length > 1 ? `SUMPRODUCT(--(${bounds(L.firstBand + 1, last)}<=${bounds(L.firstBand, last - 1)}))>0` : 'FALSE';
  const spaced = `SUMPRODUCT(--(LEN(${source.child})<>LEN(TRIM(${source.child}))))`;
  sheet.check(
    L.check,
    [
      [`${absolute(L.firstBand, 0)}<>0`, sayInFormula(t("⚠ The first band must start at 0% attainment: set the rate table's first bound to 0."))],
      [unsorted, sayInFormula(t("⚠ The rate table's bounds must rise from band to band: sort them."))],
      [
        `AND(LOWER(TRIM(${absolute(L.method, 1)}))<>"marginal",LOWER(TRIM(${absolute(L.method, 1)}))<>"tier")`,
        sayInFormula(t('⚠ The method is marginal or tier.')),
      ],
      [
        `${spaced}>0`,
        sayInFormula(t('⚠ {count} names in the actuals have spaces around them and count for nobody: remove the spaces (TRIM).'), { count: spaced }),
      ],
    ],
    sayInFormula(t("✓ Every rep's commission follows the rate table.")),
  );
}

/** The sheets the plan reads: the actuals', and those its quotas read. */
function sheetsRead(a: IncentivePlanAnswers): string[] {
  const quotaSheets = a.reps.flatMap((r) =>
    [...(r.quotaFormula ?? '').matchAll(/('(?:[^']|'')+'|[A-Za-z_][\w.]*)!/g)].map((m) => splitReference(`${m[1]}!A1`).sheet ?? ''),
  );
  return [a.actuals.sheet, ...quotaSheets];
}

/**
 * The Incentive plan sheet: the rate table and each rep's quota and pay mix as inputs; for each rep
 * the year's sales (SUMIFS over the user's actuals, read where they are), attainment, commission,
 * effective rate and total pay; by period what was sold, the commission earned on the year to date
 * and what is paid (the year to date less what was paid before); totals, the cost of the plan as a
 * share of revenue, the spread of attainment and the payout curve, charted; a check in words.
 *
 * @example
 * buildIncentivePlan(answers, ['Opportunity', 'Owner', 'Amount', 'Closed', 'Outcome'])
 */
export function buildIncentivePlan(a: IncentivePlanAnswers, actualsHeader: readonly string[], language: Language = 'en'): Plan {
  const source = actualsSource(a, actualsHeader);
  const t = translator(language);
  const sheet = new SheetBuilder(freeSheetName(t(INCENTIVE_SHEET), sheetsRead(a)), t);
  sheet.text(0, 0, t('Incentive plan {year}: commission on {sheet}!{range}', { year: a.year, sheet: a.actuals.sheet, range: a.actuals.range }));
  sheet.style('A1', 'title');
  sheet.note(
    1,
    t('The yellow cells are yours: edit a rate, a quota or a pay mix and every payout follows. Sales are read from {sheet}!{range}.', {
      sheet: a.actuals.sheet,
      range: a.actuals.range,
    }),
  );
  placeInputs(sheet, a);
  const rates = placeRates(sheet, a);
  const total = placeReps(sheet, a, firstRepRow(a) - 2, source, rates);
  const spreadEnd = placeSummary(sheet, a, total + 2, total);
  placeCurve(sheet, Math.max(spreadEnd + 2, total + 20), rates);
  placeCheck(sheet, a, source);
  const periods = PERIODS_IN_YEAR[a.period];
  sheet.layout([170, 100, 100, 110, 80, 110, 100, 90, 100, 90, 100, 16, ...Array.from({ length: 3 * periods }, () => 90)], { rows: 0, columns: 1 });
  return { sheets: [sheet.build()] };
}
