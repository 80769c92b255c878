/**
 * Column letters as spreadsheets write them: 0 → A, 25 → Z, 26 → AA.
 *
 * @example
 * columnLetters(27) //=> 'AB'
 */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * An A1 address from zero-based row and column: `{ row: 1, col: 10 }` → `K2`.
 *
 * @example
 * a1(1, 10) //=> 'K2'
 */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * An A1 range from zero-based corners: `rangeA1(0, 0, 1, 2)` → `A1:C2`.
 *
 * @example
 * rangeA1(4, 1, 4, 1) //=> 'B5'
 */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Zero-based corners of an A1 range (`B5`, `B5:D9`).
 *
 * @example
 * parseRangeA1('B5:D9') //=> { top: 4, left: 1, bottom: 8, right: 3 }
 */
export function parseRangeA1(range: string): { top: number; left: number; bottom: number; right: number } {
  const cell = (ref: string) => {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim().toUpperCase());
    if (!match) throw new Error(`not an A1 reference: ${ref}`);
    const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(match[2]) - 1, col };
  };
  const [from, to = from] = range.split(':');
  const a = cell(from);
  const b = cell(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
