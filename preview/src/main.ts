import { mountApp } from '../../ui/mountApp';
import { SheetGrid } from './grid';
import { PreviewHost } from './previewHost';
import { SAMPLE_OPPORTUNITIES } from './sample';
import { createWorkbook } from './workbook';
import styles from './preview.css';

const style = document.createElement('style');
style.textContent = styles;
document.head.append(style);

const hf = createWorkbook([SAMPLE_OPPORTUNITIES]);
const grid = new SheetGrid(hf, 0, SAMPLE_OPPORTUNITIES.formats, { rows: SAMPLE_OPPORTUNITIES.rows.length + 30, cols: 16 });
document.getElementById('sheet')?.replaceWith(grid.element);
const pane = document.getElementById('app');
if (pane) void mountApp(pane, new PreviewHost(grid, window.localStorage));
