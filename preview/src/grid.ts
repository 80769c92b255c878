import { DetailedCellError, HyperFormula, SimpleCellAddress } from 'hyperformula';
import { h } from '../../ui/dom';
import { cellText } from './cellText';
import { PreviewSheet } from './previewSheet';
import { columnChart } from './columnChart';
import { parseRangeA1 } from '../../core/plan/a1';
import { PlanLook, PlanValidation, keepsRule } from '../../core/plan/plan';

/** Whether a cell lies in an A1 range. */
function inRange(range: string, { row, col }: { row: number; col: number }): boolean {
  const { top, left, bottom, right } = parseRangeA1(range);
  return row >= top && row <= bottom && col >= left && col <= right;
}
import { a1 as cellA1, columnLetters } from '../../core/plan/a1';

export { columnLetters };

/** `{ col: 10, row: 1 }` → `K2` */
export function a1(address: { col: number; row: number }): string {
  return cellA1(address.row, address.col);
}

/**
 * The preview's sheet: a table of HyperFormula's cells with a formula bar. Click a cell to select it,
 * type in the bar (or just start typing) and press Enter, as in Excel or Sheets.
 */
export class SheetGrid {
  private selected: SimpleCellAddress;
  private readonly cells = new Map<string, HTMLTableCellElement>();
  readonly element: HTMLElement;
  private readonly addressBox: HTMLInputElement;
  private readonly formulaBar: HTMLInputElement;
  private readonly table: HTMLTableElement;

  private readonly size: { rows: number; cols: number };
  private readonly chartArea = h('div', { className: 'pv-charts' });
  /** Says why a typed value was refused by the cell's rule, as Excel's and Sheets' alerts do. */
  private readonly refusal = h('p', { className: 'pv-refusal', hidden: true });

  constructor(
    private readonly hf: HyperFormula,
    private readonly sheet: number,
    readonly model: PreviewSheet,
  ) {
    this.size = model.size;
    this.selected = { sheet, ...model.firstSelection };
    this.addressBox = h('input', { className: 'pv-address', readOnly: true, ariaLabel: 'Selected cell' });
    this.formulaBar = h('input', { className: 'pv-input', spellcheck: false, ariaLabel: 'Formula bar', placeholder: 'Type a value or a formula, e.g. =WINRATE(F2:F201), then Enter' });
    this.table = this.buildTable();
    this.element = h(
      'section',
      { className: 'pv-sheet' },
      h('div', { className: 'pv-bar' }, this.addressBox, h('span', { className: 'pv-fx' }, 'fx'), this.formulaBar),
      this.refusal,
      h('div', { className: 'pv-scroll' }, this.table, this.chartArea),
    );
    this.formulaBar.addEventListener('keydown', (event) => this.onBarKey(event));
    this.table.addEventListener('keydown', (event) => this.onGridKey(event));
    this.select(this.selected);
  }

  /** The selected cell's address, as `K2`. */
  get selectedAddress(): SimpleCellAddress {
    return this.selected;
  }

  /** What a person would see in the cell's box: its formula, or its value as typed. */
  contentOf(address: SimpleCellAddress): string {
    const formula = this.hf.getCellFormula(address);
    if (formula) return formula;
    const value = this.hf.getCellSerialized(address);
    return value === null || value === undefined ? '' : String(value);
  }

  /** The rule on a cell, if the plan gave it one. */
  private ruleAt(address: SimpleCellAddress): PlanValidation | undefined {
    return this.model.validations?.find((v) => inRange(v.range, address));
  }

  /**
   * Writes what the user typed into a cell and repaints every cell that changed. A value that breaks
   * the cell's rule (growth typed as 20 on a % cell) is taken back at once and the rule's message shown.
   */
  setContent(address: SimpleCellAddress, content: string): void {
    const rule = this.ruleAt(address);
    this.refusal.hidden = true;
    // HyperFormula reads what was typed (20%, 0.2, a formula); a value that breaks the rule is undone.
    const changes = this.hf.setCellContents(address, content === '' ? null : content);
    if (rule && !keepsRule(rule, this.hf.getCellValue(address))) {
      this.hf.undo();
      this.refusal.textContent = `${a1(address)} was not changed: ${rule.message}`;
      this.refusal.hidden = false;
      this.paint(address);
      return;
    }
    this.paint(address);
    this.drawCharts();
    for (const change of changes) {
      if ('address' in change && change.address.sheet === this.sheet) this.paint(change.address);
    }
  }

  /** Values of a range on this sheet, row by row (text for categories, numbers for values). */
  private rangeValues(range: string): unknown[] {
    const { top, left, bottom, right } = parseRangeA1(range);
    const values: unknown[] = [];
    for (let row = top; row <= bottom; row += 1) {
      for (let col = left; col <= right; col += 1) values.push(this.hf.getCellValue({ sheet: this.sheet, row, col }));
    }
    return values;
  }

  private drawCharts(): void {
    this.chartArea.replaceChildren(
      ...(this.model.charts ?? []).map((chart) =>
        columnChart(chart.title, this.rangeValues(chart.categories).map(String), this.rangeValues(chart.values).map((v) => (typeof v === 'number' ? v : 0))),
      ),
    );
  }

  /** Repaints every cell: a sheet shown again may have changed while another was on show. */
  refresh(): void {
    this.drawCharts();
    for (let row = 0; row < this.size.rows; row += 1) {
      for (let col = 0; col < this.size.cols; col += 1) this.paint({ sheet: this.sheet, col, row });
    }
    this.select(this.selected);
  }

  private anchor: { row: number; col: number } | undefined;
  private dragging = false;

  /** The selected block: from the anchor (a shift-click or drag start) to the selected cell. */
  get selection(): { top: number; left: number; bottom: number; right: number } {
    const from = this.anchor ?? this.selected;
    return {
      top: Math.min(from.row, this.selected.row),
      left: Math.min(from.col, this.selected.col),
      bottom: Math.max(from.row, this.selected.row),
      right: Math.max(from.col, this.selected.col),
    };
  }

  private inSelection(row: number, col: number): boolean {
    if (!this.anchor) return false;
    const s = this.selection;
    return row >= s.top && row <= s.bottom && col >= s.left && col <= s.right;
  }

  /** The selected block's address and values, as the wizard reads a history range. */
  selectionValues(): { address: string; values: unknown[][] } {
    const s = this.selection;
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
    return { address: start === end ? start : `${start}:${end}`, values };
  }

  /** Selects a cell; with `extend`, grows the selection from its anchor to it (shift-click, drag). */
  select(address: SimpleCellAddress, extend = false): void {
    const previous = this.anchor ? this.selection : undefined;
    if (extend) this.anchor ??= { row: this.selected.row, col: this.selected.col };
    else this.anchor = undefined;
    this.cellAt(this.selected)?.classList.remove('pv-selected');
    this.selected = address;
    if (previous || this.anchor) this.repaintSelection(previous);
    const td = this.cellAt(address);
    td?.classList.add('pv-selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.addressBox.value = a1(address);
    this.formulaBar.value = this.contentOf(address);
  }

  private repaintSelection(previous?: { top: number; left: number; bottom: number; right: number }): void {
    const areas = [previous, this.anchor ? this.selection : undefined].filter((a): a is NonNullable<typeof a> => a !== undefined);
    for (const area of areas) {
      for (let row = area.top; row <= area.bottom; row += 1) {
        for (let col = area.left; col <= area.right; col += 1) this.paint({ sheet: this.sheet, row, col });
      }
    }
  }

  private cellAt(address: SimpleCellAddress): HTMLTableCellElement | undefined {
    return this.cells.get(`${address.row}:${address.col}`);
  }

  private paint(address: SimpleCellAddress): void {
    const td = this.cellAt(address);
    if (!td) return;
    const value = this.hf.getCellValue(address);
    const formula = this.hf.getCellFormula(address);
    const format = this.model.formatAt(address.row, address.col);
    if (value instanceof DetailedCellError) {
      td.textContent = value.value;
      td.title = value.message ? `${value.value} ${value.message}` : value.value;
      td.className = 'pv-error';
    } else {
      td.textContent = cellText(value, format, formula);
      td.title = formula ?? '';
      td.className = typeof value === 'number' ? 'pv-number' : '';
    }
    if (this.model.isHeader(address.row, address.col) && td.textContent) td.classList.add('pv-header');
    const style = this.model.styleAt?.(address.row, address.col);
    if (style) td.classList.add(`pv-style-${style}`);
    const look = this.highlightAt(address, value);
    if (look) td.classList.add(`pv-look-${look}`);
    if (this.inSelection(address.row, address.col)) td.classList.add('pv-in-selection');
    if (address.row === this.selected.row && address.col === this.selected.col) td.classList.add('pv-selected');
  }

  /** The look of the first highlight whose condition holds for the cell, as Excel's conditional formats. */
  private highlightAt(address: SimpleCellAddress, value: unknown): PlanLook | undefined {
    for (const { range, when, look } of this.model.highlights ?? []) {
      if (!inRange(range, address)) continue;
      if ('below' in when ? typeof value === 'number' && value < when.below : this.hf.calculateFormula(when.formula, this.sheet) === true) return look;
    }
    return undefined;
  }

  private buildTable(): HTMLTableElement {
    const headRow = h('tr', {}, h('th', { className: 'pv-corner' }), ...Array.from({ length: this.size.cols }, (_, c) => h('th', {}, columnLetters(c))));
    const body = h('tbody');
    for (let row = 0; row < this.size.rows; row += 1) {
      const tr = h('tr', {}, h('th', {}, String(row + 1)));
      for (let col = 0; col < this.size.cols; col += 1) {
        const td = h('td', { dataset: { cell: a1({ col, row }) } });
        td.addEventListener('mousedown', (event) => {
          this.dragging = true;
          this.select({ sheet: this.sheet, col, row }, event.shiftKey);
        });
        td.addEventListener('mouseenter', (event) => {
          if (this.dragging && event.buttons === 1) this.select({ sheet: this.sheet, col, row }, true);
        });
        td.addEventListener('mouseup', () => (this.dragging = false));
        td.addEventListener('dblclick', () => this.formulaBar.focus());
        this.cells.set(`${row}:${col}`, td);
        tr.append(td);
      }
      body.append(tr);
    }
    const widths = Array.from({ length: this.size.cols }, (_, c) => this.model.columnWidths?.[c] ?? 96);
    const colgroup = h('colgroup', {}, h('col', { className: 'pv-rownum' }), ...widths.map((w) => {
      const col = h('col');
      col.style.width = `${w}px`;
      return col;
    }));
    const table = h('table', { className: 'pv-grid', tabIndex: 0 }, colgroup, h('thead', {}, headRow), body);
    // A fixed layout needs the table's own width, or the first long text stretches its column.
    table.style.width = `${40 + widths.reduce((sum, w) => sum + w, 0)}px`;
    for (const key of this.cells.keys()) {
      const [row, col] = key.split(':').map(Number);
      queueMicrotask(() => this.paint({ sheet: this.sheet, col, row }));
    }
    return table;
  }

  private move(rows: number, cols: number): void {
    const row = Math.min(Math.max(this.selected.row + rows, 0), this.size.rows - 1);
    const col = Math.min(Math.max(this.selected.col + cols, 0), this.size.cols - 1);
    this.select({ sheet: this.sheet, col, row });
  }

  private onBarKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.setContent(this.selected, this.formulaBar.value.trim() === '' ? '' : this.formulaBar.value);
      this.move(1, 0);
      this.table.focus();
    } else if (event.key === 'Escape') {
      this.formulaBar.value = this.contentOf(this.selected);
      this.table.focus();
    }
  }

  private onGridKey(event: KeyboardEvent): void {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    if (event.key in moves) {
      event.preventDefault();
      this.move(...moves[event.key]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.formulaBar.focus();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      this.setContent(this.selected, '');
      this.formulaBar.value = '';
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a selected cell starts editing it, as in any spreadsheet.
      event.preventDefault();
      this.formulaBar.value = event.key;
      this.formulaBar.focus();
    }
  }
}
