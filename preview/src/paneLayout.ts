import { h } from '../../ui/dom';
import { onLanguageChange, t } from '../../ui/i18n';

const WIDTH_KEY = 'salesPlanner.preview.paneWidth';
const MIN_WIDTH = 240;

/**
 * Lets a person hide the pane (a button in the header) or drag its edge to resize it, so the grid
 * has room on a small screen; the width chosen is remembered.
 *
 * @example
 * paneLayout(document.getElementById('app')!, document.querySelector('.pv-top')!, localStorage);
 */
export function paneLayout(pane: HTMLElement, header: HTMLElement, storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  const saved = Number(storage.getItem(WIDTH_KEY));
  if (saved >= MIN_WIDTH) pane.style.width = `${saved}px`;
  const handle = h('div', { className: 'pv-pane-handle', title: t('Drag to resize the pane') });
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  pane.before(handle);
  handle.addEventListener('pointerdown', (start) => {
    start.preventDefault();
    handle.setPointerCapture(start.pointerId);
    const right = pane.getBoundingClientRect().right;
    const move = (event: PointerEvent) => {
      const width = Math.min(Math.max(MIN_WIDTH, right - event.clientX), window.innerWidth * 0.7);
      pane.style.width = `${Math.round(width)}px`;
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener(
      'pointerup',
      () => {
        handle.removeEventListener('pointermove', move);
        storage.setItem(WIDTH_KEY, String(pane.getBoundingClientRect().width));
      },
      { once: true },
    );
  });
  const toggle = h('button', { type: 'button', className: 'pv-pane-toggle', ariaLabel: t('Hide the Sales Planner pane') }, t('Hide pane'));
  toggle.setAttribute('aria-expanded', 'true');
  const label = () => {
    toggle.textContent = pane.hidden ? t('Show pane') : t('Hide pane');
    toggle.setAttribute('aria-expanded', String(!pane.hidden));
    toggle.ariaLabel = pane.hidden ? t('Show the Sales Planner pane') : t('Hide the Sales Planner pane');
    handle.title = t('Drag to resize the pane');
  };
  toggle.addEventListener('click', () => {
    pane.hidden = !pane.hidden;
    handle.hidden = pane.hidden;
    label();
  });
  header.append(toggle);
  // A language switched without a reload: the same controls, in the new words.
  onLanguageChange(label);
}
