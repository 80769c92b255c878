import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../core';
import { SERVER_API_NAMES } from './src/serverApi';
import { messagesFile } from './src/sidebarMessages';
import { CATALOGUES } from '../core/kit/i18n/catalogues';
import vm from 'node:vm';
import { loadAppsScript, zonedMidnight } from '../tests/harness/appsScript';

const dist = join(__dirname, '../dist/sheets');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

describe('the pushed Apps Script project', () => {
  it.each(CATALOGUE.map((fn) => [fn.name, fn] as const))(
    'declares %s as a top-level function with its JSDoc and @customfunction right above it',
    (name, fn) => {
      const match = code.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(`));
      expect(match).not.toBeNull();
      const doc = match![1];
      expect(doc).toContain(fn.summary.slice(0, 30));
      expect(doc).toContain('@customfunction');
      for (const param of fn.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${param.name} `));
      expect(doc).toContain('@return');
    },
  );

  it('leaves the catalogue prose out of the code Sheets evaluates before each call (only the JSDoc carries it)', () => {
    const bundle = code.slice(0, code.indexOf('// GENERATED'));
    const prose = CATALOGUE.flatMap((fn) => [
      fn.summary,
      fn.description.slice(0, 40),
      fn.returns.description,
      ...fn.params.map((param) => param.description),
      ...fn.examples.map((example) => example.note),
    ]);
    expect(prose.filter((text) => bundle.includes(text))).toEqual([]);
  });

  it('minifies the bundle ahead of the generated functions (one long line, no comments)', () => {
    const [bundle, stubs] = code.split('// GENERATED');
    expect(bundle.trim().split('\n')).toHaveLength(1);
    expect(bundle).not.toContain('/**');
    // 72 functions and seven plan builders: about 1.5 KB a function (108 KB at 72; 100 KB held 60 and
    // five). A budget to raise on purpose, not by accident: a function or a plan that takes much more shows here.
    expect(bundle.length).toBeLessThan(125_000);
    expect(stubs).toContain('@customfunction');
  });

  it('asks only for the current spreadsheet and the sidebar', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('ships one self-contained Sidebar.html, with no script or stylesheet to fetch', () => {
    const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).toContain('google.script.run');
    expect(html).toContain('Sales Planner');
  });

  it("keeps the sidebar lean: no language's messages in it, each in a project file of its own", () => {
    const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    // 863 KB when every language was inlined; 306 KB with five wizards and 60 functions, 400 KB with seven and 72,
    // 467 KB with nine (Goals, Price and offers) (the gallery carries each function's English docs), 501 KB
    // with BASELINE's estimated start (the sales plan's pane forecasts with it) and the plan's labelled months.
    // Raised on purpose; a language inlined again is caught below by its words.
    expect(Buffer.byteLength(html)).toBeLessThan(520_000);
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      const translation = catalogue['Next →'];
      expect(html).not.toContain(translation);
      const file = join(dist, `${messagesFile(language as keyof typeof CATALOGUES)}.html`);
      expect(JSON.parse(readFileSync(file, 'utf8'))['Next →']).toBe(translation);
    }
  });

  it("gives the sidebar one language's messages on request, read raw from its file", () => {
    const { context, calls } = loadAppsScript();
    const messages = JSON.parse(context.sidebarMessages('zh-CN') as string) as Record<string, string>;
    expect(messages).toEqual(CATALOGUES['zh-CN']);
    expect(calls.filter((c) => c.service === 'HtmlService')).toEqual([{ service: 'HtmlService', method: 'createTemplateFromFile', args: ['Messages_zh_CN'] }]);
  });

  it('refuses a language it has no messages for, rather than reading an arbitrary file', () => {
    const { context } = loadAppsScript();
    expect(() => context.sidebarMessages('Sidebar')).toThrow('No messages for the language "Sidebar".');
    expect(() => context.sidebarMessages('en')).toThrow('No messages');
  });

  it('keeps HyperFormula (GPL) out of the bundle', () => {
    expect(code).not.toMatch(/Handsoncode|licenseKey|gpl-v3/i);
    expect(readFileSync(join(dist, 'Sidebar.html'), 'utf8')).not.toMatch(/Handsoncode|licenseKey|gpl-v3/i);
  });

  it('exposes every server function the sidebar calls as a top-level function', () => {
    const { context } = loadAppsScript();
    for (const name of SERVER_API_NAMES) expect(typeof context[name]).toBe('function');
  });
});

describe('the Sheets add-on at run time', () => {
  it('adds an add-on menu that opens the sidebar when the file opens', () => {
    const { context, calls } = loadAppsScript();
    context.onOpen({ authMode: 'LIMITED' });
    expect(calls).toContainEqual({ service: 'Menu', method: 'addItem', args: ['Open Sales Planner', 'showSidebar'] });
    expect(calls).toContainEqual({ service: 'Menu', method: 'addToUi', args: [] });
    expect(typeof context.showSidebar).toBe('function');
  });

  it.each([
    ['vi', 'Mở Sales Planner'],
    ['zh-CN', '打开 Sales Planner'],
    ['cy', 'Agor Sales Planner'],
    ['fr', 'Open Sales Planner'],
  ])("names the menu item in the user's language (%s)", (userLocale, label) => {
    const { context, calls } = loadAppsScript({ userLocale });
    context.onOpen({ authMode: 'LIMITED' });
    expect(calls).toContainEqual({ service: 'Menu', method: 'addItem', args: [label, 'showSidebar'] });
  });

  it("tells the sidebar the user's language", () => {
    const { context } = loadAppsScript({ userLocale: 'zh-CN' });
    expect(context.userLocale()).toBe('zh-CN');
  });

  it('adds the menu on install too, without reopening the file', () => {
    const { context, calls } = loadAppsScript();
    context.onInstall({});
    expect(calls.some((c) => c.method === 'addToUi')).toBe(true);
  });

  it('opens the sidebar from Sidebar.html', () => {
    const { context, calls } = loadAppsScript();
    context.showSidebar();
    expect(calls).toContainEqual({ service: 'HtmlService', method: 'createHtmlOutputFromFile', args: ['Sidebar'] });
    expect(calls.some((c) => c.service === 'Ui' && c.method === 'showSidebar')).toBe(true);
  });

  it('inserts a formula into an empty current cell with one write', () => {
    const { context, calls, cell } = loadAppsScript({ activeCell: { a1: 'K2', formula: '', display: '' } });
    expect(context.insertFormula('=WINRATE(F2:F201)', false)).toEqual({ status: 'inserted', address: 'K2' });
    expect(cell.formula).toBe('=WINRATE(F2:F201)');
    expect(calls.filter((c) => c.method === 'setFormula')).toHaveLength(1);
  });

  it('treats a cell whose value a number format hides as occupied, as Excel and the preview do', () => {
    const { context, cell } = loadAppsScript({ activeCell: { a1: 'C3', formula: '', display: '', value: 42 } });
    expect(context.insertFormula('=WINRATE(F2:F201)', false)).toEqual({ status: 'occupied', address: 'C3', current: '42' });
    expect(cell.formula).toBe('');
  });

  it('does not overwrite a cell that holds data unless asked', () => {
    const { context, cell } = loadAppsScript({ activeCell: { a1: 'B2', formula: '', display: 'Acme Ltd' } });
    expect(context.insertFormula('=WINRATE(F2:F201)', false)).toEqual({ status: 'occupied', address: 'B2', current: 'Acme Ltd' });
    expect(cell.formula).toBe('');
    expect(context.insertFormula('=WINRATE(F2:F201)', true)).toEqual({ status: 'inserted', address: 'B2' });
  });

  it("reads a scenario's input cells of a plan sheet in one block, blanks as null", () => {
    const cells = { 'Sales plan 2027': { B5: 1_000_000, B6: 0.1, B15: 'Sales team' } };
    const { context, calls } = loadAppsScript({ cells });
    expect(context.readCells('Sales plan 2027', ['B5', 'B6', 'B8', 'B15'])).toEqual([1_000_000, 0.1, null, 'Sales team']);
    expect(calls.filter((c) => c.method === 'getValues')).toHaveLength(1);
  });

  it('writes numbers as numbers, text as text (never a formula), and clears a blank', () => {
    const cells: Record<string, Record<string, unknown>> = { 'Sales plan 2027': { B5: 1, B8: 1000 } };
    const { context, calls } = loadAppsScript({ cells });
    context.writeCells('Sales plan 2027', ['B5', 'B15', 'B8'], [2_000_000, '=HYPERLINK("x")', null]);
    expect(cells['Sales plan 2027']).toEqual({ B5: 2_000_000, B15: '=HYPERLINK("x")' });
    expect(calls.filter((c) => c.method === 'setValue' || c.method === 'clearContent')).toHaveLength(3);
  });

  it('names a plan sheet that was renamed or deleted', () => {
    const { context } = loadAppsScript({ cells: {} });
    expect(() => context.readCells('Sales plan 2027', ['B5'])).toThrow('The sheet “Sales plan 2027” is no longer in the workbook.');
  });

  it('keeps the sidebar settings in the document properties, as plain JSON', () => {
    const { context } = loadAppsScript();
    expect(context.loadSettings()).toEqual({});
    context.saveSettings({ galleryQuery: 'growth', galleryOpen: 'REVGROWTH' });
    context.saveSettings({ activeTab: 'budget' });
    expect(context.loadSettings()).toEqual({ galleryQuery: 'growth', galleryOpen: 'REVGROWTH', activeTab: 'budget' });
  });

  it("is needed: the strict fake refuses one property value over 9 KB, as Google's quota does", () => {
    const { context } = loadAppsScript();
    const properties = (
      context.PropertiesService as unknown as { getDocumentProperties: () => { setProperty: (k: string, v: string) => void } }
    ).getDocumentProperties();
    expect(() => properties.setProperty('salesPlanner.ui', 'x'.repeat(9 * 1024 + 1))).toThrow(/9 KB/);
  });

  it("saves a large plan's answers in pieces under 9 KB each, and reads them back whole", () => {
    const { context, properties } = loadAppsScript();
    const children = Array.from({ length: 5000 }, (_, i) => ({ name: `Đại diện bán hàng ${i + 1}`, driver: i % 9, lock: null }));
    const state = JSON.stringify({ step: 2, answers: { children } });
    context.saveSettings({ salesPlanWizard: state, activeTab: 'salesPlan' });
    expect(Math.max(...[...properties.values()].map((v) => Buffer.byteLength(v)))).toBeLessThanOrEqual(9 * 1024);
    expect(context.loadSettings()).toEqual({ salesPlanWizard: state, activeTab: 'salesPlan' });
    // A shorter save leaves no stale piece behind.
    context.saveSettings({ salesPlanWizard: '{}' });
    expect(context.loadSettings()).toEqual({ salesPlanWizard: '{}', activeTab: 'salesPlan' });
    expect([...properties.keys()].filter((k) => k.startsWith('salesPlanner.ui.')).length).toBe(2);
  });

  it('reads settings saved by earlier versions in one property', () => {
    const { context, properties } = loadAppsScript();
    properties.set('salesPlanner.ui', JSON.stringify({ activeTab: 'leadScoring' }));
    expect(context.loadSettings()).toEqual({ activeTab: 'leadScoring' });
  });

  it("saves under the document's lock, so two saves at once never write back each other's loss, and lets it go even when a save fails", () => {
    const { context, calls } = loadAppsScript();
    context.saveSettings({ activeTab: 'budget' });
    expect(() => context.saveSettings({ huge: 'x'.repeat(600_000) })).toThrow(/500 KB/);
    const order = calls.filter((c) => c.service === 'Lock' || c.method === 'getProperties' || c.method === 'setProperties').map((c) => c.method);
    expect(order).toEqual(['tryLock', 'getProperties', 'setProperties', 'releaseLock', 'tryLock', 'getProperties', 'releaseLock']);
  });

  it('says so, and writes nothing, when another save holds the document for longer than it waits', () => {
    const { context, calls } = loadAppsScript({ lockHeldElsewhere: true });
    expect(() => context.saveSettings({ activeTab: 'budget' })).toThrow(
      'Another save of this document is still running: nothing was saved. Try again in a moment.',
    );
    expect(calls.filter((c) => c.method === 'setProperties' || c.method === 'releaseLock')).toEqual([]);
  });

  it('says, and keeps what was saved, when settings would pass the 500 KB store quota', () => {
    const { context } = loadAppsScript();
    context.saveSettings({ activeTab: 'budget' });
    expect(() => context.saveSettings({ huge: 'x'.repeat(600_000) })).toThrow(/500 KB.*nothing was saved/);
    expect(context.loadSettings()).toEqual({ activeTab: 'budget' });
  });

  it('shows an error in the cell as its name and the reason', () => {
    const { context } = loadAppsScript();
    expect(() => context.WINRATE([['Open'], ['Open']])).toThrow('#DIV/0! no won or lost deals (no cell reads "Won" or "Lost")');
  });

  it('says the limit, rather than running past the 30 s Sheets gives, for a tour of more places than VISITORDER orders within a second', () => {
    const { context } = loadAppsScript();
    const places = Array.from({ length: 401 }, (_, i) => [50 + i / 1000]);
    expect(() => context.VISITORDER(places, places)).toThrow('#NUM! latitudes holds 401 cells of data; VISITORDER takes at most 400');
  });

  it('reads Date objects in a range as the dates they show', () => {
    const { context } = loadAppsScript({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    // A Date in a total range is a number (its serial), so it adds up like Excel's serials do.
    expect(context.REVGROWTH([[new Date(2024, 0, 31)], [1]], 45323)).toBeCloseTo(0, 9);
  });

  describe("in a spreadsheet whose time zone is not the script's (Etc/UTC)", () => {
    const scriptZone = process.env.TZ;
    beforeAll(() => (process.env.TZ = 'Etc/UTC'));
    afterAll(() => (process.env.TZ = scriptZone));

    it.each([
      ['Asia/Ho_Chi_Minh', '2024-02-01', 45323],
      ['Asia/Shanghai', '2024-02-01', 45323],
      ['America/New_York', '2024-02-01', 45323],
      ['America/New_York', '2024-03-10', 45361],
      ['America/New_York', '2024-03-11', 45362],
      ['Europe/London', '2024-10-27', 45592],
    ])('in %s a date cell of %s is read as that day (serial %i)', (timeZone, day, serial) => {
      const { context } = loadAppsScript({ timeZone });
      const cellValue = vm.runInContext(`new Date(${zonedMidnight(day, timeZone)})`, context as never);
      // REVGROWTH(x, serial) is 0 exactly when the date reads as that serial.
      expect(context.REVGROWTH([[cellValue]], serial)).toBe(0);
    });

    it("reads the selected dates in the spreadsheet's zone too, as serials, as Excel gives them", () => {
      const { context } = loadAppsScript({ timeZone: 'Asia/Ho_Chi_Minh', data: [['Close date'], [{ date: '2024-02-01' }]], selected: 'A1:A2' });
      expect(context.readSelection()).toEqual({ sheet: 'Sheet1', address: 'A1:A2', values: [['Close date'], [45323]] });
    });
  });
});
