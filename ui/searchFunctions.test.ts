import { CATALOGUE } from '../core';
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
    expect(namesFor('commission')).toEqual([]);
  });

  it('does not forgive slips in short words', () => {
    expect(namesFor('arx')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect([editDistance('forcast', 'forecast'), editDistance('wnirate', 'winrate'), editDistance('quota', 'quote'), editDistance('', 'abc')]).toEqual([1, 1, 1, 3]);
  });
});
