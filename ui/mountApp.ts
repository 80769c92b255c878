import { h } from './dom';
import { Host, UiSettings } from './host';
import { PANES, paneToOpen } from './panes';
import { LANGUAGES, saveLanguageChoice, speak, startingLanguage, t, uiLanguage } from './i18n';
import { Language } from '../core/kit/i18n';
import styles from './styles.css';

/** The switch in the pane's header: every language by its own name; a choice redraws the pane in it. */
function languageSwitch(onChoose: (language: Language) => void): HTMLElement {
  const select = h(
    'select',
    { className: 'sp-language', ariaLabel: t('Language') },
    ...LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code }, l.nativeName)),
  );
  select.value = uiLanguage();
  select.addEventListener('change', () => onChoose(select.value as Language));
  return select;
}

/** Draws the pane in the current language: header with the switch, tabs, and the open tab. */
async function drawApp(root: HTMLElement, host: Host, settings: UiSettings): Promise<void> {
  const body = h('div', { className: 'sp-body' });
  const nav = h('nav', { className: 'sp-tabs', ariaLabel: t('Sales Planner') });
  // Each showing reads what is stored now: another part may have saved since the pane opened.
  const show = async (tab: string) => {
    const settings = await host.loadSettings().catch((): UiSettings => ({}));
    const pane = paneToOpen(tab);
    [...nav.children].forEach((b) => b.setAttribute('aria-selected', String((b as HTMLElement).dataset.tab === pane.id)));
    pane.render(body, host, settings);
    void host.saveSettings({ activeTab: pane.id }).catch(() => undefined);
  };
  for (const { id, label } of PANES) {
    const button = h('button', { type: 'button', className: 'sp-tab', dataset: { tab: id }, onclick: () => void show(id) }, t(label));
    button.setAttribute('role', 'tab');
    nav.append(button);
  }
  const choose = async (language: Language) => {
    saveLanguageChoice(language);
    await speak(language);
    await drawApp(root, host, await host.loadSettings().catch((): UiSettings => ({})));
  };
  const header = h(
    'header',
    { className: 'sp-header' },
    h(
      'div',
      { className: 'sp-title' },
      h('h1', {}, t('Sales Planner')),
      languageSwitch((language) => void choose(language)),
    ),
    h('p', {}, t('Sales KPIs and plans for your sheet')),
  );
  const notices = (host.notices?.() ?? []).map((notice) => h('p', { className: 'sp-warn', role: 'alert' }, t(notice)));
  root.replaceChildren(header, ...notices, nav, body);
  await show(paneToOpen(settings.activeTab).id);
}

/**
 * Starts the shared UI in `root` for a host: the same code runs in the Excel task pane, the Sheets
 * sidebar and the preview. Its tabs come from one registry (panes.ts): the gallery, then the wizards.
 * It speaks the user's chosen language, else the host's own (Excel's display language, the Google
 * account's locale, the browser's language), and writes plan sheets in it.
 */
export async function mountApp(root: HTMLElement, host: Host): Promise<void> {
  if (!document.getElementById('sp-styles')) {
    const style = document.createElement('style');
    style.id = 'sp-styles';
    style.textContent = styles;
    document.head.append(style);
  }
  root.classList.add('sp-app');
  await speak(startingLanguage(await host.displayLanguage().catch(() => undefined)));
  // Each part saves only its own keys (the host merges them into what is stored), so the parts get
  // the host itself: no wrapper that a method added to the port could be forgotten in.
  const settings: UiSettings = await host.loadSettings().catch(() => ({}));
  await drawApp(root, host, settings);
}
