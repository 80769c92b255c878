import { CATALOGUES } from '../../core/kit/i18n/catalogues';
import { MENU_SOURCES } from '../../sheets-addon/src/menuSources';
import { GeneratedFile, generatedBanner } from './common';

/** The Sheets menu's translations, taken from the catalogue: the server bundle carries only these. */
export function generateMenuMessages(): GeneratedFile {
  const sources = Object.values(MENU_SOURCES);
  const table = Object.fromEntries(
    Object.entries(CATALOGUES).map(([language, catalogue]) => [language, Object.fromEntries(sources.map((s) => [s, catalogue[s] ?? s]))]),
  );
  const content = `${generatedBanner('//')}
/** The Sheets menu's words by language, keyed by the English source. */
export const MENU_MESSAGES: Readonly<Record<'vi' | 'zh-CN' | 'cy', Readonly<Record<string, string>>>> = ${JSON.stringify(table, null, 2)};
`;
  return { path: 'sheets-addon/src/menuMessages.generated.ts', content };
}
