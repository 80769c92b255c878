import { a1, parseRangeA1 } from '../../kit/sheet/a1';
import { FormulaReference, rewriteReferences } from './formulaReferences';
import { ScenarioWorking } from './scenarioSpec';

/**
 * Workings as the document keeps them: each formula once, its references to its own sheet written
 * from the cell (R1C1: `R[0]C2` is column B of the same row), so a formula copied down a column of
 * 50 reps is stored once; then each block of cells with the same formula (down a column, then
 * side by side), as its first cell, the formula's number, rows and columns (left out when 1), and
 * the blocks of cells passed through. A lead scoring sheet's 5,013 workings over 2,505 leads keep
 * under a kilobyte.
 */
export interface StoredWorkings {
  readonly formulas: readonly string[];
  /** Blocks with one formula: first cell, the formula's number, rows and columns (1 when left out). */
  readonly cells: readonly (readonly [string, number] | readonly [string, number, number] | readonly [string, number, number, number])[];
  /** Blocks passed through: a cell, or first cell, rows and columns (1 when left out). */
  readonly passed: readonly (string | readonly [string, number] | readonly [string, number, number])[];
}

/** A block of cells with one key: its first cell, the key, its rows and columns. */
interface Run<K> {
  readonly ref: string;
  readonly key: K;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Cells with the same key in blocks: runs down a column first (a formula copied down the leads),
 * then runs of equal height side by side merged across (a formula copied along a row, as the budget's
 * bisection steps are).
 */
function blocksOf<K>(cells: readonly { readonly ref: string; readonly key: K }[]): Run<K>[] {
  const placed = cells.map((c) => ({ ...c, ...parseRangeA1(c.ref) })).sort((x, y) => x.left - y.left || x.top - y.top);
  const down: { key: K; top: number; left: number; bottom: number }[] = [];
  for (const c of placed) {
    const last = down[down.length - 1];
    if (last && last.left === c.left && last.bottom + 1 === c.top && last.key === c.key) last.bottom = c.top;
    else down.push({ key: c.key, top: c.top, left: c.left, bottom: c.top });
  }
  down.sort((x, y) => x.top - y.top || x.bottom - y.bottom || x.left - y.left);
  const across: { key: K; top: number; left: number; bottom: number; right: number }[] = [];
  for (const r of down) {
    const last = across[across.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && last.right + 1 === r.left && last.key === r.key) last.right = r.left;
    else across.push({ ...r, right: r.left });
  }
  return across.map((b) => ({ ref: a1(b.top, b.left), key: b.key, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 }));
}

/** A block as stored: its first cell and key, then its rows and columns only when more than one. */
const storedBlock = <K>({ ref, key, rows, cols }: Run<K>): [string, K] | [string, K, number] | [string, K, number, number] =>
  cols > 1 ? [ref, key, rows, cols] : rows > 1 ? [ref, key, rows] : [ref, key];

const OPEN = '⟦';
const CLOSE = '⟧';

/** One corner of a reference, from the cell that holds the formula: `$B39` from E39 → `R[0]C2`. */
function corner(text: string, from: { top: number; left: number }): string {
  const [, fixedCol, letters, fixedRow, digits] = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(text)!;
  const { top, left } = parseRangeA1(`${letters}${digits}`);
  const row = fixedRow ? `R${top + 1}` : `R[${top - from.top}]`;
  const col = fixedCol ? `C${left + 1}` : `C[${left - from.left}]`;
  return row + col;
}

/** A reference to the formula's own sheet, relative to its cell; a whole column stays as written. */
function relative(reference: FormulaReference, from: { top: number; left: number }): string | undefined {
  if (reference.sheet !== undefined || !Number.isFinite(reference.bottom)) return undefined;
  return (
    OPEN +
    reference.text
      .split(':')
      .map((part) => corner(part, from))
      .join(':') +
    CLOSE
  );
}

/**
 * Workings kept compact: formulas that are the same from their cells stored once.
 *
 * @example
 * compactWorkings([{ ref: 'D39', formula: '=SUM(E39:P39)' }, { ref: 'D40', formula: '=SUM(E40:P40)' }]).formulas //=> ['=SUM(⟦R[0]C[1]:R[0]C[12]⟧)']
 */
export function compactWorkings(workings: readonly ScenarioWorking[]): StoredWorkings {
  const formulas: string[] = [];
  const numbers = new Map<string, number>();
  const cells: { ref: string; key: number }[] = [];
  const passed: { ref: string; key: null }[] = [];
  for (const { ref, formula } of workings) {
    if (formula === undefined) {
      passed.push({ ref, key: null });
      continue;
    }
    const template = rewriteReferences(formula, (r) => relative(r, parseRangeA1(ref)));
    if (!numbers.has(template)) numbers.set(template, formulas.push(template) - 1);
    cells.push({ ref, key: numbers.get(template)! });
  }
  return {
    formulas,
    cells: blocksOf(cells).map(storedBlock),
    passed: blocksOf(passed).map((block) => {
      const [ref, , ...size] = storedBlock(block);
      return size.length === 0 ? ref : ([ref, ...size] as [string, number] | [string, number, number]);
    }),
  };
}

const TOKEN = /⟦([^⟧]*)⟧/g;
const CORNER = /^R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)$/;

/** A stored corner back to A1 from the cell, or undefined when it falls off the sheet. */
function cornerA1(token: string, from: { top: number; left: number }): string | undefined {
  const match = CORNER.exec(token);
  if (!match) return undefined;
  const place = (part: string, origin: number) =>
    part.startsWith('[') ? { at: origin + Number(part.slice(1, -1)), fixed: '' } : { at: Number(part) - 1, fixed: '$' };
  const row = place(match[1], from.top);
  const col = place(match[2], from.left);
  if (row.at < 0 || col.at < 0 || row.at > 1_048_575 || col.at > 16_383) return undefined;
  const [letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1(row.at, col.at))!.slice(1);
  return `${col.fixed}${letters}${row.fixed}${digits}`;
}

/**
 * The workings written out again, or undefined when anything stored is not what `compactWorkings`
 * writes (the document's settings are untrusted).
 *
 * @example
 * expandWorkings({ formulas: ['=SUM(⟦R[0]C[1]:R[0]C[12]⟧)'], cells: [['D40', 0]], passed: [] }) //=> [{ ref: 'D40', formula: '=SUM(E40:P40)' }]
 */
export function expandWorkings(stored: StoredWorkings, most = Infinity): ScenarioWorking[] | undefined {
  const out: ScenarioWorking[] = [];
  const passed: ScenarioWorking[] = [];
  for (const [first, n, rows = 1, cols = 1] of stored.cells) {
    const template = stored.formulas[n];
    if (typeof template !== 'string' || !fits(rows, cols, out.length, most)) return undefined;
    for (const ref of blockCells(first, rows, cols)) {
      const formula = written(template, ref);
      if (formula === undefined) return undefined;
      out.push({ ref, formula });
    }
  }
  for (const block of stored.passed) {
    const [first, rows = 1, cols = 1] = typeof block === 'string' ? [block] : block;
    if (!fits(rows, cols, out.length + passed.length, most)) return undefined;
    passed.push(...blockCells(first, rows, cols).map((ref) => ({ ref })));
  }
  return [...out, ...passed];
}

const fits = (rows: number, cols: number, before: number, most: number) =>
  Number.isInteger(rows) && Number.isInteger(cols) && rows >= 1 && cols >= 1 && before + rows * cols <= most;

/** A block's cells, from `first`, row by row. */
function blockCells(first: string, rows: number, cols: number): string[] {
  const { top, left } = parseRangeA1(first);
  return Array.from({ length: rows * cols }, (_, k) => a1(top + Math.floor(k / cols), left + (k % cols)));
}

/** A stored formula written out from its cell, or undefined when a reference falls off the sheet or is not one `compactWorkings` writes. */
function written(template: string, ref: string): string | undefined {
  let broken = false;
  const from = parseRangeA1(ref);
  const formula = template.replace(TOKEN, (_, inside: string) => {
    const corners = inside.split(':').map((c) => cornerA1(c, from));
    if (corners.length > 2 || corners.some((c) => c === undefined)) broken = true;
    return corners.join(':');
  });
  return broken || formula.includes(OPEN) || formula.includes(CLOSE) ? undefined : formula;
}
