/**
 * The Host port: everything the shared UI may ask of the spreadsheet it runs in. Three
 * implementations: ExcelHost (Office.js), SheetsHost (google.script.run) and PreviewHost (HyperFormula).
 */
export type HostKind = 'excel' | 'sheets' | 'preview';

/** What happened to an insert: done, or refused because the cell already holds something. */
export type InsertOutcome =
  | { readonly status: 'inserted'; readonly address: string }
  | { readonly status: 'occupied'; readonly address: string; readonly current: string };

/** Settings the UI keeps in the document (plain JSON only: it crosses google.script.run). */
export type UiSettings = { readonly [key: string]: string | number | boolean | null };

export interface Host {
  readonly kind: HostKind;
  /** What goes before a function's name in a formula: `SALES.` in Excel, nothing elsewhere. */
  readonly functionPrefix: string;
  /**
   * Writes a formula into the active cell. Unless `replace` is true, a cell that holds anything is
   * left alone and reported as occupied: the add-in never overwrites the user's data unasked.
   */
  insertFormula(formula: string, options: { readonly replace: boolean }): Promise<InsertOutcome>;
  /** The UI's settings saved in this document, or `{}`. */
  loadSettings(): Promise<UiSettings>;
  saveSettings(settings: UiSettings): Promise<void>;
}
