import { h } from '../../ui/dom';
import { t } from '../../ui/i18n';
import { BuildProgress } from './buildInSlices';

/**
 * A veil over the workbook while a plan is built (or a kept one opened): what is being built, a
 * progress bar, then "Calculating…". It takes the pointer and the keyboard, so nothing is typed into a sheet half
 * built; the page around it (the pane, scrolling) stays alive.
 *
 * @example
 * const overlay = showBuildOverlay(book.element, 'Lead scoring'); … overlay.close();
 */
export function showBuildOverlay(over: HTMLElement, name: string, doing: 'building' | 'opening' = 'building'): BuildProgress & { close(): void } {
  const bar = h('progress', { max: 1, value: 0 }) as HTMLProgressElement;
  const what = doing === 'building' ? t('Building “{name}”…', { name }) : t('Opening “{name}”…', { name });
  bar.setAttribute('aria-label', what);
  const words = h('p', { textContent: what });
  const veil = h('div', { className: 'pv-building', role: 'status', tabIndex: -1 }, words, bar);
  const before = document.activeElement as HTMLElement | null;
  over.append(veil);
  veil.focus();
  return {
    share: (done) => void (bar.value = done),
    calculating: () => {
      words.textContent = t('Calculating “{name}”…', { name });
      bar.removeAttribute('value');
    },
    close: () => {
      veil.remove();
      if (before && document.activeElement === document.body) before.focus?.();
    },
  };
}
