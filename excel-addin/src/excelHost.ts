import { Plan } from '../../core/sheet/plan';
import { Host, InsertOutcome, RenderedPlan, SETTINGS_KEY, SelectionValues, UiSettings, mergeSettings } from '../../ui/host';
import { renderPlanInExcel } from './renderPlanInExcel';


/** What a cell shows to a person, for the "already holds …" question. */
function shownContent(formula: unknown, value: unknown): string {
  if (typeof formula === 'string' && formula.startsWith('=')) return formula;
  return value === null || value === undefined ? '' : String(value);
}

/** `Sheet1!K2` → `K2`: the pane names the cell the user is looking at. */
function localAddress(address: string): string {
  return address.replace(/^.*!/, '');
}

/**
 * The Host port on Office.js, in the add-in's shared runtime. Each call is one `Excel.run` with a
 * fixed number of `context.sync()` round trips, whatever the workbook holds.
 */
export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  readonly functionPrefix = 'SALES.';

  /** Office's UI language (`vi-VN`), known once Office is ready. */
  async displayLanguage(): Promise<string> {
    return Office.context.displayLanguage;
  }

  /**
   * Replacing is one round trip: the write and the address travel in the same batch. Inserting into a
   * cell that may hold data needs the read first (Office.js has no conditional write), so it is one
   * round trip when the cell is occupied and two when it is empty, both in one `Excel.run` on the
   * same range proxy.
   */
  async insertFormula(formula: string, options: { readonly replace: boolean }): Promise<InsertOutcome> {
    return Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      if (options.replace) {
        cell.formulas = [[formula]];
        cell.load('address');
        await context.sync();
        return { status: 'inserted', address: localAddress(cell.address) } as const;
      }
      cell.load(['address', 'formulas', 'values']);
      await context.sync();
      const address = localAddress(cell.address);
      const current = shownContent(cell.formulas[0][0], cell.values[0][0]);
      if (current !== '') return { status: 'occupied', address, current } as const;
      cell.formulas = [[formula]];
      await context.sync();
      return { status: 'inserted', address } as const;
    });
  }

  /** One round trip: the selected range's address and values. */
  async readSelection(): Promise<SelectionValues> {
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load(['address', 'values']);
      await context.sync();
      // Excel's address names the sheet ('My leads'!A1:I30); the pane wants both parts.
      const [, quoted, plain, local] = range.address.match(/^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/) ?? [];
      const sheet = quoted?.replace(/''/g, "'") ?? plain;
      return { sheet, address: local ?? range.address, values: range.values };
    });
  }

  renderPlan(plan: Plan): Promise<RenderedPlan> {
    return renderPlanInExcel(plan);
  }

  async loadSettings(): Promise<UiSettings> {
    const saved: unknown = Office.context.document.settings.get(SETTINGS_KEY);
    return saved && typeof saved === 'object' ? (saved as UiSettings) : {};
  }

  /** Reads what is stored and writes it back with the patch, in one turn of the runtime (nothing runs between). */
  async saveSettings(patch: UiSettings): Promise<void> {
    Office.context.document.settings.set(SETTINGS_KEY, mergeSettings(await this.loadSettings(), patch));
    await new Promise<void>((resolve, reject) =>
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message)),
      ),
    );
  }
}
