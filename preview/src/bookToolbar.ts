import { h } from '../../ui/dom';
import { TOOLBAR_FORMATS } from './grid/cellFormats';
import { PreviewBook } from './previewBook';
import { CellFormat } from './previewSheet';

/** Applies a format to the active sheet's selected block, as one undoable step. */
function formatSelection(book: PreviewBook, format: CellFormat): void {
  const grid = book.active;
  const block = grid.selection.block;
  const name = grid.name;
  const before = book.formats.set(name, block, format);
  const label = `formatting ${grid.selectionValues().address}`;
  book.editor.record(
    label,
    () => {
      book.formats.restore(name, before);
      book.active.refresh();
    },
    () => {
      book.formats.set(name, block, format);
      book.active.refresh();
    },
  );
  grid.refresh();
  grid.tableElement.focus();
}

/** Keeps the Undo and Redo buttons enabled when there is something to do, titled with what. */
function historyButtons(book: PreviewBook): HTMLElement[] {
  const { history } = book.editor;
  const undo = h('button', { type: 'button', className: 'pv-tool', ariaLabel: 'Undo', onclick: () => (history.undo(), book.active.tableElement.focus()) }, '↶ Undo');
  const redo = h('button', { type: 'button', className: 'pv-tool', ariaLabel: 'Redo', onclick: () => (history.redo(), book.active.tableElement.focus()) }, '↷ Redo');
  const update = () => {
    undo.disabled = !history.nextUndo;
    redo.disabled = !history.nextRedo;
    undo.title = history.nextUndo ? `Undo ${history.nextUndo.label} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = history.nextRedo ? `Redo ${history.nextRedo.label} (Ctrl+Y)` : 'Nothing to redo';
  };
  history.onChange(update);
  update();
  return [undo, redo];
}

/**
 * The bar above the grid: Undo and Redo, the number formats a manager uses (applied to the
 * selected cells), and Reset sample.
 *
 * @example
 * new PreviewBook(hf, sheets, formats, (book) => bookToolbar(book, { reset }))
 */
export function bookToolbar(book: PreviewBook, actions: { reset(): void }): HTMLElement {
  const formats = TOOLBAR_FORMATS.map(({ format, label, sample }) =>
    h('button', { type: 'button', className: 'pv-tool pv-format', title: `${label}: ${sample}`, dataset: { format }, onclick: () => formatSelection(book, format) }, label),
  );
  const reset = h('button', { type: 'button', className: 'pv-tool pv-reset', title: 'Start again from the sample workbook', onclick: () => actions.reset() }, 'Reset sample');
  return h(
    'div',
    { className: 'pv-toolbar', role: 'toolbar', ariaLabel: 'Edit and format' },
    ...historyButtons(book),
    h('span', { className: 'pv-tool-gap' }),
    h('span', { className: 'pv-tool-label' }, 'Format:'),
    ...formats,
    h('span', { className: 'pv-tool-gap' }),
    reset,
  );
}
