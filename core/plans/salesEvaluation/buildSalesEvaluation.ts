import { a1, rangeA1 } from '../../kit/sheet/a1';
import { Plan } from '../../kit/sheet/plan';
import { SheetBuilder, absolute, absoluteBlock } from '../../kit/sheet/sheetBuilder';
import { ActualsSource, actualsSource } from './actualsSource';
import { placePriceVolumeMix } from './priceVolumeMixBlock';
import { placePipelineForecast } from './pipelineForecastBlock';
import { DASHBOARD_SHEET, buildSalesDashboard } from './buildSalesDashboard';
import { freeSheetName } from '../../kit/sheet/plan';
import { EVALUATION_FIELDS, SalesEvaluationAnswers } from './salesEvaluationAnswers';
import { answerInput } from '../../kit/answers/answerField';

import { CHILD_COLUMNS, EVALUATION_LAYOUT, EVALUATION_SHEET, MONTHS } from './evaluationLayout';
import { Language } from '../../kit/i18n/languages';
import { Translate, translator } from '../../kit/i18n/translate';
import { BILLIONTH, formulaString, sayInFormula } from '../../kit/sheet/formulaText';
import { exactCriterionOf } from '../../kit/sheet/exactMatch';
import { splitReference } from '../../kit/sheet/userTable';

export { CHILD_COLUMNS, EVALUATION_LAYOUT, EVALUATION_SHEET };
const L = EVALUATION_LAYOUT;
const C = CHILD_COLUMNS;
const input = (row: number) => absolute(row, 1);

/** A RAG status from an attainment expression, with the cut-off cells ("" when there is no target). */
const ragFormula = (attainment: string, target: string, t: Translate) =>
  `=IF(OR(${target}<=0,${input(L.amberFrom)}>${input(L.greenFrom)}),"",IF(ROUND(${attainment},9)>=${input(L.greenFrom)},${formulaString(t('Green'))},IF(ROUND(${attainment},9)>=${input(L.amberFrom)},${formulaString(t('Amber'))},${formulaString(t('Red'))})))`;

function placeInputs(sheet: SheetBuilder, a: SalesEvaluationAnswers): void {
  const { t } = sheet;
  const declared = (name: keyof typeof EVALUATION_FIELDS) => answerInput(EVALUATION_FIELDS[name], t);
  sheet.input(L.year, t('Year'), a.year, declared('year'));
  sheet.input(L.elapsed, t('Months gone by'), a.monthsElapsed, declared('monthsElapsed'));
  sheet.input(L.amberFrom, t('Amber from'), a.amberFrom, declared('amberFrom'));
  sheet.input(L.greenFrom, t('Green from'), a.greenFrom, declared('greenFrom'));
}

/** Actual against target month by month, with variance, attainment and RAG for the months gone by. */
function placeMonths(sheet: SheetBuilder, children: number, source: ActualsSource): void {
  const { t } = sheet;
  sheet.section(
    L.monthsHeader - 1,
    t('By month: target, actual (SUMIFS over the actuals), variance; attainment and status to date (a part month against its part of the target)'),
  );
  sheet.header(L.monthsHeader, 0, [t('Month'), t('Target'), t('Actual'), t('Variance'), t('Attainment'), t('Status')]);
  const lastChild = L.firstChild + Math.max(1, children) - 1;
  MONTHS.forEach((month, m) => {
    const row = L.firstMonth + m;
    const r = (c: number) => a1(row, c);
    sheet.text(row, 0, t(month));
    sheet.formula(row, 1, `=SUM(${rangeA1(L.firstChild, C.firstMonth + m, lastChild, C.firstMonth + m)})`);
    sheet.formula(row, 2, `=SUMIFS(${source.amount},${source.between(`DATE(${input(L.year)},${m + 1},1)`, `DATE(${input(L.year)},${m + 2},1)`)})`);
    sheet.formula(row, 3, `=${r(2)}-${r(1)}`);
    // A month is judged on its part gone by: half-way through it, against half its target.
    const weight = absolute(L.weights, C.firstMonth + m);
    sheet.formula(row, 4, `=IF(${weight}=0,"",IFERROR(${r(2)}/(${r(1)}*${weight}),""))`);
    sheet.formula(row, 5, `=IF(${weight}=0,"",${ragFormula(`${r(2)}/(${r(1)}*${weight})`, `${r(1)}*${weight}`, sheet.t).slice(1)})`);
  });
  const last = L.firstMonth + 11;
  sheet.text(last + 1, 0, t('Year'));
  for (const c of [1, 2, 3]) sheet.formula(last + 1, c, `=SUM(${rangeA1(L.firstMonth, c, last, c)})`);
  sheet.keyOutputs(...[t('Target'), t('Actual'), t('Variance')].map((label, i) => ({ ref: a1(last + 1, 1 + i), label: `${t('Year')}: ${label}` })));
  sheet.style(rangeA1(last + 1, 0, last + 1, 5), 'total');
  sheet.format(rangeA1(L.firstMonth, 1, last + 1, 3), 'money');
  sheet.format(rangeA1(L.firstMonth, 4, last, 4), 'percent');
  sheet.chart({
    kind: 'column',
    title: t('Target and actual by month'),
    categories: rangeA1(L.firstMonth, 0, last, 0),
    values: rangeA1(L.firstMonth, 1, last, 2),
    seriesNames: [t('Target'), t('Actual')],
    anchor: a1(L.monthsHeader, 23),
  });
}

/** One child's row: its monthly targets (inputs), year target, target to date, actual, variance, attainment, RAG, forecast. */
function placeChild(sheet: SheetBuilder, a: SalesEvaluationAnswers, i: number, source: ActualsSource): void {
  const row = L.firstChild + i;
  const r = (c: number) => a1(row, c);
  const child = a.children[i];
  sheet.text(row, C.name, child.name);
  child.targets.forEach((t, m) => {
    const cell = child.targetCells?.[m];
    if (cell) sheet.formula(row, C.firstMonth + m, `=${cell}`);
    else sheet.number(row, C.firstMonth + m, t);
  });
  const months = rangeA1(row, C.firstMonth, row, C.firstMonth + 11);
  sheet.formula(row, C.year, `=SUM(${months})`);
  sheet.formula(row, C.toDate, `=ROUND(SUMPRODUCT(${months},${absoluteBlock(L.weights, C.firstMonth, L.weights, C.firstMonth + 11)}),9)`);
  sheet.formula(
    row,
    C.actual,
    `=SUMIFS(${source.amount},${source.child},${exactCriterionOf(r(C.name))},${source.between(`DATE(${input(L.year)},1,1)`, `DATE(${input(L.year)}+1,1,1)`)})`,
  );
  sheet.formula(row, C.variance, `=${r(C.actual)}-${r(C.toDate)}`);
  sheet.formula(row, C.attainment, `=IFERROR(${r(C.actual)}/${r(C.toDate)},"")`);
  sheet.formula(row, C.rag, ragFormula(`${r(C.actual)}/${r(C.toDate)}`, r(C.toDate), sheet.t));
  sheet.formula(row, C.forecast, `=IF(${r(C.toDate)}=0,"",${r(C.actual)}/${r(C.toDate)}*${r(C.year)})`);
  // Largest gap first; an earlier child first on a tie (its key is a hair larger).
  sheet.formula(row, C.key, `=IF(${r(C.toDate)}-${r(C.actual)}>0,${r(C.toDate)}-${r(C.actual)}-${i}*${BILLIONTH},"")`);
}

/** The children: targets by month as inputs, and how each stands to date; the months' weights above them. */
function placeChildren(sheet: SheetBuilder, a: SalesEvaluationAnswers, source: ActualsSource): number {
  const { t } = sheet;
  sheet.text(L.weights - 1, 0, t('By child: monthly targets (yours), target to date, actual, variance, attainment, status, forecast at its own pace'));
  sheet.style(a1(L.weights - 1, 0), 'section');
  sheet.text(L.weights, 0, t('Share of the month gone by'));
  MONTHS.forEach((_, m) => sheet.formula(L.weights, C.firstMonth + m, `=MIN(1,MAX(0,${input(L.elapsed)}-${m}))`));
  sheet.style(rangeA1(L.weights, 0, L.weights, C.firstMonth + 11), 'working');
  sheet.header(L.childrenHeader, 0, [
    t('Child'),
    ...MONTHS.map((m) => t(m)),
    t('Year target'),
    t('Target to date'),
    t('Actual'),
    t('Variance'),
    t('Attainment'),
    t('Status'),
    t('Forecast at pace'),
  ]);
  sheet.text(L.childrenHeader, C.key, t('Shortfall key'));
  a.children.forEach((_, i) => placeChild(sheet, a, i, source));
  const last = L.firstChild + Math.max(1, a.children.length) - 1;
  sheet.style(rangeA1(L.firstChild, C.firstMonth, last, C.firstMonth + 11), 'input');
  sheet.style(rangeA1(L.firstChild, C.key, last, C.key), 'working');
  sheet.format(rangeA1(L.firstChild, C.firstMonth, last, C.variance), 'money');
  sheet.format(rangeA1(L.firstChild, C.attainment, last, C.attainment), 'percent');
  sheet.format(rangeA1(L.firstChild, C.forecast, last, C.forecast), 'money');
  return last;
}

/** The largest shortfalls, most behind first, read from the children by their keys. */
function placeShortfalls(sheet: SheetBuilder, children: number, top: number): string {
  const { t } = sheet;
  const last = L.firstChild + Math.max(1, children) - 1;
  const col = (c: number) => `${absolute(L.firstChild, c)}:${absolute(last, c)}`;
  const rows = Math.max(1, Math.min(10, children));
  sheet.section(top, t('The {rows} largest shortfalls to date, most behind first', { rows }));
  sheet.header(top + 1, 0, ['#', t('Child'), t('Actual'), t('Target to date'), t('Gap'), t('Attainment')]);
  for (let k = 1; k <= rows; k += 1) {
    const row = top + 1 + k;
    const at = `MATCH(LARGE(${col(C.key)},${k}),${col(C.key)},0)`;
    const pick = (c: number) => `=IF(${k}>COUNT(${col(C.key)}),"",INDEX(${col(c)},${at}))`;
    sheet.number(row, 0, k);
    sheet.formula(row, 1, pick(C.name));
    sheet.formula(row, 2, pick(C.actual));
    sheet.formula(row, 3, pick(C.toDate));
    sheet.formula(row, 4, `=IF(${a1(row, 1)}="","",${a1(row, 3)}-${a1(row, 2)})`);
    sheet.formula(row, 5, pick(C.attainment));
  }
  sheet.format(rangeA1(top + 2, 2, top + 1 + rows, 4), 'money');
  sheet.format(rangeA1(top + 2, 5, top + 1 + rows, 5), 'percent');
  return `${absolute(top + 2, 1)}`;
}

/** The check in A3: who is behind, in words. */
function placeCheck(sheet: SheetBuilder, children: number, furthest: string, names: readonly string[], more: readonly [string, string][]): void {
  const last = L.firstChild + Math.max(1, children) - 1;
  const rag = `${absolute(L.firstChild, C.rag)}:${absolute(last, C.rag)}`;
  const { t } = sheet;
  const [red, amber] = [formulaString(t('Red')), formulaString(t('Amber'))];
  // Names typed later with spaces around them would count for nobody: SUMIFS compares exactly.
  const spaced = (column: string) => `SUMPRODUCT(--(LEN(${column})<>LEN(TRIM(${column}))))`;
  sheet.check(
    L.check,
    [
      ...names.map((column): [string, string] => [
        `${spaced(column)}>0`,
        sayInFormula(t('⚠ {count} names in the actuals have spaces around them and count for nobody: remove the spaces (TRIM).'), { count: spaced(column) }),
      ]),
      ...more,
      [`${input(L.amberFrom)}>${input(L.greenFrom)}`, sayInFormula(t('⚠ Amber starts above green: set the cut-offs so that amber is the lower.'))],
      [
        `COUNTIF(${rag},${red})>0`,
        sayInFormula(t('⚠ {count} behind target to date (Red); furthest behind: {child}.'), { count: `COUNTIF(${rag},${red})`, child: furthest }),
      ],
      [`COUNTIF(${rag},${amber})>0`, sayInFormula(t('⚠ {count} near target (Amber), none behind.'), { count: `COUNTIF(${rag},${amber})` })],
    ],
    sayInFormula(t('✓ Every one is on target to date.')),
  );
}

/** The sheets the plan reads: the actuals', and those of the targets read from a plan's cells. */
function sheetsRead(a: SalesEvaluationAnswers): string[] {
  return [a.actuals.sheet, ...a.children.flatMap((c) => (c.targetCells ?? []).flatMap((cell) => (cell ? [splitReference(cell).sheet ?? ''] : [])))];
}

/**
 * The plan's own sheet names, none the name of a sheet it reads: the Dashboard refers to the
 * Evaluation by name, and a host that finds "Evaluation" taken renames the plan's and rewrites its
 * references, so the plan's name must never also be the actuals' ("Evaluation (2)" then).
 */
function namesApartFromData(a: SalesEvaluationAnswers, wanted: readonly string[]): string[] {
  const taken = sheetsRead(a);
  return wanted.reduce<string[]>((names, name) => [...names, freeSheetName(name, [...taken, ...names])], []);
}

/** Whether the answers give a product and a quantity field, and products to list. */
export const hasPriceVolumeMix = (a: SalesEvaluationAnswers) => Boolean(a.actuals.productField && a.actuals.quantityField && (a.products ?? []).length > 0);

/**
 * The Evaluation sheet: year, months gone by and the RAG cut-offs as inputs; actual against target
 * by month (SUMIFS over the user's actuals, read where they are) with a chart; each child's monthly
 * targets as inputs, target to date, actual, variance, attainment, RAG (highlighted from the cut-off
 * cells' statuses), forecast at its own seasonal pace; the largest shortfalls; a check in words.
 *
 * @example
 * buildSalesEvaluation(answers, ['Opportunity', 'Owner', 'Amount', 'Closed', 'Outcome'])
 */
export function buildSalesEvaluation(a: SalesEvaluationAnswers, actualsHeader: readonly string[], language: Language = 'en'): Plan {
  const source = actualsSource(a, actualsHeader);
  const t = translator(language);
  const [evaluationName, dashboardName] = namesApartFromData(a, [t(EVALUATION_SHEET), t(DASHBOARD_SHEET)]);
  const sheet = new SheetBuilder(evaluationName, t);
  sheet.text(0, 0, t('Evaluation {year}: {sheet}!{range} against the targets below', { year: a.year, sheet: a.actuals.sheet, range: a.actuals.range }));
  sheet.style('A1', 'title');
  sheet.note(
    1,
    t(
      'The yellow cells are yours. The actuals are read from {sheet}!{range} (rows added inside that range count at once; grow the range for rows added below it).',
      { sheet: a.actuals.sheet, range: a.actuals.range },
    ),
  );
  placeInputs(sheet, a);
  placeMonths(sheet, a.children.length, source);
  const pipelineProblems = a.pipeline ? placePipelineForecast(sheet, a.pipeline) : [];
  const last = placeChildren(sheet, a, source);
  const furthest = placeShortfalls(sheet, a.children.length, last + 2);
  placeCheck(sheet, a.children.length, furthest, [source.child, ...(a.actuals.statusField ? [source.column(a.actuals.statusField)] : [])], pipelineProblems);
  if (hasPriceVolumeMix(a))
    placePriceVolumeMix(sheet, a, last + 2 + Math.max(1, Math.min(10, a.children.length)) + 3, source, { year: input(L.year), elapsed: input(L.elapsed) });
  for (const range of [rangeA1(L.firstMonth, 5, L.firstMonth + 11, 5), rangeA1(L.firstChild, C.rag, last, C.rag)]) {
    sheet.highlight(range, { equals: t('Red') });
    sheet.highlight(range, { equals: t('Amber') }, 'warn');
  }
  sheet.layout([150, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 100, 100, 100, 90, 90, 70, 110], { rows: 0, columns: 1 });
  return { sheets: [sheet.build(), buildSalesDashboard(a, source, evaluationName, t, dashboardName)] };
}
