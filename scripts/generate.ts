/**
 * Writes every file derived from the function catalogue (and the preview's sample data); with
 * `--check`, writes nothing and fails when a committed file differs from what it would write.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GeneratedFile } from './generators/common';
import { generateExcelFunctions } from './generators/excel';
import { generateSheetsGlobals } from './generators/sheets';
import { generateHyperFormulaPlugin } from './generators/hyperformula';
import { generateFunctionDocs } from './generators/docs';
import { generateSampleOpportunities } from './generators/sample';
import { generateSampleLeads } from './generators/leads';
import { generateSampleMarketing } from './generators/marketing';
import { generateSampleAccounts } from './generators/accounts';
import { generateSamplePipeline } from './generators/pipeline';
import { generateMenuMessages } from './generators/menuMessages';
import { generateExcelLocales } from './generators/excelLocales';
import { generateManifest } from './generators/manifest';
import { generateErrorReasons } from './generators/errorReasons';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');

function differs(file: GeneratedFile): boolean {
  const path = join(root, file.path);
  return !existsSync(path) || readFileSync(path, 'utf8') !== file.content;
}

function write(file: GeneratedFile): void {
  const path = join(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
}

async function main(): Promise<void> {
  // The plugin and the sample come first: the docs evaluate their examples with them.
  const early = [
    generateSampleOpportunities(),
    generateSampleLeads(),
    generateSampleMarketing(),
    generateSampleAccounts(),
    generateSamplePipeline(),
    generateHyperFormulaPlugin(),
  ];
  const stale: string[] = [];
  for (const file of early) {
    if (!differs(file)) continue;
    stale.push(file.path);
    if (!check) write(file);
  }
  const { evaluateExample } = await import('./evaluateExample');
  const rest = [
    generateExcelFunctions(),
    generateSheetsGlobals(),
    generateFunctionDocs(evaluateExample),
    generateMenuMessages(),
    generateManifest(root),
    generateErrorReasons(root),
  ];
  for (const file of rest) {
    if (!differs(file)) continue;
    stale.push(file.path);
    if (!check) write(file);
  }
  // Read after the wrappers are written: the localized metadata comes from the same wrappers as functions.json.
  for (const file of await generateExcelLocales(root)) {
    if (!differs(file)) continue;
    stale.push(file.path);
    if (!check) write(file);
  }
  if (check && stale.length > 0) {
    console.error(`Generated files are stale; run \`npm run generate\` and commit:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(check ? 'Generated files are up to date.' : stale.length ? `Wrote ${stale.join(', ')}` : 'Nothing to write.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
