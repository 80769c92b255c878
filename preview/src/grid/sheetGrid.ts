import { DetailedCellError, HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { h } from '../../../ui/dom';
import { a1 as cellA1, columnLetters, parseRangeA1, PlanLook, PlanValidation, chartSeries, keepsRule } from '../../../core/kit/sheet';
import { cellText, typedText, withDecimalMark } from '../cellText';
import { numberAsTyped } from '../../../ui/numbers';
import { chartCategory, planChart } from '../planChart';
import { SheetBlock, filledContents } from './movedFormulas';
import { CellFormat, PreviewSheet } from '../previewSheet';
import { Contents, WorkbookEditor } from './editor';
import { errorReason } from './errorReason';
import { Block, Cell, Selection, inBlock } from './selection';
import { shownFormat } from './shownFormat';
import { SpillRecord, spillCovering, spillsOf } from '../hyperformula/spills';
import { attachGridInput } from './gridInput';
import { fittedWidths } from './columnWidths';
import { t } from '../../../ui/i18n';

/** `{ col: 10, row: 1 }` → `K2` */
export function a1(address: { col: number; row: number }): string {
  return cellA1(address.row, address.col);
}

export { columnLetters };

/** The least a sheet shows: columns A–Z and 300 rows, more when its content needs them. */
const MIN_SIZE = { rows: 300, cols: 26 };
/** Rows added at a time when the selection goes past the last one. */
const GROW_BY = 100;
/** Rows in the page when a sheet is first shown; more are added as it scrolls (a fast first load). */
const FIRST_ROWS = 60;

/** What the grid needs from the workbook around it. */
export interface GridServices {
  readonly editor: WorkbookEditor;
  /** The format a person chose for a cell, and a way to choose one for a block. */
  userFormat(sheetName: string, row: number, col: number): CellFormat | undefined;
  /** F6: the focus goes to the pane. */
  leave(): void;
}

/**
 * The preview's sheet: a table of HyperFormula's cells with a formula bar, behaving as Excel and
 * Sheets do (grid/keys.ts lists the keys). Cells keep their A1 address in `data-cell`. The table is
 * built the first time the sheet is shown, so a workbook of several sheets opens fast.
 */
export class SheetGrid {
  readonly element: HTMLElement;
  readonly selection: Selection;
  readonly formulaBar: HTMLInputElement;
  private readonly addressBox: HTMLInputElement;
  private readonly reason = h('p', { className: 'pv-reason', hidden: true, role: 'status' });
  private readonly refusal = h('p', { className: 'pv-refusal', hidden: true, role: 'alert' });
  private readonly chartArea = h('div', { className: 'pv-charts' });
  private readonly scroller = h('div', { className: 'pv-scroll' });
  private table: HTMLTableElement | undefined;
  private widths: number[] = [];
  /** The spilled tables, read once while many cells are painted. */
  private paintingSpills: readonly SpillRecord[] | undefined;
  private readonly cells: HTMLTableCellElement[][] = [];
  private size: { rows: number; cols: number };

  constructor(
    private readonly hf: HyperFormula,
    readonly name: string,
    readonly model: PreviewSheet,
    readonly services: GridServices,
  ) {
    const { height, width } = hf.getSheetDimensions(this.sheet);
    this.size = { rows: Math.max(model.size.rows, MIN_SIZE.rows, height + 50), cols: Math.max(model.size.cols, MIN_SIZE.cols, width + 5) };
    this.selection = new Selection(model.firstSelection, () => this.size);
    this.addressBox = h('input', {
      className: 'pv-address',
      ariaLabel: t('Selected cell (type an address such as B200 and press Enter to go there)'),
      spellcheck: false,
    });
    this.formulaBar = h('input', {
      className: 'pv-input',
      spellcheck: false,
      ariaLabel: t('Formula bar'),
      placeholder: t('Type a value or a formula, e.g. =WINRATE(F2:F201), then Enter'),
    });
    this.element = h(
      'section',
      { className: 'pv-sheet' },
      h('div', { className: 'pv-bar' }, this.addressBox, h('span', { className: 'pv-fx' }, 'fx'), this.formulaBar),
      // The refusal lies over the reason's line rather than pushing the grid down under the pointer.
      h('div', { className: 'pv-messages' }, this.reason, this.refusal),
      this.scroller,
    );
    this.addressBox.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      this.goToTypedAddress();
    });
  }

  /** Shows why something the person asked for was refused under the formula bar (undefined: clears it). */
  say(refusal: string | undefined): void {
    this.refusal.textContent = refusal ?? '';
    this.refusal.hidden = refusal === undefined;
  }

  /** The address box: type an address (B200, A1:C3) and Enter to go there, as in Excel's name box. */
  goToTypedAddress(): void {
    try {
      const { top, left, bottom, right } = parseRangeA1(this.addressBox.value);
      if (top === bottom && left === right) this.select({ row: top, col: left });
      else this.selectBlock({ top, left, bottom, right });
      this.tableElement.focus();
    } catch {
      this.addressBox.select();
    }
  }

  /** The engine's id of this sheet (looked up by name: a sheet removed and built again gets a new one). */
  get sheet(): number {
    return this.hf.getSheetId(this.name)!;
  }

  /** The grid's table; built on first use. */
  get tableElement(): HTMLTableElement {
    if (!this.table) this.buildTable();
    return this.table!;
  }

  get limits(): { rows: number; cols: number } {
    return this.size;
  }

  /** The active cell's address, as the pane asks for it. */
  get selectedAddress(): SimpleCellAddress {
    return { sheet: this.sheet, ...this.selection.active };
  }

  /** What a person would see in the cell's box: its formula, or its content as typed (9% for a percent, a date as a date). */
  contentOf(address: Cell): string {
    const cell = { sheet: this.sheet, ...address };
    const formula = this.hf.getCellFormula(cell);
    if (formula) return formula;
    const value = this.hf.getCellSerialized(cell);
    if (typeof value === 'number') return typedText(value, this.formatAt(address.row, address.col));
    // A number typed is held as its text ("12.5%"): shown with the pane language's decimal mark, as the cell is.
    return value === null || value === undefined ? '' : withDecimalMark(String(value));
  }

  /**
   * The formula a cell inside a spilled table shows, greyed, in the bar: its table's, as Excel
   * shows it (the cell holds only a value of the result; the anchor holds the formula).
   */
  spilledFormulaAt(address: Cell): string | undefined {
    const cell = { sheet: this.sheet, ...address };
    const table = spillCovering(this.hf, cell);
    if (!table || (table.anchor.row === address.row && table.anchor.col === address.col)) return undefined;
    return this.hf.getCellFormula(table.anchor);
  }

  /** How far the sheet's content reaches, in rows and columns. */
  hfDimensions(): { height: number; width: number } {
    return this.hf.getSheetDimensions(this.sheet);
  }

  /** Whether a cell holds anything (for Ctrl+Arrow and the extent of the data). */
  isFilled(cell: Cell): boolean {
    return this.hf.getCellValue({ sheet: this.sheet, ...cell }) !== null;
  }

  /** Repaints every cell and the charts: after an edit, an undo, or when the sheet is shown again. */
  refresh(): void {
    this.withSpillsKnown(() => {
      const painted = this.table === undefined; // built on first use, its rows painted as they are made
      void this.tableElement;
      const { height, width } = this.hf.getSheetDimensions(this.sheet);
      const cols = this.size.cols;
      this.ensureSize(height, width);
      if (!painted || this.size.cols !== cols) this.cells.forEach((line, row) => line.forEach((_, col) => this.paint(row, col)));
    });
    this.drawCharts();
    this.showSelection();
  }

  /**
   * Paints with the workbook's spilled tables looked up once: a cell's format asks which table
   * covers it, and asking the engine for every cell made a sheet's first show twice as slow.
   */
  private withSpillsKnown(paint: () => void): void {
    if (this.paintingSpills) return paint();
    this.paintingSpills = spillsOf(this.hf);
    try {
      paint();
    } finally {
      this.paintingSpills = undefined;
    }
  }

  /** Selects a cell, or extends the block to it; the formula bar and the reason line follow. */
  select(cell: Cell, extend = false): void {
    const before = this.selection.block;
    if (cell.row >= this.size.rows - 1 || cell.col >= this.size.cols - 1) this.ensureSize(cell.row + GROW_BY, cell.col + 1);
    this.renderRows(cell.row + 20);
    this.selection.select(cell, extend);
    this.repaintBlock(before);
    this.showSelection();
  }

  /** Selects a whole block (after a paste), the active cell at its top left. */
  selectBlock(block: Block): void {
    const before = this.selection.block;
    this.ensureSize(block.bottom, block.right);
    this.renderRows(block.bottom + 20);
    this.selection.selectBlock(block);
    this.repaintBlock(before);
    this.showSelection();
  }

  /**
   * Writes contents at a cell as one undoable step. A value that breaks a plan's input rule (growth
   * typed as 20 on a % cell) is put back at once and the rule's message shown above the grid.
   */
  write(top: number, left: number, contents: Contents, label: string): boolean {
    this.say(undefined);
    const refusal = this.services.editor.write(this.name, top, left, contents, label, () => this.brokenRule(top, left, contents));
    this.say(refusal);
    return refusal === undefined;
  }

  /** The engine's id of a sheet by name (undefined once it is gone): where a copy came from. */
  sheetIdOf(name: string): number | undefined {
    return this.hf.getSheetId(name);
  }

  /** A block's contents as typed (formulas as formulas): what a cut carries. */
  rawBlock(block: SheetBlock): RawCellContent[][] {
    return this.hf.getRangeSerialized({
      start: { sheet: block.sheet, row: block.top, col: block.left },
      end: { sheet: block.sheet, row: block.top + block.rows - 1, col: block.left + block.cols - 1 },
    });
  }

  /** A destination filled from a source block, its formulas moved to each place (a paste, Ctrl+D, Ctrl+R). */
  filled(source: SheetBlock, destination: SheetBlock): RawCellContent[][] {
    return filledContents(this.hf, source, destination);
  }

  /** Writes what was typed into one cell (`''` clears it). */
  setContent(address: Cell, content: string): boolean {
    // A number is typed as the grid shows it, in the pane's language (12,5 in Vietnamese).
    const typed = content === '' ? null : content.startsWith('=') ? content : numberAsTyped(content);
    return this.write(address.row, address.col, [[typed]], t('typing in {a1}', { a1: a1(address) }));
  }

  /** The selected block's address and values, as the wizard reads a history range. */
  selectionValues(): { sheet: string; address: string; values: unknown[][] } {
    const s = this.selection.block;
    const values: unknown[][] = [];
    for (let row = s.top; row <= s.bottom; row += 1) {
      const line: unknown[] = [];
      for (let col = s.left; col <= s.right; col += 1) {
        const value = this.hf.getCellValue({ sheet: this.sheet, row, col });
        line.push(typeof value === 'object' && value !== null ? null : value);
      }
      values.push(line);
    }
    const start = a1({ row: s.top, col: s.left });
    const end = a1({ row: s.bottom, col: s.right });
    return { sheet: this.name, address: start === end ? start : `${start}:${end}`, values };
  }

  /** A cell's text as the grid shows it (what a copy puts on the clipboard). */
  shownText(row: number, col: number): string {
    const value = this.hf.getCellValue({ sheet: this.sheet, row, col });
    if (value instanceof DetailedCellError) return value.value;
    return cellText(value, this.formatAt(row, col));
  }

  formatAt(row: number, col: number): CellFormat {
    const sources = {
      hf: this.hf,
      sheet: this.sheet,
      model: this.model,
      spills: this.paintingSpills,
      userFormat: (r: number, c: number) => this.services.userFormat(this.name, r, c),
    };
    return shownFormat(sources, row, col);
  }

  /** Scrolls the active cell into view and puts its content in the bar. */
  private showSelection(): void {
    const { active } = this.selection;
    this.cells[active.row]?.[active.col]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.addressBox.value = this.selection.isBlock
      ? `${a1({ row: this.selection.block.top, col: this.selection.block.left })}:${a1({ row: this.selection.block.bottom, col: this.selection.block.right })}`
      : a1(active);
    if (document.activeElement !== this.formulaBar) {
      const spilled = this.spilledFormulaAt(active);
      this.formulaBar.value = spilled ?? this.contentOf(active);
      this.formulaBar.classList.toggle('pv-spilled', spilled !== undefined);
    }
    const value = this.hf.getCellValue({ sheet: this.sheet, ...active });
    this.reason.hidden = !(value instanceof DetailedCellError);
    this.reason.textContent = value instanceof DetailedCellError ? `${a1(active)}: ${errorReason(value)}` : '';
  }

  private brokenRule(top: number, left: number, contents: Contents): string | undefined {
    for (const [r, row] of contents.entries()) {
      for (const c of row.keys()) {
        const cell = { row: top + r, col: left + c };
        const rule = this.ruleAt(cell);
        if (rule && !keepsRule(rule, this.hf.getCellValue({ sheet: this.sheet, ...cell })))
          return t('{a1} was not changed: {message}', { a1: a1(cell), message: rule.message });
      }
    }
    return undefined;
  }

  private ruleAt(cell: Cell): PlanValidation | undefined {
    return this.model.validations?.find((v) => inBlock(parseRangeA1(v.range), cell));
  }

  private repaintBlock(block: Block): void {
    for (const b of [block, this.selection.block]) {
      for (let row = b.top; row <= b.bottom; row += 1) for (let col = b.left; col <= b.right; col += 1) this.paint(row, col);
    }
  }

  private paint(row: number, col: number): void {
    const td = this.cells[row]?.[col];
    if (!td) return;
    const address = { sheet: this.sheet, row, col };
    const value = this.hf.getCellValue(address);
    const error = value instanceof DetailedCellError;
    td.textContent = error ? value.value : cellText(value, this.formatAt(row, col));
    td.title = error ? errorReason(value) : (this.hf.getCellFormula(address) ?? '');
    const classes = [error ? 'pv-error' : typeof value === 'number' ? 'pv-number' : ''];
    if (this.model.isHeader(row, col) && td.textContent) classes.push('pv-header');
    if (!error && td.textContent && this.mayOverflow(row, col)) classes.push('pv-overflow');
    const style = this.model.styleAt?.(row, col);
    if (style) classes.push(`pv-style-${style}`);
    const look = this.highlightAt(address, value);
    if (look) classes.push(`pv-look-${look}`);
    if (this.selection.isBlock && inBlock(this.selection.block, address)) classes.push('pv-in-selection');
    if (row === this.selection.active.row && col === this.selection.active.col) classes.push('pv-selected');
    td.className = classes.filter(Boolean).join(' ');
  }

  /** The look of the first highlight whose condition holds for the cell, as Excel's conditional formats. */
  private highlightAt(address: SimpleCellAddress, value: unknown): PlanLook | undefined {
    for (const { range, when, look } of this.model.highlights ?? []) {
      if (!inBlock(parseRangeA1(range), address)) continue;
      const holds =
        'below' in when
          ? typeof value === 'number' && value < when.below
          : 'above' in when
            ? typeof value === 'number' && value > when.above
            : 'equals' in when
              ? typeof value === 'string' && value.toLowerCase() === when.equals.toLowerCase()
              : this.hf.calculateFormula(when.formula, this.sheet) === true;
      if (holds) return look;
    }
    return undefined;
  }

  /** The cells of a range, row by row. */
  private rangeCells(range: string): { row: number; col: number }[] {
    const { top, left, bottom, right } = parseRangeA1(range);
    const cells: { row: number; col: number }[] = [];
    for (let row = top; row <= bottom; row += 1) for (let col = left; col <= right; col += 1) cells.push({ row, col });
    return cells;
  }

  private rangeValues(range: string): unknown[] {
    return this.rangeCells(range).map((cell) => this.hf.getCellValue({ sheet: this.sheet, ...cell }));
  }

  /**
   * The plan's charts where the plan puts them in Excel and Sheets: each over the sheet at its
   * anchor cell (beside the block it charts), not under the last row where nobody finds it.
   */
  private drawCharts(): void {
    const charts = this.model.charts ?? [];
    if (charts.length > 0) this.renderRows(Math.max(...charts.map((c) => parseRangeA1(c.anchor).top)) + 20);
    this.chartArea.replaceChildren(
      ...charts.map((chart) => {
        const drawn = planChart(
          chart,
          // A category reads as its cell means it: an attainment as a percentage, a spend in the page's locale.
          this.rangeCells(chart.categories).map(({ row, col }) =>
            chartCategory(this.hf.getCellValue({ sheet: this.sheet, row, col }), this.formatAt(row, col)),
          ),
          chartSeries(chart).map((s) => ({ ...s, values: this.rangeValues(s.values).map((v) => (typeof v === 'number' ? v : 0)) })),
        );
        const { top, left } = parseRangeA1(chart.anchor);
        const anchor = this.cells[top]?.[left];
        const holder = h('div', { className: 'pv-chart-at' }, drawn);
        holder.style.left = `${anchor?.offsetLeft ?? 0}px`;
        holder.style.top = `${anchor?.offsetTop ?? 0}px`;
        return holder;
      }),
    );
  }

  private buildTable(): void {
    const colgroup = h('colgroup', {}, h('col', { className: 'pv-rownum' }));
    const head = h('tr', {}, h('th', { className: 'pv-corner' }));
    this.table = h(
      'table',
      { className: 'pv-grid', tabIndex: 0, ariaLabel: t('Sheet {name}', { name: this.name }) },
      colgroup,
      h('thead', {}, head),
      h('tbody'),
    );
    this.table.setAttribute('role', 'grid');
    this.widths = this.fitColumns();
    this.addColumns(0, this.size.cols);
    this.renderRows(Math.max(FIRST_ROWS, this.selection.active.row + 20));
    this.scroller.replaceChildren(this.table, this.chartArea);
    this.scroller.addEventListener('scroll', () => {
      const { scrollTop, clientHeight, scrollHeight } = this.scroller;
      if (scrollTop + clientHeight > scrollHeight - 400) this.renderRows(this.cells.length + GROW_BY);
    });
    attachGridInput(this);
  }

  /** Makes the sheet at least this big (rows and columns are added as the content or the selection needs). */
  ensureSize(row: number, col: number): void {
    const rows = Math.max(this.size.rows, row + 1);
    const cols = Math.max(this.size.cols, col + 1);
    if (this.table && cols > this.size.cols) this.addColumns(this.size.cols, cols);
    this.size = { rows, cols };
  }

  private columnWidth(col: number): number {
    return this.widths[col] ?? this.model.columnWidths?.[col] ?? 96;
  }

  /** Widths that show every label whole (grid/columnWidths.ts), measured in the grid's own font. */
  private fitColumns(): number[] {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return [];
    const font = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
    const { height, width } = this.hfDimensions();
    return fittedWidths(
      { rows: height, cols: Math.max(width, 1), baseWidth: (col) => this.model.columnWidths?.[col] ?? 96, textAt: (row, col) => this.textAt(row, col) },
      (text, bold) => {
        context.font = `${bold ? 600 : 400} 13px ${font}`;
        return context.measureText(text).width;
      },
    );
  }

  /** A cell's text, whether it is bold, and whether it may run into the empty cell on its right. */
  private textAt(row: number, col: number): { text: string; bold: boolean; mayOverflow: boolean } {
    const style = this.model.styleAt?.(row, col);
    const bold = this.model.isHeader(row, col) || style === 'title' || style === 'section' || style === 'header' || style === 'total';
    return { text: this.shownText(row, col), bold, mayOverflow: this.mayOverflow(row, col) };
  }

  /** Text runs into the next cell when that one is empty, as in Excel; numbers never do. */
  private mayOverflow(row: number, col: number): boolean {
    const value = this.hf.getCellValue({ sheet: this.sheet, row, col });
    return typeof value === 'string' && this.hf.getCellValue({ sheet: this.sheet, row, col: col + 1 }) === null;
  }

  private addColumns(from: number, cols: number): void {
    const table = this.table!;
    const [colgroup, head] = [table.querySelector('colgroup')!, table.querySelector('thead tr')!];
    for (let c = from; c < cols; c += 1) {
      const col = h('col');
      col.style.width = `${this.columnWidth(c)}px`;
      colgroup.append(col);
      head.append(h('th', { scope: 'col' }, columnLetters(c)));
    }
    this.cells.forEach((line, row) => {
      const tr = table.tBodies[0].rows[row];
      for (let c = line.length; c < cols; c += 1) line.push(tr.appendChild(this.newCell(row, c)));
    });
    const widths = Array.from({ length: cols }, (_, c) => this.columnWidth(c));
    // A fixed layout needs the table's own width (52 px of row numbers, up to 5 digits), or the first long text stretches its column.
    table.style.width = `${52 + widths.reduce((sum, w) => sum + w, 0)}px`;
  }

  /** Puts rows in the page up to `upTo` (within the sheet's size), painted. */
  private renderRows(upTo: number): void {
    if (!this.table) return;
    const body = this.table.tBodies[0];
    const rows = Math.min(upTo, this.size.rows);
    if (rows <= this.cells.length) return;
    this.withSpillsKnown(() => {
      for (let row = this.cells.length; row < rows; row += 1) {
        const tr = h('tr', {}, h('th', { scope: 'row' }, String(row + 1)));
        const line = Array.from({ length: this.size.cols }, (_, col) => tr.appendChild(this.newCell(row, col)));
        this.cells.push(line);
        body.append(tr);
        line.forEach((_, col) => this.paint(row, col));
      }
    });
  }

  private newCell(row: number, col: number): HTMLTableCellElement {
    const td = h('td', { dataset: { cell: a1({ row, col }) } });
    td.setAttribute('role', 'gridcell');
    return td;
  }
}
