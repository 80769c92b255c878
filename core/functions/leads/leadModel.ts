import { SheetError, reason } from '../../kit/cells/errors';
import { CellValue, Range } from '../../kit/cells/values';
import { closedOutcome } from './scoreQuality';
import { solveSpd } from '../../kit/math';

/** One term of a model: a numeric column (standardised) or one category of a column (one-hot). */
export interface ModelTerm {
  readonly name: string;
  readonly coefficient: number;
  /** Numeric: the training mean; category: its share of the training rows. */
  readonly mean: number;
  /** Numeric: the training standard deviation (1 when it is 0); category: 1. */
  readonly scale: number;
}

/** A fitted model as its table says it: intercept, terms, and how it was fitted. */
export interface LeadModel {
  readonly intercept: number;
  readonly terms: readonly ModelTerm[];
  readonly method: string;
  readonly closed: number;
  readonly won: number;
}

/** Fewer closed leads than this of the rarer outcome and the model is naive Bayes (Odoo's fallback). */
export const MIN_RARER_OUTCOME = 30;
export const DEFAULT_L2 = 1;
const BLANK_LEVEL = '(blank)';
const levelKey = (v: CellValue) => (v === null || String(v).trim() === '' ? BLANK_LEVEL.toLowerCase() : String(v).trim().toLowerCase());
const levelText = (v: CellValue) => (v === null || String(v).trim() === '' ? BLANK_LEVEL : String(v).trim());

/** A column of the design: numeric (standardised values) or categorical (a reference level and the others). */
type Column =
  | { readonly kind: 'numeric'; readonly name: string; readonly index: number; readonly mean: number; readonly scale: number }
  | { readonly kind: 'category'; readonly name: string; readonly index: number; readonly levels: readonly { key: string; text: string; share: number }[] };

/** The closed rows of a features table (header first) and their outcomes, aligned as LEADMODEL reads them. */
export function closedRows(features: Range, outcomes: Range): { header: string[]; rows: CellValue[][]; won: (0 | 1)[] } | SheetError {
  if (features.length < 2) return new SheetError('VALUE', reason('features needs a header row and at least one lead'));
  const flat = outcomes.map((row) => row[0] ?? null);
  const aligned = flat.length === features.length ? flat.slice(1) : flat.length === features.length - 1 ? flat : undefined;
  if (!aligned)
    return new SheetError(
      'VALUE',
      reason('outcomes has {length} rows but features has {length2} (with its header)', { length: flat.length, length2: features.length }),
    );
  const header = features[0].map((h) => String(h ?? '').trim());
  const rows: CellValue[][] = [];
  const won: (0 | 1)[] = [];
  features.slice(1).forEach((row, i) => {
    const outcome = closedOutcome(aligned[i]);
    if (outcome === undefined || row.every((cell) => cell === null || cell === '')) return;
    rows.push([...row]);
    won.push(outcome);
  });
  return { header, rows, won };
}

function numericColumn(name: string, index: number, values: readonly CellValue[]): Column {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
  const sd = Math.sqrt(numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / numbers.length);
  return { kind: 'numeric', name, index, mean, scale: sd > 0 ? sd : 1 };
}

/** Levels by count, most frequent first (ties: first seen); the first is the reference, with no term. */
function categoryColumn(name: string, index: number, values: readonly CellValue[]): Column {
  const counts = new Map<string, { text: string; count: number; first: number }>();
  values.forEach((v, i) => {
    const key = levelKey(v);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { text: levelText(v), count: 1, first: i });
  });
  const levels = [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([key, { text, count }]) => ({ key, text, share: count / values.length }));
  return { kind: 'category', name, index, levels };
}

/** Each column numeric (every non-blank cell a number) or categorical, as LEADMODEL treats it. */
export function designColumns(header: readonly string[], rows: readonly CellValue[][]): Column[] {
  return header.map((name, index) => {
    const values = rows.map((row) => row[index] ?? null);
    const filled = values.filter((v) => v !== null && v !== '');
    return filled.length > 0 && filled.every((v) => typeof v === 'number') ? numericColumn(name, index, values) : categoryColumn(name, index, values);
  });
}

/**
 * The levels of a category that get a term: all of them under a penalty (each shrunk towards the
 * intercept, none towards another level), all but the most frequent, the reference, without one
 * (where one term per level would make the intercept one too many).
 */
const termLevels = (column: Extract<Column, { kind: 'category' }>, allLevels: boolean) => (allLevels ? column.levels : column.levels.slice(1));

/** The terms of the design (numeric columns, then each category's levels that get a term) and the rows as numbers. */
function designMatrix(
  columns: readonly Column[],
  rows: readonly CellValue[][],
  allLevels: boolean,
): { names: string[]; means: number[]; scales: number[]; x: Float64Array } {
  const names: string[] = [];
  const means: number[] = [];
  const scales: number[] = [];
  const cells: ((row: readonly CellValue[]) => number)[] = [];
  for (const column of columns) {
    if (column.kind === 'numeric') {
      names.push(column.name);
      means.push(column.mean);
      scales.push(column.scale);
      cells.push((row) => (typeof row[column.index] === 'number' ? ((row[column.index] as number) - column.mean) / column.scale : 0));
      continue;
    }
    for (const level of termLevels(column, allLevels)) {
      names.push(`${column.name} = ${level.text}`);
      means.push(level.share);
      scales.push(1);
      cells.push((row) => (levelKey(row[column.index] ?? null) === level.key ? 1 : 0));
    }
  }
  const x = new Float64Array(rows.length * names.length);
  rows.forEach((row, r) => cells.forEach((cell, c) => (x[r * names.length + c] = cell(row))));
  return { names, means, scales, x };
}

/**
 * Logistic regression with an L2 penalty (λ/2 · Σ β², the intercept unpenalised), fitted by
 * Newton's method (IRLS) until no coefficient moves more than 1e-9. Deterministic: the same rows
 * give the same coefficients. Returns [intercept, ...coefficients].
 */
export function fitLogistic(x: Float64Array, y: readonly number[], p: number, l2: number, maxIterations = 100): Float64Array {
  const n = y.length;
  const size = p + 1;
  const beta = new Float64Array(size);
  const value = (r: number, c: number) => (c === 0 ? 1 : x[r * p + c - 1]);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const hessian = new Float64Array(size * size);
    const gradient = new Float64Array(size);
    for (let r = 0; r < n; r += 1) {
      let eta = beta[0];
      for (let c = 0; c < p; c += 1) eta += beta[c + 1] * x[r * p + c];
      const prob = 1 / (1 + Math.exp(-eta));
      const weight = Math.max(prob * (1 - prob), 1e-12);
      for (let i = 0; i < size; i += 1) {
        const vi = value(r, i);
        if (vi === 0) continue;
        gradient[i] += (y[r] - prob) * vi;
        for (let j = 0; j <= i; j += 1) hessian[i * size + j] += weight * vi * value(r, j);
      }
    }
    for (let i = 0; i < size; i += 1) for (let j = 0; j < i; j += 1) hessian[j * size + i] = hessian[i * size + j];
    for (let i = 1; i < size; i += 1) {
      hessian[i * size + i] += l2;
      gradient[i] -= l2 * beta[i];
    }
    hessian[0] += 1e-12;
    const step = solveSpd(hessian, gradient, size);
    let largest = 0;
    for (let i = 0; i < size; i += 1) {
      beta[i] += step[i];
      largest = Math.max(largest, Math.abs(step[i]));
    }
    if (largest < 1e-9) break;
  }
  return beta;
}

/**
 * Naive Bayes as a linear score, so that it reads and applies like the logistic model: the prior
 * log-odds, each category's Laplace-smoothed log-likelihood ratio against its column's reference
 * level, and each numeric column's Gaussian log-ratio with a pooled variance (linear in the value).
 */
function fitNaiveBayes(columns: readonly Column[], rows: readonly CellValue[][], won: readonly (0 | 1)[]): { intercept: number; coefficients: number[] } {
  const wins = won.filter((w) => w === 1).length;
  const losses = won.length - wins;
  let intercept = Math.log((wins + 1) / (losses + 1));
  const coefficients: number[] = [];
  for (const column of columns) {
    if (column.kind === 'numeric') {
      const z = rows.map((row) => (typeof row[column.index] === 'number' ? ((row[column.index] as number) - column.mean) / column.scale : 0));
      const meanOf = (w: 0 | 1) => z.filter((_, r) => won[r] === w).reduce((a, b) => a + b, 0) / Math.max(1, won.filter((v) => v === w).length);
      const [m1, m0] = [meanOf(1), meanOf(0)];
      const pooled = z.reduce((a, v, r) => a + (v - (won[r] === 1 ? m1 : m0)) ** 2, 0) / Math.max(1, z.length - 2) || 1;
      coefficients.push((m1 - m0) / pooled);
      intercept -= (m1 * m1 - m0 * m0) / (2 * pooled);
      continue;
    }
    const ratio = (key: string) => {
      const inWon = rows.filter((row, r) => won[r] === 1 && levelKey(row[column.index] ?? null) === key).length;
      const inLost = rows.filter((row, r) => won[r] === 0 && levelKey(row[column.index] ?? null) === key).length;
      return Math.log((inWon + 1) / (wins + column.levels.length)) - Math.log((inLost + 1) / (losses + column.levels.length));
    };
    const reference = ratio(column.levels[0].key);
    intercept += reference;
    for (const level of column.levels.slice(1)) coefficients.push(ratio(level.key) - reference);
  }
  return { intercept, coefficients };
}

/**
 * The most leads × (terms + 1)² a fit takes: Newton's method costs that much an iteration, and at
 * this size the fit answers in about half a second in the Apps Script bundle
 * (`bench/inputLimits.bench.ts`: 10,000 leads with 50 terms).
 */
export const LARGEST_FIT = 25_000_000;

/** `#NUM!` when the design is too large to fit within a second: a category per distinct value adds up fast. */
function fitTooLarge(columns: readonly Column[], leads: number, allLevels: boolean): SheetError | undefined {
  const terms = columns.reduce((sum, column) => sum + (column.kind === 'numeric' ? 1 : termLevels(column, allLevels).length), 0);
  if (leads * (terms + 1) ** 2 <= LARGEST_FIT) return undefined;
  return new SheetError(
    'NUM',
    reason(
      '{leads} closed leads with {terms} terms (one per category of a text column) is more than a fit within a second takes (leads × (terms + 1)² at most {largest}): leave out ID-like columns or group rare categories',
      { leads, terms, largest: LARGEST_FIT },
    ),
  );
}

/**
 * A standardised coefficient this large (odds × e³⁰ for one standard deviation) only comes from
 * outcomes a term separates perfectly: without a penalty the fit then grows it without bound
 * (10⁴ after Newton's 100 steps) and the probabilities are 0 or 1.
 */
const SEPARATION_COEFFICIENT = 30;
const separated = (coefficients: readonly number[]) => coefficients.some((c) => Math.abs(c) > SEPARATION_COEFFICIENT);
const SEPARATED = ': some leads are perfectly separated by their terms, so coefficients grow without bound; give l2 above 0';

/**
 * Fits the predictive score on the closed leads: logistic regression with L2 when each outcome has
 * at least 30 leads, else naive Bayes with Laplace smoothing (and the model says which).
 *
 * @example
 * fitLeadModel(features, outcomes, 1).method //=> 'logistic regression (L2 1)'
 */
export function fitLeadModel(features: Range, outcomes: Range, l2: number): LeadModel | SheetError {
  if (!(l2 >= 0)) return new SheetError('NUM', reason('l2 must be 0 or more'));
  const closed = closedRows(features, outcomes);
  if (closed instanceof SheetError) return closed;
  const { header, rows, won } = closed;
  const wins = won.filter((w) => w === 1).length;
  if (wins === 0 || wins === won.length) return new SheetError('DIV0', reason('the model needs closed leads of both outcomes (won and lost)'));
  const columns = designColumns(header, rows);
  const naive = Math.min(wins, won.length - wins) < MIN_RARER_OUTCOME;
  // Under a penalty every level gets a term, as scikit-learn's one-hot does: with a reference level the
  // penalty would pull every other level towards it, which costs AUC when the reference is extreme.
  const allLevels = !naive && l2 > 0;
  const tooLarge = fitTooLarge(columns, rows.length, allLevels);
  if (tooLarge) return tooLarge;
  const design = designMatrix(columns, rows, allLevels);
  const fitted = naive
    ? fitNaiveBayes(columns, rows, won)
    : (() => {
        const beta = fitLogistic(design.x, won, design.names.length, l2);
        return { intercept: beta[0], coefficients: [...beta.slice(1)] };
      })();
  const method = naive
    ? `naive Bayes (Laplace): fewer than ${MIN_RARER_OUTCOME} ${wins <= won.length - wins ? 'won' : 'lost'} leads`
    : `logistic regression (L2 ${l2})${separated(fitted.coefficients) ? SEPARATED : ''}`;
  const terms = design.names.map((name, i) => ({ name, coefficient: fitted.coefficients[i], mean: design.means[i], scale: design.scales[i] }));
  return { intercept: fitted.intercept, terms, method, closed: won.length, won: wins };
}

/** The model as the table LEADMODEL spills: a header, the intercept, one row per term, how it was fitted. */
export function modelTable(model: LeadModel): (string | number)[][] {
  return [
    ['Term', 'Coefficient', 'Mean', 'Scale'],
    ['(intercept)', model.intercept, '', ''],
    ...model.terms.map((t) => [t.name, t.coefficient, t.mean, t.scale]),
    ['(model)', model.method, model.closed, model.won],
  ];
}
