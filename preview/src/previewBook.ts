import { HyperFormula, RawCellContent } from 'hyperformula';
import { h } from '../../ui/dom';
import { PlanFormat, PlanSheet, sheetNameProblem, formatGrid, styleGrid } from '../../core/kit/sheet';
import { CellFormats } from './grid/cellFormats';
import { WorkbookEditor } from './grid/editor';
import { SheetGrid } from './grid/sheetGrid';
import { settleSpills } from './hyperformula/spills';
import { hyperFormulaContent } from './planContent';
import { fillSheetInSlices, hasManyFormulas, writeInColumnRuns } from './buildInSlices';
import { showBuildOverlay } from './buildOverlay';
import { editTabName } from './tabRename';
import { CellFormat, PreviewSheet } from './previewSheet';
import { t, msg } from '../../ui/i18n';

/**
 * The formulas of a sheet's contents that may read the sheet called `name`: those that mention it
 * (by any case, quoted or not), each with its place. Said yes when unsure, so none that reads it is missed.
 *
 * @example
 * formulasThatMayRead([[1, '=SUM(Leads!B2:B9)']], 'leads') //=> [{ row: 0, col: 1, formula: '=SUM(Leads!B2:B9)' }]
 */
export function formulasThatMayRead(content: readonly (readonly RawCellContent[])[], name: string): { row: number; col: number; formula: string }[] {
  const lower = name.toLowerCase().replace(/'/g, "''");
  return content.flatMap((cells, row) =>
    cells.flatMap((cell, col) => (typeof cell === 'string' && cell.startsWith('=') && cell.toLowerCase().includes(lower) ? [{ row, col, formula: cell }] : [])),
  );
}

const CELL_FORMAT: Readonly<Record<PlanFormat, CellFormat>> = { money: 'whole', percent: 'percent', decimal: 'decimal', integer: 'whole', date: 'date' };

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

/**
 * The preview's workbook on screen: one grid per sheet, tabs to switch, plans added as sheets.
 * Every change goes through one editor, so typing, pastes, formats and plan builds share one undo
 * history; `onChange` tells whoever keeps the workbook (the browser's storage) that it changed.
 */
export class PreviewBook {
  readonly element: HTMLElement;
  readonly editor: WorkbookEditor;
  private readonly grids: SheetGrid[] = [];
  private readonly tabs = h('nav', { className: 'pv-tabs', ariaLabel: msg('Sheets') });
  private readonly holder = h('div', { className: 'pv-sheet-holder' });
  private readonly changeListeners = new Set<() => void>();
  private readonly problemListeners = new Set<(message: string) => void>();
  private activeIndex = 0;
  private building: Promise<void> | undefined;

  constructor(
    readonly hf: HyperFormula,
    sheets: readonly PreviewSheet[],
    readonly formats: CellFormats = new CellFormats(),
    toolbar?: (book: PreviewBook) => HTMLElement,
  ) {
    this.editor = new WorkbookEditor(hf);
    this.element = h('div', { className: 'pv-book' });
    if (toolbar) this.element.append(toolbar(this));
    this.element.append(this.holder, this.tabs);
    sheets.forEach((sheet) => this.addGrid(sheet));
    // Formulas read other sheets (the KPIs read the opportunities): the sheet on show is repainted
    // after every change, and any other one when it is shown again.
    this.editor.onChange((name, replayed) => {
      // An undo or redo of a change on another sheet shows that sheet, as Excel does: a person sees what came back.
      const other = replayed ? this.grids.findIndex((grid) => grid.name === name) : -1;
      if (other >= 0 && other !== this.activeIndex) this.show(other);
      else this.active?.refresh();
    });
    this.editor.history.onChange(() => this.changed());
    this.show(0);
  }

  get active(): SheetGrid {
    return this.grids[this.activeIndex];
  }

  /** Which sheet is on show (0 for the first), so a redrawn book opens on it. */
  activeIndexShown(): number {
    return this.activeIndex;
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /** Every sheet as the workbook holds it, in tab order: what a download or the storage writes. */
  sheetModels(): PreviewSheet[] {
    return this.grids.map((grid) => grid.model);
  }

  /** Calls back with a problem to say that no caller can (a Redo's build that failed). */
  onProblem(listener: (message: string) => void): void {
    this.problemListeners.add(listener);
  }

  /** Calls back after any change a person made (an edit, an undo, a plan built). */
  onChange(listener: () => void): void {
    this.changeListeners.add(listener);
  }

  /** Resolves when no plan is being built, so the engine can be read (a save, a download, a redraw). */
  whenIdle(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  /**
   * Adds a plan's sheet and shows it, one step of the undo history. The sheet is filled a slice at
   * a time behind a veil with its progress, so the page paints and answers while a large plan is
   * read and calculated; a build that fails removes what it added. Redo builds it again the same way.
   */
  async addPlanSheet(sheet: PlanSheet, name: string): Promise<void> {
    await this.fillPlanSheet(sheet, name);
    const model = previewSheetOfPlan(sheet, name);
    const show = () => {
      this.addGrid(model);
      this.show(this.grids.length - 1);
    };
    show();
    // Set at once, a 5,000-lead plan froze the page for seconds on Redo; built again, it shows its progress.
    const rebuild = () =>
      void this.fillPlanSheet(sheet, name).then(
        () => (show(), this.changed()),
        (error: unknown) => this.say(t('Redo could not build “{name}” again: {reason}', { name, reason: String(error) })),
      );
    this.editor.record(t('building “{name}”', { name }), () => this.removeSheet(name), rebuild);
  }

  /** Fills a plan's new sheet a slice at a time behind a veil, one build at a time; a build that fails takes its sheet away. */
  private fillPlanSheet(sheet: PlanSheet, name: string): Promise<void> {
    return this.fillBehindVeil(name, hyperFormulaContent(sheet));
  }

  /** Adds a sheet and fills it a slice at a time behind a veil with its progress, one at a time; one that fails takes its sheet away. */
  private async fillBehindVeil(name: string, content: readonly (readonly unknown[])[]): Promise<void> {
    // One build at a time; with none running the veil goes up at once.
    while (this.building) await this.building;
    let done = () => {};
    this.building = new Promise<void>((resolve) => (done = resolve));
    const overlay = showBuildOverlay(this.element, name);
    // A sheet of that name already there is someone's work: the engine refuses the build, which leaves it be.
    const taken = this.hf.doesSheetExist(name);
    try {
      await fillSheetInSlices(this.hf, name, content, overlay);
      settleSpills(this.hf);
    } catch (error) {
      const id = this.hf.getSheetId(name);
      if (id !== undefined && !taken) this.hf.removeSheet(id);
      throw error;
    } finally {
      overlay.close();
      this.building = undefined;
      done();
    }
  }

  /** Says a problem to whoever listens ({@link onProblem}). */
  private say(message: string): void {
    this.problemListeners.forEach((listener) => listener(message));
  }

  /** Removes a sheet (a failed build, or a build undone) and its tab. */
  removeSheet(name: string): void {
    const id = this.hf.getSheetId(name);
    if (id !== undefined) this.hf.removeSheet(id);
    const index = this.grids.findIndex((grid) => grid.name === name);
    if (index < 0) return;
    this.grids.splice(index, 1);
    this.tabs.children[index]?.remove();
    this.formats.forget(name);
    this.show(Math.min(this.activeIndex, this.grids.length - 1));
  }

  show(index: number): void {
    this.activeIndex = index;
    this.holder.replaceChildren(this.active.element);
    this.active.refresh();
    [...this.tabs.children].forEach((tab, i) => tab.setAttribute('aria-selected', String(i === index)));
    // With many sheets the tabs scroll: the one on show is always in view.
    (this.tabs.children[index] as HTMLElement | undefined)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  /**
   * Deletes a sheet, as one step of the undo history (the last sheet stays). Undo brings it back
   * where it was, with its contents, plan, formats, and the formulas of other sheets that read it
   * (the engine turns those into #REF! when the sheet goes, so they are put back as they were).
   */
  deleteSheet(name: string): void {
    const index = this.grids.findIndex((grid) => grid.name === name);
    if (index < 0 || this.grids.length === 1) return;
    const model = this.grids[index].model;
    // What the engine will change: this sheet, and the formulas elsewhere that may read it (their
    // references turn to #REF!). Setting a large plan's every cell again took seconds for nothing.
    const content = this.hf.getSheetSerialized(this.hf.getSheetId(name)!);
    const readers = this.grids
      .filter((grid) => grid.name !== name)
      .map((grid) => ({ sheet: grid.name, formulas: formulasThatMayRead(this.hf.getSheetSerialized(this.hf.getSheetId(grid.name)!), name) }))
      .filter(({ formulas }) => formulas.length > 0);
    const formats = this.formats.ofSheet(name);
    const remove = () => this.removeSheet(name);
    const putReadersBack = () =>
      this.hf.batch(() => readers.forEach(({ sheet, formulas }) => writeInColumnRuns(this.hf, this.hf.getSheetId(sheet)!, formulas)));
    const shown = () => {
      settleSpills(this.hf);
      this.formats.restoreSheet(name, formats);
      this.addGrid(model, index);
      this.show(index);
    };
    const bringBack = () => {
      if (!hasManyFormulas(content)) {
        this.hf.batch(() => this.hf.setSheetContent(this.hf.getSheetId(this.hf.addSheet(name))!, content));
        putReadersBack();
        return shown();
      }
      // A large plan's sheet comes back as it was built, a slice at a time behind the veil (at once: 13 s frozen for 5,000 leads).
      void this.fillBehindVeil(name, content).then(
        () => (putReadersBack(), shown(), this.changed()),
        (error: unknown) => this.say(t('Undo could not put “{name}” back: {reason}', { name, reason: String(error) })),
      );
    };
    remove();
    this.editor.record(t('deleting “{name}”', { name }), bringBack, remove);
  }

  /**
   * Renames a sheet, as one step of the undo history; formulas on other sheets that read it follow
   * (the engine rewrites their references). Returns why the name is refused (Excel's rules, see
   * {@link sheetNameProblem}), or undefined once renamed or when the name is unchanged.
   */
  renameSheet(from: string, to: string): string | undefined {
    const name = to.trim();
    if (name === from) return undefined;
    const problem = sheetNameProblem(
      name,
      this.sheetNames().filter((other) => other !== from),
      t,
    );
    if (problem !== undefined) return problem;
    this.relabel(from, name);
    this.editor.record(
      t('renaming “{name}”', { name: from }),
      () => this.relabel(name, from),
      () => this.relabel(from, name),
    );
    return undefined;
  }

  /** The sheet, its formats and its tab under another name (the grid is drawn again: it reads cells by name). */
  private relabel(from: string, to: string): void {
    this.hf.renameSheet(this.hf.getSheetId(from)!, to);
    this.formats.restoreSheet(to, this.formats.ofSheet(from));
    this.formats.forget(from);
    const index = this.grids.findIndex((grid) => grid.name === from);
    // The same sheet's look and plan, under its new name.
    const was = this.grids[index].model;
    const model = Object.create(was, { name: { value: to, enumerable: true }, sample: { value: was.sample ?? was.name, enumerable: true } }) as PreviewSheet;
    this.grids.splice(index, 1);
    this.tabs.children[index]?.remove();
    this.addGrid(model, index);
    this.show(index);
  }

  /** Sends the keyboard's focus to the pane (F6), as Excel moves between its panes. */
  private leaveGrid(): void {
    const pane = document.querySelector<HTMLElement>('#app');
    const target = pane?.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])');
    (target ?? pane)?.focus();
  }

  private changed(): void {
    this.changeListeners.forEach((listener) => listener());
  }

  private addGrid(sheet: PreviewSheet, at = this.grids.length): void {
    const grid = new SheetGrid(this.hf, sheet.name, sheet, {
      editor: this.editor,
      userFormat: (name, row, col) => this.formats.get(name, row, col),
      leave: () => this.leaveGrid(),
    });
    this.grids.splice(at, 0, grid);
    const tab = h(
      'button',
      { type: 'button', className: 'pv-tab', title: t('Double-click to rename'), onclick: () => this.show(this.grids.indexOf(grid)) },
      sheet.name,
    );
    tab.setAttribute('role', 'tab');
    tab.addEventListener('dblclick', () =>
      editTabName(
        tab,
        grid.name,
        (to) => this.renameSheet(grid.name, to),
        (reason) => this.active.say(reason),
      ),
    );
    this.tabs.insertBefore(tab, this.tabs.children[at] ?? null);
  }
}
