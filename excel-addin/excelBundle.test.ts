import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../core';

const dist = join(__dirname, '../dist/excel');

describe('the Excel add-in bundle', () => {
  const metadata = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8'));

  it('declares every catalogue function in functions.json, with its parameters in order', () => {
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual(CATALOGUE.map((fn) => fn.name));
    for (const fn of CATALOGUE) {
      const entry = metadata.functions.find((f: { id: string }) => f.id === fn.name);
      expect(entry.description).toBe(fn.summary);
      expect(entry.parameters.map((p: { name: string }) => p.name)).toEqual(fn.params.map((p) => p.name));
      expect(entry.parameters.map((p: { optional?: boolean }) => p.optional === true)).toEqual(fn.params.map((p) => p.optional === true));
    }
  });

  it('declares the functions that return a table as spilling (matrix) results', () => {
    for (const fn of CATALOGUE) {
      const entry = metadata.functions.find((f: { id: string }) => f.id === fn.name);
      expect(entry.result?.dimensionality === 'matrix').toBe(fn.returns.shape === 'table');
    }
  });

  it('associates every function id with its implementation', () => {
    const script = readFileSync(join(dist, 'functions.js'), 'utf8');
    for (const fn of CATALOGUE) expect(script).toContain(`CustomFunctions.associate("${fn.name}"`);
  });

  it('loads the functions and the task pane in one shared-runtime page', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/office\.js/);
    expect(html).toMatch(/functions\.js/);
    expect(html).toMatch(/taskpane\.js/);
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SALES"\/>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  it('keeps HyperFormula (GPL) out of the bundle', () => {
    for (const file of ['functions.js', 'taskpane.js']) expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(/Handsoncode|licenseKey|gpl-v3/i);
  });
});
