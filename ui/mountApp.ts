import { h } from './dom';
import { renderGallery } from './gallery';
import { Host, UiSettings } from './host';
import { renderTargetsWizard } from './targets/targetsWizard';
import styles from './styles.css';

const TABS = [
  ['functions', 'Functions'],
  ['targets', 'Sales targets'],
] as const;

/**
 * Starts the shared UI in `root` for a host: the same code runs in the Excel task pane, the Sheets
 * sidebar and the preview. Two tabs: the function gallery and the sales-targets wizard.
 */
export async function mountApp(root: HTMLElement, host: Host): Promise<void> {
  if (!document.getElementById('sp-styles')) {
    const style = document.createElement('style');
    style.id = 'sp-styles';
    style.textContent = styles;
    document.head.append(style);
  }
  root.classList.add('sp-app');
  let settings: UiSettings = await host.loadSettings().catch(() => ({}));
  // Every part saves through here, so one part's save never drops another's settings.
  const sharedHost: Host = {
    ...host,
    kind: host.kind,
    functionPrefix: host.functionPrefix,
    insertFormula: (f, o) => host.insertFormula(f, o),
    readSelection: () => host.readSelection(),
    renderPlan: (p) => host.renderPlan(p),
    loadSettings: async () => settings,
    saveSettings: async (next) => {
      settings = { ...settings, ...next };
      await host.saveSettings(settings);
    },
  };
  const body = h('div', { className: 'sp-body' });
  const nav = h('nav', { className: 'sp-tabs', ariaLabel: 'Sales Planner' });
  const show = (tab: string) => {
    [...nav.children].forEach((b) => b.setAttribute('aria-selected', String((b as HTMLElement).dataset.tab === tab)));
    if (tab === 'targets') renderTargetsWizard(body, sharedHost, settings);
    else renderGallery(body, sharedHost, settings);
    void sharedHost.saveSettings({ activeTab: tab }).catch(() => undefined);
  };
  for (const [id, label] of TABS) {
    const button = h('button', { type: 'button', className: 'sp-tab', dataset: { tab: id }, onclick: () => show(id) }, label);
    button.setAttribute('role', 'tab');
    nav.append(button);
  }
  root.replaceChildren(h('header', { className: 'sp-header' }, h('h1', {}, 'Sales Planner'), h('p', {}, 'Sales KPIs and plans for your sheet')), nav, body);
  show(settings.activeTab === 'targets' ? 'targets' : 'functions');
}
