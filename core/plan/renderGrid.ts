import { parseRangeA1 } from './a1';
import { PlanFormat, PlanSheet, PlanStyle } from './plan';

/**
 * A plan sheet's formats as one full block (rows × columns), the later range winning: hosts that
 * set formats cell by cell in one call (Excel's numberFormat, Sheets' setNumberFormats) use this.
 *
 * @example
 * formatGrid(sheet, { money: '#,##0', percent: '0.0%', decimal: '#,##0.00', integer: '0' }, 'General')
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
  integer: '0',
};
