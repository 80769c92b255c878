/**
 * Saves a short while after the last change (a burst of edits is one save), and at once when the
 * page is hidden or left: a reload or a closed tab within the wait must not lose the last edit.
 * `pagehide` is the event browsers promise on leaving (also into the back-forward cache);
 * `visibilitychange` to hidden covers a tab closed or switched on mobile, where `pagehide` may not come.
 *
 * @example
 * const saver = saveSoon(() => saveWorkbook(book, localStorage), window);
 * book.onChange(saver.schedule);
 */
export function saveSoon(save: () => void, page: Window, delayMs = 200): { schedule: () => void; flush: () => void } {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (pending === undefined) return;
    clearTimeout(pending);
    pending = undefined;
    save();
  };
  const schedule = () => {
    clearTimeout(pending);
    pending = setTimeout(flush, delayMs);
  };
  page.addEventListener('pagehide', flush);
  page.document.addEventListener('visibilitychange', () => {
    if (page.document.visibilityState === 'hidden') flush();
  });
  return { schedule, flush };
}
