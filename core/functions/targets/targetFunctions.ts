import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { asColumn, defineFunction } from '../../kit/catalogue/types';
import { chooseOption } from '../kpi/guards';
import { growthBaseline, holtWinters } from './baseline';
import { blendDrivers, cascadeTarget } from './cascade';
import { DEFAULT_RAMP, rampQuota, repsNeeded } from './capacity';
import { seasonalIndexes, seasonalShares } from './seasonality';

/** The numbers of a range in reading order, or #VALUE! naming a text cell (history must be numbers). */
function numbersOf(range: Range, label: string, { blanksAsZero = true } = {}): number[] | SheetError {
  const numbers: number[] = [];
  for (const row of range) {
    for (const cell of row) {
      if (typeof cell === 'number') numbers.push(cell);
      else if (cell === null) {
        if (blanksAsZero) numbers.push(0);
      } else return new SheetError('VALUE', reason('{label} must hold numbers only, not "{value}"', { label, value: String(cell) }));
    }
  }
  return numbers;
}

/**
 * The series of a range: a table of several rows and columns is one series per column; a single
 * row or column is one series.
 */
function seriesOf(range: Range): Range[] {
  return range.length > 1 && range[0].length > 1 ? range[0].map((_, c) => range.map((row) => [row[c]])) : [range];
}

const MAX_FORECAST = 36;

/**
 * The most cells of history BASELINE reads: Holt-Winters' search over its smoothing constants costs
 * 10–20 µs a month, so 20,000 answer in under half a second in the Apps Script bundle
 * (`bench/inputLimits.bench.ts`).
 */
export const LARGEST_SERIES = 20_000;

export const BASELINE = defineFunction({
  name: 'BASELINE',
  title: 'Baseline forecast',
  summary: 'Forecast of the next periods from monthly history (Holt-Winters, or last year × growth); it spills.',
  description:
    'Forecasts the next `periods` months from a history of monthly values (oldest first). Method ' +
    '"holtwinters" (the default) fits nine models (Holt-Winters with multiplicative or additive seasonality, ' +
    'each with a full trend or one damped by 0.98 or 0.9 a month; seasonal naive: last year again; the classic ' +
    'fit, multiplicative seasonality with a full trend, its weights refined past the grid by Nelder–Mead; and the ' +
    'classic fit with its starting level, trend and season estimated with its weights, as statsmodels fits it), each with ' +
    'the smoothing weights (0 to 1) of least one-step-ahead error, and forecasts them combined: on 24 to 35 months ' +
    'by Akaike weights (a model that fits the second year better counts more, one that fitted more parameters to ' +
    'do so less); from 36, each weighted by the inverse of its squared error forecasting the last 12 months when fitted ' +
    'without them, so a model that missed a trend counts little, and one whose squared error there is more than ' +
    "three times the best model's not at all. Each month's forecast sets aside the two highest and two lowest " +
    "of the models' forecasts (a trimmed mean: one model's runaway season does not carry into it). " +
    'Held out on public monthly series, nearer than any ' +
    'one of them (bench/baseline.bench.ts); it needs at least 24 months. ' +
    'Method "growth" takes the last 12 months × (1 + growth). Blank months count as 0. The forecast ' +
    'spills down from the cell, one period a row (at most 36). A table of several series (months down, ' +
    'one column per region, rep or product) is forecast column by column, side by side.',
  category: 'Targets',
  params: [
    { name: 'history', kind: 'range', largestInput: LARGEST_SERIES, description: 'Monthly values, oldest first (a row or a column).' },
    { name: 'periods', kind: 'number', optional: true, defaultText: '12', description: 'How many periods to forecast (1 to 36).' },
    { name: 'method', kind: 'text', optional: true, defaultText: '"holtwinters"', description: '"holtwinters" or "growth".' },
    { name: 'growth', kind: 'number', optional: true, defaultText: '0', description: 'For the growth method: growth over last year (10% or 0.1).' },
  ],
  returns: {
    description: 'The forecast, one period a row.',
    format: 'money',
    shape: 'table',
    maxSize: (sizes) => ({ rows: MAX_FORECAST, columns: (sizes[0]?.rows ?? 1) > 1 ? (sizes[0]?.columns ?? 1) : 1 }),
  },
  errors: [
    { kind: 'VALUE', when: 'history holds text, is too short for the method, or method is unknown' },
    { kind: 'NUM', when: 'history holds negative values, periods is not 1 to 36, or growth is below -100%' },
  ],
  examples: [
    {
      formula: '=BASELINE({100;120;90;110;130;150;140;120;110;100;160;200;110;130;100;120;140;165;150;130;120;110;175;220}, 3)',
      note: 'The next three months from two years of history.',
    },
    { formula: '=BASELINE({100;120;90;110;130;150;140;120;110;100;160;200}, 12, "growth", 10%)', note: "Last year's months plus 10%." },
  ],
  run(history, periods = 12, method, growth = 0) {
    const chosen = chooseOption(method, ['holtwinters', 'growth'], 'method');
    if (isSheetError(chosen)) return chosen;
    if (!Number.isInteger(periods) || periods < 1 || periods > MAX_FORECAST)
      return new SheetError('NUM', reason('periods must be a whole number from 1 to {MAX_FORECAST}', { MAX_FORECAST }));
    // Several columns of several rows: one series per column, forecast side by side.
    const forecasts: number[][] = [];
    for (const one of seriesOf(history)) {
      const values = numbersOf(one, 'history');
      if (isSheetError(values)) return values;
      if (values.some((v) => v < 0)) return new SheetError('NUM', reason('history cannot hold negative values'));
      const forecast = chosen === 'growth' ? growthBaseline(values, growth, 12, periods) : holtWinters(values, 12, periods);
      if (isSheetError(forecast)) return forecast;
      forecasts.push(Array.isArray(forecast) ? forecast : forecast.forecast);
    }
    return Array.from({ length: periods }, (_, h) => forecasts.map((f) => f[h]));
  },
});

export const SEASONALITY = defineFunction({
  name: 'SEASONALITY',
  title: 'Seasonality',
  summary: "Each month's share of the year (or seasonal index), from history; it spills.",
  description:
    'Adds up the history by position in the cycle (every January, every February…) and returns each ' +
    "position's share of the total, so the shares add up to 1: a monthly target is the annual target × " +
    'its share. With kind "index", returns share × period_length instead (1 = an average month). A ' +
    'history of all zeros gives even shares. Blanks count as 0.',
  category: 'Targets',
  params: [
    { name: 'history', kind: 'range', description: "Monthly values, oldest first, starting with the cycle's first period." },
    { name: 'period_length', kind: 'number', optional: true, defaultText: '12', description: 'Periods in a cycle: 12 for months, 4 for quarters.' },
    { name: 'kind', kind: 'text', optional: true, defaultText: '"share"', description: '"share" or "index".' },
  ],
  returns: {
    description: 'One share (or index) per period of the cycle, one a row.',
    format: 'percent',
    shape: 'table',
    maxSize: (sizes) => ({ rows: Math.max(1, Math.min(366, (sizes[0]?.rows ?? 1) * (sizes[0]?.columns ?? 1))), columns: 1 }),
  },
  errors: [
    { kind: 'VALUE', when: 'history holds text, or kind is unknown' },
    { kind: 'NUM', when: 'history holds negative values, or period_length is not a whole number from 1 to the length of history' },
  ],
  examples: [
    { formula: '=SEASONALITY({100;120;90;110;130;150;140;120;110;100;160;200})', note: "Each month's share of the year." },
    { formula: '=SEASONALITY({10;30;20;40}, 2, "index")', note: 'Half-years: indexes 0.6 and 1.4.' },
  ],
  run(history, periodLength = 12, kind) {
    const chosen = chooseOption(kind, ['share', 'index'], 'kind');
    if (isSheetError(chosen)) return chosen;
    const values = numbersOf(history, 'history');
    if (isSheetError(values)) return values;
    if (!Number.isInteger(periodLength) || periodLength < 1 || periodLength > values.length) {
      return new SheetError('NUM', reason('period_length must be a whole number from 1 to the length of history ({length})', { length: values.length }));
    }
    const result = chosen === 'share' ? seasonalShares(values, periodLength) : seasonalIndexes(values, periodLength);
    return isSheetError(result) ? result : asColumn(result);
  },
});

export const CASCADE = defineFunction({
  name: 'CASCADE',
  title: 'Target cascade',
  summary: 'Splits a total among children by a driver, keeping locked values, rounded so the parts add up exactly; it spills.',
  description:
    "Shares `total` among the children in proportion to `drivers` (last year's revenue, potential, " +
    'pipeline…), or evenly with method "even". A child with a value in `locks` keeps it; the rest is ' +
    'shared among the others. Each part is rounded to a multiple of `round_to` by the largest-remainder ' +
    'method, so the parts always add up to the total exactly. With method "proportional-or-even", ' +
    'drivers that are all 0 share evenly instead of giving #DIV/0!. One part per driver, in order. ' +
    'Several driver columns (last year, potential, pipeline…) are blended: each column is turned into ' +
    'shares and the shares are averaged, one part per row.',
  category: 'Targets',
  params: [
    { name: 'total', kind: 'number', description: "The total to share (the team's target)." },
    { name: 'drivers', kind: 'range', description: 'One driver per child (a column), the same order as the children.' },
    { name: 'locks', kind: 'range', optional: true, description: 'Fixed values for some children (blank = share), the same size as drivers.' },
    { name: 'round_to', kind: 'number', optional: true, defaultText: '1', description: 'Round each part to a multiple of this (1, 10, 1000…).' },
    { name: 'method', kind: 'text', optional: true, defaultText: '"proportional"', description: '"proportional", "even" or "proportional-or-even".' },
  ],
  returns: {
    description: 'One part per child, one a row, adding up to the total.',
    format: 'money',
    shape: 'table',
    maxSize: (sizes) => ({ rows: Math.max(1, (sizes[1]?.rows ?? 1) * (sizes[1]?.columns ?? 1)), columns: 1 }),
  },
  errors: [
    { kind: 'NUM', when: 'the locked values add up to more than the total, a value is negative, or round_to is not above 0' },
    { kind: 'DIV0', when: 'every driver of the children to share among is 0 (unless "proportional-or-even")' },
    { kind: 'VALUE', when: 'a driver is text, locks differs in size from drivers, or method is unknown' },
  ],
  examples: [
    { formula: '=CASCADE(1000000, {420000; 310000; 270000}, , 1000)', note: "A million shared by last year's revenue, to the thousand." },
    { formula: '=CASCADE(1000000, {420000; 310000; 270000}, {""; 300000; ""}, 1000)', note: 'The second region is locked at 300,000.' },
  ],
  run(total, drivers, locks, roundTo = 1, method) {
    const chosen = chooseOption(method, ['proportional', 'even', 'proportional-or-even'], 'method');
    if (isSheetError(chosen)) return chosen;
    const perColumn: number[][] = [];
    for (const column of seriesOf(drivers)) {
      const numbers = numbersOf(column, 'drivers', { blanksAsZero: true });
      if (isSheetError(numbers)) return numbers;
      if (numbers.some((d) => d < 0)) return new SheetError('NUM', reason('drivers cannot be negative'));
      perColumn.push(numbers);
    }
    const values = perColumn.length === 1 ? perColumn[0] : blendDrivers(perColumn);
    if (isSheetError(values)) return values;
    if (values.length === 0) return new SheetError('VALUE', reason('drivers holds no cells: give one driver per child'));
    let lockValues: (number | null)[] | undefined;
    if (locks) {
      const flat = locks.flat();
      if (flat.length !== values.length)
        return new SheetError('VALUE', reason('locks has {length} cells but drivers has {length2}', { length: flat.length, length2: values.length }));
      const bad = flat.find((cell) => cell !== null && typeof cell !== 'number');
      if (bad !== undefined) return new SheetError('VALUE', reason('locks must hold numbers or blanks, not "{value}"', { value: String(bad) }));
      lockValues = flat as (number | null)[];
    }
    const parts = cascadeTarget(total, values, {
      locks: lockValues,
      roundTo,
      method: chosen === 'even' ? 'even' : 'proportional',
      evenWhenNoDriver: chosen === 'proportional-or-even',
    });
    return isSheetError(parts) ? parts : asColumn(parts);
  },
});

export const RAMPQUOTA = defineFunction({
  name: 'RAMPQUOTA',
  title: 'Ramp-up quota',
  summary: "A new rep's quota in a month of tenure: full quota × the ramp factor (25%, 50%, 75%, then 100%).",
  description:
    'Returns full quota × the ramp factor of the tenure month (1 = the first month). The default ramp ' +
    'is 25%, 50%, 75%, then 100% from the fourth month; give your own as a row or column of fractions. ' +
    'Before the start (tenure 0 or less) the quota is 0.',
  category: 'Targets',
  params: [
    { name: 'full_quota', kind: 'number', description: 'The quota of a fully ramped rep for the period.' },
    { name: 'tenure_months', kind: 'number', description: 'The month of tenure: 1 for the first month.' },
    { name: 'ramp_schedule', kind: 'range', optional: true, defaultText: '{25%, 50%, 75%}', description: 'Fractions of full quota for the first months.' },
  ],
  returns: { description: 'The ramped quota.', format: 'money' },
  errors: [
    { kind: 'NUM', when: 'full quota is negative, or a ramp factor is outside 0..1' },
    { kind: 'VALUE', when: 'a value is blank or not a number, or the schedule holds text' },
  ],
  examples: [
    { formula: '=RAMPQUOTA(20000, 2)', note: 'Second month: 50% of 20,000.' },
    { formula: '=RAMPQUOTA(20000, 1, {0.5, 1})', note: 'Your own ramp: half in the first month, full from the second.' },
  ],
  run(fullQuota, tenure, schedule) {
    const factors = schedule ? numbersOf(schedule, 'ramp_schedule', { blanksAsZero: false }) : [...DEFAULT_RAMP];
    return isSheetError(factors) ? factors : rampQuota(fullQuota, tenure, factors);
  },
});

export const REPSNEEDED = defineFunction({
  name: 'REPSNEEDED',
  title: 'Reps needed',
  summary: 'Reps needed to carry a target: target / (full quota × attainment), rounded up.',
  description:
    'Returns the whole number of fully ramped reps needed: target / (full quota × expected attainment), ' +
    'rounded up, as people come whole. Attainment is the share of quota a rep typically reaches (80% or 0.8).',
  category: 'Targets',
  params: [
    { name: 'target', kind: 'number', description: 'The target to carry (new revenue, say).' },
    { name: 'full_quota', kind: 'number', description: 'The quota of a fully ramped rep.' },
    { name: 'attainment', kind: 'rate', optional: true, defaultText: '100%', description: 'Expected attainment, a fraction.' },
  ],
  returns: { description: 'Whole reps needed.', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'full quota or attainment is 0' },
    { kind: 'NUM', when: 'target or full quota is negative, or attainment is outside 0..1' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=REPSNEEDED(1000000, 120000, 80%)', note: '10.4 reps at 80% attainment: 11.' },
    { formula: '=REPSNEEDED(1000000, 120000)', note: 'At full attainment: 9.' },
  ],
  run: (target, fullQuota, attainment = 1) => repsNeeded(target, fullQuota, attainment),
});
