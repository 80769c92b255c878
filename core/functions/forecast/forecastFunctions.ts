import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { defineFunction } from '../../kit/catalogue/types';
import { chooseOption } from '../kpi/guards';
import { ACCURACY_MEASURES, forecastAccuracy, forecastPairs } from './forecastAccuracy';
import { MAX_FORECAST_CATEGORIES, MAX_FORECAST_MONTHS, openDeals, pipelineForecast } from './pipeForecast';

/** Ranges that must be the same size: their sizes, said when they are not. */
function sameSize(ranges: readonly (readonly unknown[])[], what: string): SheetError | undefined {
  const sizes = ranges.map((r) => r.length);
  return sizes.every((s) => s === sizes[0])
    ? undefined
    : new SheetError('VALUE', reason('{what} must be the same size ({value})', { what, value: sizes.join(', ') }));
}

export const PIPEFORECAST = defineFunction({
  name: 'PIPEFORECAST',
  title: 'Pipeline forecast by month',
  summary: 'The open pipeline by month: weighted by probability, and summed by forecast category.',
  description:
    'Spills a header row (Month, Weighted, then one column per forecast category in order of first appearance) and a row per month ' +
    "from start (default: the month of the earliest close date) for months months (default: through the latest close date's month). " +
    "Month is the date serial of the month's first day (format the column as a date); Weighted is Σ amount × probability of the deals " +
    "closing that month; each category column is Σ amount of that category's deals (unweighted, as forecast categories are summed). " +
    'Probabilities are 0–1 (a number above 1 is read as a percent: 25 is 25%). Rows with a blank amount or close date are skipped; ' +
    'deals closing outside the months shown are left out of the table. At most 120 months and 20 categories.',
  category: 'Forecast',
  params: [
    { name: 'amounts', kind: 'range', description: 'Each open deal’s amount.' },
    { name: 'close_dates', kind: 'range', description: 'Each deal’s expected close date.' },
    { name: 'probabilities', kind: 'range', description: 'Each deal’s probability of closing (0–1, or a percent).' },
    { name: 'categories', kind: 'range', optional: true, defaultText: 'none', description: 'Each deal’s forecast category (Commit, Best case, Pipeline…).' },
    { name: 'start', kind: 'number', optional: true, defaultText: 'the earliest close date', description: 'A date in the first month shown.' },
    { name: 'months', kind: 'number', optional: true, defaultText: 'through the latest close date', description: 'How many months to show.' },
  ],
  returns: {
    description: 'Month, weighted pipeline, and each category’s pipeline, by month.',
    format: 'money',
    shape: 'table',
    columnFormats: ['number', 'money', 'money'],
    maxSize: (sizes) => ({ rows: 1 + MAX_FORECAST_MONTHS, columns: 2 + Math.min(MAX_FORECAST_CATEGORIES, (sizes[3]?.rows ?? 0) * (sizes[3]?.columns ?? 0)) }),
  },
  errors: [
    { kind: 'NA', when: 'no deal has both an amount and a close date' },
    {
      kind: 'NUM',
      when: 'a probability is negative or above 100%, months is not a whole number of 1 or more, or the table would span more than 120 months or 20 categories',
    },
    { kind: 'VALUE', when: 'the ranges differ in size, or an amount or close date is text' },
  ],
  examples: [
    {
      formula: '=PIPEFORECAST({1000;2000;500}, {46060;46070;46100}, {0.5;0.25;0.8}, {"Commit";"Pipeline";"Commit"})',
      note: 'February 2026: 1,000 weighted (500 + 500), 1,000 in Commit and 2,000 in Pipeline; March: 400 weighted, 500 in Commit.',
    },
    {
      formula: '=PIPEFORECAST(G2:G201, I2:I201, IF(F2:F201="Won", 1, 0), F2:F201, DATE(2017, 10, 1), 3)',
      note: 'The sample’s last quarter: won revenue by month (the Won deals at 100%), and each outcome’s amount.',
    },
  ],
  run(amounts, closes, probabilities, categories, start, months) {
    const cells = [amounts, closes, probabilities, ...(categories ? [categories] : [])].map((r) => r.flat());
    const mismatch = sameSize(cells, 'amounts, close dates, probabilities and categories');
    if (mismatch) return mismatch;
    const deals = openDeals(cells[0], cells[1], cells[2], cells[3] ?? []);
    if (isSheetError(deals)) return deals;
    return pipelineForecast(deals, start, months);
  },
});

export const FORECASTACCURACY = defineFunction({
  name: 'FORECASTACCURACY',
  title: 'Forecast accuracy',
  summary: 'How far forecasts fell from actuals: WAPE (default), MAPE or bias.',
  description:
    '"wape" (the default): Σ|forecast − actual| / Σ|actual|, the error weighted by size; "mape": the mean of |forecast − actual| / ' +
    '|actual| over the periods whose actual is not 0; "bias": Σ(forecast − actual) / Σactual, above 0 when the forecasts ran high. ' +
    'A period with a blank forecast or actual is skipped. The result is a fraction: format it as a percentage.',
  category: 'Forecast',
  params: [
    { name: 'forecasts', kind: 'range', description: 'What was forecast, a period a cell.' },
    { name: 'actuals', kind: 'range', description: 'What happened, the same periods.' },
    { name: 'measure', kind: 'text', optional: true, defaultText: '"wape"', description: '"wape", "mape" or "bias".' },
  ],
  returns: { description: 'The error, a fraction.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'the actuals add up to 0 (for mape: no actual other than 0)' },
    { kind: 'VALUE', when: 'the ranges differ in size, hold text, or measure is unknown' },
  ],
  examples: [
    { formula: '=FORECASTACCURACY({100;90;120}, {110;100;120})', note: '20 off in 330: 6.1%.' },
    { formula: '=FORECASTACCURACY({100;90;120}, {110;100;120}, "bias")', note: 'The forecasts ran 6.1% low.' },
  ],
  run(forecasts, actuals, measure) {
    const mismatch = sameSize([forecasts.flat(), actuals.flat()], 'forecasts and actuals');
    if (mismatch) return mismatch;
    const how = chooseOption(measure, ACCURACY_MEASURES, 'measure');
    if (isSheetError(how)) return how;
    const pairs = forecastPairs(forecasts.flat(), actuals.flat());
    return isSheetError(pairs) ? pairs : forecastAccuracy(pairs, how);
  },
});
