/**
 * Registering a function cannot be half done: every `defineFunction` under core/functions is in the
 * catalogue (so every host and the docs get it), by the name it declares, and has a case table of at
 * least 8 cases in allCases.ts (so the parity tests run it through every host).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CASES_BY_FUNCTION } from '../../core/functions/allCases';
import { CATALOGUE } from '../../core/functions/catalogue';

const FUNCTIONS = join(__dirname, '..', '..', 'core', 'functions');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|cases)\.ts$/.test(name) ? [path] : [];
  });
}

/** The names declared with defineFunction in core/functions, as written in the declarations. */
const declared = sourceFiles(FUNCTIONS).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/export const (\w+) = defineFunction\(\{\s*name: '(\w+)'/g)].map(([, constant, name]) => ({ constant, name, file })),
);
const registered = new Set(CATALOGUE.map((fn) => fn.name));

describe('the function registry', () => {
  it('finds the declarations it checks', () => {
    expect(declared.length).toBeGreaterThanOrEqual(60);
  });

  it.each(declared.map((d) => [d.name, d] as const))('lists %s in CATALOGUE, under the name it is exported as', (name, d) => {
    expect(d.constant).toBe(name);
    expect(registered.has(name)).toBe(true);
  });

  it('declares every catalogue function in core/functions, once', () => {
    expect(declared.map((d) => d.name).sort()).toEqual([...registered].sort());
  });

  it.each(CATALOGUE.map((fn) => [fn.name] as const))('gives %s a case table of at least 8 cases', (name) => {
    expect(CASES_BY_FUNCTION[name]?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('has no case table for a function the catalogue does not list', () => {
    expect(Object.keys(CASES_BY_FUNCTION).filter((name) => !registered.has(name))).toEqual([]);
  });
});
