/**
 * @jest-environment jsdom
 */
import { KeptState, keepWorkbook, keptWords } from './keptWorkbook';
import { PreviewBook } from './previewBook';
import { OPPORTUNITIES_SHEET } from './previewSheet';
import { createWorkbook } from './workbook';
import { memoryStore } from './workbookStore';

Element.prototype.scrollIntoView = () => undefined;
HTMLCanvasElement.prototype.getContext = (() => null) as never;

describe("keeping the preview's workbook as it changes", () => {
  const edit = (book: PreviewBook, text: string) => book.active.setContent({ row: 1, col: 12 }, text);
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('says saving, then saved, and lets the page go once the edit is kept', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const store = memoryStore();
    const states: KeptState['kind'][] = [];
    const kept = keepWorkbook(book, store, window, (state) => states.push(state.kind));
    edit(book, 'kept');
    expect(kept.unsaved()).toBe(true);
    expect(leave()).toBe(true);
    await kept.flush();
    expect(states.at(-1)).toBe('saved');
    expect(store.text()).toContain('kept');
    expect(leave()).toBe(false);
  });

  it('says why when the browser refuses, and keeps asking before the page is left', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    let said: KeptState | undefined;
    const kept = keepWorkbook(
      book,
      {
        write: async () => {
          throw new DOMException('quota', 'QuotaExceededError');
        },
      },
      window,
      (state) => (said = state),
    );
    edit(book, 'lost?');
    await kept.flush();
    expect(said && keptWords(said)).toMatch(/no room left to keep your edits/);
    expect(kept.unsaved()).toBe(true);
  });
});
