import { h } from '../../../ui/dom';
import { PreviewBook } from '../previewBook';
import { snapshotWorkbook } from './bookSnapshot';
import { t } from '../../../ui/i18n';
import { ScenarioStore } from '../../../core/plans/scenarios';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOWNLOAD_FILE_NAME = 'Sales Planner preview.xlsx';

/** Hands the bytes to the browser as a file download, as a link with `download` does. */
function saveFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The preview's "Download .xlsx" button: writes every sheet as it is now (the user's edits and the
 * plans built, the plans' scenarios) to a file that opens in Excel, Google Sheets or LibreOffice. The writer (exceljs) is
 * loaded on the first click, so the preview opens as fast as before.
 *
 * @example
 * header.append(downloadButton(book));
 */
export function downloadButton(book: PreviewBook, scenarios: () => ScenarioStore = () => ({})): HTMLElement {
  const status = h('span', { className: 'pv-download-status', role: 'status' });
  const button = h(
    'button',
    { type: 'button', className: 'pv-download', title: t('Every sheet, with live formulas, formats, names and the plan’s chart') },
    t('Download .xlsx'),
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = t('Writing the workbook…');
    try {
      await book.whenIdle();
      const snapshot = snapshotWorkbook(book.hf, book.sheetModels());
      const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ './writeXlsx');
      saveFile(await writeXlsx(snapshot, scenarios()), DOWNLOAD_FILE_NAME);
      status.textContent = t('Downloaded “{DOWNLOAD_FILE_NAME}”.', { DOWNLOAD_FILE_NAME });
    } catch (error) {
      status.textContent = t('The workbook could not be written: {value}', { value: error instanceof Error ? error.message : String(error) });
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { className: 'pv-download-area' }, button, status);
}
