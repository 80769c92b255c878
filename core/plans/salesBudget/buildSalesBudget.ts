import { a1, rangeA1 } from '../../kit/sheet/a1';
import { Plan, freeSheetName } from '../../kit/sheet/plan';
import { SheetBuilder, absolute, absoluteBlock } from '../../kit/sheet/sheetBuilder';
import { AnswerField, answerInput } from '../../kit/answers/answerField';
import { sheetRule } from '../../kit/answers/answerRule';
import { Language } from '../../kit/i18n/languages';
import { translator } from '../../kit/i18n/translate';
import { msg } from '../../kit/i18n/msg';
import { percentInFormula, sayInFormula, wholeInFormula } from '../../kit/sheet/formulaText';
import { referencedOr } from '../../kit/sheet/planReference';
import { splitReference } from '../../kit/sheet/userTable';
import { MONTHS } from '../salesEvaluation/evaluationLayout';
import { COST_LINES, ReadNumber, SALES_BUDGET_FIELDS, SalesBudgetAnswers } from './salesBudgetAnswers';

/** The sheet's name, in the plan's language. */
export const SALES_BUDGET_SHEET = msg('Sales budget');

/** Rows of the inputs (column B), zero-based. */
export const SALES_BUDGET_LAYOUT = {
  check: 2,
  year: 4,
  target: 5,
  grossMargin: 6,
  commissionRate: 7,
  commissionPlan: 8,
  seats: 9,
  seatPrice: 10,
  trainingPerHire: 11,
  trainingPerHead: 12,
  visits: 13,
  kmPerVisit: 14,
  costPerKm: 15,
  marketing: 16,
  spread: 17,
  teamSection: 19,
} as const;
const L = SALES_BUDGET_LAYOUT;
const input = (row: number) => absolute(row, 1);
/** The months' columns (B to M) and the year's (N) in the monthly table. */
const monthCol = (m: number) => 1 + m;
const YEAR_COL = 13;

/** Where the team's blocks are, for the monthly formulas (undefined: none). */
interface Team {
  readonly people?: string;
  readonly salary?: string;
  readonly hireStart?: string;
  readonly hireSalary?: string;
  readonly others: readonly { readonly row: number }[];
  readonly end: number;
}

/** A number read from another plan, or typed: the input cell holds its reference or its value. */
function readInput(sheet: SheetBuilder, row: number, label: string, read: ReadNumber, field: keyof typeof SALES_BUDGET_FIELDS): void {
  const value = referencedOr(read);
  sheet.input(row, label, typeof value === 'number' ? value : 0, answerInput(SALES_BUDGET_FIELDS[field], sheet.t));
  // Read from a plan: the input cell (its rule and look) holds the reference instead of a number.
  if (typeof value !== 'number') {
    sheet.put(row, 1, null);
    sheet.formula(row, 1, value.formula);
  }
}

function placeInputs(sheet: SheetBuilder, a: SalesBudgetAnswers): void {
  const { t } = sheet;
  const declared = (name: keyof typeof SALES_BUDGET_FIELDS) => answerInput(SALES_BUDGET_FIELDS[name], t);
  sheet.input(L.year, t('Year'), a.year, declared('year'));
  readInput(sheet, L.target, t('Revenue target'), a.target, 'target');
  sheet.input(L.grossMargin, t('Gross margin'), a.grossMargin, declared('grossMargin'));
  sheet.input(L.commissionRate, t('Commission rate (of revenue)'), a.commission.rate ?? '', declared('commissionRate'));
  if (a.commission.rate === null) sheet.put(L.commissionRate, 1, null);
  if (a.commission.fromPlan) readInput(sheet, L.commissionPlan, t('Commissions for the year (Incentive plan)'), a.commission.fromPlan, 'commissionPlan');
  else sheet.text(L.commissionPlan, 0, t('Commissions for the year (Incentive plan)'));
  sheet.input(L.seats, t('Software seats'), a.software.seats, declared('seats'));
  sheet.input(L.seatPrice, t('Price a seat a month'), a.software.pricePerMonth, declared('seatPrice'));
  sheet.input(L.trainingPerHire, t('Training a new hire'), a.training.perHire, declared('trainingPerHire'));
  sheet.input(L.trainingPerHead, t('Training a head a year'), a.training.perHeadYear, declared('trainingPerHead'));
  readInput(sheet, L.visits, t('Visits a year'), a.travel.visits, 'visits');
  sheet.input(L.kmPerVisit, t('Km a visit'), a.travel.kmPerVisit, declared('kmPerVisit'));
  sheet.input(L.costPerKm, t('Cost a km'), a.travel.costPerKm, declared('costPerKm'));
  readInput(sheet, L.marketing, t('Marketing for the year'), a.marketing, 'marketing');
  sheet.input(L.spread, t('Spread of travel, marketing and other lines (flat or revenue)'), a.spread);
}

/** A block of rows under a header: each row's cells; returns its body's rows. */
function placeBlock(sheet: SheetBuilder, top: number, header: string[], rows: readonly (readonly (string | number | { formula: string })[])[]) {
  sheet.header(top, 0, header);
  rows.forEach((cells, i) =>
    cells.forEach((cell, c) => {
      if (typeof cell === 'string') sheet.text(top + 1 + i, c, cell);
      else if (typeof cell === 'number') sheet.number(top + 1 + i, c, cell);
      else sheet.formula(top + 1 + i, c, cell.formula);
    }),
  );
  return { first: top + 1, last: top + rows.length };
}

/** The team in post, the new hires and the other lines, as inputs. */
function placeTeam(sheet: SheetBuilder, a: SalesBudgetAnswers): Team {
  const { t } = sheet;
  const asCell = (read: ReadNumber) => referencedOr(read);
  sheet.section(L.teamSection, t('The team, new hires and other lines (yours)'));
  const roles = placeBlock(
    sheet,
    L.teamSection + 1,
    [t('Role'), t('People'), t('Salary a year')],
    a.roles.map((r) => [r.role, asCell(r.people), r.salary]),
  );
  const hiresTop = roles.last + 2;
  const hires = placeBlock(
    sheet,
    hiresTop,
    [t('New hire'), t('Start month (1–12)'), t('Salary a year')],
    a.hires.map((h) => [h.name, asCell(h.start), h.salary]),
  );
  const othersTop = hires.last + 2;
  const others = placeBlock(
    sheet,
    othersTop,
    [t('Other line'), t('Amount a year')],
    a.others.map((o) => [o.name, o.amount]),
  );
  const block = (b: { first: number; last: number }, col: number) => (b.last >= b.first ? absoluteBlock(b.first, col, b.last, col) : undefined);
  for (const [b, cols] of [
    [roles, [1, 2]],
    [hires, [1, 2]],
    [others, [1]],
  ] as const)
    if (b.last >= b.first) sheet.style(rangeA1(b.first, cols[0], b.last, cols[cols.length - 1]), 'input');
  const rules = [
    [roles, 1, 'people'],
    [roles, 2, 'salary'],
    [hires, 1, 'hireStart'],
    [hires, 2, 'hireSalary'],
    [others, 1, 'otherAmount'],
  ] as const;
  for (const [b, col, field] of rules)
    if (b.last >= b.first) {
      sheet.validate(rangeA1(b.first, col, b.last, col), sheetRule(SALES_BUDGET_FIELDS[field], t));
      const { format } = SALES_BUDGET_FIELDS[field] as AnswerField;
      if (format) sheet.format(rangeA1(b.first, col, b.last, col), format);
    }
  return {
    people: block(roles, 1),
    salary: block(roles, 2),
    hireStart: block(hires, 1),
    hireSalary: block(hires, 2),
    others: Array.from({ length: a.others.length }, (_, i) => ({ row: others.first + i })),
    end: Math.max(othersTop, others.last),
  };
}

/** The month-by-month formulas of each cost line, month m (1–12) in column `col`. */
function lineFormulas(a: SalesBudgetAnswers, team: Team, rows: { share: number; spread: number; revenue: number }, m: number, col: number): string[] {
  const at = (row: number) => a1(row, col);
  const inPost = team.people && team.salary ? `SUMPRODUCT(${team.people},${team.salary})` : '0';
  const hired = team.hireStart && team.hireSalary ? `SUMPRODUCT(${team.hireSalary},--(${team.hireStart}<=${m}))` : '0';
  const heads = `${team.people ? `SUM(${team.people})` : '0'}${team.hireStart ? `+COUNTIF(${team.hireStart},"<=${m}")` : ''}`;
  const newcomers = team.hireStart ? `COUNTIF(${team.hireStart},${m})` : '0';
  return [
    `=(${inPost}+${hired})/12`,
    a.commission.fromPlan ? `=${input(L.commissionPlan)}*${at(rows.spread)}` : `=${at(rows.revenue)}*N(${input(L.commissionRate)})`,
    `=${input(L.seats)}*${input(L.seatPrice)}`,
    `=${input(L.trainingPerHire)}*${newcomers}+${input(L.trainingPerHead)}/12*(${heads})`,
    `=${input(L.visits)}*${input(L.kmPerVisit)}*${input(L.costPerKm)}*${at(rows.spread)}`,
    `=${input(L.marketing)}*${at(rows.spread)}`,
    ...team.others.map((o) => `=${absolute(o.row, 1)}*${at(rows.spread)}`),
  ];
}

/** The monthly table: shares, spread, each cost line, total costs, revenue, gross margin, contribution. */
function placeMonths(sheet: SheetBuilder, a: SalesBudgetAnswers, team: Team, top: number) {
  const { t } = sheet;
  sheet.section(top, t('By month: each cost line, revenue (the target by the month shares) and what is left'));
  sheet.header(top + 1, 0, [t('Line'), ...MONTHS.map((m) => t(m)), t('Year')]);
  const rows = { share: top + 2, spread: top + 3, firstLine: top + 4, revenue: 0 };
  const lineNames = [...COST_LINES.map((l) => t(l)), ...a.others.map((o) => o.name)];
  const costs = rows.firstLine + lineNames.length;
  const [revenue, margin, contribution] = [costs + 1, costs + 2, costs + 3];
  rows.revenue = revenue;
  sheet.text(rows.share, 0, t('Share of revenue'));
  sheet.text(rows.spread, 0, t('Share of the spread lines'));
  lineNames.forEach((name, i) => sheet.text(rows.firstLine + i, 0, name));
  [
    [costs, t('Total costs')],
    [revenue, t('Revenue')],
    [margin, t('Gross margin')],
    [contribution, t('Contribution (gross margin − costs)')],
  ].forEach(([row, label]) => sheet.text(row as number, 0, label as string));
  a.monthShares.forEach((share, i) => {
    const m = i + 1;
    const col = monthCol(i);
    const value = referencedOr(share);
    if (typeof value === 'number') sheet.number(rows.share, col, value);
    else sheet.formula(rows.share, col, value.formula);
    sheet.formula(rows.spread, col, `=IF(LOWER(TRIM(${input(L.spread)}))="revenue",${a1(rows.share, col)},1/12)`);
    lineFormulas(a, team, rows, m, col).forEach((formula, k) => sheet.formula(rows.firstLine + k, col, formula));
    sheet.formula(costs, col, `=SUM(${rangeA1(rows.firstLine, col, costs - 1, col)})`);
    sheet.formula(revenue, col, `=${input(L.target)}*${a1(rows.share, col)}`);
    sheet.formula(margin, col, `=${a1(revenue, col)}*${input(L.grossMargin)}`);
    sheet.formula(contribution, col, `=${a1(margin, col)}-${a1(costs, col)}`);
  });
  for (let row = rows.share; row <= contribution; row += 1) sheet.formula(row, YEAR_COL, `=SUM(${rangeA1(row, monthCol(0), row, monthCol(11))})`);
  sheet.style(rangeA1(rows.share, 1, rows.share, 12), 'input');
  sheet.style(rangeA1(rows.spread, 0, rows.spread, YEAR_COL), 'working');
  sheet.style(rangeA1(costs, 0, costs, YEAR_COL), 'total');
  sheet.style(rangeA1(contribution, 0, contribution, YEAR_COL), 'total');
  sheet.format(rangeA1(rows.share, 1, rows.spread, YEAR_COL), 'percent');
  sheet.format(rangeA1(rows.firstLine, 1, contribution, YEAR_COL), 'money');
  sheet.chart({
    kind: 'column',
    title: t('Revenue and costs by month'),
    categories: rangeA1(top + 1, 1, top + 1, 12),
    values: rangeA1(costs, 1, revenue, 12),
    seriesNames: [t('Total costs'), t('Revenue')],
    lines: [0],
    anchor: a1(contribution + 2, 5),
  });
  return { rows, costs, revenue, margin, contribution, lines: absoluteBlock(rows.firstLine, 1, costs - 1, 12) };
}

/** Cost of sales, contribution and break-even revenue for the year. */
function placeSummary(sheet: SheetBuilder, a: SalesBudgetAnswers, top: number, m: ReturnType<typeof placeMonths>): void {
  const { t } = sheet;
  const year = (row: number) => absolute(row, YEAR_COL);
  const commissions = year(m.rows.firstLine + 1);
  sheet.section(top, t('The year'));
  const total = sheet.result(top + 1, t('Total costs'), `=${year(m.costs)}`, { format: 'money' });
  const costOfSales = sheet.result(top + 2, t('Cost of sales (costs ÷ revenue target)'), `=IF(${input(L.target)}=0,"",${year(m.costs)}/${input(L.target)})`, {
    format: 'percent',
  });
  const contribution = sheet.result(
    top + 3,
    t('Contribution (target × gross margin − costs)'),
    `=${input(L.target)}*${input(L.grossMargin)}-${year(m.costs)}`,
    { format: 'money' },
  );
  // Commissions a rate of revenue grow with it: break-even covers the other costs with what each unit of revenue leaves.
  const rate = a.commission.fromPlan ? '0' : `N(${input(L.commissionRate)})`;
  const fixed = a.commission.fromPlan ? year(m.costs) : `(${year(m.costs)}-${commissions})`;
  const breakEven = sheet.result(top + 4, t('Break-even revenue'), `=IF(${input(L.grossMargin)}-${rate}<=0,"",${fixed}/(${input(L.grossMargin)}-${rate}))`, {
    format: 'money',
  });
  sheet.keyOutputs(total, costOfSales, contribution, breakEven);
}

/** The check in words: inputs read from a plan that shows an error or is gone, negative costs, shares off 100%, costs above the margin. */
function placeCheck(sheet: SheetBuilder, team: Team, m: ReturnType<typeof placeMonths>): void {
  const { t } = sheet;
  const read = [absoluteBlock(L.target, 1, L.spread, 1), ...(team.people ? [team.people] : []), ...(team.hireStart ? [team.hireStart] : [])];
  const broken = read.map((block) => `SUMPRODUCT(--ISERROR(${block}))`).join('+');
  const shares = absoluteBlock(m.rows.share, 1, m.rows.share, 12);
  const costs = absolute(m.costs, YEAR_COL);
  const margin = `${input(L.target)}*${input(L.grossMargin)}`;
  sheet.check(
    L.check,
    [
      [`(${broken})>0`, sayInFormula(t('⚠ An input reads another plan’s sheet that shows an error or is gone: fix that sheet, or type the number here.'))],
      [
        `COUNTIF(${m.lines},"<0")>0`,
        sayInFormula(t('⚠ {count} monthly costs are negative: check the inputs they come from.'), { count: `COUNTIF(${m.lines},"<0")` }),
      ],
      [
        `ABS(SUM(${shares})-1)>0.000001`,
        sayInFormula(t('⚠ The month shares add up to {value}, not 100%: revenue and the lines spread by it are off.'), {
          value: percentInFormula(`SUM(${shares})`, 1),
        }),
      ],
      [
        `${costs}>${margin}`,
        sayInFormula(t("⚠ Costs of {costs} are above the target's gross margin of {margin}: the plan loses money."), {
          costs: wholeInFormula(costs),
          margin: wholeInFormula(margin),
        }),
      ],
    ],
    sayInFormula(t("✓ The budget's costs are covered by the target's gross margin.")),
  );
}

/** The sheets the budget reads, so its own name is never one of theirs. */
function sheetsRead(a: SalesBudgetAnswers): string[] {
  const reads = [
    a.target,
    a.marketing,
    a.travel.visits,
    ...(a.commission.fromPlan ? [a.commission.fromPlan] : []),
    ...a.monthShares,
    ...a.roles.map((r) => r.people),
    ...a.hires.map((h) => h.start),
  ];
  return reads.flatMap((r) => (r.formula ? [splitReference(r.formula.slice(1).split('+')[0]).sheet ?? ''] : [])).filter(Boolean);
}

/**
 * The Sales budget sheet: the target, gross margin and each cost's drivers as inputs (read from the
 * sales plan, Incentive plan, Field plan and Budget sheets as references, so their edits move it);
 * the team in post, new hires and other lines; each cost line by month (salaries from each start
 * month, training in the hire month, software monthly, the rest flat or as revenue falls); totals,
 * cost of sales, contribution and break-even revenue; revenue against costs charted; a check in words.
 *
 * @example
 * buildSalesBudget(answers).sheets[0].name //=> 'Sales budget'
 */
export function buildSalesBudget(a: SalesBudgetAnswers, language: Language = 'en'): Plan {
  const t = translator(language);
  const sheet = new SheetBuilder(freeSheetName(t(SALES_BUDGET_SHEET), sheetsRead(a)), t);
  sheet.text(0, 0, t('Sales budget {year}: what the plan costs and what it earns', { year: a.year }));
  sheet.style('A1', 'title');
  sheet.note(1, t('The yellow cells are yours; cells that read another plan follow its edits. Every month below is a formula.'));
  placeInputs(sheet, a);
  const team = placeTeam(sheet, a);
  const months = placeMonths(sheet, a, team, team.end + 2);
  placeSummary(sheet, a, months.contribution + 2, months);
  placeCheck(sheet, team, months);
  sheet.layout([300, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 110], { rows: 0, columns: 1 });
  return { sheets: [sheet.build()] };
}
