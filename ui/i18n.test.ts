/** @jest-environment jsdom */
import { numberLocale, saveLanguageChoice, setUiLanguage, startingLanguage, t, uiLanguage } from './i18n';
import { numberLocaleOf } from '../core/kit/i18n';
import '../core/kit/i18n/catalogues';

describe("the pane's language", () => {
  afterEach(() => {
    localStorage.clear();
    setUiLanguage('en');
  });

  it("starts in the host's language when the user chose none", () => {
    expect(startingLanguage('zh-CN')).toBe('zh-CN');
    expect(startingLanguage(undefined)).toBe('en');
  });

  it("keeps the user's choice over the host's language", () => {
    saveLanguageChoice('cy');
    expect(startingLanguage('vi-VN')).toBe('cy');
  });

  it('speaks the language set, to the page, the numbers and whoever holds t', () => {
    const kept = t;
    setUiLanguage('vi');
    expect(uiLanguage()).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(kept('Next →')).toBe('Tiếp →');
    expect(kept.language).toBe('vi');
    expect(numberLocaleOf(kept)).toBe('vi-VN');
    expect((1234.5).toLocaleString(numberLocale())).toBe('1.234,5');
  });
});
