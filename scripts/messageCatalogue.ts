/**
 * The source messages of the whole product: those in the code (`t('…')`, `msg('…')`) and the
 * function catalogue's words (title, summary, description, argument help, returns, errors, examples'
 * notes). `npm run messages` prints, for each language, what its catalogue lacks and what it holds
 * that nothing uses; `--missing vi` prints the lacking ones as JSON, ready to translate.
 */
import { join } from 'node:path';
import { CATALOGUE, defaultInWords } from '../core';
import { CATALOGUES } from '../core/kit/i18n/catalogues';
import { sourceMessages } from './sourceMessages';

/**
 * Every catalogue function's words a user reads, in the pane's gallery and in Excel's autocomplete.
 *
 * @example
 * functionMessages().includes('The win rate, a fraction between 0 and 1.') //=> true
 */
export function functionMessages(): string[] {
  return CATALOGUE.flatMap((fn) => [
    fn.title,
    fn.summary,
    fn.description,
    fn.returns.description,
    ...fn.params.flatMap((p) => [p.description, ...(p.defaultText && defaultInWords(p.defaultText) ? [p.defaultText] : [])]),
    ...fn.errors.map((e) => e.when),
    ...fn.examples.map((e) => e.note),
  ]);
}

/**
 * The placeholders of a message, sorted: a translation must keep the same ones.
 *
 * @example
 * placeholdersOf('{source}: {count} lines') //=> ['count', 'source']
 */
export const placeholdersOf = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Every source message, once: the code's and the function catalogue's.
 *
 * @example
 * allSourceMessages().has('Next →') //=> true
 */
export function allSourceMessages(root = join(__dirname, '..')): Set<string> {
  return new Set([...sourceMessages(root).messages.keys(), ...functionMessages()]);
}

if (require.main === module) {
  const all = allSourceMessages();
  const missingFor = process.argv.includes('--missing') ? process.argv[process.argv.indexOf('--missing') + 1] : undefined;
  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    const missing = [...all].filter((m) => !(m in catalogue));
    const unused = Object.keys(catalogue).filter((m) => !all.has(m));
    if (missingFor === language) {
      console.log(JSON.stringify(missing, null, 1));
      continue;
    }
    if (!missingFor)
      console.log(
        `${language}: ${all.size - missing.length}/${all.size} translated, ${missing.length} missing, ${unused.length} unused${unused.length ? `: ${JSON.stringify(unused.slice(0, 10))}` : ''}`,
      );
  }
}
