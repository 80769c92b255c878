import { h } from '../../ui/dom';
import { t } from '../../ui/i18n';

/**
 * Turns a sheet tab into a name box, as double-clicking a tab does in Excel: Enter or leaving the
 * box renames, Escape keeps the old name. `rename` answers why a name is refused (then the box
 * stays, with the reason shown by `say`), or undefined once the sheet is renamed.
 *
 * @example
 * tab.addEventListener('dblclick', () => editTabName(tab, 'Sheet 1', (to) => book.renameSheet('Sheet 1', to), say));
 */
export function editTabName(tab: HTMLElement, name: string, rename: (to: string) => string | undefined, say: (reason: string | undefined) => void): void {
  const box = h('input', {
    className: 'pv-tab-name',
    value: name,
    ariaLabel: t('New name of the sheet “{name}”', { name }),
    spellcheck: false,
    size: Math.max(8, name.length + 2),
  });
  // Beside the tab, not in it: a box inside a button takes no typing in some browsers.
  tab.before(box);
  tab.hidden = true;
  box.focus();
  box.select();
  let busy = false;
  const finish = (keep: boolean) => {
    if (busy || !box.isConnected) return;
    busy = true;
    // The tab is back in its place before the book redraws the tabs by position.
    box.remove();
    tab.hidden = false;
    const reason = keep ? undefined : rename(box.value);
    say(reason);
    if (reason) {
      tab.before(box);
      tab.hidden = true;
      box.setAttribute('aria-invalid', 'true');
      box.focus();
    }
    busy = false;
  };
  box.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter') finish(false);
    if (event.key === 'Escape') finish(true);
  });
  box.addEventListener('blur', () => finish(false));
}
