import { join } from 'node:path';
import { CATALOGUES } from './catalogues';
import { allSourceMessages, placeholdersOf } from '../../../scripts/messageCatalogue';
import { sourceMessages } from '../../../scripts/sourceMessages';

const root = join(__dirname, '..', '..', '..');
const sources = allSourceMessages(root);
const languages = Object.entries(CATALOGUES);

describe('the message catalogue', () => {
  it("finds the product's messages in the code and the function catalogue", () => {
    expect(sources.size).toBeGreaterThan(1000);
    expect(sources.has('Next →')).toBe(true);
    expect(sources.has('Share of decided deals that were won: won / (won + lost).')).toBe(true);
  });

  it('has no message written as a template: placeholders are named so a translator sees them', () => {
    expect(sourceMessages(root).unmarked).toEqual([]);
  });

  it.each(languages)('translates every source message into %s', (_language, catalogue) => {
    expect([...sources].filter((m) => !(m in catalogue))).toEqual([]);
  });

  it.each(languages)('holds no message in %s that nothing uses', (_language, catalogue) => {
    expect(Object.keys(catalogue).filter((m) => !sources.has(m))).toEqual([]);
  });

  it.each(languages)('keeps every placeholder of the source in %s, and writes something', (_language, catalogue) => {
    const broken = Object.entries(catalogue).filter(([source, text]) => text.trim() === '' || placeholdersOf(source).join() !== placeholdersOf(text).join());
    expect(broken).toEqual([]);
  });

  it('speaks the sales vocabulary of the managers it grew from', () => {
    const all = (language: keyof typeof CATALOGUES) => Object.values(CATALOGUES[language]).join('\n').toLowerCase();
    for (const word of ['doanh số', 'mục tiêu', 'khách hàng tiềm năng']) expect(all('vi')).toContain(word);
    for (const word of ['销售目标', '潜在客户']) expect(all('zh-CN')).toContain(word);
    for (const word of ['targedau gwerthu', 'darpar gwsmeriaid']) expect(all('cy')).toContain(word);
  });
});
