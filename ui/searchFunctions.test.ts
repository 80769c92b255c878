import { CATALOGUE } from '../core';
import { LANGUAGES, translator } from '../core/kit/i18n';
import '../core/kit/i18n/catalogues';
import { queryWords, searchFunctions } from './searchFunctions';
import { editDistance } from './textMatch';

const namesFor = (query: string) => searchFunctions(CATALOGUE, query).map((fn) => fn.name);

describe('searching the function gallery', () => {
  it('puts the function whose name starts with the query first', () => {
    expect(namesFor('win rate')[0]).toBe('WINRATE');
  });

  it('forgives a typing slip in a longer word', () => {
    expect(namesFor('forcast')).toContain('BASELINE');
    expect(namesFor('pipline')).toContain('REQPIPELINE');
  });

  it('reads "%" as a rate', () => {
    expect(queryWords('win%')).toEqual(['win', 'rate']);
    expect(namesFor('win%')[0]).toBe('WINRATE');
  });

  it('matches words of the descriptions and arguments', () => {
    expect(namesFor('ramp')).toEqual(expect.arrayContaining(['RAMPQUOTA', 'REPSNEEDED']));
  });

  it('finds nothing for what the catalogue does not have, rather than something unrelated', () => {
    expect(namesFor('inventory')).toEqual([]);
  });

  it.each(LANGUAGES.map((l) => l.code))('finds every function by its name in %s, as a manager calls it ("赢单率" is WINRATE)', (code) => {
    const t = translator(code);
    const missed = CATALOGUE.filter((fn) => !searchFunctions(CATALOGUE, t(fn.title), t).slice(0, 3).includes(fn)).map((fn) => `${fn.name}: ${t(fn.title)}`);
    expect(missed).toEqual([]);
    if (code === 'zh-CN') expect(searchFunctions(CATALOGUE, '赢单率', t)[0].name).toBe('WINRATE');
  });

  it('does not forgive slips in short words', () => {
    expect(namesFor('arx')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect([editDistance('forcast', 'forecast'), editDistance('wnirate', 'winrate'), editDistance('quota', 'quote'), editDistance('', 'abc')]).toEqual([
      1, 1, 1, 3,
    ]);
  });
});
