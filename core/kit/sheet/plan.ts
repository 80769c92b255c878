import { parseRangeA1, rangeA1 } from './a1';

/**
 * A plan is data: one or more sheets described cell by cell, with formats, styles, names and
 * charts. Core builds it; each host renders it in one batch. Formulas are native spreadsheet
 * formulas (English names, A1 references inside the sheet), so a plan stays live without the add-in.
 */

/** One cell of a plan sheet. Text is written as text, whatever it starts with. */
export type PlanCell = { readonly text: string } | { readonly number: number } | { readonly formula: string } | null;

/** Number formats a plan uses, mapped by each host to its own format string. */
export type PlanFormat = 'money' | 'percent' | 'decimal' | 'integer' | 'date';

/** How a block of cells looks: what a person needs to tell inputs from results at a glance. */
export type PlanStyle = 'title' | 'statement' | 'section' | 'header' | 'input' | 'total' | 'working';

export interface PlanSheet {
  /** Wanted sheet name; a host adds " (2)" and so on when the workbook already has it. */
  readonly name: string;
  /** A rectangular block of cells anchored at A1, rows first. */
  readonly cells: readonly (readonly PlanCell[])[];
  readonly formats: readonly { readonly range: string; readonly format: PlanFormat }[];
  readonly styles: readonly { readonly range: string; readonly style: PlanStyle }[];
  /** Column widths in pixels, from column A. */
  readonly columnWidths: readonly number[];
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Named ranges: a short name (made unique per sheet by the host) and its range in this sheet. */
  readonly names: readonly { readonly name: string; readonly range: string }[];
  readonly charts: readonly PlanChart[];
  /** Highlights a manager sees without the add-in: a negative target, a check that fails. */
  readonly highlights: readonly PlanHighlight[];
  /** Rules on input cells, so a wrong value is refused as it is typed (Excel, Sheets, the preview). */
  readonly validations: readonly PlanValidation[];
  /** What a scenario of this sheet saves and compares (`core/plans/scenarios`); absent on a sheet without inputs. */
  readonly scenario?: PlanScenarioCells;
  /** Native formulas whose result spills over neighbouring cells (absent when none); see {@link PlanSpill}. */
  readonly spills?: readonly PlanSpill[];
}

/**
 * A native formula in `cell` (also in `cells`) whose result fills `rows` × `cols` cells from there,
 * as Excel 365 and Sheets spill an array (FREQUENCY's counts). The cells it fills are blank in the
 * plan; a host that writes a sheet in several requests writes the formula after every other cell,
 * so that no blank it writes later lands in the spill, and a file holds it as an array formula over
 * that area (which any Excel and LibreOffice read).
 */
export interface PlanSpill {
  readonly cell: string;
  readonly rows: number;
  readonly cols: number;
}

/** A plan sheet's scenario cells, as `B5`: its inputs block's yellow cells, and the key results each wizard names. */
export interface PlanScenarioCells {
  readonly inputs: readonly string[];
  /** Labelled by their row's column A unless a label is given. */
  readonly outputs: readonly { readonly ref: string; readonly label?: string }[];
}

/** How a highlighted cell looks: `bad` (red) for something that must be fixed. */
export type PlanLook = 'bad' | 'warn';

/**
 * A conditional format: cells of `range` below (or above) a number, holding a text, or where a formula is true. A formula
 * rule uses absolute references only (`=$A$3<>""`): hosts apply it as written to every cell of the
 * range, and the preview evaluates it once per range.
 */
export interface PlanHighlight {
  readonly range: string;
  readonly when: { readonly below: number } | { readonly above: number } | { readonly equals: string } | { readonly formula: string };
  readonly look: PlanLook;
}

/** A number rule on input cells, with the message a manager reads when a typed value breaks it. */
export interface PlanValidation {
  readonly range: string;
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only (reps, months). */
  readonly whole?: boolean;
  readonly message: string;
}

/**
 * Whether a value typed into a validated cell keeps the rule (blank keeps every rule: a lock may be
 * cleared). The preview checks typed values with this; Excel and Sheets check with their own rules.
 *
 * @example
 * keepsRule({ range: 'B6', min: -1, max: 5, message: '' }, 20) //=> false
 */
export function keepsRule(rule: PlanValidation, value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (rule.whole && !Number.isInteger(value)) return false;
  return (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
}

/**
 * A value typed into a cell, as a plan holds it: a number, text (whatever it starts with), or blank.
 *
 * @example
 * planCellOf('=1+1') //=> { text: '=1+1' }
 */
export const planCellOf = (value: number | string | null): PlanCell =>
  typeof value === 'number' ? { number: value } : value === null ? null : { text: value };

/**
 * A plan cell as every host's typing takes it (Excel's `values`/`formulas`, Sheets' `setValues`,
 * HyperFormula): text behind an apostrophe, so a name like "=1+1" or "007" stays exactly the text
 * typed, never a formula; numbers and formulas as they are; blank as null.
 *
 * @example
 * typedCell({ text: '007' }) //=> "'007"
 */
export function typedCell(cell: PlanCell): string | number | null {
  if (cell === null) return null;
  if ('text' in cell) return `'${cell.text}`;
  if ('number' in cell) return cell.number;
  return cell.formula;
}

/** The charts a plan can hold, as every host draws them. */
export type PlanChartKind = 'column' | 'line' | 'bar' | 'pie';

/** A chart of one series: categories (labels) and values, placed at `anchor`; a column chart unless said. */
export interface PlanChart {
  readonly kind?: PlanChartKind;
  readonly title: string;
  readonly categories: string;
  /** One series (a row or a column), or a block of several: one series per column (or row) along the categories. */
  readonly values: string;
  /** The series' names, in the legend, when `values` holds several. */
  readonly seriesNames?: readonly string[];
  /** Series (0-based) drawn as a line over a column chart's columns: a combo chart (target over actual). */
  readonly lines?: readonly number[];
  /** A column or bar chart's series stacked, not side by side (one status series per bar, say). */
  readonly stacked?: boolean;
  /** Each series' colour as six hex digits, where it means something (green, amber, red). */
  readonly colours?: readonly string[];
  /** How the value axis (and the preview's written values) read: a percentage, say; amounts unless said. */
  readonly valueFormat?: PlanFormat;
  readonly anchor: string;
}

/** Rows a plan keeps free for a chart placed under a block (about 300 px: Excel's, Sheets' and the preview's default chart height). */
export const CHART_ROWS = 20;

/** The series colours when a chart names none: the plan's title green first, then greys and lighter greens. */
export const SERIES_COLOURS = ['0B5A3A', '8C959F', '4FAE7F', '57606A', '8FD0AD', 'D0D7DE'] as const;

/** The colours a status reads in on a chart, as the sheet's highlights show it. */
export const STATUS_COLOURS = { Green: '1A7F37', Amber: 'D4A72C', Red: 'CF222E' } as const;

/** One series as every host draws it. */
export interface PlanSeries {
  readonly values: string;
  readonly name: string;
  /** Six hex digits. */
  readonly colour: string;
  /** Drawn as a line (over columns). */
  readonly line: boolean;
}

export interface Plan {
  readonly sheets: readonly PlanSheet[];
}

/**
 * Whether a chart's values run down a column (a series per column), rather than along a row: hosts
 * that ask which way the series go (Excel's ChartSeriesBy, Sheets' transpose) answer from this.
 *
 * @example
 * seriesRunDown({ title: '', categories: 'D5:D7', values: 'E5:E7', anchor: 'M2' }) //=> true
 */
export function seriesRunDown(chart: PlanChart): boolean {
  const categories = parseRangeA1(chart.categories);
  const values = parseRangeA1(chart.values);
  const single = categories.top === categories.bottom && categories.left === categories.right;
  return categories.bottom - categories.top > categories.right - categories.left || (single && values.bottom > values.top);
}

/**
 * A chart's series, one range each: the columns of its values block when the categories run down a
 * column, else its rows; with their names (from `seriesNames`, else "Series n"), colours (from
 * `colours`, else {@link SERIES_COLOURS}) and whether each is a line (a line chart's, or a combo's `lines`).
 *
 * @example
 * chartSeries({ title: '', categories: 'A2:A6', values: 'B2:C6', seriesNames: ['Current', 'Proposed'], anchor: 'E2' })
 * //=> [{ values: 'B2:B6', name: 'Current', colour: '0B5A3A', line: false }, { values: 'C2:C6', name: 'Proposed', colour: '8C959F', line: false }]
 */
export function chartSeries(chart: PlanChart): PlanSeries[] {
  const v = parseRangeA1(chart.values);
  const down = seriesRunDown(chart);
  const count = down ? v.right - v.left + 1 : v.bottom - v.top + 1;
  return Array.from({ length: count }, (_, i) => ({
    values: down ? rangeA1(v.top, v.left + i, v.bottom, v.left + i) : rangeA1(v.top + i, v.left, v.top + i, v.right),
    name: chart.seriesNames?.[i] ?? `Series ${i + 1}`,
    colour: chart.colours?.[i] ?? SERIES_COLOURS[i % SERIES_COLOURS.length],
    line: chart.kind === 'line' || (chart.lines ?? []).includes(i),
  }));
}

/** Excel keeps this sheet name for itself (its change history) and refuses it in a workbook. */
export const EXCEL_RESERVED_SHEET_NAME = 'History';

/**
 * Why a sheet name typed by a person cannot be used, in words, or undefined when it can: Excel's
 * rules (Microsoft, "Rename a worksheet": not blank, at most 31 characters, none of / \ ? * : [ ],
 * not starting or ending with an apostrophe, not "History"), and no other sheet of that name in any case.
 *
 * @example
 * sheetNameProblem('Q1 plan', ['Data'], translator('en')) //=> undefined
 * sheetNameProblem('data', ['Data'], translator('en'))    //=> 'Another sheet is already called “Data”.'
 */
export function sheetNameProblem(
  name: string,
  others: readonly string[],
  t: (source: string, params?: Record<string, string | number>) => string,
): string | undefined {
  if (name.trim() === '') return t('A sheet needs a name.');
  if (name.length > 31) return t('A sheet name has at most 31 characters; this one has {count}.', { count: name.length });
  if (/[\\/?*[\]:]/.test(name)) return t('A sheet name cannot contain / \\ ? * : [ or ].');
  if (/^'|'$/.test(name)) return t('A sheet name cannot start or end with an apostrophe.');
  if (name.toLowerCase() === EXCEL_RESERVED_SHEET_NAME.toLowerCase()) return t('Excel keeps the name “History” for itself.');
  const taken = others.find((other) => other.toLowerCase() === name.toLowerCase());
  return taken === undefined ? undefined : t('Another sheet is already called “{name}”.', { name: taken });
}

/**
 * A sheet name that is free in the workbook: the wanted one, else "name (2)", "name (3)"…
 * Names are compared without regard to case, as Excel and Sheets do. Excel reserves "History"
 * and refuses a name that starts or ends with an apostrophe, so neither is ever returned.
 *
 * @example
 * freeSheetName('Sales plan 2027', ['Sales plan 2027', 'Data']) //=> 'Sales plan 2027 (2)'
 */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set([...existing, EXCEL_RESERVED_SHEET_NAME].map((name) => name.toLowerCase()));
  const base =
    wanted
      .slice(0, 31)
      .replace(/[\\/?*[\]:]/g, ' ')
      .replace(/^[\s']+|[\s']+$/g, '') || 'Plan';
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A named range's name, unique to its sheet: letters, digits and underscores, starting with a letter.
 * Accents are dropped (Vietnamese and Welsh sheet names read as themselves); a sheet name with other
 * letters (Chinese) adds a short hash of itself, so two such sheets never share a name.
 *
 * @example
 * scopedName('Sales plan 2027 (2)', 'Target') //=> 'Sales_plan_2027_2_Target'
 * scopedName('Kế hoạch doanh số 2027', 'Target') //=> 'Ke_hoach_doanh_so_2027_Target'
 */
export function scopedName(sheetName: string, name: string): string {
  const plain = sheetName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const hash = [...plain].some((ch) => ch.charCodeAt(0) > 0x7f) ? `_${shortHash(sheetName)}` : '';
  const cleaned = `${plain}${hash}_${name}`
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `P_${cleaned}`;
}

/**
 * The named ranges one plan sheet adds, each free in the workbook: the sheet's scoped names, all with
 * one suffix (`_2`, `_3`…) when any of them is taken. A sheet the user renamed keeps its names, and
 * different sheet names can clean to the same letters ("Sales plan 2027 (2)", "Sales-plan-2027 (2)"),
 * so the sheet name alone does not make a name free. Names compare without case, as Excel's and
 * Sheets' do.
 *
 * @example
 * freeNames('Sales plan 2027', ['Target'], ['Sales_plan_2027_Target']) //=> ['Sales_plan_2027_2_Target']
 */
export function freeNames(sheetName: string, shorts: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const names = shorts.map((short) => scopedName(sheetName, n === 1 ? short : `${n}_${short}`));
    if (names.every((name) => !used.has(name.toLowerCase()))) return names;
  }
}

/**
 * Every sheet's named ranges for a plan about to be rendered under `sheetNames`, free in a workbook
 * that already has `existing` names and between the plan's own sheets.
 *
 * @example
 * planNames(plan, ['Evaluation', 'Dashboard'], ['Evaluation_Target']) //=> [['Evaluation_2_Target'], []]
 */
export function planNames(plan: Plan, sheetNames: readonly string[], existing: readonly string[]): string[][] {
  const taken = [...existing];
  return plan.sheets.map((sheet, i) => {
    const names = freeNames(
      sheetNames[i],
      sheet.names.map((n) => n.name),
      taken,
    );
    taken.push(...names);
    return names;
  });
}

/** Six base-36 characters from a text (FNV-1a): the same text always gives the same ones. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36).padStart(6, '0').slice(-6);
}
