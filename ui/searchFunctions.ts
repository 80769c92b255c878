import { CatalogueFunction } from '../core';
import { editDistance, slipsAllowed } from './textMatch';

interface Haystack {
  readonly text: string;
  readonly words: readonly string[];
}

/** Haystacks by translator (one per language) and function. */
const haystacks = new WeakMap<(text: string) => string, WeakMap<CatalogueFunction, Haystack>>();

/** A function's searchable text: name, title ("Win rate"), summary, description and arguments, in English and in the pane's language, in lower case. */
function haystack(fn: CatalogueFunction, translate: (text: string) => string): Haystack {
  const byFunction = haystacks.get(translate) ?? new WeakMap<CatalogueFunction, Haystack>();
  haystacks.set(translate, byFunction);
  let found = byFunction.get(fn);
  if (!found) {
    const texts = [fn.title, fn.summary, fn.description, ...fn.params.map((p) => `${p.name} ${p.description}`)];
    const text = [fn.name, ...texts, ...texts.map((x) => translate(x))].join(' ').toLowerCase();
    found = { text, words: [...new Set(text.split(WORD_BREAK).filter(Boolean))] };
    byFunction.set(fn, found);
  }
  return found;
}

/** What separates words in any language: anything but letters (with their accents) and digits. */
const WORD_BREAK = /[^\p{L}\p{M}\p{N}]+/u;

/** The words of a query; "%" reads as "rate" ("win%" is the win rate). */
export function queryWords(query: string): string[] {
  return query.toLowerCase().replace(/%/g, ' rate ').split(WORD_BREAK).filter(Boolean);
}

/** A query word is found as typed, or as a word of the text with a slip or two ("forcast"). */
function found(word: string, { text, words }: Haystack): boolean {
  if (text.includes(word)) return true;
  const slips = slipsAllowed(word);
  return slips > 0 && words.some((candidate) => editDistance(word, candidate, slips) <= slips);
}

/**
 * How closely a function's title, in English or the pane's language, is what was typed: 0 the
 * title itself, 1 a title holding every word, 2 neither (the words are in its other texts).
 */
function titleRank(fn: CatalogueFunction, words: readonly string[], translate: (text: string) => string): number {
  const titles = [fn.title, translate(fn.title)].map((title) => queryWords(title));
  if (titles.some((title) => title.join(' ') === words.join(' '))) return 0;
  return titles.some((title) => words.every((word) => title.includes(word))) ? 1 : 2;
}

/**
 * The functions that match every word of the query, in name, summary, description or arguments,
 * forgiving a typing slip in longer words; those whose name starts with the query first, then those
 * whose title is the query, then those whose title holds it ("Hoa hồng" is COMMISSION before the
 * functions that speak of commissions).
 *
 * @example
 * searchFunctions(CATALOGUE, 'win rate').map((fn) => fn.name) //=> ['WINRATE', 'CLOSERATE']
 * searchFunctions(CATALOGUE, 'forcast').map((fn) => fn.name) //=> ['BASELINE', …]
 */
export function searchFunctions(
  catalogue: readonly CatalogueFunction[],
  query: string,
  translate: (text: string) => string = (text) => text,
): CatalogueFunction[] {
  const words = queryWords(query);
  if (words.length === 0) return [...catalogue];
  const compact = words.join('');
  const matches = catalogue.filter((fn) => fn.name.toLowerCase().includes(compact) || words.every((word) => found(word, haystack(fn, translate))));
  const rank = (fn: CatalogueFunction) => (fn.name.toLowerCase().startsWith(compact) ? 0 : 3) + titleRank(fn, words, translate);
  return matches.sort((a, b) => rank(a) - rank(b));
}
