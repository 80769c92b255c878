import { h } from '../../ui/dom';
import { mountApp } from '../../ui/mountApp';
import { bookToolbar } from './bookToolbar';
import { downloadButton } from './download/downloadButton';
import { KPI_SHEET } from './kpiSheet';
import { paneLayout } from './paneLayout';
import { PreviewBook } from './previewBook';
import { PreviewHost } from './previewHost';
import { ACCOUNTS_SHEET, HISTORY_SHEET, LEADS_SHEET, MARKETING_SHEET, OPPORTUNITIES_SHEET, PIPELINE_SHEET, PreviewSheet } from './previewSheet';
import { openWorkbook } from './savedWorkbook';
import { browserStore } from './workbookStore';
import { keepWorkbook, keptWords } from './keptWorkbook';
import { createWorkbookInSlices } from './workbook';
import { showBuildOverlay } from './buildOverlay';
import styles from './preview.css';
import { onLanguageChange, speak, startingLanguage, t, useMessageLoader } from '../../ui/i18n';
import { loadMessageChunk } from '../../ui/messageChunks';
import { SETTINGS_KEY, parseSettings } from '../../ui/host';
import { storedScenarios } from '../../ui/scenarios/planSheets';

useMessageLoader(loadMessageChunk);

/** The page's own words, written in English in index.html for a browser without scripts. */
function nameThePage(header: HTMLElement): void {
  header.querySelector('.pv-title')!.textContent = t('preview');
  header.querySelector('.pv-note')!.textContent = t(
    'Sample workbook: 200 opportunities derived from the public Superstore data · formulas run on HyperFormula',
  );
  document.title = t('Sales Planner · preview');
}

/**
 * Opens the preview: its language first (the browser's, or the one chosen in the pane; its messages
 * loaded), then the workbook, the grid and the pane. A language chosen later redraws the grid, its
 * toolbar and the page's words on the same workbook, without a reload: nothing typed is lost, and
 * the plan sheets already built keep the language they were built in.
 */
async function openPreview(): Promise<void> {
  await speak(startingLanguage(navigator.language));
  const style = document.createElement('style');
  style.textContent = styles;
  document.head.append(style);

  const header = document.querySelector<HTMLElement>('.pv-top')!;
  nameThePage(header);
  const notice = h('p', { className: 'pv-notice', role: 'status', hidden: true });
  const say = (message: string | undefined) => {
    notice.hidden = !message;
    notice.textContent = message ?? '';
  };

  const store = browserStore(window.localStorage);
  const reset = async () => {
    if (!window.confirm(t('Start again from the sample workbook? Your edits and plans in this browser are discarded (download them first to keep them).')))
      return;
    await store.remove();
    window.location.reload();
  };

  const opened = await openWorkbook(store, [OPPORTUNITIES_SHEET, KPI_SHEET, HISTORY_SHEET, LEADS_SHEET, MARKETING_SHEET, ACCOUNTS_SHEET, PIPELINE_SHEET]);
  say(opened.problem);
  // A kept plan of thousands of rows opens a slice at a time, its progress on show where the grid will be.
  const placeholder = document.getElementById('sheet')!;
  placeholder.className = 'pv-book';
  const hf = await createWorkbookInSlices(opened.sheets, (name) => showBuildOverlay(placeholder, name, 'opening'));
  const tools = h('span', { className: 'pv-top-tools' });
  /** The grid and its tools in the current language, on the workbook as it is. */
  const drawBook = (sheets: readonly PreviewSheet[], formats: PreviewBook['formats'], active = 0) => {
    const book = new PreviewBook(hf, sheets, formats, (b) => bookToolbar(b, { reset: () => void reset() }));
    book.onProblem(say);
    book.show(Math.min(active, sheets.length - 1));
    const savedState = h('span', { className: 'pv-saved', role: 'status', textContent: keptWords({ kind: 'saved' }) });
    const kept = keepWorkbook(book, store, window, (state) => {
      savedState.textContent = keptWords(state);
      say(state.kind === 'refused' ? state.problem : undefined);
    });
    tools.replaceChildren(
      savedState,
      downloadButton(book, () => storedScenarios(parseSettings(window.localStorage.getItem(SETTINGS_KEY)))),
    );
    return { book, kept };
  };
  let shown = drawBook(opened.sheets, opened.formats);
  placeholder.replaceWith(shown.book.element);
  header.after(notice);
  header.append(tools);
  const pane = document.getElementById('app');
  const host = new PreviewHost(shown.book, window.localStorage);

  onLanguageChange(() => {
    const before = shown;
    void before.kept.flush().then(async () => {
      await before.book.whenIdle();
      shown = drawBook(before.book.sheetModels(), before.book.formats, before.book.activeIndexShown());
      before.book.element.replaceWith(shown.book.element);
      host.showBook(shown.book);
      nameThePage(header);
    });
  });

  if (pane) {
    paneLayout(pane, header, window.localStorage);
    void mountApp(pane, host);
  }
}

void openPreview();
