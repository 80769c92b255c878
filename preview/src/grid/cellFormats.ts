import { CellFormat } from '../previewSheet';
import { Block } from './selection';
import { msg } from '../../../ui/i18n';

/** What a cell shows when a person picks a format from the toolbar ('text' is General). */
export const TOOLBAR_FORMATS: readonly { readonly format: CellFormat; readonly label: string; readonly sample: string }[] = [
  { format: 'text', label: msg('General'), sample: '1234.5' },
  { format: 'whole', label: msg('Whole number'), sample: '1,235' },
  { format: 'decimal', label: msg('Two decimals'), sample: '1,234.50' },
  { format: 'money', label: msg('Money'), sample: '1,234.50' },
  { format: 'percent', label: msg('Percent'), sample: '12.34%' },
  { format: 'date', label: msg('Date'), sample: '2027-03-31' },
];

const KNOWN = new Set<string>(TOOLBAR_FORMATS.map((f) => f.format));

/** One sheet's formats as saved: `row:col` → format. */
export type SavedFormats = Record<string, Record<string, CellFormat>>;

/**
 * The formats a person chose from the toolbar, per sheet and cell. A format chosen wins over the
 * sheet's own and over a function's (grid/shownFormat.ts).
 */
export class CellFormats {
  private readonly bySheet = new Map<string, Map<string, CellFormat>>();

  get(sheetName: string, row: number, col: number): CellFormat | undefined {
    return this.bySheet.get(sheetName)?.get(`${row}:${col}`);
  }

  /** Sets (or, with undefined, removes) the format of every cell of a block; returns what they had. */
  set(sheetName: string, block: Block, format: CellFormat | undefined): Map<string, CellFormat | undefined> {
    const sheet = this.bySheet.get(sheetName) ?? new Map<string, CellFormat>();
    this.bySheet.set(sheetName, sheet);
    const before = new Map<string, CellFormat | undefined>();
    for (let row = block.top; row <= block.bottom; row += 1) {
      for (let col = block.left; col <= block.right; col += 1) {
        const key = `${row}:${col}`;
        before.set(key, sheet.get(key));
        if (format === undefined) sheet.delete(key);
        else sheet.set(key, format);
      }
    }
    return before;
  }

  /** Puts back what {@link set} returned. */
  restore(sheetName: string, before: ReadonlyMap<string, CellFormat | undefined>): void {
    const sheet = this.bySheet.get(sheetName) ?? new Map<string, CellFormat>();
    this.bySheet.set(sheetName, sheet);
    for (const [key, format] of before) {
      if (format === undefined) sheet.delete(key);
      else sheet.set(key, format);
    }
  }

  forget(sheetName: string): void {
    this.bySheet.delete(sheetName);
  }

  /** A sheet's formats, to put back with {@link restoreSheet} (a deleted sheet brought back by Undo). */
  ofSheet(sheetName: string): ReadonlyMap<string, CellFormat> {
    return new Map(this.bySheet.get(sheetName) ?? []);
  }

  restoreSheet(sheetName: string, formats: ReadonlyMap<string, CellFormat>): void {
    this.bySheet.set(sheetName, new Map(formats));
  }

  toJSON(): SavedFormats {
    return Object.fromEntries([...this.bySheet].map(([name, cells]) => [name, Object.fromEntries(cells)]));
  }

  /** Formats read back from storage; anything that is not a known format for a `row:col` key is dropped. */
  static fromJSON(saved: unknown): CellFormats {
    const formats = new CellFormats();
    if (!saved || typeof saved !== 'object') return formats;
    for (const [name, cells] of Object.entries(saved as Record<string, unknown>)) {
      if (!cells || typeof cells !== 'object') continue;
      const entries = Object.entries(cells as Record<string, unknown>).filter(
        ([key, format]) => /^\d+:\d+$/.test(key) && typeof format === 'string' && KNOWN.has(format),
      );
      formats.bySheet.set(name, new Map(entries as [string, CellFormat][]));
    }
    return formats;
  }
}
