/**
 * Adds translations to, or removes messages from, the three catalogues, writing each file again
 * whole (Prettier formats it after). For translators and for the session adding messages:
 *   npx tsx scripts/editCatalogue.ts add new.json    ([{ "src": "…", "vi": "…", "zh": "…", "cy": "…" }])
 *   npx tsx scripts/editCatalogue.ts remove stale.txt (one English message a line)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CY } from '../core/kit/i18n/catalogue/cy';
import { VI } from '../core/kit/i18n/catalogue/vi';
import { ZH_CN } from '../core/kit/i18n/catalogue/zhCN';

const FILES = [
  { file: 'vi.ts', name: 'VI', key: 'vi', catalogue: VI },
  { file: 'zhCN.ts', name: 'ZH_CN', key: 'zh', catalogue: ZH_CN },
  { file: 'cy.ts', name: 'CY', key: 'cy', catalogue: CY },
] as const;
const folder = join(__dirname, '..', 'core', 'kit', 'i18n', 'catalogue');
const literal = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const [command, path] = process.argv.slice(2);
for (const { file, name, key, catalogue } of FILES) {
  const entries = new Map(Object.entries(catalogue));
  if (command === 'add') for (const item of JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>[]) entries.set(item.src, item[key]);
  else if (command === 'remove') for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) entries.delete(line);
  else throw new Error('usage: editCatalogue.ts add FILE.json | remove FILE.txt');
  const text = readFileSync(join(folder, file), 'utf8');
  // Everything up to the object's opening brace, as written (its comment and type).
  const head = text.slice(0, text.indexOf('{', text.indexOf(`export const ${name}`)) + 1);
  const body = [...entries].map(([source, translated]) => `  ${literal(source)}: ${literal(translated)},`).join('\n');
  writeFileSync(join(folder, file), `${head}\n${body}\n};\n`);
}
