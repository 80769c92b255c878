import { Language } from './languages';

/** Values a message's `{placeholders}` are filled with. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Translates one English source message into the language it was made for and fills its
 * `{placeholders}`. Source messages are string literals in `t('…')` or `msg('…')` calls, so the
 * catalogue test can find every one of them.
 */
export type Translate = ((source: string, params?: MessageParams) => string) & { readonly language: Language };

/** A language's translations, keyed by the English source message. */
export type Catalogue = Readonly<Record<string, string>>;

/**
 * The catalogues loaded so far. A pane loads only its language's (a chunk of its own), Node code
 * all of them (`./catalogues`); a language not loaded reads English.
 */
const loaded: Partial<Record<Exclude<Language, 'en'>, Catalogue>> = {};

/**
 * Makes a language's catalogue available to {@link translator}.
 *
 * @example
 * registerCatalogue('vi', VI); translator('vi')('Next →') //=> 'Tiếp →'
 */
export function registerCatalogue(language: Exclude<Language, 'en'>, catalogue: Catalogue): void {
  loaded[language] = catalogue;
}

/**
 * Whether a language can be spoken now: English always, another once its catalogue is registered.
 *
 * @example
 * isLoaded('en') //=> true
 */
export const isLoaded = (language: Language): boolean => language === 'en' || loaded[language] !== undefined;

/**
 * A message with its `{name}` placeholders filled; a placeholder without a value stays as written.
 *
 * @example
 * fillMessage('{count} lines read from {source}.', { count: 3, source: 'Data!A1:D9' }) //=> '3 lines read from Data!A1:D9.'
 */
export function fillMessage(template: string, params: MessageParams = {}): string {
  // Own values only: `in` would also see the object's prototype, and fill {toLocaleString} with a function.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/**
 * The translator for a language: English returns the source; another language its catalogue's
 * translation, or the English source where a message is missing (the catalogue test keeps none missing).
 *
 * @example
 * translator('vi')('Sales plan') //=> 'Kế hoạch doanh số'
 * translator('en')('{n} reps', { n: 4 }) //=> '4 reps'
 */
export function translator(language: Language): Translate {
  const catalogue = language === 'en' ? undefined : loaded[language];
  return Object.assign((source: string, params?: MessageParams) => fillMessage(catalogue?.[source] ?? source, params), { language });
}

export { msg } from './msg';
