import { PreviewBook } from './previewBook';
import { saveWorkbook } from './savedWorkbook';
import { saveSoon } from './saveSoon';
import { WorkbookStore } from './workbookStore';
import { t } from '../../ui/i18n';

/** What the page shows about keeping the workbook: saved, saving, or why it could not. */
export type KeptState = { readonly kind: 'saved' } | { readonly kind: 'saving' } | { readonly kind: 'refused'; readonly problem: string };

/**
 * Keeps the workbook in the store as it changes: a moment after the last change, at once when the
 * page is hidden, and it asks before the page is left while a change is not yet kept (or could not
 * be). Each save writes the whole workbook, so a later one covers any earlier one that failed.
 *
 * @example
 * const kept = keepWorkbook(book, browserStore(localStorage), window, (state) => show(state));
 */
export function keepWorkbook(
  book: PreviewBook,
  store: Pick<WorkbookStore, 'write'>,
  page: Window,
  show: (state: KeptState) => void,
): { flush: () => Promise<void>; unsaved: () => boolean } {
  let changes = 0;
  let kept = 0;
  let writing = Promise.resolve();
  const save = () => {
    const upTo = changes;
    writing = writing.then(async () => {
      if (kept >= upTo) return;
      show({ kind: 'saving' });
      // A plan half built is not read: the save waits for the build to finish.
      await book.whenIdle();
      const problem = await saveWorkbook(book, store);
      if (problem) return show({ kind: 'refused', problem });
      kept = Math.max(kept, upTo);
      show(kept === changes ? { kind: 'saved' } : { kind: 'saving' });
    });
  };
  const saver = saveSoon(save, page);
  book.onChange(() => {
    changes += 1;
    show({ kind: 'saving' });
    saver.schedule();
  });
  page.addEventListener('beforeunload', (event) => {
    if (kept === changes) return;
    // Browsers show their own words; asking at all keeps the page while the last save finishes.
    event.preventDefault();
    event.returnValue = '';
  });
  return {
    flush: async () => {
      saver.flush();
      save();
      await writing;
    },
    unsaved: () => kept !== changes,
  };
}

/**
 * The words for a state, as the toolbar shows them.
 *
 * @example
 * keptWords({ kind: 'saved' }) //=> 'Saved in this browser'
 */
export function keptWords(state: KeptState): string {
  if (state.kind === 'saved') return t('Saved in this browser');
  return state.kind === 'saving' ? t('Saving…') : state.problem;
}
