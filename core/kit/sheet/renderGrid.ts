import { parseRangeA1 } from './a1';
import { PlanFormat, PlanLook, PlanSheet, PlanStyle } from './plan';
import { utf8Length } from '../cells/utf8';

/**
 * A plan sheet's formats as one full block (rows × columns), the later range winning: hosts that
 * set formats cell by cell in one call (Excel's numberFormat, Sheets' setNumberFormats) use this.
 *
 * @example
 * formatGrid(sheet, { money: '#,##0', percent: '0.0%', decimal: '#,##0.00', integer: '#,##0' }, 'General')
 */
export function formatGrid(sheet: PlanSheet, formats: Readonly<Record<PlanFormat, string>>, general: string, textFormat?: string): string[][] {
  const grid = sheet.cells.map((row) => row.map((cell) => (textFormat && cell !== null && 'text' in cell ? textFormat : general)));
  for (const { range, format } of sheet.formats) {
    const { top, left, bottom, right } = parseRangeA1(range);
    for (let r = top; r <= bottom && r < grid.length; r += 1) {
      for (let c = left; c <= right && c < grid[r].length; c += 1) grid[r][c] = formats[format];
    }
  }
  return grid;
}

/** The style of each cell, the later range winning; undefined where a cell has none. */
export function styleGrid(sheet: PlanSheet): (PlanStyle | undefined)[][] {
  const grid: (PlanStyle | undefined)[][] = sheet.cells.map((row) => row.map(() => undefined));
  for (const { range, style } of sheet.styles) {
    const { top, left, bottom, right } = parseRangeA1(range);
    for (let r = top; r <= bottom && r < grid.length; r += 1) {
      for (let c = left; c <= right && c < grid[r].length; c += 1) grid[r][c] = style;
    }
  }
  return grid;
}

/** How each style looks in Excel and Sheets: fill, bold, size and font colour. */
export const STYLE_LOOK: Readonly<Record<PlanStyle, { fill?: string; bold?: boolean; size?: number; color?: string }>> = {
  title: { bold: true, size: 16, color: '#0B5A3A' },
  statement: { color: '#424A53' },
  section: { bold: true, color: '#0B5A3A' },
  header: { bold: true, fill: '#EEF6F1' },
  input: { fill: '#FFF4C2' },
  total: { bold: true, fill: '#F3F4F6' },
  working: { color: '#8C959F' },
};

/** Number format strings Excel and Sheets both read. */
export const SPREADSHEET_FORMATS: Readonly<Record<PlanFormat, string>> = {
  money: '#,##0',
  percent: '0.0%',
  decimal: '#,##0.00',
  // Counts with thousands separators (5,412 visits), as money is.
  integer: '#,##0',
  date: 'yyyy-mm-dd',
};

/** How a highlighted cell looks in every host: red for what must be fixed, amber for a warning. */
export const HIGHLIGHT_LOOK: Readonly<Record<PlanLook, { fill: string; color: string }>> = {
  bad: { fill: '#FDE2E1', color: '#9F1C1C' },
  warn: { fill: '#FFF1CC', color: '#7A4B00' },
};

/**
 * A sheet's rows cut into chunks whose formulas and formats stay under `maxBytes` bytes of UTF-8 JSON, so that
 * no request to a host passes its limit (Excel on the web refuses one over 5 MB). A plan of any
 * size then takes one request per chunk: the round trips grow with the payload, never per cell.
 *
 * @example
 * payloadChunks(sheet, formats, 1_000_000) //=> [{ start: 0, rows: 812 }, { start: 812, rows: 400 }]
 */
export function payloadChunks(
  rowsOfCells: readonly (readonly unknown[])[],
  rowsOfFormats: readonly (readonly unknown[])[],
  maxBytes: number,
): { start: number; rows: number }[] {
  const chunks: { start: number; rows: number }[] = [];
  // The brackets of the two arrays each chunk sends.
  const frame = 4;
  let start = 0;
  let bytes = frame;
  rowsOfCells.forEach((row, r) => {
    // Each row, as JSON in UTF-8 bytes (what the host counts), in both arrays, with the comma that joins it to the next.
    const size = utf8Length(JSON.stringify(row)) + utf8Length(JSON.stringify(rowsOfFormats[r] ?? [])) + 2;
    if (r > start && bytes + size > maxBytes) {
      chunks.push({ start, rows: r - start });
      start = r;
      bytes = frame;
    }
    bytes += size;
  });
  if (rowsOfCells.length > start) chunks.push({ start, rows: rowsOfCells.length - start });
  return chunks;
}
