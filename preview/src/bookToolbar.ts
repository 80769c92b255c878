import { h } from '../../ui/dom';
import { TOOLBAR_FORMATS } from './grid/cellFormats';
import { PreviewBook } from './previewBook';
import { CellFormat } from './previewSheet';
import { t } from '../../ui/i18n';

/** Applies a format to the active sheet's selected block, as one undoable step. */
function formatSelection(book: PreviewBook, format: CellFormat): void {
  const grid = book.active;
  const block = grid.selection.block;
  const name = grid.name;
  const before = book.formats.set(name, block, format);
  const label = t('formatting {address}', { address: grid.selectionValues().address });
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
  const undo = h(
    'button',
    { type: 'button', className: 'pv-tool', ariaLabel: t('Undo'), onclick: () => (history.undo(), book.active.tableElement.focus()) },
    t('↶ Undo'),
  );
  const redo = h(
    'button',
    { type: 'button', className: 'pv-tool', ariaLabel: t('Redo'), onclick: () => (history.redo(), book.active.tableElement.focus()) },
    t('↷ Redo'),
  );
  const update = () => {
    undo.disabled = !history.nextUndo;
    redo.disabled = !history.nextRedo;
    undo.title = history.nextUndo ? t('Undo {label} (Ctrl+Z)', { label: history.nextUndo.label }) : t('Nothing to undo');
    redo.title = history.nextRedo ? t('Redo {label} (Ctrl+Y)', { label: history.nextRedo.label }) : t('Nothing to redo');
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
    h(
      'button',
      { type: 'button', className: 'pv-tool pv-format', title: `${t(label)}: ${sample}`, dataset: { format }, onclick: () => formatSelection(book, format) },
      t(label),
    ),
  );
  const reset = h(
    'button',
    { type: 'button', className: 'pv-tool pv-reset', title: t('Start again from the sample workbook'), onclick: () => actions.reset() },
    t('Reset sample'),
  );
  // As Excel's sheet tab menu: the sheet on show goes, and Undo brings it back.
  const deleteSheet = h(
    'button',
    {
      type: 'button',
      className: 'pv-tool pv-delete-sheet',
      title: t('Delete this sheet (Undo brings it back)'),
      onclick: () => (book.deleteSheet(book.active.name), book.active.tableElement.focus()),
    },
    t('Delete sheet'),
  );
  return h(
    'div',
    { className: 'pv-toolbar', role: 'toolbar', ariaLabel: t('Edit and format') },
    ...historyButtons(book),
    h('span', { className: 'pv-tool-gap' }),
    h('span', { className: 'pv-tool-label' }, t('Format:')),
    ...formats,
    h('span', { className: 'pv-tool-gap' }),
    deleteSheet,
    reset,
  );
}
