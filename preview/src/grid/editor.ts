import { HyperFormula, RawCellContent } from 'hyperformula';
import { settleSpills } from '../hyperformula/spills';
import { Block } from './selection';
import { EditHistory } from './history';
import { t } from '../../../ui/i18n';

/** A block of cell contents as typed: formulas, numbers, text (an apostrophe keeps "007" text). */
export type Contents = RawCellContent[][];

/**
 * Every change a person makes to cells in the preview goes through here: written in one engine
 * batch, spilled tables placed again, and recorded for undo as the block's contents before and
 * after. Sheets are named, not numbered, so an undo still finds a plan sheet that was removed and
 * built again.
 */
export class WorkbookEditor {
  readonly history = new EditHistory();
  private readonly listeners = new Set<(sheetName: string, replayed: boolean) => void>();

  constructor(private readonly hf: HyperFormula) {}

  /** Calls back after cells of a sheet changed (an edit, or `replayed`: an undo or a redo). */
  onChange(listener: (sheetName: string, replayed: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** What the block holds, as typed: what an undo writes back. */
  contentsOf(sheetName: string, block: Block): Contents {
    const sheet = this.sheetId(sheetName);
    return Array.from({ length: block.bottom - block.top + 1 }, (_, r) =>
      Array.from({ length: block.right - block.left + 1 }, (_, c) => this.hf.getCellSerialized({ sheet, row: block.top + r, col: block.left + c }) ?? null),
    );
  }

  /**
   * Writes a block at its top-left cell as one undoable step. `refuse` looks at the written cells
   * and may name a rule they break: the block is then put back as it was, nothing is recorded,
   * and the message is returned.
   */
  write(sheetName: string, top: number, left: number, contents: Contents, label: string, refuse?: () => string | undefined): string | undefined {
    const block = { top, left, bottom: top + contents.length - 1, right: left + Math.max(1, ...contents.map((r) => r.length)) - 1 };
    const before = this.contentsOf(sheetName, block);
    this.put(sheetName, top, left, contents);
    const refusal = refuse?.();
    if (refusal) {
      this.put(sheetName, top, left, before);
      return refusal;
    }
    this.history.push({ label, undo: () => this.put(sheetName, top, left, before, true), redo: () => this.put(sheetName, top, left, contents, true) });
    return undefined;
  }

  /** Records a change made outside the engine (a cell format, a plan sheet) as one undoable step. */
  record(label: string, undo: () => void, redo: () => void): void {
    this.history.push({ label, undo, redo });
  }

  private put(sheetName: string, top: number, left: number, contents: Contents, replayed = false): void {
    const sheet = this.sheetId(sheetName);
    this.hf.batch(() => this.hf.setCellContents({ sheet, row: top, col: left }, contents));
    settleSpills(this.hf);
    this.listeners.forEach((listener) => listener(sheetName, replayed));
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(t('The sheet “{name}” is no longer in the workbook.', { name }));
    return id;
  }
}
