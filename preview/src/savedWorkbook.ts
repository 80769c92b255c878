/**
 * The preview's workbook kept in the browser's storage, so a reload loses nothing: every sheet's
 * contents as typed (formulas, text with its apostrophe), the plans the sheets were built from
 * (their looks, rules and chart), and the formats chosen from the toolbar. What comes back is
 * checked like any untrusted input; a saved workbook that cannot be read opens the sample instead,
 * and says so.
 */
import { PlanSheet } from '../../core/sheet/plan';
import { checkPlan } from '../../core/sheet/checkPlan';
import { CellFormats, SavedFormats } from './grid/cellFormats';
import { PreviewBook, previewSheetOfPlan } from './previewBook';
import { PreviewSheet } from './previewSheet';
import { t } from '../../ui/i18n';

export const WORKBOOK_KEY = 'salesPlanner.preview.workbook';

type Content = (string | number | boolean | null)[][];

interface SavedSheet {
  readonly name: string;
  /** The plan the sheet was built from; absent for a sample sheet. */
  readonly plan?: PlanSheet;
  readonly content: Content;
}

interface SavedWorkbook {
  readonly version: 1;
  readonly sheets: readonly SavedSheet[];
  readonly formats: SavedFormats;
}

/** The workbook to open: its sheets, the formats chosen, and why the sample was opened instead, if it was. */
export interface OpenedWorkbook {
  readonly sheets: PreviewSheet[];
  readonly formats: CellFormats;
  readonly problem?: string;
}

/**
 * Writes the workbook to storage; returns a message when the browser refuses (its storage is full),
 * so the page can say that edits are not kept.
 */
export function saveWorkbook(book: PreviewBook, storage: Pick<Storage, 'setItem'>): string | undefined {
  const saved: SavedWorkbook = {
    version: 1,
    sheets: book.sheetModels().map((model) => ({
      name: model.name,
      // The plan's looks, rules and chart, not its cells: the content holds them (as edited), and a
      // plan's formulas saved twice would fill the browser's storage twice as fast.
      plan: model.plan && { ...model.plan, cells: model.plan.cells.map((row) => row.map(() => null)) },
      content: book.hf.getSheetSerialized(book.hf.getSheetId(model.name)!) as Content,
    })),
    formats: book.formats.toJSON(),
  };
  try {
    storage.setItem(WORKBOOK_KEY, JSON.stringify(saved));
    return undefined;
  } catch {
    return t('This browser has no room left to keep your edits: download the workbook (.xlsx) to keep them.');
  }
}

function isContent(value: unknown): value is Content {
  return (
    Array.isArray(value) &&
    value.every((row) => Array.isArray(row) && row.every((cell) => cell === null || ['string', 'number', 'boolean'].includes(typeof cell)))
  );
}

/** One saved sheet as a sheet model, or undefined when it is not what the preview saves. */
function sheetOf(saved: unknown, samples: readonly PreviewSheet[]): PreviewSheet | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const { name, plan, content } = saved as Partial<SavedSheet>;
  if (typeof name !== 'string' || !isContent(content)) return undefined;
  if (plan === undefined) {
    const sample = samples.find((s) => s.name === name);
    return sample && { ...sample, rows: content };
  }
  checkPlan({ sheets: [plan] });
  return { ...previewSheetOfPlan(plan, name), rows: content };
}

/**
 * The workbook saved in storage, or the samples when nothing is saved (or what is saved cannot be
 * read: then `problem` says so, and the saved copy is left alone for the user to recover).
 *
 * @example
 * const { sheets, formats, problem } = openWorkbook(localStorage, [OPPORTUNITIES_SHEET, KPI_SHEET]);
 */
export function openWorkbook(storage: Pick<Storage, 'getItem'>, samples: readonly PreviewSheet[]): OpenedWorkbook {
  const text = storage.getItem(WORKBOOK_KEY);
  if (!text) return { sheets: [...samples], formats: new CellFormats() };
  try {
    const saved = JSON.parse(text) as Partial<SavedWorkbook>;
    if (saved.version !== 1 || !Array.isArray(saved.sheets) || saved.sheets.length === 0) throw new Error('not a saved workbook');
    const sheets = saved.sheets.map((sheet) => sheetOf(sheet, samples));
    if (sheets.some((sheet) => sheet === undefined)) throw new Error('a sheet cannot be read');
    return { sheets: sheets as PreviewSheet[], formats: CellFormats.fromJSON(saved.formats) };
  } catch {
    return { sheets: [...samples], formats: new CellFormats(), problem: t('The workbook saved in this browser could not be read, so the sample opened instead.') };
  }
}
