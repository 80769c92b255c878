/**
 * @jest-environment jsdom
 */
import { Host, UiSettings } from './host';
import { setUiLanguage } from './i18n';
import { mountApp } from './mountApp';
import '../core/kit/i18n/catalogues';

/** A host with a settings store the test reads, speaking `language`. */
function fakeHost(language = 'en', stored: UiSettings = {}, loadFails = false): Host & { stored: UiSettings } {
  const host = {
    stored: { ...stored },
    kind: 'preview' as const,
    functionPrefix: '',
    insertFormula: async () => ({ status: 'inserted' as const, address: 'A1' }),
    loadSettings: async () => {
      if (loadFails) throw new Error('Settings are not available.');
      return { ...host.stored };
    },
    saveSettings: async (change: UiSettings) => {
      host.stored = { ...host.stored, ...change };
    },
    readSelection: async () => ({ address: 'A1', values: [] }),
    readCells: async () => [],
    writeCells: async () => undefined,
    renderPlan: async () => ({ sheetNames: [] }),
    displayLanguage: async () => language,
  };
  return host;
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const tabs = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.sp-tab')];

describe('the pane, mounted', () => {
  afterEach(() => {
    setUiLanguage('en');
    localStorage.clear();
  });

  it("speaks the host's language, lists its tabs in order, and opens the tab last used", async () => {
    const root = document.createElement('div');
    await mountApp(root, fakeHost('vi-VN', { activeTab: 'budget' }));
    expect(root.querySelector('h1')?.textContent).toBe('Sales Planner');
    expect(tabs(root).map((tab) => tab.dataset.tab)).toEqual([
      'functions',
      'salesPlan',
      'leadScoring',
      'budget',
      'fieldPlan',
      'evaluation',
      'incentivePlan',
      'salesBudget',
      'goals',
      'priceOffers',
      'scenarios',
    ]);
    expect(tabs(root)[1].textContent).toBe('Kế hoạch doanh số');
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-tab')).toBe('budget');
    expect(root.querySelector('.sp-body h2')?.textContent).toMatch(/^1\. /);
  });

  it('opens a tab when it is clicked, and remembers it in the document', async () => {
    const root = document.createElement('div');
    const host = fakeHost();
    await mountApp(root, host);
    tabs(root)[4].click();
    await flush();
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-tab')).toBe('fieldPlan');
    expect(host.stored.activeTab).toBe('fieldPlan');
  });

  it('still opens, on the functions, when the document cannot give its settings', async () => {
    const root = document.createElement('div');
    await mountApp(root, fakeHost('en', {}, true));
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-tab')).toBe('functions');
  });

  it('redraws itself in the language chosen in its switch, keeping the tab open', async () => {
    const root = document.createElement('div');
    await mountApp(root, fakeHost('en', { activeTab: 'salesPlan' }));
    const languages = root.querySelector<HTMLSelectElement>('.sp-language')!;
    languages.value = 'cy';
    languages.dispatchEvent(new Event('change'));
    await flush();
    await flush();
    expect(tabs(root)[0].textContent).not.toBe('Functions');
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-tab')).toBe('salesPlan');
  });
});
