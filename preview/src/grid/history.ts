/** One thing a person did to the workbook, which can be taken back and done again. */
export interface Edit {
  /** In words, for the Undo and Redo buttons' titles ("Undo typing in B7"). */
  readonly label: string;
  undo(): void;
  redo(): void;
}

/**
 * Undo and redo of the preview's edits (typing, paste, clear, formats, plan builds), kept by the
 * preview rather than by the engine, so that an edit of several engine operations is one step and
 * work the preview does after an edit (placing spilled tables again) never empties the redo list.
 */
export class EditHistory {
  private readonly done: Edit[] = [];
  private readonly undone: Edit[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly limit = 200) {}

  /** Records an edit that has just been done; a new edit drops what was undone. */
  push(edit: Edit): void {
    this.done.push(edit);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.changed();
  }

  get nextUndo(): Edit | undefined {
    return this.done[this.done.length - 1];
  }

  get nextRedo(): Edit | undefined {
    return this.undone[this.undone.length - 1];
  }

  undo(): Edit | undefined {
    const edit = this.done.pop();
    if (!edit) return undefined;
    edit.undo();
    this.undone.push(edit);
    this.changed();
    return edit;
  }

  redo(): Edit | undefined {
    const edit = this.undone.pop();
    if (!edit) return undefined;
    edit.redo();
    this.done.push(edit);
    this.changed();
    return edit;
  }

  /** Calls back whenever what can be undone or redone changes (to enable the buttons). */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}
