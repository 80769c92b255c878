import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { CellValue, Range, isBlankCell } from '../../kit/cells/values';
import { asColumn, defineFunction, documented } from '../../kit/catalogue/types';
import { SpendBounds, allocateBudget } from './allocate';
import { SPLIT_METHODS, SplitMethod, roundParts, splitBudget } from './budgetSplit';
import { fitResponse } from './fitResponse';
import { CURVE_KINDS, CurveKind, ResponseCurve, curveReturn, marginalReturn, responseCurve } from './responseCurve';

const isNumber = (v: CellValue): v is number => typeof v === 'number';

/** The curves of a table whose rows are kind, β, κ and (hill) α; a header row (β not a number) is skipped. */
export function readCurves(table: Range): ResponseCurve[] | SheetError {
  const rows = table.filter((row, i) => !(i === 0 && !isNumber(row[1] ?? null)) && !row.every(isBlankCell));
  if (rows.length === 0) return new SheetError('VALUE', reason('curves has no line: one row per line with kind, beta, kappa and (hill) alpha'));
  const curves: ResponseCurve[] = [];
  for (const [i, row] of rows.entries()) {
    const [kind, beta, kappa, alpha] = [row[0] ?? null, row[1] ?? null, row[2] ?? null, row[3] ?? null];
    if (!isNumber(beta) || !isNumber(kappa) || !(isBlankCell(alpha) || isNumber(alpha)))
      return new SheetError('VALUE', reason('line {value} of curves needs numbers for beta, kappa and alpha', { value: i + 1 }));
    const curve = responseCurve(String(kind ?? ''), beta, kappa, isNumber(alpha) ? alpha : 1);
    if (isSheetError(curve)) return new SheetError(curve.kind, reason('line {line}: {why}', { line: i + 1, why: curve.reason }));
    curves.push(curve);
  }
  return curves;
}

/** One bound per line from a range (a text header first is skipped; a blank is the default). */
function readBound(range: Range | undefined, lines: number, name: string, fallback: number): number[] | SheetError {
  if (range === undefined) return Array.from({ length: lines }, () => fallback);
  let cells = range.flat();
  if (cells.length === lines + 1 && typeof cells[0] === 'string') cells = cells.slice(1);
  if (cells.length !== lines) return new SheetError('VALUE', reason('{name} has {length} cells for {lines} lines', { name, length: cells.length, lines }));
  const bad = cells.findIndex((c) => !(isBlankCell(c) || isNumber(c)));
  if (bad >= 0) return new SheetError('VALUE', reason('{name} holds text in line {value}', { name, value: bad + 1 }));
  return cells.map((c) => (isNumber(c) ? c : fallback));
}

/** Lower and upper bounds per line: blank lower is 0, blank upper is no bound. */
function readBounds(lower: Range | undefined, upper: Range | undefined, lines: number): SpendBounds[] | SheetError {
  const lows = readBound(lower, lines, 'lower', 0);
  if (isSheetError(lows)) return lows;
  const highs = readBound(upper, lines, 'upper', Number.POSITIVE_INFINITY);
  if (isSheetError(highs)) return highs;
  return lows.map((l, i) => ({ lower: l, upper: highs[i] }));
}

/** The parts, rounded to `roundTo` by largest remainder when given. */
function finish(parts: number[] | SheetError, budget: number, roundTo: number | undefined, bounds: readonly SpendBounds[]) {
  if (isSheetError(parts)) return parts;
  if (roundTo === undefined) return asColumn(parts);
  if (!(roundTo > 0)) return new SheetError('NUM', reason('round_to must be more than 0, not {roundTo}', { roundTo }));
  return asColumn(roundParts(parts, budget, roundTo, bounds));
}

const curveParams = documented([
  { name: 'spend', kind: 'number', description: 'The spend on the line (0 or more).' },
  { name: 'kind', kind: 'text', description: '"log", "exp" or "hill".' },
  { name: 'beta', kind: 'number', description: 'β, the scale: the most a saturating curve returns.' },
  { name: 'kappa', kind: 'number', description: 'κ, the half-saturation spend.' },
  { name: 'alpha', kind: 'number', optional: true, defaultText: '1', description: "α, the Hill curve's shape (above 1: S-shaped)." },
] as const);

const curveErrors = [
  { kind: 'VALUE', when: 'kind is not log, exp or hill' },
  { kind: 'NUM', when: 'spend is negative, or beta, kappa or alpha is not above 0' },
] as const;

function withCurve(spend: number, kind: string, beta: number, kappa: number, alpha: number | undefined, f: (c: ResponseCurve) => number) {
  if (spend < 0) return new SheetError('NUM', reason('spend cannot be negative'));
  const curve = responseCurve(kind, beta, kappa, alpha ?? 1);
  return isSheetError(curve) ? curve : f(curve);
}

export const RESPONSE = defineFunction({
  name: 'RESPONSE',
  title: 'Response to spend',
  summary: 'What a line returns for its spend, on a curve of diminishing returns (log, exp or Hill).',
  description: "`log`: β·ln(1 + spend/κ); `exp`: β·(1 − e^(−spend/κ)); `hill`: β·spend^α / (spend^α + κ^α) (Meridian's and Robyn's curves).",
  category: 'Budget',
  params: curveParams,
  returns: { description: 'The return.', format: 'number' },
  errors: [...curveErrors],
  examples: [
    { formula: '=RESPONSE(5000, "log", 20000, 5000)', note: 'β·ln 2: 13,863.' },
    { formula: '=RESPONSE(5000, "hill", 20000, 5000, 2)', note: 'Half of β at the half-saturation spend: 10,000.' },
  ],
  run: (spend, kind, beta, kappa, alpha) => withCurve(spend, kind, beta, kappa, alpha, (c) => curveReturn(c, spend)),
});

export const MRESPONSE = defineFunction({
  name: 'MRESPONSE',
  title: 'Marginal response',
  summary: "The marginal return: what one more unit of spend returns at this spend (the curve's slope).",
  description: "The derivative f′(spend) of RESPONSE's curve. For a Hill curve with α < 1 it is infinite at a spend of 0 (#NUM!).",
  category: 'Budget',
  params: curveParams,
  returns: { description: 'The marginal return.', format: 'number' },
  errors: [...curveErrors, { kind: 'NUM', when: 'the marginal return is infinite (hill, α < 1, spend 0)' }],
  examples: [
    { formula: '=MRESPONSE(5000, "log", 20000, 5000)', note: 'β / (κ + spend): 2 per unit.' },
    { formula: '=MRESPONSE(8000, "exp", 20000, 5000)', note: 'Saturating: 0.81 per unit.' },
  ],
  run: (spend, kind, beta, kappa, alpha) => {
    const m = withCurve(spend, kind, beta, kappa, alpha, (c) => marginalReturn(c, spend));
    return typeof m === 'number' && !Number.isFinite(m)
      ? new SheetError('NUM', reason('the marginal return at a spend of 0 is infinite for a Hill curve with alpha below 1'))
      : m;
  },
});

/**
 * The most cells of `curves` ALLOCATE takes: 500 lines of four columns. Its cost grows faster than
 * the lines (1,000 took 0.2–0.75 s in the Apps Script bundle, 10,000 took 6.6 s: `bench/inputLimits.bench.ts`).
 */
export const LARGEST_CURVES = 2_000;

/**
 * The most periods of history FITRESPONSE fits: its grid search costs 0.2–0.3 ms a period, so
 * 1,000 periods answer in about a quarter of a second in the Apps Script bundle (`bench/inputLimits.bench.ts`).
 */
export const LARGEST_HISTORY = 1_000;

const boundParams = documented([
  { name: 'lower', kind: 'range', optional: true, defaultText: '0', description: 'The least each line may get (blank: 0).' },
  { name: 'upper', kind: 'range', optional: true, defaultText: 'no bound', description: 'The most each line may get (blank: no bound).' },
  {
    name: 'round_to',
    kind: 'number',
    optional: true,
    description: 'Round the parts to multiples of this (by largest remainder; they still add up to the budget).',
  },
] as const);

export const ALLOCATE = defineFunction({
  name: 'ALLOCATE',
  title: 'Budget allocation',
  summary: "Shares a budget across lines to get the most return under their curves, within bounds: Solver's answer without Solver.",
  description:
    "Maximises Σ fᵢ(xᵢ) with Σ xᵢ = budget and lowerᵢ ≤ xᵢ ≤ upperᵢ, where fᵢ is the line's curve (rows of `curves`: kind, β, κ, α; " +
    'see RESPONSE). Concave curves (log, exp, hill with α ≤ 1): the exact optimum, every line not at a bound with the same marginal ' +
    'return λ (water-filling, λ found by regula falsi on ln λ to machine precision): within 1e-9 of the budget and 1e-7 of the best ' +
    'return. S-shaped Hill curves (α > 1): a best split has each such line off (at its lower bound), on (past its inflection point, ' +
    'where its returns diminish) or, for at most one line, in between; for up to 6 S-shaped lines whose bounds reach below their ' +
    'inflection point, every choice of off and on is solved exactly, each with each off line tried in between, so the answer is the ' +
    'global optimum, every line not at a bound with the same marginal return. With more, a line-by-line search over off and on, ' +
    'then that choice with a line in between: a good split, not proven best. Not a forecast: it reallocates the budget under the ' +
    'curves given.',
  category: 'Budget',
  params: [
    { name: 'budget', kind: 'number', description: 'The amount to share (0 or more).' },
    { name: 'curves', kind: 'range', largestInput: LARGEST_CURVES, description: 'One row per line: kind, beta, kappa, alpha (a header row is skipped).' },
    ...boundParams,
  ],
  returns: {
    description: 'The amount per line.',
    format: 'money',
    shape: 'table',
    maxSize: (sizes) => ({ rows: Math.max(1, sizes[1]?.rows ?? 1), columns: 1 }),
  },
  errors: [
    {
      kind: 'NUM',
      when: "the lower bounds add up to more than the budget, or the upper bounds to less (the message says by how much); a line's lower bound is above its upper",
    },
    { kind: 'VALUE', when: 'curves has a row without numbers, or an unknown kind; lower or upper is not one cell per line' },
  ],
  examples: [
    { formula: '=ALLOCATE(300, {"log",100,50;"log",200,50})', note: 'Equal marginal returns: 83.33 and 216.67.' },
    { formula: '=ALLOCATE(300, {"log",100,50;"log",200,50}, {100;0}, , 10)', note: 'At least 100 on the first line, rounded to tens: 100 and 200.' },
  ],
  run(budget, table, lower, upper, roundTo) {
    const curves = readCurves(table);
    if (isSheetError(curves)) return curves;
    const bounds = readBounds(lower, upper, curves.length);
    if (isSheetError(bounds)) return bounds;
    return finish(allocateBudget(budget, curves, bounds), budget, roundTo, bounds);
  },
});

export const BUDGETSPLIT = defineFunction({
  name: 'BUDGETSPLIT',
  title: 'Budget split',
  summary: 'Shares a budget equally, in proportion to weights (history or potential), or by ROI, within bounds.',
  description:
    "`equal`: the same to every line; `proportional`: in proportion to the weights (last year's spend, or potential); `roi`: in " +
    "proportion to the weights read as each line's return on spend (a heuristic: it ignores diminishing returns; ALLOCATE does " +
    'not). Every part is its weight × one common factor held within its bounds, the factor chosen so the parts add up to the ' +
    "budget: the lines not at a bound share in proportion to their weights, and no line is held at a bound the others' share " +
    'would not reach.',
  category: 'Budget',
  params: [
    { name: 'budget', kind: 'number', description: 'The amount to share (0 or more).' },
    { name: 'weights', kind: 'range', description: 'One weight per line (0 or more; a text header first is skipped).' },
    { name: 'method', kind: 'text', optional: true, defaultText: '"proportional"', description: '"equal", "proportional" or "roi".' },
    ...boundParams,
  ],
  returns: {
    description: 'The amount per line.',
    format: 'money',
    shape: 'table',
    maxSize: (sizes) => ({ rows: Math.max(1, (sizes[1]?.rows ?? 1) * (sizes[1]?.columns ?? 1)), columns: 1 }),
  },
  errors: [
    { kind: 'NUM', when: 'a weight is negative, or the bounds cannot be kept (the message says by how much)' },
    { kind: 'DIV0', when: 'the weights add up to 0' },
    { kind: 'VALUE', when: 'method is unknown, or a weight is text' },
  ],
  examples: [
    { formula: '=BUDGETSPLIT(1000, {1;3})', note: 'In proportion: 250 and 750.' },
    { formula: '=BUDGETSPLIT(1000, {1;3}, "proportional", {400;0})', note: 'The first line needs 400: 400 and 600.' },
  ],
  run(budget, weightRange, method, lower, upper, roundTo) {
    const kind = (method ?? 'proportional').trim().toLowerCase();
    if (!(SPLIT_METHODS as readonly string[]).includes(kind))
      return new SheetError('VALUE', reason('method must be "equal", "proportional" or "roi", not "{method}"', { method: method ?? '' }));
    let cells = weightRange.flat();
    if (typeof cells[0] === 'string' && cells.length > 1) cells = cells.slice(1);
    const bad = cells.findIndex((c) => !isNumber(c));
    if (bad >= 0) return new SheetError('VALUE', reason('weight {value} is not a number', { value: bad + 1 }));
    const bounds = readBounds(lower, upper, cells.length);
    if (isSheetError(bounds)) return bounds;
    return finish(splitBudget(budget, cells as number[], kind as SplitMethod, bounds), budget, roundTo, bounds);
  },
});

export const FITRESPONSE = defineFunction({
  name: 'FITRESPONSE',
  title: 'Fit a response curve',
  summary: "Fits a line's curve of diminishing returns to its history of spend and return; spills β, κ, α, R² and the kind.",
  description:
    'Least squares, deterministic: β in closed form for each shape, ln κ searched over a grid of 60 steps from 1/100 of the smallest spend ' +
    'to 100 times the largest (α in 8 steps from 0.2 to 6 for Hill) and refined by golden-section search (Nelder–Mead on ln κ and α for Hill). Without `kind`, the kind with the lowest ' +
    'AIC, n·ln(squared error / n) + 2 × its parameters (ties: log, exp, hill): the squared error alone would favour Hill, whose third parameter ' +
    'always fits a little closer (on 40 noisy log and exp histories it chose Hill 22 times; AIC 4). Rows without a number in both columns ' +
    'are left out. Spills one row: β, κ, α (1 for log and exp), R² and the kind, to feed RESPONSE and ALLOCATE.',
  category: 'Budget',
  params: [
    { name: 'spend', kind: 'range', largestInput: LARGEST_HISTORY, description: "The line's spend, period by period." },
    { name: 'returns', kind: 'range', largestInput: LARGEST_HISTORY, description: 'What each period returned (revenue, leads), the same size as spend.' },
    { name: 'kind', kind: 'text', optional: true, defaultText: 'the best fit', description: '"log", "exp" or "hill".' },
  ],
  returns: {
    description: 'β, κ, α, R² and the kind.',
    format: 'number',
    shape: 'table',
    columnFormats: ['number', 'number', 'number', 'percent', 'text'],
    maxSize: () => ({ rows: 1, columns: 5 }),
  },
  errors: [
    { kind: 'VALUE', when: 'too few points (3; 4 for hill), the spend or the returns do not vary, sizes differ, or kind is unknown' },
    { kind: 'NUM', when: 'a spend is negative, or the best scale (β) is not above 0 (returns that fall below 0)' },
  ],
  examples: [
    { formula: '=FITRESPONSE({5;10;20;40;80}, {210;370;560;760;900})', note: 'A saturating history: the best of the three kinds.' },
    { formula: '=FITRESPONSE({5;10;20;40;80}, {210;370;560;760;900}, "log")', note: 'The log curve that fits it best, and its R².' },
  ],
  run(spendRange, returnRange, kind) {
    const [xs, ys] = [spendRange.flat(), returnRange.flat()];
    if (xs.length !== ys.length)
      return new SheetError('VALUE', reason('spend has {length} cells but returns has {length2}', { length: xs.length, length2: ys.length }));
    const k = kind?.trim().toLowerCase();
    if (k !== undefined && !(CURVE_KINDS as readonly string[]).includes(k))
      return new SheetError('VALUE', reason('kind must be "log", "exp" or "hill", not "{kind}"', { kind: kind ?? '' }));
    const pairs = xs.flatMap((x, i) => (isNumber(x) && isNumber(ys[i]) ? [[x, ys[i] as number]] : []));
    const fit = fitResponse(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
      k as CurveKind | undefined,
    );
    return isSheetError(fit) ? fit : [[fit.beta, fit.kappa, fit.alpha, fit.r2, fit.kind]];
  },
});
