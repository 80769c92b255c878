import { Plan, freeSheetName, parseRangeA1, planCellOf, renamePlanSheets, typedCell } from '../../core/kit/sheet';
import {
  CellInput,
  Host,
  InsertOutcome,
  cellInput,
  RenderedPlan,
  SETTINGS_KEY,
  SelectionValues,
  UiSettings,
  mergeSettings,
  parseSettings,
  usedSelection,
} from '../../ui/host';
import { DetailedCellError } from 'hyperformula';
import { a1 } from './grid/sheetGrid';
import { errorReason } from './grid/errorReason';
import { PreviewBook } from './previewBook';
import { t } from '../../ui/i18n';

/** The Host port on the preview's HyperFormula workbook; settings live in the browser's storage. */
export class PreviewHost implements Host {
  readonly kind = 'preview' as const;
  readonly functionPrefix = '';

  /** The browser's language stands in for a spreadsheet's. */
  async displayLanguage(): Promise<string> {
    return globalThis.navigator?.language ?? 'en';
  }

  constructor(
    private book: PreviewBook,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
  ) {}

  async insertFormula(formula: string, options: { readonly replace: boolean }): Promise<InsertOutcome> {
    await this.book.whenIdle();
    const grid = this.book.active;
    const address = grid.selectedAddress;
    const current = grid.contentOf(address);
    if (current !== '' && !options.replace) return { status: 'occupied', address: a1(address), current };
    grid.setContent(address, formula);
    grid.select(address);
    const value = this.book.hf.getCellValue(address);
    // A formula the engine cannot read or whose function it does not know is not a success.
    const unreadable = value instanceof DetailedCellError && (value.type === 'NAME' || value.type === 'ERROR');
    return unreadable ? { status: 'inserted', address: a1(address), problem: errorReason(value) } : { status: 'inserted', address: a1(address) };
  }

  /** The book the page shows now: the grid is drawn anew, on the same workbook, when the language changes. */
  showBook(book: PreviewBook): void {
    this.book = book;
  }

  /** The selection's used part, as Excel's used range and the Sheets host give it: blank rows and columns at its edges left out. */
  async readSelection(): Promise<SelectionValues> {
    await this.book.whenIdle();
    const { sheet, address, values } = this.book.active.selectionValues();
    const { top, left } = parseRangeA1(address);
    return usedSelection(sheet, address, values, top, left);
  }

  /**
   * Each sheet filled in slices with its progress shown (PreviewBook.addPlanSheet). A build that
   * fails part way removes every sheet it added, as the Excel and Sheets hosts do: a plan is whole or absent.
   */
  async renderPlan(plan: Plan): Promise<RenderedPlan> {
    const wanted: string[] = [];
    for (const sheet of plan.sheets) wanted.push(freeSheetName(sheet.name, [...this.book.sheetNames(), ...wanted]));
    const names: string[] = [];
    try {
      for (const [i, sheet] of renamePlanSheets(plan, wanted).sheets.entries()) {
        names.push(wanted[i]);
        await this.book.addPlanSheet(sheet, wanted[i]);
      }
    } catch (error) {
      for (const name of names.reverse()) this.book.removeSheet(name);
      throw error;
    }
    return { sheetNames: names };
  }

  /** The cells' values as the engine computes them; an error value reads as its text (#DIV/0!). */
  async readCells(sheet: string, refs: readonly string[]): Promise<CellInput[]> {
    await this.book.whenIdle();
    const id = this.sheetId(sheet);
    return refs.map((ref) => {
      const { top, left } = parseRangeA1(ref);
      const value = this.book.hf.getCellValue({ sheet: id, row: top, col: left });
      return cellInput(value instanceof DetailedCellError ? value.value : value);
    });
  }

  /**
   * The block around the cells written as one undoable edit (what else it holds written back as it
   * was): text behind an apostrophe, as the plans write it, so it is never a formula.
   */
  async writeCells(sheet: string, refs: readonly string[], values: readonly CellInput[]): Promise<void> {
    await this.book.whenIdle();
    this.sheetId(sheet);
    const cells = refs.map((ref) => parseRangeA1(ref));
    const top = Math.min(...cells.map((c) => c.top));
    const left = Math.min(...cells.map((c) => c.left));
    const bottom = Math.max(...cells.map((c) => c.top));
    const right = Math.max(...cells.map((c) => c.left));
    const block = this.book.editor.contentsOf(sheet, { top, left, bottom, right });
    cells.forEach((c, i) => {
      const v = values[i];
      block[c.top - top][c.left - left] = typedCell(planCellOf(v));
    });
    this.book.editor.write(sheet, top, left, block, t('changing the inputs of “{name}”', { name: sheet }));
  }

  private sheetId(name: string): number {
    const id = this.book.hf.getSheetId(name);
    if (id === undefined) throw new Error(t('The sheet “{name}” is no longer in the workbook.', { name }));
    return id;
  }

  async loadSettings(): Promise<UiSettings> {
    return parseSettings(this.storage.getItem(SETTINGS_KEY));
  }

  async saveSettings(patch: UiSettings): Promise<void> {
    this.storage.setItem(SETTINGS_KEY, JSON.stringify(mergeSettings(await this.loadSettings(), patch)));
  }
}
