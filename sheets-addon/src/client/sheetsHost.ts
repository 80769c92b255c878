import { Plan } from '../../../core/kit/sheet';
import { CellInput, Host, InsertOutcome, RenderedPlan, SelectionValues, UiSettings } from '../../../ui/host';
import { Catalogue } from '../../../core/kit/i18n';
import { MessageLoader } from '../../../ui/i18n';
import { ServerApi } from '../serverApi';

/** The one place that talks to google.script.run: every server function as a typed promise. */
export function callServer<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error: Error) => reject(error)) as unknown as Record<K, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}

/**
 * A language's messages, from the project file the build wrote for it (one server round trip).
 *
 * @example
 * useMessageLoader(loadSidebarMessages);
 */
export const loadSidebarMessages: MessageLoader = (language) => callServer('sidebarMessages', language).then((json) => JSON.parse(json) as Catalogue);

/** The Host port in the Sheets sidebar: each call is one google.script.run round trip. */
export class SheetsHost implements Host {
  readonly kind = 'sheets' as const;
  readonly functionPrefix = '';

  insertFormula(formula: string, options: { readonly replace: boolean }): Promise<InsertOutcome> {
    return callServer('insertFormula', formula, options.replace);
  }

  loadSettings(): Promise<UiSettings> {
    return callServer('loadSettings');
  }

  saveSettings(settings: UiSettings): Promise<void> {
    return callServer('saveSettings', settings);
  }

  readSelection(): Promise<SelectionValues> {
    return callServer('readSelection');
  }

  /** One round trip: the whole plan crosses as JSON and the server renders it in batches. */
  renderPlan(plan: Plan): Promise<RenderedPlan> {
    return callServer('renderPlan', plan);
  }

  readCells(sheet: string, refs: readonly string[]): Promise<CellInput[]> {
    return callServer('readCells', sheet, [...refs]);
  }

  writeCells(sheet: string, refs: readonly string[], values: readonly CellInput[]): Promise<void> {
    return callServer('writeCells', sheet, [...refs], [...values]);
  }

  /** The Google account's language; the browser's when the server cannot say. */
  displayLanguage(): Promise<string> {
    return callServer('userLocale').catch(() => navigator.language);
  }
}
