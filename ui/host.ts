import { Plan, rangeA1 } from '../core/kit/sheet';

/**
 * The Host port: everything the shared UI may ask of the spreadsheet it runs in. Three
 * implementations: ExcelHost (Office.js), SheetsHost (google.script.run) and PreviewHost (HyperFormula).
 */
export type HostKind = 'excel' | 'sheets' | 'preview';

/** What happened to an insert: done, or refused because the cell already holds something. */
export type InsertOutcome =
  /** `problem`: the formula went in, but the spreadsheet cannot compute it (a misspelt name, a stray bracket). */
  | { readonly status: 'inserted'; readonly address: string; readonly problem?: string }
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
  /**
   * Stores these keys and leaves every other key as it is stored: each part of the pane saves only
   * its own keys, so the gallery's search never drops the wizard's answers, nor the wizard the tab.
   */
  saveSettings(patch: UiSettings): Promise<void>;
  /**
   * The cells the user has selected (a history range, a list of reps…), only their used part: a
   * selection of whole columns (A:E) is read as far as the data goes, never a million empty rows.
   * Dates arrive as date serial numbers in every host, as the user's calendar shows them.
   */
  readSelection(): Promise<SelectionValues>;
  /**
   * Renders a plan on new sheets, in a constant number of round trips whatever its size. Never
   * overwrites: a taken name gets " (2)". If rendering fails midway, the partly built sheets are removed.
   */
  renderPlan(plan: Plan): Promise<RenderedPlan>;
  /**
   * The values of some cells of a sheet (`B5`, `C14`…): numbers, text, or null for a blank, in one
   * round trip. A sheet no longer in the workbook is an error that names it.
   */
  readCells(sheet: string, refs: readonly string[]): Promise<CellInput[]>;
  /**
   * Types values into cells of a sheet, in one round trip (one undoable step in the preview):
   * numbers as numbers, text always as text (never a formula), null clears the cell.
   */
  writeCells(sheet: string, refs: readonly string[], values: readonly CellInput[]): Promise<void>;
  /**
   * What this host cannot do that the user should know (an Excel build without the custom-functions
   * runtime the functions need), as source messages the pane shows in its language; none when absent.
   */
  notices?(): readonly string[];
  /** The language the host's own UI speaks (a BCP 47 tag: `vi-VN`), which the pane speaks unless the user chose another. */
  displayLanguage(): Promise<string>;
}

/** What an input cell holds, as a scenario saves it. */
export type CellInput = number | string | null;

/**
 * A cell's value as a scenario keeps it: numbers and text as they are, a blank (or anything else) as null.
 *
 * @example
 * cellInput('') //=> null
 * cellInput(0.1) //=> 0.1
 */
export function cellInput(value: unknown): CellInput {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A block of the user's cells, as read from the sheet: its address and its values. */
export interface SelectionValues {
  /** The sheet the selection is on (a plan that reads it refers to it by name). */
  readonly sheet?: string;
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  /** The address the user selected, when only its used part ({@link address}) was read. */
  readonly trimmedFrom?: string;
  /** Set when the used part holds more cells than the pane reads ({@link MAX_SELECTION_CELLS}): values are then empty. */
  readonly tooLarge?: number;
}

/**
 * The most cells the pane reads from a selection's used part: 100,000 rows of 20 fields. Beyond it a
 * read would take minutes in Excel on the web (5 MB a response) and hold the pane's memory, so
 * the user is asked to select fewer columns instead.
 */
export const MAX_SELECTION_CELLS = 2_000_000;

/** The most fields (columns) a table's header has: Excel's 16,384 columns; Sheets has fewer. */
export const MAX_FIELDS = 16_384;

/**
 * A block of values without its blank rows and columns at the edges, and where it now starts:
 * what Excel's used range of a selection gives, done the same way for hosts that have no such call.
 *
 * @example
 * usedPart([['', ''], ['', 5]], 0, 0) //=> { values: [[5]], top: 1, left: 1 }
 */
export function usedPart(values: readonly (readonly unknown[])[], top: number, left: number): { values: unknown[][]; top: number; left: number } {
  const blank = (v: unknown) => v === '' || v === null || v === undefined;
  const rows = values.map((row, r) => (row.some((v) => !blank(v)) ? r : -1)).filter((r) => r >= 0);
  const width = values[0]?.length ?? 0;
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => values.some((row) => !blank(row[c])));
  if (rows.length === 0 || columns.length === 0) return { values: [], top, left };
  const [r0, r1, c0, c1] = [rows[0], rows[rows.length - 1], columns[0], columns[columns.length - 1]];
  return { values: values.slice(r0, r1 + 1).map((row) => row.slice(c0, c1 + 1)), top: top + r0, left: left + c0 };
}

/**
 * What a host reads from a selection: its used part (see {@link usedPart}) with the address it now
 * covers, and the address selected when that is wider (the pane says it read only the part holding
 * data). One rule for the hosts that read the whole block themselves (Sheets, the preview); Excel's
 * used range gives the same.
 *
 * @example
 * usedSelection('Deals', 'A1:C3', [['Rep', 'Won', ''], ['Ana', 3, ''], ['', '', '']], 0, 0) //=> { sheet: 'Deals', address: 'A1:B2', values: [['Rep', 'Won'], ['Ana', 3]], trimmedFrom: 'A1:C3' }
 */
export function usedSelection(sheet: string, selected: string, values: readonly (readonly unknown[])[], top: number, left: number): SelectionValues {
  const used = usedPart(values, top, left);
  if (used.values.length === 0) return { sheet, address: selected, values: [] };
  const address = rangeA1(used.top, used.left, used.top + used.values.length - 1, used.left + used.values[0].length - 1);
  return { sheet, address, values: used.values, ...(address === selected ? {} : { trimmedFrom: selected }) };
}

/** The sheet names a plan got (a name taken already gets " (2)"). */
export interface RenderedPlan {
  readonly sheetNames: readonly string[];
}

/** Where every host keeps the UI's settings in the document. */
export const SETTINGS_KEY = 'salesPlanner.ui';

/**
 * The stored settings with a patch applied: the patch's keys replaced, every other key kept.
 *
 * @example
 * mergeSettings({ activeTab: 'targets', galleryQuery: 'win' }, { galleryQuery: 'rate' }) //=> { activeTab: 'targets', galleryQuery: 'rate' }
 */
export function mergeSettings(stored: UiSettings, patch: UiSettings): UiSettings {
  return { ...stored, ...patch };
}

/**
 * Settings read back from the document's JSON: an object, or `{}` for anything missing or damaged.
 *
 * @example
 * parseSettings('{"galleryQuery":"win"}') //=> { galleryQuery: 'win' }
 * parseSettings('not json')               //=> {}
 */
export function parseSettings(saved: string | null | undefined): UiSettings {
  if (!saved) return {};
  try {
    const parsed: unknown = JSON.parse(saved);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as UiSettings) : {};
  } catch {
    return {};
  }
}
