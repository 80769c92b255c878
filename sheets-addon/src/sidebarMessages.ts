import { Language, knownLanguage } from '../../core/kit/i18n';

/**
 * The project file that holds a language's messages (JSON text in an .html file: Apps Script
 * projects hold only script and HTML files). The build writes one per language.
 *
 * @example
 * messagesFile('zh-CN') //=> 'Messages_zh_CN'
 */
export const messagesFile = (language: Exclude<Language, 'en'>): string => `Messages_${language.replace('-', '_')}`;

/**
 * A language's messages for the sidebar, as JSON text: read raw from its project file, so the
 * sidebar's one HTML file carries no language it does not speak.
 *
 * @example
 * sidebarMessages('vi') //=> '{"Next →":"Tiếp →", …}'
 */
export function sidebarMessages(language: string): string {
  const known = knownLanguage(language);
  if (known === undefined || known === 'en') throw new Error(`No messages for the language "${language}".`);
  // getRawContent: the file as written, never evaluated as a template.
  return HtmlService.createTemplateFromFile(messagesFile(known)).getRawContent();
}
