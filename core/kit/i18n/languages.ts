/**
 * The languages Sales Planner speaks. English is the source every message is written in; the
 * others are complete translations of it (a test fails when a message is missing or unused).
 */
export type Language = 'en' | 'vi' | 'zh-CN' | 'cy';

/** One language as the pane's switch and the hosts' manifests name it. */
export interface LanguageInfo {
  readonly code: Language;
  /** The language's name in itself, as its speakers look for it in a list. */
  readonly nativeName: string;
  /** The Office locale its manifest overrides and function metadata are filed under. */
  readonly officeLocale: string;
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', nativeName: 'English', officeLocale: 'en-US' },
  { code: 'vi', nativeName: 'Tiếng Việt', officeLocale: 'vi-VN' },
  { code: 'zh-CN', nativeName: '简体中文', officeLocale: 'zh-CN' },
  { code: 'cy', nativeName: 'Cymraeg', officeLocale: 'cy-GB' },
];

/**
 * The language to speak for a host's language tag (BCP 47, `_` or `-`, any case): Vietnamese,
 * Chinese (every Chinese tag reads the simplified translation) and Welsh by their primary subtag,
 * English for anything else or nothing.
 *
 * @example
 * languageOf('vi-VN')  //=> 'vi'
 * languageOf('zh_TW')  //=> 'zh-CN'
 * languageOf('cy')     //=> 'cy'
 * languageOf('fr-FR')  //=> 'en'
 */
export function languageOf(tag: unknown): Language {
  if (typeof tag !== 'string') return 'en';
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'vi') return 'vi';
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'cy') return 'cy';
  return 'en';
}

/**
 * A saved or typed language code, checked: one of {@link LANGUAGES}, else undefined.
 *
 * @example
 * knownLanguage('cy')  //=> 'cy'
 * knownLanguage('xx')  //=> undefined
 */
export function knownLanguage(code: unknown): Language | undefined {
  return LANGUAGES.find((l) => l.code === code)?.code;
}

/**
 * The locale numbers are written in for a translator's language (thousands separators, decimal mark).
 *
 * @example
 * (1234.5).toLocaleString(numberLocaleOf(translator('vi'))) //=> '1.234,5'
 */
export function numberLocaleOf(t: { readonly language: Language }): string {
  return LANGUAGES.find((l) => l.code === t.language)?.officeLocale ?? 'en-US';
}

/**
 * A whole number as the translator's language writes it.
 *
 * @example
 * wholeNumber(1234567.8, translator('vi')) //=> '1.234.568'
 */
export const wholeNumber = (value: number, t: { readonly language: Language }): string => Math.round(value).toLocaleString(numberLocaleOf(t));
