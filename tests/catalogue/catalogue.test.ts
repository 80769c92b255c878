import { HyperFormula } from 'hyperformula';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../../core';
import { SalesPlannerPlugin } from '../../preview/src/hyperformula/plugin.generated';
import { BUILT_IN_NAMES_BEYOND_HYPERFORMULA } from './builtInFunctionNames';

describe('the function catalogue', () => {
  // HyperFormula's own (Excel's) names: every plugin's but ours (another test file in this process
  // may have registered it), read from the plugins too in case ours had taken one of their names.
  const theirs = HyperFormula.getAllFunctionPlugins().filter((plugin) => plugin !== SalesPlannerPlugin);
  const builtIn = new Set([
    ...HyperFormula.getRegisteredFunctionNames('enGB').filter((name) => HyperFormula.getFunctionPlugin(name) !== SalesPlannerPlugin),
    ...theirs.flatMap((plugin) => [...Object.keys(plugin.implementedFunctions), ...Object.keys(plugin.aliases ?? {})]),
    ...BUILT_IN_NAMES_BEYOND_HYPERFORMULA,
  ]);

  it.each(CATALOGUE.map((fn) => [fn.name] as const))('names %s with a name no spreadsheet already uses', (name) => {
    expect(builtIn.has(name)).toBe(false);
    expect(name).toMatch(/^[A-Z][A-Z0-9]*$/);
  });

  it('names each function once', () => {
    expect(new Set(CATALOGUE.map((fn) => fn.name)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((fn) => [fn.name, fn] as const))('documents %s fully', (_name, fn) => {
    expect(fn.summary.length).toBeGreaterThan(10);
    expect(fn.description.length).toBeGreaterThan(fn.summary.length);
    expect(fn.examples.length).toBeGreaterThanOrEqual(2);
    expect(fn.errors.length).toBeGreaterThanOrEqual(1);
    for (const p of fn.params) expect(p.description.length).toBeGreaterThan(5);
    // Optional parameters come last, as every spreadsheet requires.
    const firstOptional = fn.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(fn.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  // The build writes these files, so the fast loop (which needs a build) leaves this check to `npm test`:
  // it starts a tsx process that evaluates every documented example (6 s of the loop's minute).
  const fullLoopOnly = process.env.TEST_LOOP === 'fast' ? it.skip : it;
  fullLoopOnly('has its generated files up to date', () => {
    const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/generate.ts', '--check'], {
      cwd: join(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(result.stderr + result.stdout).toContain('Generated files are up to date.');
    expect(result.status).toBe(0);
  });
});

describe('the documented examples', () => {
  it.each(CATALOGUE.flatMap((fn) => fn.examples.map((e) => [fn.name, e.formula] as const)))(
    '%s: %s evaluates on the sample workbook',
    async (name, formula) => {
      const { evaluateExample } = await import('../../scripts/evaluateExample');
      const shown = evaluateExample(formula);
      // A table spills: check its cells; one value: check it.
      for (const cell of Array.isArray(shown) ? shown.flat() : [shown]) expect(cell).not.toMatch(/^#(NAME\?|ERROR!|REF!|SPILL!)/);
      const text = CATALOGUE.find((fn) => fn.name === name)?.returns.format === 'text';
      if (typeof shown === 'string' && !/#/.test(shown) && !text) expect(Number.isFinite(Number(shown))).toBe(true);
    },
  );
});

describe('the functions guide for managers', () => {
  it('lists every catalogue function', () => {
    const readme = readFileSync(join(__dirname, '../../docs/functionsGuide.md'), 'utf8') as string;
    for (const fn of CATALOGUE) expect(readme).toContain(`\`${fn.name}(`);
  });
});
