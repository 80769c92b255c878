import { a1, columnLetters, parseRangeA1, rangeA1 } from './a1';
import { Translate, translator } from '../i18n/translate';
import { PlanCell, PlanChart, PlanFormat, PlanHighlight, PlanSheet, PlanSpill, PlanStyle, PlanValidation } from './plan';
import { formulaString, sayInFormula } from './formulaText';

/** A number rule for an input, as {@link PlanValidation} without its range. */
export type InputRule = Omit<PlanValidation, 'range'>;

/** How an input or a result is shown and found: its number format, a named range, a rule. */
export interface PlacedOptions {
  readonly format?: PlanFormat;
  readonly name?: string;
  readonly rule?: InputRule;
  readonly style?: PlanStyle;
}

/** One body cell of a table: a value, or a formula written by hand. */
export type TableCell = string | number | { readonly formula: string } | null;

/** A table to place: header labels, body rows, and an optional totals row. */
export interface TableBlock {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Number formats by column (as many as the header, or fewer). */
  readonly formats?: readonly (PlanFormat | null)[];
  /** A totals row: its label, and which columns add up (SUM over the body). */
  readonly totals?: { readonly label: string; readonly columns: readonly number[] };
  /** Body columns styled as inputs (the manager edits them). */
  readonly inputColumns?: readonly number[];
}

/** Where a placed table is: its rows (zero-based) and each column's body range, for formulas. */
export interface PlacedTable {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow?: number;
  /** The body of column `i` as an absolute range (`$B$6:$B$9`). */
  column(i: number): string;
}

/** `$B$5`: the absolute reference formulas use for a placed cell. */
export const absolute = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;

/**
 * `B$5`: a cell whose row stays when the formula is copied across (a header row of weeks, of
 * steps); and `$B5`, whose column stays when it is copied down (a row's own workings).
 *
 * @example
 * fixedRow(4, 1)    //=> 'B$5'
 * fixedColumn(4, 1) //=> '$B5'
 */
export const fixedRow = (row: number, col: number) => `${columnLetters(col)}$${row + 1}`;
export const fixedColumn = (row: number, col: number) => `$${columnLetters(col)}${row + 1}`;

/** `$B$5:$D$9`: a block by its zero-based corners, as formulas read it from anywhere. */
export const absoluteBlock = (top: number, left: number, bottom: number, right: number) => `${absolute(top, left)}:${absolute(bottom, right)}`;

/**
 * Builds one plan sheet cell by cell and block by block: a wizard places labelled inputs and
 * results (each call returns the absolute reference its formulas use), section titles, notes and
 * tables, and writes its formulas by hand. The sheet grows to what was placed.
 *
 * @example
 * const sheet = new SheetBuilder('Plan');
 * const growth = sheet.input(4, 'Growth', 0.1, { format: 'percent', rule: { min: -1, max: 5, message: 'Type 10% for +10%.' } });
 * sheet.result(5, 'Target', `=1000*(1+${growth})`, { format: 'money' }); // growth is '$B$5'
 * sheet.build().cells[5][1] //=> { formula: '=1000*(1+$B$5)' }
 */
export class SheetBuilder {
  private readonly rows: PlanCell[][] = [];
  private width = 1;
  private readonly formats: { range: string; format: PlanFormat }[] = [];
  private readonly styles: { range: string; style: PlanStyle }[] = [];
  private readonly names: { name: string; range: string }[] = [];
  private readonly charts: PlanChart[] = [];
  private readonly highlights: PlanHighlight[] = [];
  private readonly validations: PlanValidation[] = [];
  private readonly spills: PlanSpill[] = [];
  /** The cells a spill fills, as `row,col`: nothing else may be placed there. */
  private readonly spilledInto = new Map<string, string>();
  private columnWidths: readonly number[] = [];
  private frozen = { rows: 0, columns: 0 };
  /** The cells a scenario saves (the inputs block's yellow cells) and the results it compares, as `B5`. */
  private readonly scenarioInputs: string[] = [];
  private readonly scenarioOutputs: { ref: string; label?: string }[] = [];
  private checkAt?: { row: number; problems: readonly (readonly [string, string])[]; ok: string; onError?: string };

  /**
   * @param sheetName the wanted sheet name, in the plan's language
   * @param t the translator of the plan's language: its helpers write labels with `sheet.t('…')`
   */
  constructor(
    readonly sheetName: string,
    readonly t: Translate = translator('en'),
  ) {}

  /**
   * Places one cell (zero-based row and column). A cell holds one thing: placing another where a cell
   * already is throws, naming both, so two blocks laid over each other fail at build rather than one
   * silently losing its cell (clearing a cell, and the check filling its placeholder, are allowed).
   */
  put(row: number, col: number, cell: PlanCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const before = this.rows[row][col];
    const checkFilled = this.checkAt?.row === row && col === 0;
    const spillOf = this.spilledInto.get(`${row},${col}`);
    if (spillOf !== undefined && cell !== null)
      throw new Error(`${this.sheetName}!${a1(row, col)} is in the spill of ${spillOf}: ${JSON.stringify(cell).slice(0, 80)}`);
    if (before !== undefined && before !== null && cell !== null && !checkFilled && JSON.stringify(before) !== JSON.stringify(cell))
      throw new Error(`${this.sheetName}!${a1(row, col)} is written twice: ${JSON.stringify(before).slice(0, 80)}, then ${JSON.stringify(cell).slice(0, 80)}`);
    this.rows[row][col] = cell;
    this.width = Math.max(this.width, col + 1);
  }

  text(row: number, col: number, value: string): void {
    this.put(row, col, { text: value });
  }

  /** A number cell; a number that is not finite would be a broken plan, so it is refused here. */
  number(row: number, col: number, value: number): void {
    if (!Number.isFinite(value)) throw new Error(`a plan number must be finite, not ${value} at ${a1(row, col)}`);
    this.put(row, col, { number: value });
  }

  formula(row: number, col: number, value: string): void {
    this.put(row, col, { formula: value });
  }

  /**
   * A native formula whose result spills over `size` cells from (row, col), as FREQUENCY's counts
   * do; the cells it fills must stay empty, and placing anything there throws (see {@link PlanSpill}).
   *
   * @example
   * sheet.spill(4, 3, '=FREQUENCY($B$5:$B$90,$C$5:$C$14)', { rows: 11, cols: 1 }) // D5:D15
   */
  spill(row: number, col: number, formula: string, size: { rows: number; cols: number }): void {
    const anchor = a1(row, col);
    for (let r = row; r < row + size.rows; r += 1) {
      for (let c = col; c < col + size.cols; c += 1) {
        if (r === row && c === col) continue;
        if (this.rows[r]?.[c]) throw new Error(`${this.sheetName}!${a1(r, c)} is in the spill of ${anchor}: ${JSON.stringify(this.rows[r][c]).slice(0, 80)}`);
        this.spilledInto.set(`${r},${c}`, anchor);
      }
    }
    this.formula(row, col, formula);
    this.spills.push({ cell: anchor, ...size });
  }

  /** A labelled input in column B (label in A), styled as an input; returns `$B$row`. */
  input(row: number, label: string, value: number | string, options: PlacedOptions = {}): string {
    this.text(row, 0, label);
    if (typeof value === 'number') this.number(row, 1, value);
    else this.text(row, 1, value);
    this.scenarioInputs.push(a1(row, 1));
    return this.placed(row, 1, { style: 'input', ...options });
  }

  /**
   * One more cell a scenario saves, beside those `input` placed (the second and third months of a
   * ramp typed along one row).
   */
  scenarioInput(ref: string): void {
    this.scenarioInputs.push(ref.replace(/\$/g, ''));
  }

  /**
   * The results a manager compares between scenarios (a sales plan's target, capacity, gap, reps
   * needed), each labelled by its row's column A unless a label is given: the Scenarios sheet
   * computes them once per scenario with this sheet's own formulas.
   *
   * @example
   * sheet.keyOutputs(target, { ref: totalPayout, label: t('Payout cost') }); // '$B$7', '$H$31'
   */
  keyOutputs(...outputs: readonly (string | { readonly ref: string; readonly label: string })[]): void {
    for (const o of outputs) this.scenarioOutputs.push(typeof o === 'string' ? { ref: o.replace(/\$/g, '') } : { ...o, ref: o.ref.replace(/\$/g, '') });
  }

  /** A labelled result (a formula) in column B; returns `$B$row`. */
  result(row: number, label: string, formula: string, options: PlacedOptions = {}): string {
    this.text(row, 0, label);
    this.formula(row, 1, formula);
    return this.placed(row, 1, options);
  }

  /** Format, style, name and rule of a placed cell; returns its absolute reference. */
  placed(row: number, col: number, { format, name, rule, style }: PlacedOptions): string {
    const range = a1(row, col);
    if (format) this.format(range, format);
    if (style) this.style(range, style);
    if (name) this.name(name, range);
    if (rule) this.validate(range, rule);
    return absolute(row, col);
  }

  /** A section title across the row. */
  section(row: number, title: string): void {
    this.text(row, 0, title);
    this.style(a1(row, 0), 'section');
  }

  /** A header row from `col` on, styled as a header. */
  header(row: number, col: number, labels: readonly (string | null)[]): void {
    labels.forEach((label, i) => label !== null && this.text(row, col + i, label));
    this.style(rangeA1(row, col, row, col + labels.length - 1), 'header');
  }

  /** A note across the row, in the statement's grey (how to read or edit what follows). */
  note(row: number, text: string): void {
    this.text(row, 0, text);
    this.style(a1(row, 0), 'statement');
  }

  /**
   * A table from (`top`, `left`): header, body and an optional totals row of SUMs; formats and
   * input looks by column. Returns where it landed, with each column's body range for formulas.
   */
  table(top: number, left: number, block: TableBlock): PlacedTable {
    this.header(top, left, block.header);
    const firstRow = top + 1;
    const lastRow = top + Math.max(1, block.rows.length);
    block.rows.forEach((cells, r) => cells.forEach((cell, c) => this.tableCell(firstRow + r, left + c, cell)));
    const column = (i: number) => `${absolute(firstRow, left + i)}:${absolute(lastRow, left + i)}`;
    block.formats?.forEach((format, i) => format && this.format(rangeA1(firstRow, left + i, lastRow + (block.totals ? 1 : 0), left + i), format));
    block.inputColumns?.forEach((i) => this.style(rangeA1(firstRow, left + i, lastRow, left + i), 'input'));
    if (!block.totals) return { headerRow: top, firstRow, lastRow, column };
    const totalRow = lastRow + 1;
    this.text(totalRow, left, block.totals.label);
    block.totals.columns.forEach((i) => this.formula(totalRow, left + i, `=SUM(${column(i)})`));
    this.style(rangeA1(totalRow, left, totalRow, left + block.header.length - 1), 'total');
    return { headerRow: top, firstRow, lastRow, totalRow, column };
  }

  private tableCell(row: number, col: number, cell: TableCell): void {
    if (cell === null) return;
    if (typeof cell === 'string') this.text(row, col, cell);
    else if (typeof cell === 'number') this.number(row, col, cell);
    else this.formula(row, col, cell.formula);
  }

  /**
   * The sheet's check in column A of `row`: the message of the first problem whose condition holds,
   * else `ok` (messages are formula text: quoted, or built with &), highlighted unless it starts with
   * ✓. `onError` is what it says when a condition itself is an error.
   *
   * @example
   * sheet.check(2, [['$B$5<0', '"⚠ The baseline is negative."']], '"✓ Every check passes."')
   */
  check(row: number, problems: readonly (readonly [string, string])[], ok: string, onError?: string): void {
    this.checkAt = { row, problems, ok, onError };
    this.formula(row, 0, '=""');
    this.highlight(a1(row, 0), { formula: `=LEFT(${absolute(row, 0)},1)<>"✓"` });
  }

  /**
   * The check's formula, written once the sheet's size is known: the plan's problems in order (each
   * says the cause), then whether any cell below shows an error all the same (a #DIV/0! or #N/A no
   * problem foresaw must never sit under a ✓).
   */
  private writeCheck(): void {
    if (!this.checkAt) return;
    const { row, problems, ok, onError } = this.checkAt;
    const below = this.rows.length - 1 > row ? absoluteBlock(row + 1, 0, this.rows.length - 1, this.width - 1) : undefined;
    const nested = [...this.brokenInputs(), ...problems].reduceRight(
      (otherwise, [when, say]) => `IF(${when},${say},${otherwise})`,
      below ? this.errorsBelow(below, ok) : ok,
    );
    this.formula(row, 0, onError === undefined ? `=${nested}` : `=IFERROR(${nested},${onError})`);
  }

  /**
   * How many cells of `below` show an error, said in words, else `ok`. An edit asks only whether
   * the block holds an error (SUM passes an error on and skips text), and counts them only when it
   * does: IF works out only the branch it returns, in Excel, Sheets, LibreOffice and the preview
   * (whose IF is made so, preview/src/hyperformula/lazyConditions.ts).
   */
  private errorsBelow(below: string, ok: string): string {
    const count = `SUMPRODUCT(--ISERROR(${below}))`;
    const say = sayInFormula(
      this.t('⚠ {count} cells below show an error (#DIV/0!, #N/A…): the numbers that use them cannot be trusted; fix the inputs they come from.'),
      { count },
    );
    return `IF(ISERROR(SUM(${below})),${say},${ok})`;
  }

  /**
   * An input that breaks its rule, said first by the check, in the rule's own words: data validation
   * stops a value typed into the cell, but not one pasted over it. Counted with COUNTA and
   * SUMPRODUCT over ISNUMBER, which every spreadsheet reads alike and which pass over text and blanks
   * without an error; a block's cells are checked for their bounds and for text, a single cell for
   * being whole too.
   */
  private brokenInputs(): (readonly [string, string])[] {
    return this.validations.map((v) => {
      const { top, left, bottom, right } = parseRangeA1(v.range.replace(/\$/g, ''));
      const block = absoluteBlock(top, left, bottom, right);
      const counts = [`COUNTA(${block})-COUNT(${block})`];
      // Numbers only (text compares above any number, without an error) and no criteria text to parse in a locale.
      if (v.min !== undefined) counts.push(`SUMPRODUCT(ISNUMBER(${block})*(${block}<${v.min}))`);
      if (v.max !== undefined) counts.push(`SUMPRODUCT(ISNUMBER(${block})*(${block}>${v.max}))`);
      if (v.whole && top === bottom && left === right) counts.push(`IF(ISNUMBER(${block}),--(${block}<>INT(${block})),0)`);
      const cell = rangeA1(top, left, bottom, right);
      return [
        `(${counts.join('+')})>0`,
        sayInFormula(this.t('⚠ {cell}: {message}'), { cell: formulaString(cell), message: formulaString(v.message) }),
      ] as const;
    });
  }

  format(range: string, format: PlanFormat): void {
    this.formats.push({ range, format });
  }

  style(range: string, style: PlanStyle): void {
    this.styles.push({ range, style });
  }

  name(name: string, range: string): void {
    this.names.push({ name, range });
  }

  highlight(range: string, when: PlanHighlight['when'], look: PlanHighlight['look'] = 'bad'): void {
    this.highlights.push({ range, when, look });
  }

  validate(range: string, rule: InputRule): void {
    this.validations.push({ range, ...rule });
  }

  chart(chart: PlanChart): void {
    this.charts.push(chart);
  }

  layout(columnWidths: readonly number[], frozen: { rows: number; columns: number }): void {
    this.columnWidths = columnWidths;
    this.frozen = frozen;
  }

  /** The sheet as a plan: a full rectangle of cells (blanks as null) and everything placed on it. */
  build(): PlanSheet {
    this.writeCheck();
    const cells = this.rows.map((row) => Array.from({ length: this.width }, (_, c) => row[c] ?? null));
    return {
      name: this.sheetName,
      cells,
      formats: this.formats,
      styles: this.styles,
      columnWidths: this.columnWidths.slice(0, this.width),
      frozen: this.frozen,
      names: this.names,
      charts: this.charts,
      highlights: this.highlights,
      validations: this.validations,
      ...(this.scenarioInputs.length > 0 ? { scenario: { inputs: this.scenarioInputs, outputs: this.scenarioOutputs } } : {}),
      ...(this.spills.length > 0 ? { spills: this.spills } : {}),
    };
  }
}
