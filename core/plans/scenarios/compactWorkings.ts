import { a1, parseRangeA1 } from '../../kit/sheet/a1';
import { FormulaReference, rewriteReferences } from './formulaReferences';
import { ScenarioWorking } from './scenarioSpec';

/**
 * Workings as the document keeps them: each formula once, its references to its own sheet written
 * from the cell (R1C1: `R[0]C2` is column B of the same row), so a formula copied down a column of
 * 50 reps is stored once; then each cell with its formula's number, and the cells passed through.
 * A sales plan with 50 new reps keeps about 10 KB this way against 72 KB written out.
 */
export interface StoredWorkings {
  readonly formulas: readonly string[];
  readonly cells: readonly (readonly [string, number])[];
  readonly passed: readonly string[];
}

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
  const cells: [string, number][] = [];
  const passed: string[] = [];
  for (const { ref, formula } of workings) {
    if (formula === undefined) {
      passed.push(ref);
      continue;
    }
    const template = rewriteReferences(formula, (r) => relative(r, parseRangeA1(ref)));
    if (!numbers.has(template)) numbers.set(template, formulas.push(template) - 1);
    cells.push([ref, numbers.get(template)!]);
  }
  return { formulas, cells, passed };
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
export function expandWorkings(stored: StoredWorkings): ScenarioWorking[] | undefined {
  const out: ScenarioWorking[] = [];
  for (const [ref, n] of stored.cells) {
    const template = stored.formulas[n];
    if (typeof template !== 'string') return undefined;
    let broken = false;
    const from = parseRangeA1(ref);
    const formula = template.replace(TOKEN, (_, inside: string) => {
      const corners = inside.split(':').map((c) => cornerA1(c, from));
      if (corners.length > 2 || corners.some((c) => c === undefined)) broken = true;
      return corners.join(':');
    });
    if (broken || formula.includes(OPEN) || formula.includes(CLOSE)) return undefined;
    out.push({ ref, formula });
  }
  return [...out, ...stored.passed.map((ref) => ({ ref }))];
}
