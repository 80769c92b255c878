import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { fieldColumn } from '../../kit/sheet/userTable';
import { exactCriterionOf } from '../../kit/sheet/exactMatch';
import { sayInFormula } from '../../kit/sheet/formulaText';
import { SheetError, isSheetError } from '../../kit/cells/errors';
import { openDeals, pipelineForecast } from '../../functions/forecast/pipeForecast';
import { normaliseLabel } from '../../functions/kpi/labels';
import { CellValue, utcDaySerial } from '../../kit/cells/values';
import { EVALUATION_LAYOUT } from './evaluationLayout';
import { byStage, type PipelineAnswers, type SalesEvaluationAnswers } from './salesEvaluationAnswers';
import { placeStageTable } from './stageTableBlock';

const L = EVALUATION_LAYOUT;
/** The most forecast categories the block gives a column (the months' chart sits beyond them). */
export const MAX_FORECAST_COLUMNS = 8;
/** The block's columns beside the months: weighted forecast, target still to go, gap, then one per category. */
export const FORECAST_COLUMNS = { weighted: 7, toGo: 8, gap: 9, firstCategory: 10, asMade: 18, counted: 19, accuracy: 21 } as const;

/**
 * The rows (after the last month) of the accuracy of past forecasts, under the forecasts as made:
 * WAPE, MAPE and bias (FORECASTACCURACY's measures). Rows below hold the month weights and the
 * children, from column B, so the lines sit right of them (labels in S, values in V).
 */
export const ACCURACY_ROWS = { wape: 1, mape: 2, bias: 3 } as const;
const F = FORECAST_COLUMNS;

/** The pipeline's columns a formula reads, on the user's sheet, fixed at build. */
function pipelineRanges(p: PipelineAnswers) {
  const column = fieldColumn(p.sheet, p.range, p.fields, 'open deals');
  return {
    amount: column(p.amountField),
    close: column(p.closeField),
    probability: byStage(p) ? '' : column(p.probabilityField),
    stage: byStage(p) ? column(p.stageField!) : '',
    category: p.categoryField ? column(p.categoryField) : '',
  };
}

/** The categories the block gives a column: the answers' own, at most {@link MAX_FORECAST_COLUMNS}. */
export const forecastCategories = (p: PipelineAnswers) => (p.categoryField ? (p.categories ?? []).slice(0, MAX_FORECAST_COLUMNS) : []);

/**
 * The open pipeline beside the months (columns H on): per month of the year the weighted forecast
 * (Σ amount × probability of the deals closing that month, a probability above 1 read as a percent,
 * as PIPEFORECAST reads it), the target still to go (target − actual, never below 0), the gap the
 * forecast leaves (still to go − forecast, never below 0), and each forecast category's amount
 * (SUMIFS, unweighted); the year's totals; and, in words, the open deals closing in other years.
 * Returns the check's problems about the pipeline (a probability outside 0–100%).
 */
export function placePipelineForecast(sheet: SheetBuilder, p: PipelineAnswers): [string, string][] {
  const { t } = sheet;
  const r = pipelineRanges(p);
  const year = absolute(L.year, 1);
  const categories = forecastCategories(p);
  sheet.text(
    L.monthsHeader - 2,
    F.weighted,
    t('Open pipeline by close month ({sheet}!{range}): weighted forecast, the target still to go and the gap it leaves', { sheet: p.sheet, range: p.range }),
  );
  sheet.style(a1(L.monthsHeader - 2, F.weighted), 'section');
  sheet.header(L.monthsHeader, F.weighted, [t('Weighted forecast'), t('Still to go'), t('Gap after forecast'), ...categories]);
  const weights = weightsOf(sheet, p, r, year);
  for (let m = 0; m < 12; m += 1) {
    const row = L.firstMonth + m;
    const [from, to] = [`DATE(${year},${m + 1},1)`, `DATE(${year},${m + 2},1)`];
    sheet.formula(row, F.weighted, `=${weights.month(m)}`);
    sheet.formula(row, F.toGo, `=MAX(0,${a1(row, 1)}-${a1(row, 2)})`);
    sheet.formula(row, F.gap, `=MAX(0,${a1(row, F.toGo)}-${a1(row, F.weighted)})`);
    categories.forEach((_, c) =>
      sheet.formula(
        row,
        F.firstCategory + c,
        `=SUMIFS(${r.amount},${r.category},${exactCriterionOf(absolute(L.monthsHeader, F.firstCategory + c))},${r.close},">="&${from},${r.close},"<"&${to})`,
      ),
    );
  }
  const [first, last] = [L.firstMonth, L.firstMonth + 11];
  const right = F.firstCategory + categories.length - 1;
  for (let c = F.weighted; c <= right; c += 1) sheet.formula(last + 1, c, `=SUM(${rangeA1(first, c, last, c)})`);
  sheet.style(rangeA1(last + 1, F.weighted, last + 1, right), 'total');
  sheet.format(rangeA1(first, F.weighted, last + 1, right), 'money');
  const outside = outsideYear(r.close, year);
  sheet.formula(
    last + 2,
    F.weighted,
    `=IF(SUMPRODUCT(${outside})=0,"",${sayInFormula(t('{count} open deals close in other years and are not above (weighted {amount}).'), {
      count: `SUMPRODUCT(${outside})`,
      amount: `TEXT(${weights.otherYears},"#,##0")`,
    })})`,
  );
  placeForecastAccuracy(sheet, { first, last });
  return weights.problems;
}

/** 1 for each open deal whose close date falls outside the year, as a SUMPRODUCT term. */
const outsideYear = (close: string, year: string) => `(${close}<>"")*((${close}<DATE(${year},1,1))+(${close}>=DATE(${year}+1,1,1)))`;

/**
 * How the block weighs a month's deals: by each deal's probability field (a number above 1 read as
 * a percent, as PIPEFORECAST reads it), or by its stage's probability in the stage table.
 */
function weightsOf(sheet: SheetBuilder, p: PipelineAnswers, r: ReturnType<typeof pipelineRanges>, year: string) {
  if (byStage(p)) {
    const table = placeStageTable(sheet, p, r, year);
    return { month: table.monthWeighted, otherYears: table.otherYearsWeighted, problems: table.problems };
  }
  const probability = `${r.probability}/(1+99*(${r.probability}>1))`;
  const outside = outsideYear(r.close, year);
  const wrong = `SUMPRODUCT(ISNUMBER(${r.probability})*((${r.probability}<0)+(${r.probability}>100)))`;
  return {
    month: (m: number) => `SUMPRODUCT((${r.close}>=DATE(${year},${m + 1},1))*(${r.close}<DATE(${year},${m + 2},1))*${r.amount}*${probability})`,
    otherYears: `SUMPRODUCT(${outside}*${r.amount}*${probability})`,
    problems: [[`${wrong}>0`, sayInFormula(sheet.t('⚠ {count} open deals have a probability outside 0–100%: type it as 0.4 or 40.'), { count: wrong })]] as [
      string,
      string,
    ][],
  };
}

/**
 * The forecast as made for each month (yellow: what the manager forecast for it before it began,
 * typed as the months go by), and under the months how accurate those forecasts were over the months
 * gone by that have one, as FORECASTACCURACY measures it: WAPE Σ|f − a| ÷ Σ|a|, MAPE the mean of
 * |f − a| ÷ |a| over months with an actual, and bias Σ(f − a) ÷ Σa; blank until a forecast is typed.
 */
function placeForecastAccuracy(sheet: SheetBuilder, at: { first: number; last: number }): void {
  const { t } = sheet;
  const column = (col: number) => `${absolute(at.first, col)}:${absolute(at.last, col)}`;
  sheet.header(L.monthsHeader, F.asMade, [t('Forecast as made'), t('Counted')]);
  for (let m = 0; m < 12; m += 1) {
    const row = at.first + m;
    // A month counts once it has gone by and has a forecast as made.
    sheet.formula(row, F.counted, `=IF(AND(ISNUMBER(${a1(row, F.asMade)}),${m + 1}<=${absolute(L.elapsed, 1)}),1,0)`);
  }
  sheet.style(rangeA1(at.first, F.asMade, at.last, F.asMade), 'input');
  sheet.format(rangeA1(at.first, F.asMade, at.last, F.asMade), 'money');
  sheet.style(rangeA1(at.first, F.counted, at.last, F.counted), 'working');
  const [k, f, a] = [column(F.counted), column(F.asMade), column(2)];
  const none = `SUM(${k})=0`;
  const lines: [keyof typeof ACCURACY_ROWS, string, string][] = [
    ['wape', t('Forecast error, weighted (WAPE)'), `SUMPRODUCT(${k},ABS(${f}-${a}))/SUMPRODUCT(${k},ABS(${a}))`],
    ['mape', t('Forecast error, mean of months (MAPE)'), `SUMPRODUCT(${k}*(${a}<>0),ABS(${f}-${a})/ABS(${a}+(${a}=0)))/SUMPRODUCT(${k}*(${a}<>0))`],
    ['bias', t('Forecast bias (above 0: forecast too high)'), `SUMPRODUCT(${k},${f}-${a})/SUMPRODUCT(${k},${a})`],
  ];
  for (const [key, label, formula] of lines) {
    const row = at.last + ACCURACY_ROWS[key];
    sheet.text(row, F.asMade, label);
    sheet.formula(row, F.accuracy, `=IF(${none},"",${formula})`);
    sheet.format(a1(row, F.accuracy), 'percent');
  }
}

/**
 * Each deal's probability: its probability field's, or its stage's in the stage table (a stage
 * compared as typed, case aside, as the sheet's SUMIFS compares it; one the table does not list
 * weighs 0, as on the sheet, whose check counts them).
 */
function probabilitiesOf(p: PipelineAnswers, column: (field?: string) => CellValue[]): CellValue[] {
  if (!byStage(p)) return column(p.probabilityField);
  const table = new Map<string, number>();
  for (const s of p.stages ?? []) if (!table.has(s.name.toLowerCase())) table.set(s.name.toLowerCase(), s.probability);
  return column(p.stageField).map((stage) => (typeof stage === 'string' ? (table.get(stage.toLowerCase()) ?? 0) : 0));
}

/** One month of the forecast block as core computes it: weighted, still to go, gap, and each category's amount. */
export interface ForecastMonth {
  readonly weighted: number;
  readonly toGo: number;
  readonly gap: number;
  readonly categories: readonly number[];
}

/**
 * The forecast block's numbers from the pipeline table (header row first), the year and each month's
 * target and actual: PIPEFORECAST over the year's twelve months, the categories as the block lists them.
 *
 * @example
 * forecastNumbers(answers, pipelineTable, byMonth)[0].weighted //=> 1234.5
 */
export function forecastNumbers(
  a: Pick<SalesEvaluationAnswers, 'pipeline' | 'year'>,
  table: readonly (readonly CellValue[])[],
  byMonth: readonly { readonly target: number; readonly actual: number }[],
): ForecastMonth[] | SheetError {
  const p = a.pipeline;
  if (!p) return [];
  const column = (field?: string) => table.slice(1).map((row) => (field ? (row[p.fields.indexOf(field)] ?? null) : null));
  const deals = openDeals(column(p.amountField), column(p.closeField), probabilitiesOf(p, column), column(p.categoryField));
  if (isSheetError(deals)) return deals;
  const forecast = pipelineForecast(deals, utcDaySerial(Date.UTC(a.year, 0, 1)), 12);
  if (isSheetError(forecast)) return forecast;
  const names = forecast[0].slice(2).map((name) => normaliseLabel(String(name)));
  return forecast.slice(1).map((row, m) => {
    const toGo = Math.max(0, byMonth[m].target - byMonth[m].actual);
    const weighted = Number(row[1]);
    const categories = forecastCategories(p).map((c) => {
      const i = names.indexOf(normaliseLabel(c));
      return i < 0 ? 0 : Number(row[2 + i]);
    });
    return { weighted, toGo, gap: Math.max(0, toGo - weighted), categories };
  });
}
