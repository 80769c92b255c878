import { CatalogueFunction } from '../core';

function haystack(fn: CatalogueFunction): string {
  return [fn.name, fn.summary, fn.description, ...fn.params.map((p) => `${p.name} ${p.description}`)].join(' ').toLowerCase();
}

/**
 * The functions that match every word of the query, in name, summary, description or arguments;
 * those whose name starts with the query first.
 *
 * @example
 * searchFunctions(CATALOGUE, 'win rate').map((fn) => fn.name) //=> ['WINRATE', 'CLOSERATE']
 */
export function searchFunctions(catalogue: readonly CatalogueFunction[], query: string): CatalogueFunction[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...catalogue];
  const compact = words.join('');
  const matches = catalogue.filter((fn) => {
    const text = haystack(fn);
    return fn.name.toLowerCase().includes(compact) || words.every((word) => text.includes(word));
  });
  const byName = (fn: CatalogueFunction) => (fn.name.toLowerCase().startsWith(compact) ? 0 : 1);
  return matches.sort((a, b) => byName(a) - byName(b));
}
