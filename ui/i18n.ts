import {
  Language,
  LANGUAGES,
  knownLanguage,
  languageOf,
  numberLocaleOf,
  Catalogue,
  MessageParams,
  Translate,
  isLoaded,
  registerCatalogue,
  translator,
} from '../core/kit/i18n';
import { SheetError, localizedMessage } from '../core/kit/cells';

export { msg } from '../core/kit/i18n';

/** Where the pane keeps the user's own choice of language: in this browser, for this user, not in the shared document. */
const CHOICE_KEY = 'salesPlanner.language';

let current: Language = 'en';
let translate: Translate = translator('en');

/** The language the pane speaks now (and writes plan sheets in). */
export const uiLanguage = (): Language => current;

/**
 * A source message in the pane's language, its `{placeholders}` filled.
 *
 * @example
 * t('Next →') //=> 'Tiếp →' (in Vietnamese)
 */
export const t = Object.defineProperty((source: string, params?: MessageParams): string => translate(source, params), 'language', {
  // A getter, so code that keeps `t` (core's number formatting) sees the language switch.
  get: () => current,
}) as Translate;

const listeners: ((language: Language) => void)[] = [];

/**
 * Calls `listener` each time the language changes (the preview redraws its own chrome).
 *
 * @example
 * onLanguageChange(() => window.location.reload());
 */
export function onLanguageChange(listener: (language: Language) => void): void {
  listeners.push(listener);
}

/** Fetches one language's messages; each host's entry says how ({@link useMessageLoader}). */
export type MessageLoader = (language: Exclude<Language, 'en'>) => Promise<Catalogue>;

let loadMessages: MessageLoader = (language) => Promise.reject(new Error(`no way to load the ${language} messages`));

/**
 * Says how this page fetches a language's messages: a chunk of its own in Excel and the preview
 * (ui/messageChunks.ts), a server call in the Sheets sidebar, which HtmlService serves as one file.
 * Kept out of this module so that a page carries no language it does not speak.
 *
 * @example
 * useMessageLoader(loadMessageChunk);
 */
export function useMessageLoader(loader: MessageLoader): void {
  loadMessages = loader;
}

/**
 * Loads a language's catalogue if it is not yet, then speaks it; English when it cannot be loaded.
 *
 * @example
 * await speak('zh-CN'); t('Next →') //=> '下一步 →'
 */
export async function speak(language: Language): Promise<void> {
  if (!isLoaded(language) && language !== 'en') {
    try {
      registerCatalogue(language, await loadMessages(language));
    } catch {
      return setUiLanguage('en');
    }
  }
  setUiLanguage(language);
}

/**
 * Speaks `language` from now on (the pane redraws itself after); its catalogue must be loaded ({@link speak}).
 *
 * @example
 * setUiLanguage('cy'); uiLanguage() //=> 'cy'
 */
export function setUiLanguage(language: Language): void {
  const changed = language !== current;
  current = language;
  translate = translator(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (changed) listeners.forEach((listener) => listener(language));
}

/**
 * The user's own choice from the pane's switch, if any (storage may be refused in a sandboxed frame).
 *
 * @example
 * saveLanguageChoice('vi'); savedLanguageChoice() //=> 'vi'
 */
export function savedLanguageChoice(): Language | undefined {
  try {
    return knownLanguage(globalThis.localStorage?.getItem(CHOICE_KEY));
  } catch {
    return undefined;
  }
}

/**
 * Remembers the switch's choice for this user; a refused storage only forgets it.
 *
 * @example
 * saveLanguageChoice('zh-CN');
 */
export function saveLanguageChoice(language: Language): void {
  try {
    globalThis.localStorage?.setItem(CHOICE_KEY, language);
  } catch {
    // Storage refused (a sandboxed frame): the choice lasts until the pane closes.
  }
}

/**
 * The language to start in: the user's choice in the switch, else the host's own language.
 *
 * @example
 * startingLanguage('vi-VN') //=> 'vi' (when nothing was chosen)
 */
export function startingLanguage(hostTag: string | undefined): Language {
  return savedLanguageChoice() ?? languageOf(hostTag);
}

export { LANGUAGES };

/**
 * The locale numbers are written in for the pane's language (thousands separators, decimal mark).
 *
 * @example
 * (1234.5).toLocaleString(numberLocale()) //=> '1.234,5' (in Vietnamese)
 */
export const numberLocale = (): string => numberLocaleOf(t);

/**
 * A core error's reason in the pane's language.
 *
 * @example
 * reasonOf(new SheetError('DIV0', reason('target is 0'))) //=> 'mục tiêu bằng 0' (in Vietnamese)
 */
export const reasonOf = (error: SheetError): string => localizedMessage(error, t);
