import { h } from '../../ui/dom';
import { mountApp } from '../../ui/mountApp';
import { SheetGrid } from './grid';
import { KPI_SHEET } from './kpiSheet';
import { PreviewHost } from './previewHost';
import { OPPORTUNITIES_SHEET } from './previewSheet';
import { createWorkbook } from './workbook';
import styles from './preview.css';

const style = document.createElement('style');
style.textContent = styles;
document.head.append(style);

const sheets = [OPPORTUNITIES_SHEET, KPI_SHEET];
const hf = createWorkbook(sheets);
const grids = sheets.map((sheet) => new SheetGrid(hf, hf.getSheetId(sheet.name)!, sheet));
let active = grids[0];

// Sheet tabs along the bottom, as in any spreadsheet.
const tabs = h('nav', { className: 'pv-tabs', ariaLabel: 'Sheets' });
const holder = h('div', { className: 'pv-sheet-holder' }, active.element);
function show(index: number): void {
  active = grids[index];
  holder.replaceChildren(active.element);
  active.refresh();
  [...tabs.children].forEach((tab, i) => tab.setAttribute('aria-selected', String(i === index)));
}
sheets.forEach((sheet, index) => {
  const tab = h('button', { type: 'button', className: 'pv-tab', onclick: () => show(index) }, sheet.name);
  tab.setAttribute('role', 'tab');
  tab.setAttribute('aria-selected', String(index === 0));
  tabs.append(tab);
});
document.getElementById('sheet')?.replaceWith(h('div', { className: 'pv-book' }, holder, tabs));

const pane = document.getElementById('app');
if (pane) void mountApp(pane, new PreviewHost(() => active, window.localStorage));
