import { h } from '../../ui/dom';
import { mountApp } from '../../ui/mountApp';
import { bookToolbar } from './bookToolbar';
import { downloadButton } from './download/downloadButton';
import { KPI_SHEET } from './kpiSheet';
import { paneLayout } from './paneLayout';
import { PreviewBook } from './previewBook';
import { PreviewHost } from './previewHost';
import { ACCOUNTS_SHEET, HISTORY_SHEET, LEADS_SHEET, MARKETING_SHEET, OPPORTUNITIES_SHEET } from './previewSheet';
import { openWorkbook } from './savedWorkbook';
import { browserStore } from './workbookStore';
import { keepWorkbook, keptWords } from './keptWorkbook';
import { createWorkbook } from './workbook';
import styles from './preview.css';
import { onLanguageChange, speak, startingLanguage, t, useMessageLoader } from '../../ui/i18n';
import { loadMessageChunk } from '../../ui/messageChunks';

useMessageLoader(loadMessageChunk);

/**
 * Opens the preview: its language first (the browser's, or the one chosen in the pane; its messages
 * loaded), then the workbook, the grid and the pane.
 */
async function openPreview(): Promise<void> {
  await speak(startingLanguage(navigator.language));
  const style = document.createElement('style');
  style.textContent = styles;
  document.head.append(style);

  const header = document.querySelector<HTMLElement>('.pv-top')!;
  // The page's own words, written in English in index.html for a browser without scripts.
  header.querySelector('.pv-title')!.textContent = t('preview');
  header.querySelector('.pv-note')!.textContent = t('Sample workbook: 200 opportunities derived from the public Superstore data · formulas run on HyperFormula');
  document.title = t('Sales Planner · preview');
  const notice = h('p', { className: 'pv-notice', role: 'status', hidden: true });
  const say = (message: string | undefined) => {
    notice.hidden = !message;
    notice.textContent = message ?? '';
  };

  const store = browserStore(window.localStorage);
  const reset = async () => {
    if (!window.confirm(t('Start again from the sample workbook? Your edits and plans in this browser are discarded (download them first to keep them).'))) return;
    await store.remove();
    window.location.reload();
  };

  const opened = await openWorkbook(store, [OPPORTUNITIES_SHEET, KPI_SHEET, HISTORY_SHEET, LEADS_SHEET, MARKETING_SHEET, ACCOUNTS_SHEET]);
  const book = new PreviewBook(createWorkbook(opened.sheets), opened.sheets, opened.formats, (b) => bookToolbar(b, { reset: () => void reset() }));
  say(opened.problem);
  const savedState = h('span', { className: 'pv-saved', role: 'status', textContent: keptWords({ kind: 'saved' }) });
  const kept = keepWorkbook(book, store, window, (state) => {
    savedState.textContent = keptWords(state);
    say(state.kind === 'refused' ? state.problem : undefined);
  });

  // The grid's own words (toolbar, tabs, reasons) are drawn once: a new language reloads the page, the workbook kept first.
  onLanguageChange(() => void kept.flush().then(() => window.location.reload()));

  document.getElementById('sheet')?.replaceWith(book.element);
  header.after(notice);
  header.append(savedState, downloadButton(book));
  const pane = document.getElementById('app');
  if (pane) {
    paneLayout(pane, header, window.localStorage);
    void mountApp(pane, new PreviewHost(book, window.localStorage));
  }
}

void openPreview();
