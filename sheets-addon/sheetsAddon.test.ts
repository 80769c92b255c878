import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../core';
import { SERVER_API_NAMES } from './src/serverApi';
import { loadAppsScript } from '../tests/harness/appsScript';

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
    // 60 functions and their plan builders: about 1.4 KB a function. A budget to raise on purpose, not by accident.
    expect(bundle.length).toBeLessThan(100_000);
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
  ])('names the menu item in the user\'s language (%s)', (userLocale, label) => {
    const { context, calls } = loadAppsScript({ userLocale });
    context.onOpen({ authMode: 'LIMITED' });
    expect(calls).toContainEqual({ service: 'Menu', method: 'addItem', args: [label, 'showSidebar'] });
  });

  it('tells the sidebar the user\'s language', () => {
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

  it('keeps the sidebar settings in the document properties, as plain JSON', () => {
    const { context, properties } = loadAppsScript();
    expect(context.loadSettings()).toEqual({});
    context.saveSettings({ galleryQuery: 'growth', galleryOpen: 'REVGROWTH' });
    expect(JSON.parse(properties.get('salesPlanner.ui')!)).toEqual({ galleryQuery: 'growth', galleryOpen: 'REVGROWTH' });
    expect(context.loadSettings()).toEqual({ galleryQuery: 'growth', galleryOpen: 'REVGROWTH' });
  });

  it('shows an error in the cell as its name and the reason', () => {
    const { context } = loadAppsScript();
    expect(() => context.WINRATE([['Open'], ['Open']])).toThrow('#DIV/0! no won or lost deals (no cell reads "Won" or "Lost")');
  });

  it('reads Date objects in a range as the dates they show', () => {
    const { context } = loadAppsScript();
    // A Date in a total range is a number (its serial), so it adds up like Excel's serials do.
    expect(context.REVGROWTH([[new Date(2024, 0, 31)], [1]], 45323)).toBeCloseTo(0, 9);
  });
});
