import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue, Range } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';
import { RAG_DEFAULTS, forecastEnd, priceVolumeMix, ragStatus, shortfalls } from './evaluation';
import { goalDirection } from '../goals/goals';

export const RAG = defineFunction({
  name: 'RAG',
  title: 'Red, amber, green status',
  summary: 'Green, Amber or Red from attainment: on track from 100%, near from 95%, else behind.',
  description:
    'Attainment is actual / target, pro-rated to elapsed / total when both are given (as ATTAINMENT). "Green" from green_from ' +
    '(default 100%), "Amber" from amber_from (default 95%), else "Red"; a value exactly at a cut-off is in the higher band (after ' +
    'rounding attainment to 9 decimals). With direction "lower" (a cost, churn) attainment is target / actual, and an actual of 0 ' +
    'or less is Green.',
  category: 'Evaluation',
  params: [
    { name: 'actual', kind: 'total', description: 'What was achieved: a number, or a range to add up.' },
    { name: 'target', kind: 'total', description: 'The target for the whole period: a number, or a range to add up.' },
    { name: 'elapsed', kind: 'number', optional: true, description: 'Time elapsed in the period, to pro-rate.' },
    { name: 'total', kind: 'number', optional: true, description: 'The length of the period, in the same unit.' },
    { name: 'amber_from', kind: 'number', optional: true, defaultText: '95%', description: 'The lowest attainment that is Amber.' },
    { name: 'green_from', kind: 'number', optional: true, defaultText: '100%', description: 'The lowest attainment that is Green.' },
    { name: 'direction', kind: 'text', optional: true, defaultText: '"higher"', description: '"higher" is better (sales), or "lower" (a cost, churn).' },
  ],
  returns: { description: 'Green, Amber or Red.', format: 'text' },
  errors: [
    { kind: 'DIV0', when: 'target is 0, or no time has elapsed' },
    { kind: 'NUM', when: 'target or time is negative, elapsed is more than total, a cut-off is negative, or amber_from is above green_from' },
    { kind: 'VALUE', when: 'only one of elapsed and total is given, or direction is unknown' },
  ],
  examples: [
    { formula: '=RAG(97000, 100000)', note: '97%: Amber.' },
    { formula: '=RAG(175, 170, 1, 1, 95%, 100%, "lower")', note: 'A CAC of 175 against a goal of 170 (lower is better): 97%, Amber.' },
    { formula: '=RAG(60000, 100000, 6, 12)', note: '60,000 against 50,000 expected by mid-year: Green.' },
  ],
  run(actual, target, elapsed, total, amber = RAG_DEFAULTS.amberFrom, green = RAG_DEFAULTS.greenFrom, direction) {
    if (amber < 0 || green < 0) return new SheetError('NUM', reason('the cut-offs cannot be negative'));
    const way = goalDirection(direction);
    return isSheetError(way) ? way : ragStatus(actual, target, elapsed, total, amber, green, way);
  },
});

export const SHORTFALLS = defineFunction({
  name: 'SHORTFALLS',
  title: 'Shortfalls against target',
  summary: 'The largest shortfalls, most behind first: name, actual, target, gap and attainment.',
  description:
    'Only names whose actual is below their target, sorted by gap (target − actual), largest first; ties keep their order. Spills ' +
    'up to n rows of five columns: name, actual, target, gap, attainment (actual / target; #DIV/0! in that cell for a target of 0). ' +
    'Rows without a name are skipped. When no one is behind, #N/A says so.',
  category: 'Evaluation',
  params: [
    { name: 'names', kind: 'range', description: 'Reps, regions, products or customers.' },
    { name: 'actual', kind: 'range', description: 'What each achieved, the same size.' },
    { name: 'target', kind: 'range', description: "Each one's target, the same size." },
    { name: 'n', kind: 'number', optional: true, defaultText: '10', description: 'How many to list.' },
  ],
  returns: {
    description: 'The shortfalls: name, actual, target, gap, attainment.',
    format: 'money',
    shape: 'table',
    columnFormats: ['text', 'money', 'money', 'money', 'percent'],
    maxSize: (sizes) => ({ rows: Math.max(1, (sizes[0]?.rows ?? 1) * (sizes[0]?.columns ?? 1)), columns: 5 }),
  },
  errors: [
    { kind: 'NA', when: 'no one is behind target' },
    { kind: 'NUM', when: 'n is not a whole number of 1 or more' },
    { kind: 'VALUE', when: 'the ranges differ in size, or an actual or target is not a number' },
  ],
  examples: [
    { formula: '=SHORTFALLS({"North";"South";"West"}, {80;120;50}, {100;100;100})', note: 'West (50 behind), then North (20).' },
    { formula: '=SHORTFALLS({"North";"South";"West"}, {80;120;50}, {100;100;100}, 1)', note: 'Only the largest.' },
  ],
  run(names, actual, target, n = 10) {
    const rows = shortfalls(names.flat(), actual.flat(), target.flat(), n);
    if (isSheetError(rows)) return rows;
    if (rows.length === 0) return new SheetError('NA', reason('no one is behind target'));
    return rows.map((r) => [r.name, r.actual, r.target, r.gap, r.attainment]);
  },
});

const pairs = (quantities: CellValue[], prices: CellValue[]) => quantities.map((q, i) => [q, prices[i] ?? null] as [CellValue, CellValue]);

export const PVM = defineFunction({
  name: 'PVM',
  title: 'Price, volume and mix',
  summary: 'Explains a revenue change: volume, mix and price effects, and their total (= now − before).',
  description:
    'One row per product. Over the products sold in both periods: volume = (ΣQ₁ − ΣQ₀) × P̄₀ where P̄₀ = ΣP₀Q₀ / ΣQ₀; mix = ΣQ₁P₀ − ' +
    'ΣQ₁ × P̄₀; price = Σ(P₁ − P₀)Q₁. A product sold in one period only (its quantity in the other blank or 0) counts as volume at ' +
    'its own price: + Q₁P₁ when new, − Q₀P₀ when gone. The total equals Σ Q₁P₁ − Σ Q₀P₀ exactly. Spills one row: volume, mix, ' +
    'price, total.',
  category: 'Evaluation',
  params: [
    { name: 'quantity_now', kind: 'range', description: 'Units sold now, one row per product.' },
    { name: 'price_now', kind: 'range', description: 'Average price now.' },
    { name: 'quantity_before', kind: 'range', description: 'Units sold before (last year, last quarter).' },
    { name: 'price_before', kind: 'range', description: 'Average price before.' },
  ],
  returns: { description: 'Volume, mix, price and total effects.', format: 'money', shape: 'table', maxSize: () => ({ rows: 1, columns: 4 }) },
  errors: [
    { kind: 'VALUE', when: 'the ranges differ in size, or hold text' },
    { kind: 'NUM', when: 'a quantity or price is negative' },
  ],
  examples: [
    { formula: '=PVM({110;50}, {10;22}, {100;50}, {10;20})', note: 'Volume 133.33, mix −33.33, price 100: 200 in all.' },
    { formula: '=PVM({100;30}, {10;5}, {100;0}, {10;0})', note: 'A new product: 150 of volume at its own price.' },
  ],
  run(qNow, pNow, qBefore, pBefore) {
    const sizes = [qNow, pNow, qBefore, pBefore].map((r) => r.flat().length);
    if (sizes.some((s) => s !== sizes[0]))
      return new SheetError('VALUE', reason('quantities and prices must be the same size ({value})', { value: sizes.join(', ') }));
    const split = priceVolumeMix(pairs(qNow.flat(), pNow.flat()), pairs(qBefore.flat(), pBefore.flat()));
    return isSheetError(split) ? split : [[split.volume, split.mix, split.price, split.total]];
  },
});

/** Shares for the seasonal method, from a range; undefined for the run rate ("linear" or blank). */
function readMethod(method: Range | undefined): number[] | undefined | SheetError {
  if (method === undefined) return undefined;
  const cells = method.flat().filter((c) => c !== null && c !== '');
  if (cells.length === 1 && typeof cells[0] === 'string') {
    const word = cells[0].trim().toLowerCase();
    return word === 'linear' || word === 'run rate'
      ? undefined
      : new SheetError('VALUE', reason('method is "linear" or a range of the periods\' shares, not "{value}"', { value: cells[0] }));
  }
  if (cells.some((c) => typeof c !== 'number')) return new SheetError('VALUE', reason('the shares must be numbers, one per period'));
  return cells as number[];
}

export const FORECASTEND = defineFunction({
  name: 'FORECASTEND',
  title: 'Forecast to period end',
  summary: "Where the period will end at today's pace: the run rate, or seasonal from the periods' shares.",
  description:
    'Linear (the default, or "linear"): actual × total / elapsed, as RUNRATE. Seasonal: pass as `method` the share of the whole ' +
    "each period holds (e.g. SEASONALITY's, one per period, as many as total): actual / (the shares of the elapsed periods, a part " +
    'period pro rata) × (all the shares).',
  category: 'Evaluation',
  params: [
    { name: 'actual_to_date', kind: 'total', description: 'What was achieved so far: a number, or a range to add up.' },
    { name: 'elapsed', kind: 'number', description: 'Periods elapsed (months), a part period allowed.' },
    { name: 'total', kind: 'number', description: 'Periods in the whole.' },
    { name: 'method', kind: 'range', optional: true, defaultText: '"linear"', description: '"linear", or the periods\' shares for a seasonal pace.' },
  ],
  returns: { description: 'The projected result for the whole period.', format: 'money' },
  errors: [
    { kind: 'DIV0', when: 'no time, or no share, has elapsed' },
    { kind: 'NUM', when: 'elapsed or total is negative, elapsed is more than total, or a share is negative' },
    { kind: 'VALUE', when: 'method is neither "linear" nor one share per period' },
  ],
  examples: [
    { formula: '=FORECASTEND(30000, 3, 12)', note: '30,000 in three months: 120,000 at this pace.' },
    { formula: '=FORECASTEND(30000, 3, 4, {0.1;0.2;0.3;0.4})', note: 'The first three quarters hold 60% of a year: 50,000.' },
  ],
  run(actual, elapsed, total, method) {
    const shares = readMethod(method);
    if (isSheetError(shares)) return shares;
    return forecastEnd(actual, elapsed, total, shares);
  },
});
