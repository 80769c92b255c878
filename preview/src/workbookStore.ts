import { createStore, del, get, set } from 'idb-keyval';

/**
 * Where the preview keeps its workbook between visits. IndexedDB, not localStorage: localStorage
 * holds about 5 MB a site, and the sample's own Lead scoring sheet (2,505 leads of formulas) or a
 * 5,000-child sales plan is more, so a build silently stopped every later edit from being kept.
 * IndexedDB keeps hundreds of megabytes (a share of the disk) and writes off the page's thread.
 */
export interface WorkbookStore {
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
  remove(): Promise<void>;
}

/** The key the workbook is kept under, in IndexedDB and, before it, in localStorage. */
export const WORKBOOK_KEY = 'salesPlanner.preview.workbook';

/**
 * The browser's IndexedDB store; a workbook an earlier version left in localStorage is read once,
 * then kept in IndexedDB (and the old copy removed once the new one is written).
 *
 * @example
 * const store = browserStore(window.indexedDB ? window.localStorage : undefined);
 * await store.write(text);
 */
export function browserStore(legacy?: Pick<Storage, 'getItem' | 'removeItem'>): WorkbookStore {
  const store = createStore('salesPlanner', 'preview');
  return {
    async read() {
      const kept = await get<string>(WORKBOOK_KEY, store);
      return kept ?? legacy?.getItem(WORKBOOK_KEY) ?? undefined;
    },
    async write(text) {
      await set(WORKBOOK_KEY, text, store);
      legacy?.removeItem(WORKBOOK_KEY);
    },
    async remove() {
      await del(WORKBOOK_KEY, store);
      legacy?.removeItem(WORKBOOK_KEY);
    },
  };
}

/**
 * A store in memory, for tests and for a browser that refuses IndexedDB (a private window in some
 * browsers): the workbook lives as long as the page.
 *
 * @example
 * const store = memoryStore(); await store.write('{}'); await store.read() //=> '{}'
 */
export function memoryStore(initial?: string): WorkbookStore & { readonly text: () => string | undefined } {
  let text = initial;
  return {
    read: async () => text,
    write: async (next) => void (text = next),
    remove: async () => void (text = undefined),
    text: () => text,
  };
}
