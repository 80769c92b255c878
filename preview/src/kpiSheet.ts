import { CellFormat, PreviewSheet } from './previewSheet';
import { t, msg } from '../../ui/i18n';

const O = (column: string) => `Opportunities!${column}2:${column}201`;

/** The KPI area: labels and the formulas a manager would type, over the Opportunities sheet. */
const KPI_LINES: readonly (readonly [string, string, CellFormat])[] = [
  [msg('Win rate'), `=WINRATE(${O('F')})`, 'percent'],
  [msg('Win rate by value'), `=WINRATE(${O('F')}, , , ${O('G')})`, 'percent'],
  [msg('Close rate'), `=CLOSERATE(${O('F')})`, 'percent'],
  [msg('Average deal size'), `=AVGDEALSIZE(${O('G')}, ${O('F')})`, 'money'],
  [msg('Median deal size'), `=AVGDEALSIZE(${O('G')}, ${O('F')}, "Won", "median")`, 'money'],
  [msg('Sales cycle, days (won)'), `=SALESCYCLE(${O('H')}, ${O('I')}, ${O('F')})`, 'number'],
  [msg('Won amount'), `=SUMIFS(${O('G')}, ${O('F')}, "Won")`, 'money'],
  [msg('Weighted open pipeline (40%)'), `=WEIGHTEDPIPE(${O('G')}, ${O('F')}, {"Won", 0; "Lost", 0; "Open", 0.4})`, 'money'],
  [msg('Attainment of a 100,000 quota'), '=ATTAINMENT(B11, 100000)', 'percent'],
  [msg('Pipeline needed for 120,000'), '=REQPIPELINE(120000, B5, B11)', 'money'],
];
const FIRST_LINE = 4; // row 5 in A1 terms
const TABLE_ROW = 16; // KPIBY headers on row 17
const byRegion = `=KPIBY(${O('D')}, ${O('F')}, ${O('G')}, ${O('H')}, ${O('I')})`;
const byOwner = `=KPIBY(${O('C')}, ${O('F')}, ${O('G')}, ${O('H')}, ${O('I')})`;
/** Columns of a KPIBY table, from its first: Group, Deals, Won, Lost, Win rate, Avg deal size, Won amount, Avg cycle days. */
const KPIBY_FORMATS: readonly CellFormat[] = ['text', 'number', 'number', 'number', 'percent', 'money', 'money', 'number'];

function buildRows(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = Array.from({ length: TABLE_ROW + 1 }, () => []);
  rows[0][0] = t('Sales KPIs');
  rows[1][0] = t('Live formulas: edit a deal on Opportunities and these follow.');
  rows[3] = ['KPI', t('Value')];
  KPI_LINES.forEach(([label, formula], i) => (rows[FIRST_LINE + i] = [t(label), formula]));
  rows[TABLE_ROW - 1] = [t('By region')];
  rows[TABLE_ROW - 1][9] = t('By owner');
  rows[TABLE_ROW][0] = byRegion;
  rows[TABLE_ROW][9] = byOwner;
  return rows;
}

/** The KPI sheet of the preview's sample workbook. */
export const KPI_SHEET: PreviewSheet = {
  name: 'KPIs',
  // Built when the workbook opens, in the language the preview speaks then.
  get rows() {
    return buildRows();
  },
  size: { rows: 30, cols: 18 },
  firstSelection: { row: FIRST_LINE, col: 1 },
  columnWidths: [215, 90, 60, 60, 80, 110, 110, 125, 30, 150, 60, 60, 60, 80, 110, 110, 125],
  formatAt(row, col) {
    const line = row - FIRST_LINE;
    if (col === 1 && line >= 0 && line < KPI_LINES.length) return KPI_LINES[line][2];
    if (row > TABLE_ROW) return KPIBY_FORMATS[col < 9 ? col : col - 9] ?? 'text';
    return 'text';
  },
  isHeader: (row, col) => row === 3 || (row === TABLE_ROW && col !== 8) || row === TABLE_ROW - 1 || (row === 0 && col === 0),
};
