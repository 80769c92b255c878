import { HyperFormula } from 'hyperformula';
import { h } from '../../ui/dom';
import { PlanFormat, PlanSheet } from '../../core/plan/plan';
import { formatGrid, styleGrid } from '../../core/plan/renderGrid';
import { SheetGrid } from './grid';
import { hyperFormulaContent } from './planContent';
import { CellFormat, PreviewSheet } from './previewSheet';

const CELL_FORMAT: Readonly<Record<PlanFormat, CellFormat>> = { money: 'whole', percent: 'percent', decimal: 'decimal', integer: 'number' };

/** A plan sheet as the preview's grid shows it: its formats, styles and column widths. */
export function previewSheetOfPlan(sheet: PlanSheet, name: string): PreviewSheet {
  const formats = formatGrid(sheet, CELL_FORMAT, 'text');
  const styles = styleGrid(sheet);
  const rows = sheet.cells.length;
  const cols = sheet.cells[0]?.length ?? 0;
  return {
    name,
    rows: [],
    size: { rows: rows + 5, cols: cols + 1 },
    firstSelection: { row: 4, col: 1 },
    columnWidths: sheet.columnWidths,
    charts: sheet.charts,
    highlights: sheet.highlights,
    validations: sheet.validations,
    plan: sheet,
    formatAt: (row, col) => (formats[row]?.[col] as CellFormat | undefined) ?? 'text',
    isHeader: (row, col) => styles[row]?.[col] === 'header',
    styleAt: (row, col) => styles[row]?.[col],
  };
}

/** The preview's workbook on screen: one grid per sheet, tabs to switch, and new sheets for plans. */
export class PreviewBook {
  readonly element: HTMLElement;
  private readonly grids: SheetGrid[] = [];
  private readonly tabs = h('nav', { className: 'pv-tabs', ariaLabel: 'Sheets' });
  private readonly holder = h('div', { className: 'pv-sheet-holder' });
  private activeIndex = 0;

  constructor(
    readonly hf: HyperFormula,
    sheets: readonly PreviewSheet[],
  ) {
    this.element = h('div', { className: 'pv-book' }, this.holder, this.tabs);
    sheets.forEach((sheet) => this.addGrid(sheet));
    this.show(0);
  }

  get active(): SheetGrid {
    return this.grids[this.activeIndex];
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /** Every sheet as the workbook holds it, in tab order: what a download writes. */
  sheetModels(): PreviewSheet[] {
    return this.grids.map((grid) => grid.model);
  }

  /** Adds a plan's sheet to the workbook in one batch, and shows it. */
  addPlanSheet(sheet: PlanSheet, name: string): void {
    const id = this.hf.getSheetId(this.hf.addSheet(name))!;
    this.hf.setSheetContent(id, hyperFormulaContent(sheet));
    this.addGrid(previewSheetOfPlan(sheet, name));
    this.show(this.grids.length - 1);
  }

  /** Removes a sheet that failed to build. */
  removeSheet(name: string): void {
    const id = this.hf.getSheetId(name);
    if (id !== undefined) this.hf.removeSheet(id);
  }

  show(index: number): void {
    this.activeIndex = index;
    this.holder.replaceChildren(this.active.element);
    this.active.refresh();
    [...this.tabs.children].forEach((tab, i) => tab.setAttribute('aria-selected', String(i === index)));
  }

  private addGrid(sheet: PreviewSheet): void {
    const grid = new SheetGrid(this.hf, this.hf.getSheetId(sheet.name)!, sheet);
    const index = this.grids.length;
    this.grids.push(grid);
    const tab = h('button', { type: 'button', className: 'pv-tab', onclick: () => this.show(index) }, sheet.name);
    tab.setAttribute('role', 'tab');
    this.tabs.append(tab);
  }
}
