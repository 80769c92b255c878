import { Plan } from '../../core/kit/sheet';
import { CellInput, InsertOutcome, RenderedPlan, SelectionValues, UiSettings } from '../../ui/host';

/**
 * The server functions the sidebar may call through `google.script.run`: one list, shared by the
 * server (which implements it) and the client (which wraps it as typed promises). Only plain JSON
 * crosses: no Date objects, no class instances.
 */
export interface ServerApi {
  insertFormula(formula: string, replace: boolean): InsertOutcome;
  loadSettings(): UiSettings;
  saveSettings(settings: UiSettings): void;
  readSelection(): SelectionValues;
  renderPlan(plan: Plan): RenderedPlan;
  readCells(sheet: string, refs: string[]): CellInput[];
  writeCells(sheet: string, refs: string[], values: CellInput[]): void;
  userLocale(): string;
  /** One language's messages as JSON text, from the project file the build wrote for it. */
  sidebarMessages(language: string): string;
}

/** The names of the server API, as the top-level functions of Code.js that google.script.run sees. */
export const SERVER_API_NAMES: readonly (keyof ServerApi)[] = [
  'insertFormula',
  'loadSettings',
  'saveSettings',
  'readSelection',
  'renderPlan',
  'readCells',
  'writeCells',
  'userLocale',
  'sidebarMessages',
];
