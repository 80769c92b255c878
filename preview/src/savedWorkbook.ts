/**
 * The preview's workbook kept in the browser (IndexedDB, workbookStore.ts), so a reload loses nothing: every sheet's
 * contents as typed (formulas, text with its apostrophe), the plans the sheets were built from
 * (their looks, rules and chart), and the formats chosen from the toolbar. What comes back is
 * checked like any untrusted input; a saved workbook that cannot be read opens the sample instead,
 * and says so.
 */
import { PlanSheet, checkPlan } from '../../core/kit/sheet';
import { CellFormats, SavedFormats } from './grid/cellFormats';
import { PreviewBook, previewSheetOfPlan } from './previewBook';
import { PreviewSheet } from './previewSheet';
import { t } from '../../ui/i18n';
import { WorkbookStore } from './workbookStore';

type Content = (string | number | boolean | null)[][];

interface SavedSheet {
  readonly name: string;
  /** The plan the sheet was built from; absent for a sample sheet. */
  readonly plan?: PlanSheet;
  /** The sample sheet a renamed one was (its looks); absent when the name says it. */
  readonly sample?: string;
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
 * The workbook as the text kept between visits: every sheet's contents as typed, the plans' looks
 * (not their cells, which the contents hold as edited), and the formats chosen.
 */
export function workbookText(book: PreviewBook): string {
  const saved: SavedWorkbook = {
    version: 1,
    sheets: book.sheetModels().map((model) => ({
      name: model.name,
      sample: model.plan || model.sample === model.name ? undefined : model.sample,
      // The plan's looks, rules and chart, not its cells: the content holds them (as edited), and a
      // plan's formulas saved twice would take twice the room.
      plan: model.plan && { ...model.plan, cells: model.plan.cells.map((row) => row.map(() => null)) },
      content: book.hf.getSheetSerialized(book.hf.getSheetId(model.name)!) as Content,
    })),
    formats: book.formats.toJSON(),
  };
  return JSON.stringify(saved);
}

/**
 * Keeps the workbook in the store; resolves to a message when the browser refuses (no room left,
 * storage blocked), so the page can say that edits are not kept.
 */
export async function saveWorkbook(book: PreviewBook, store: Pick<WorkbookStore, 'write'>): Promise<string | undefined> {
  try {
    await store.write(workbookText(book));
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
  const { name, plan, content, sample: sampleName } = saved as Partial<SavedSheet>;
  if (typeof name !== 'string' || !isContent(content)) return undefined;
  if (plan === undefined) {
    const sample = samples.find((s) => s.name === (sampleName ?? name));
    return sample && { ...sample, name, sample: sample.name, rows: content };
  }
  checkPlan({ sheets: [plan] });
  return { ...previewSheetOfPlan(plan, name), rows: content };
}

/**
 * The workbook saved in the store, or the samples when nothing is saved (or what is saved cannot be
 * read: then `problem` says so, and the saved copy is left alone for the user to recover).
 *
 * @example
 * const { sheets, formats, problem } = await openWorkbook(browserStore(localStorage), [OPPORTUNITIES_SHEET, KPI_SHEET]);
 */
export async function openWorkbook(store: Pick<WorkbookStore, 'read'>, samples: readonly PreviewSheet[]): Promise<OpenedWorkbook> {
  const text = await store.read().catch(() => undefined);
  if (!text) return { sheets: [...samples], formats: new CellFormats() };
  try {
    const saved = JSON.parse(text) as Partial<SavedWorkbook>;
    if (saved.version !== 1 || !Array.isArray(saved.sheets) || saved.sheets.length === 0) throw new Error('not a saved workbook');
    const sheets = saved.sheets.map((sheet) => sheetOf(sheet, samples));
    if (sheets.some((sheet) => sheet === undefined)) throw new Error('a sheet cannot be read');
    return { sheets: sheets as PreviewSheet[], formats: CellFormats.fromJSON(saved.formats) };
  } catch {
    return {
      sheets: [...samples],
      formats: new CellFormats(),
      problem: t('The workbook saved in this browser could not be read, so the sample opened instead.'),
    };
  }
}
