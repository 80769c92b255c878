import { h } from './dom';
import { Host, UiSettings } from './host';
import { PANES, paneToOpen } from './panes';
import styles from './styles.css';

/**
 * Starts the shared UI in `root` for a host: the same code runs in the Excel task pane, the Sheets
 * sidebar and the preview. Its tabs come from one registry (panes.ts): the gallery, then the wizards.
 */
export async function mountApp(root: HTMLElement, host: Host): Promise<void> {
  if (!document.getElementById('sp-styles')) {
    const style = document.createElement('style');
    style.id = 'sp-styles';
    style.textContent = styles;
    document.head.append(style);
  }
  root.classList.add('sp-app');
  // Each part saves only its own keys (the host merges them into what is stored), so the parts get
  // the host itself: no wrapper that a method added to the port could be forgotten in.
  const settings: UiSettings = await host.loadSettings().catch(() => ({}));
  const body = h('div', { className: 'sp-body' });
  const nav = h('nav', { className: 'sp-tabs', ariaLabel: 'Sales Planner' });
  // Each showing reads what is stored now: another part may have saved since the pane opened.
  const show = async (tab: string) => {
    const settings = await host.loadSettings().catch((): UiSettings => ({}));
    const pane = paneToOpen(tab);
    [...nav.children].forEach((b) => b.setAttribute('aria-selected', String((b as HTMLElement).dataset.tab === pane.id)));
    pane.render(body, host, settings);
    void host.saveSettings({ activeTab: pane.id }).catch(() => undefined);
  };
  for (const { id, label } of PANES) {
    const button = h('button', { type: 'button', className: 'sp-tab', dataset: { tab: id }, onclick: () => void show(id) }, label);
    button.setAttribute('role', 'tab');
    nav.append(button);
  }
  root.replaceChildren(h('header', { className: 'sp-header' }, h('h1', {}, 'Sales Planner'), h('p', {}, 'Sales KPIs and plans for your sheet')), nav, body);
  await show(paneToOpen(settings.activeTab).id);
}
