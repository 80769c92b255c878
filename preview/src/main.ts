import { mountApp } from '../../ui/mountApp';
import { KPI_SHEET } from './kpiSheet';
import { PreviewBook } from './previewBook';
import { PreviewHost } from './previewHost';
import { HISTORY_SHEET, OPPORTUNITIES_SHEET } from './previewSheet';
import { createWorkbook } from './workbook';
import { downloadButton } from './download/downloadButton';
import styles from './preview.css';

const style = document.createElement('style');
style.textContent = styles;
document.head.append(style);

const sheets = [OPPORTUNITIES_SHEET, KPI_SHEET, HISTORY_SHEET];
const book = new PreviewBook(createWorkbook(sheets), sheets);
document.getElementById('sheet')?.replaceWith(book.element);
document.querySelector('.pv-top')?.append(downloadButton(book));

const pane = document.getElementById('app');
if (pane) void mountApp(pane, new PreviewHost(book, window.localStorage));
