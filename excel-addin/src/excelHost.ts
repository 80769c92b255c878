import { Plan, planCellOf, splitReference, typedCell } from '../../core/kit/sheet';
import {
  CellInput,
  Host,
  InsertOutcome,
  cellInput,
  MAX_SELECTION_CELLS,
  RenderedPlan,
  SETTINGS_KEY,
  SelectionValues,
  UiSettings,
  mergeSettings,
} from '../../ui/host';
import { utf8Length } from '../../core/kit/cells';
import { msg } from '../../core/kit/i18n';
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

/** Runs a batch on a sheet by name; Excel's ItemNotFound (the sheet renamed or deleted) becomes an error that names it. */
async function onSheet<T>(sheet: string, work: (context: Excel.RequestContext, worksheet: Excel.Worksheet) => Promise<T>): Promise<T> {
  return Excel.run(async (context) => {
    try {
      return await work(context, context.workbook.worksheets.getItem(sheet));
    } catch (error) {
      if ((error as { code?: string }).code === 'ItemNotFound') throw new Error(`The sheet “${sheet}” is no longer in the workbook.`, { cause: error });
      throw error;
    }
  });
}

/** A read's first request: rows enough for about this many cells, before the table's bytes a row are known. */
const FIRST_READ_CELLS = 10_000;
/** What each later read aims at: a fifth of Excel on the web's 5 MB response, as the writes do. */
const READ_CHUNK_BYTES = 1_000_000;

/**
 * A range's values, rows at a time: the first request for about {@link FIRST_READ_CELLS} cells, each
 * next one sized from the bytes a row has taken so far, so a table of long texts takes more requests
 * and a table of numbers fewer, each response under {@link READ_CHUNK_BYTES} or so.
 */
async function readInChunks(context: Excel.RequestContext, used: Excel.Range): Promise<unknown[][]> {
  const values: unknown[][] = [];
  let bytes = 0;
  let rows = Math.max(1, Math.floor(FIRST_READ_CELLS / used.columnCount));
  while (values.length < used.rowCount) {
    const take = Math.min(rows, used.rowCount - values.length);
    const chunk = used.worksheet.getRangeByIndexes(used.rowIndex + values.length, used.columnIndex, take, used.columnCount);
    chunk.load('values');
    await context.sync();
    values.push(...chunk.values);
    bytes += utf8Length(JSON.stringify(chunk.values));
    rows = Math.max(1, Math.floor(READ_CHUNK_BYTES / (bytes / values.length)));
  }
  return values;
}

/**
 * The Host port on Office.js, in the add-in's shared runtime. Each call is one `Excel.run` with a
 * fixed number of `context.sync()` round trips, whatever the workbook holds.
 */
export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  readonly functionPrefix = 'SALES.';

  /**
   * The functions need CustomFunctionsRuntime 1.3 (`CustomFunctions.Error` and its `ErrorCode`s);
   * retail-perpetual Excel on Windows before build 2311 loads the pane without them. The manifest
   * does not require the set (the pane would not load at all), so the pane says it instead.
   */
  notices(): readonly string[] {
    const supported = Office.context.requirements.isSetSupported('CustomFunctionsRuntime', '1.3');
    return supported
      ? []
      : [
          msg(
            "This version of Excel cannot run the add-in's functions (=SALES.WINRATE and the others): they need Excel for Microsoft 365, Excel on the web, or a build from November 2023 (2311) on. The wizards work here as they are.",
          ),
        ];
  }

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

  /**
   * The used part of the selection (ExcelApi 1.4 `getUsedRangeOrNullObject(true)`: a click on the
   * column headers A:E selects 5 million cells, over Excel's read limit), read in requests that stay
   * well under Excel on the web's 5 MB: one round trip for its size, then one per chunk of rows.
   */
  async readSelection(): Promise<SelectionValues> {
    return Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const used = selected.getUsedRangeOrNullObject(true);
      selected.load('address');
      used.load(['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      await context.sync();
      const { sheet, local } = splitReference(selected.address);
      if (used.isNullObject) return { sheet, address: local, values: [], ...(local.includes(':') ? { trimmedFrom: local } : {}) };
      const address = splitReference(used.address).local;
      const trimmed = address === local ? {} : { trimmedFrom: local };
      const cells = used.rowCount * used.columnCount;
      if (cells > MAX_SELECTION_CELLS) return { sheet, address, values: [], tooLarge: cells, ...trimmed };
      const values = await readInChunks(context, used);
      return { sheet, address, values, ...trimmed };
    });
  }

  renderPlan(plan: Plan): Promise<RenderedPlan> {
    return renderPlanInExcel(plan);
  }

  /** One round trip: every cell's range loaded in the same batch (a scenario's inputs are at most 32). */
  async readCells(sheet: string, refs: readonly string[]): Promise<CellInput[]> {
    return onSheet(sheet, async (context, worksheet) => {
      const ranges = refs.map((ref) => worksheet.getRange(ref));
      ranges.forEach((range) => range.load('values'));
      await context.sync();
      return ranges.map((range) => cellInput(range.values[0][0]));
    });
  }

  /** One round trip. Text goes in behind an apostrophe, as the plans write it, so it is never a formula; '' clears. */
  async writeCells(sheet: string, refs: readonly string[], values: readonly CellInput[]): Promise<void> {
    await onSheet(sheet, async (context, worksheet) => {
      refs.forEach((ref, i) => {
        const v = values[i];
        worksheet.getRange(ref).values = [[typedCell(planCellOf(v)) ?? '']];
      });
      await context.sync();
    });
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
