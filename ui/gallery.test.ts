/**
 * @jest-environment jsdom
 */
import { CATALOGUE } from '../core';
import { Host, InsertOutcome, UiSettings } from './host';
import { renderGallery } from './gallery';

/** A Host that records what the UI asks of it; the active cell holds `occupiedBy` when set. */
function fakeHost(prefix = '', occupiedBy = '') {
  const inserted: { formula: string; replace: boolean }[] = [];
  const saved: UiSettings[] = [];
  const host: Host = {
    kind: prefix ? 'excel' : 'preview',
    functionPrefix: prefix,
    async insertFormula(formula, { replace }): Promise<InsertOutcome> {
      if (occupiedBy && !replace) return { status: 'occupied', address: 'C3', current: occupiedBy };
      inserted.push({ formula, replace });
      return { status: 'inserted', address: 'C3' };
    },
    async loadSettings() {
      return {};
    },
    async displayLanguage() {
      return 'en-US';
    },
    async saveSettings(settings) {
      saved.push(settings);
    },
    async readSelection() {
      return { address: 'A1', values: [[null]] };
    },
    async renderPlan() {
      return { sheetNames: [] };
    },
    readCells: async () => [],
    writeCells: async () => undefined,
  };
  return { host, inserted, saved };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const names = (root: HTMLElement) => [...root.querySelectorAll('.sp-name')].map((e) => e.textContent);
const search = (root: HTMLElement, text: string) => {
  const input = root.querySelector<HTMLInputElement>('.sp-search')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
};
const open = (root: HTMLElement, name: string) => root.querySelector<HTMLButtonElement>(`.sp-item[data-fn="${name}"]`)!.click();

describe('the function gallery', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });

  it('lists every function, with the host prefix in Excel', () => {
    renderGallery(root, fakeHost('SALES.').host, {});
    expect(names(root)).toEqual(CATALOGUE.map((fn) => `SALES.${fn.name}`));
    expect(root.querySelector('.sp-count')!.textContent).toBe(`${CATALOGUE.length} functions`);
  });

  it('narrows the list as the user types, by name or by words', () => {
    renderGallery(root, fakeHost().host, {});
    search(root, 'revgr');
    expect(names(root)).toEqual(['REVGROWTH']);
    search(root, 'growth');
    expect(names(root)).toEqual(expect.arrayContaining(['REVGROWTH', 'CMGR']));
    search(root, 'win rate');
    expect(names(root)).toContain('WINRATE');
    search(root, 'zzz');
    expect(root.querySelector('.sp-empty')!.textContent).toBe(
      'No function matches “zzz”. Try words such as win rate, pipeline, quota, growth, churn or forecast.',
    );
  });

  it("shows the docs' code spans as code, never as raw backticks", () => {
    renderGallery(root, fakeHost().host, {});
    open(root, 'WINRATE');
    expect(root.querySelector('.sp-details')!.textContent).not.toContain('`');
    expect([...root.querySelectorAll('.sp-details p code')].map((c) => c.textContent)).toContain('outcomes');
  });

  it("shows a function's syntax, arguments and examples in the host's syntax", () => {
    renderGallery(root, fakeHost('SALES.').host, {});
    open(root, 'WINRATE');
    expect(root.querySelector('.sp-syntax')!.textContent).toBe('=SALES.WINRATE(outcomes, [won_label], [lost_label], [amounts], [no_decision_label])');
    expect(root.querySelector<HTMLInputElement>('.sp-formula')!.value).toBe('=SALES.WINRATE(F2:F201)');
    expect([...root.querySelectorAll('.sp-args dt code')].map((e) => e.textContent)).toEqual([
      'outcomes',
      'won_label',
      'lost_label',
      'amounts',
      'no_decision_label',
    ]);
  });

  it('inserts the formula into the active cell and says where', async () => {
    const { host, inserted } = fakeHost('SALES.');
    renderGallery(root, host, {});
    open(root, 'CLOSERATE');
    root.querySelector<HTMLButtonElement>('.sp-primary')!.click();
    await flush();
    expect(inserted).toEqual([{ formula: '=SALES.CLOSERATE(F2:F201)', replace: false }]);
    expect(root.querySelector('.sp-status')!.textContent).toBe('Inserted into C3.');
  });

  it('asks before replacing what a cell holds, showing it as text', async () => {
    const { host, inserted } = fakeHost('', '<img src=x onerror=alert(1)>');
    renderGallery(root, host, {});
    open(root, 'WINRATE');
    root.querySelector<HTMLButtonElement>('.sp-primary')!.click();
    await flush();
    const status = root.querySelector('.sp-status')!;
    expect(status.textContent).toContain('C3 already holds “<img src=x onerror=alert(1)>”. Replace it?');
    expect(status.querySelector('img')).toBeNull();
    expect(inserted).toEqual([]);
    [...status.querySelectorAll('button')].find((b) => b.textContent === 'Replace')!.click();
    await flush();
    expect(inserted).toEqual([{ formula: '=WINRATE(F2:F201)', replace: true }]);
  });

  it('refuses to insert something that is not a formula', async () => {
    const { host, inserted } = fakeHost();
    renderGallery(root, host, {});
    open(root, 'ATTAINMENT');
    root.querySelector<HTMLInputElement>('.sp-formula')!.value = 'ATTAINMENT(1,2)';
    root.querySelector<HTMLButtonElement>('.sp-primary')!.click();
    await flush();
    expect(inserted).toEqual([]);
    expect(root.querySelector('.sp-status')!.textContent).toBe('A formula starts with “=”.');
  });

  it('saves the search and the open function, and restores them', () => {
    const { host, saved } = fakeHost();
    renderGallery(root, host, {});
    search(root, 'quota');
    open(root, 'ATTAINMENT');
    expect(saved.at(-1)).toEqual({ galleryQuery: 'quota', galleryOpen: 'ATTAINMENT' });
    const again = document.createElement('div');
    renderGallery(again, host, saved.at(-1)!);
    expect(again.querySelector<HTMLInputElement>('.sp-search')!.value).toBe('quota');
    expect(again.querySelector('.sp-open .sp-name')!.textContent).toBe('ATTAINMENT');
  });
});

describe('the gallery without a search', () => {
  it('groups the functions under their categories', () => {
    const root = document.createElement('div');
    renderGallery(root, fakeHost().host, {});
    expect([...root.querySelectorAll('.sp-category')].map((e) => e.textContent)).toEqual([
      'KPIs',
      'Targets and quotas',
      'Lead scoring',
      'Budget allocation',
      'Field work and calls',
      'Evaluation',
      'Incentives and costs',
      'Forecast',
      'Price and offers',
    ]);
    search(root, 'cascade');
    expect(root.querySelectorAll('.sp-category')).toHaveLength(0);
  });
});
