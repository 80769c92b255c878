import { HyperFormula } from 'hyperformula';
import { SALES_PLANNER_TRANSLATIONS, SalesPlannerPlugin } from './hyperformula/plugin.generated';
import { registerTextNumberPatterns } from './hyperformula/textFormats';
import { registerFixed } from './hyperformula/fixedFunction';
import { registerExcelInt } from './hyperformula/intFunction';
import { registerFrequency } from './hyperformula/frequencyFunction';
import { registerLazyConditions } from './hyperformula/lazyConditions';
import { correctCriteria } from './hyperformula/criteria';
import { indexDependencies } from './hyperformula/dependencyIndex';
import { cleanUpRemovedDependencies } from './hyperformula/dependencyCleanup';
import { correctClipboardFormulas } from './hyperformula/clipboardFormulas';
import { shareRangeValues } from './hyperformula/rangeValues';
import { sharePastedFormulas } from './hyperformula/pastedFormulas';
import { PreviewSheet } from './previewSheet';
import { settleSpills } from './hyperformula/spills';
import { BuildProgress, SLICE_CELLS, fillInSlices, hasManyFormulas, nextTurn } from './buildInSlices';

let registered = false;

/** Registers the Sales Planner functions in HyperFormula, once per page or process. */
export function registerSalesPlannerFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(SalesPlannerPlugin, SALES_PLANNER_TRANSLATIONS);
  registerTextNumberPatterns();
  registerFixed();
  registerExcelInt();
  registerFrequency();
  registerLazyConditions();
  correctCriteria();
  indexDependencies();
  cleanUpRemovedDependencies();
  correctClipboardFormulas();
  shareRangeValues();
  sharePastedFormulas();
  registered = true;
}

/** How the preview configures HyperFormula (the tests and benches load plans the same way). */
export const PREVIEW_ENGINE_CONFIG = {
  licenseKey: 'gpl-v3',
  // Excel and Sheets both treat a blank cell as 0 in arithmetic and as "" in text comparisons.
  useArrayArithmetic: true,
  // The preview keeps its own undo history (grid/history.ts); the engine's is only used to take
  // back a value an input rule refuses, at once.
  undoLimit: 5,
  // As many rows as Excel (HyperFormula's default, 40,000, refuses a table of 100,000 actuals).
  maxRows: 1_048_576,
  // A date typed as the preview shows one (2027-01-04) is a date, as in Excel; HyperFormula's own two stay.
  dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'] as string[],
} as const;

/**
 * A HyperFormula workbook with the Sales Planner functions, holding the given sheets. HyperFormula
 * is GPL-3.0: it is used here, in the preview and the tests, and never in the Excel or Sheets bundles.
 *
 * @example
 * const hf = createWorkbook([OPPORTUNITIES_SHEET, KPI_SHEET]);
 * hf.setCellContents({ sheet: 0, col: 10, row: 0 }, '=WINRATE(F2:F201)');
 */
export function createWorkbook(sheets: readonly PreviewSheet[]): HyperFormula {
  registerSalesPlannerFunctions();
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(sheets.map((s) => [s.name, engineContent(s)])) as never, PREVIEW_ENGINE_CONFIG);
  // Tables parsed before their data was computed reserved the largest area: give them their own.
  settleSpills(hf);
  return hf;
}

/**
 * The same workbook as {@link createWorkbook}, opened so the page keeps painting: every sheet is
 * there from the start (formulas that read another sheet find it), those of a few thousand formulas
 * filled at once, each larger one (a kept 5,000-lead plan) a slice at a time behind its own veil, as
 * when it was built. Read whole, such a plan froze the page for seconds before anything showed.
 *
 * @example
 * const hf = await createWorkbookInSlices(kept.sheets, (name) => showBuildOverlay(placeholder, name, 'opening'));
 */
export async function createWorkbookInSlices(
  sheets: readonly PreviewSheet[],
  veil: (name: string) => BuildProgress & { close(): void },
  turn: () => Promise<void> = nextTurn,
  cellsAtOnce = SLICE_CELLS,
): Promise<HyperFormula> {
  registerSalesPlannerFunctions();
  const contents = new Map(sheets.map((s) => [s.name, engineContent(s)]));
  const large = sheets.map((s) => s.name).filter((name) => hasManyFormulas(contents.get(name)!, cellsAtOnce));
  const atOnce = sheets.map(({ name }) => [name, large.includes(name) ? [] : contents.get(name)!]);
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(atOnce) as never, PREVIEW_ENGINE_CONFIG);
  for (const name of large) {
    const progress = veil(name);
    try {
      await fillInSlices(hf, hf.getSheetId(name)!, contents.get(name)!, progress, turn, cellsAtOnce);
    } finally {
      progress.close();
    }
  }
  settleSpills(hf);
  return hf;
}

/** A sheet's rows as HyperFormula reads them: a blank is null. */
const engineContent = (sheet: PreviewSheet): unknown[][] => sheet.rows.map((row) => Array.from(row, (value) => value ?? null));
