import { parseRangeA1 } from '../../kit/sheet/a1';

/** One reference in a formula: its sheet (when named), and its block of cells (zero-based, inclusive). */
export interface FormulaReference {
  /** The sheet named before `!`, unquoted; absent for a reference to the formula's own sheet. */
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  /** A whole column (`D:D`) reaches the sheet's last row: `Infinity`. */
  readonly bottom: number;
  readonly right: number;
  /** The reference as written, without its sheet (`$B39`, `D:D`): which parts are fixed with `$`. */
  readonly text: string;
}

const CELL = String.raw`\$?[A-Z]{1,3}\$?[0-9]+`;
const COLUMN = String.raw`\$?[A-Z]{1,3}`;
/** A cell, a block or whole columns, starting exactly here (sticky). */
const REFERENCE = new RegExp(String.raw`(?:${CELL}(?::${CELL})?|${COLUMN}:${COLUMN})`, 'y');
const WORD = /[A-Za-z0-9_.]+/y;
const WORD_CHAR = /[A-Za-z0-9_.$]/;

/** Reads a quoted sheet name at `i` (`'Sales plan 2027'`), with `''` for a quote; returns it and where it ends. */
function quotedName(formula: string, i: number): { name: string; end: number } | undefined {
  let name = '';
  for (let j = i + 1; j < formula.length; j += 1) {
    if (formula[j] !== "'") name += formula[j];
    else if (formula[j + 1] === "'") {
      name += "'";
      j += 1;
    } else return formula[j + 1] === '!' ? { name, end: j + 2 } : undefined;
  }
  return undefined;
}

/** The block a reference's text covers (`$D$29:$D$33`, `D:D`). */
function blockOf(text: string): Omit<FormulaReference, 'sheet' | 'text'> {
  if (/^\$?[A-Z]+:\$?[A-Z]+$/.test(text)) {
    const [from, to] = text.replace(/\$/g, '').split(':');
    const { left } = parseRangeA1(`${from}1`);
    const { right } = parseRangeA1(`${to}1`);
    return { top: 0, left, bottom: Infinity, right };
  }
  return parseRangeA1(text.replace(/\$/g, ''));
}

/** The reference that starts at `i` (after a sheet's name, if any), or undefined when the text there is a name or a function. */
function referenceAt(formula: string, i: number): { text: string; end: number } | undefined {
  REFERENCE.lastIndex = i;
  const match = REFERENCE.exec(formula);
  if (!match) return undefined;
  const end = i + match[0].length;
  // LOG10( is a function and A1B a name: a reference ends where a word or a call does not go on.
  return end < formula.length && /[A-Za-z0-9_(.]/.test(formula[end]) ? undefined : { text: match[0], end };
}

/**
 * Rewrites each reference of a formula: `rewrite` gets the reference and returns its new text, or
 * undefined to keep it as written. Strings (`"A1"`) and function names (`LOG10(`) are left alone; a
 * sheet's name before `!`, quoted or not, belongs to its reference.
 *
 * @example
 * rewriteReferences('=SUM(B5:B6)*$C$2&"A1"', (r) => (r.left === 2 ? 'Z9' : undefined)) //=> '=SUM(B5:B6)*Z9&"A1"'
 */
export function rewriteReferences(formula: string, rewrite: (reference: FormulaReference) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const close = stringEnd(formula, i);
      out += formula.slice(i, close);
      i = close;
      continue;
    }
    const sheet = ch === "'" ? quotedName(formula, i) : undefined;
    const word = !sheet && /[A-Za-z_$]/.test(ch) && (i === 0 || !WORD_CHAR.test(formula[i - 1])) ? wordAt(formula, i) : undefined;
    const qualifier = sheet ?? (word && formula[word.end] === '!' ? { name: word.text, end: word.end + 1 } : undefined);
    const at = qualifier ? qualifier.end : i;
    const reference = (qualifier || word) && referenceAt(formula, at);
    if (reference) {
      const block = { ...blockOf(reference.text), text: reference.text };
      const replaced = rewrite(qualifier ? { sheet: qualifier.name, ...block } : block);
      out += replaced ?? formula.slice(i, reference.end);
      i = reference.end;
    } else if (word) {
      out += formula.slice(i, word.end);
      i = word.end;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Where a string that opens at `i` closes (after its quote), `""` being a quote inside it. */
function stringEnd(formula: string, i: number): number {
  let j = i + 1;
  while (j < formula.length) {
    if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
    else if (formula[j] === '"') return j + 1;
    else j += 1;
  }
  return formula.length;
}

function wordAt(formula: string, i: number): { text: string; end: number } {
  WORD.lastIndex = formula[i] === '$' ? i + 1 : i;
  const match = WORD.exec(formula);
  const end = match ? WORD.lastIndex : i + 1;
  return { text: formula.slice(i, end), end };
}

/**
 * The references a formula reads, in order.
 *
 * @example
 * referencesOf("=SUM('Deals'!C2:C9)+B5") //=> [{ sheet: 'Deals', top: 1, left: 2, bottom: 8, right: 2, text: 'C2:C9' }, { top: 4, left: 1, bottom: 4, right: 1, text: 'B5' }]
 */
export function referencesOf(formula: string): FormulaReference[] {
  const found: FormulaReference[] = [];
  rewriteReferences(formula, (reference) => void found.push(reference));
  return found;
}
