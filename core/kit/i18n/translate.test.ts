import { knownLanguage, languageOf, numberLocaleOf } from './languages';
import { fillMessage, isLoaded, translator } from './translate';
import './catalogues';

describe('translating a message', () => {
  it('fills named placeholders, wherever a translation puts them', () => {
    expect(fillMessage('{count} lines read from {source}.', { count: 3, source: 'Data!A1:D9' })).toBe('3 lines read from Data!A1:D9.');
    expect(fillMessage('Đã đọc {length} kênh từ {source}.', { source: 'A1', length: 2 })).toBe('Đã đọc 2 kênh từ A1.');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fillMessage('Week {value}')).toBe('Week {value}');
  });

  it('fills a placeholder only from the values given, never from what every object inherits', () => {
    expect(fillMessage('The locked values ({toLocaleString}) add up', {})).toBe('The locked values ({toLocaleString}) add up');
    expect(fillMessage('{constructor} {hasOwnProperty}')).toBe('{constructor} {hasOwnProperty}');
  });

  it("returns the English source in English, and the catalogue's words in another language", () => {
    expect(translator('en')('Sales plan')).toBe('Sales plan');
    expect(translator('vi')('Sales plan')).toBe('Kế hoạch doanh số');
    expect(translator('zh-CN')('Lead scoring')).toBe('潜在客户评分');
    expect(translator('cy')('Sales target')).toBe('Targed gwerthu');
  });

  it('speaks a language once its catalogue is registered', () => {
    expect(['en', 'vi', 'zh-CN', 'cy'].every((l) => isLoaded(l as never))).toBe(true);
  });

  it('falls back to the English source for a message no catalogue knows', () => {
    expect(translator('vi')('Not a message of ours')).toBe('Not a message of ours');
  });

  it('knows the language it speaks, and the locale numbers are written in', () => {
    expect(translator('cy').language).toBe('cy');
    expect((1234.5).toLocaleString(numberLocaleOf(translator('vi')))).toBe('1.234,5');
    expect((1234.5).toLocaleString(numberLocaleOf(translator('zh-CN')))).toBe('1,234.5');
  });
});

describe("the language for a host's tag", () => {
  it.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['zh-CN', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['cy-GB', 'cy'],
    ['CY', 'cy'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [42, 'en'],
  ])('reads %p as %p', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  it('accepts only the languages it has, from a saved choice', () => {
    expect(knownLanguage('cy')).toBe('cy');
    expect(knownLanguage('de')).toBeUndefined();
  });
});
