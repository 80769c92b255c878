import { CATALOGUES } from '../../core/kit/i18n/catalogues';
import { GeneratedFile, generatedBanner } from './common';
import { sourceMessages } from '../sourceMessages';

/**
 * Why a function returned an error, in every language, for Excel's custom functions: only these
 * messages (not the whole catalogue) go into functions.js, as one list of sources and one list of
 * translations per language in the same order.
 */
export function generateErrorReasons(root: string): GeneratedFile {
  const sources = [...sourceMessages(root).reasons].sort();
  const byLanguage = Object.fromEntries(Object.entries(CATALOGUES).map(([language, catalogue]) => [language, sources.map((s) => catalogue[s] ?? s)]));
  const content = `${generatedBanner('//')}
/** The error reasons' English sources, in the order of each language's list below. */
export const REASON_SOURCES: readonly string[] = ${JSON.stringify(sources, null, 1)};

/** Each language's reasons, in the order of REASON_SOURCES. */
export const REASON_TRANSLATIONS: Readonly<Record<'vi' | 'zh-CN' | 'cy', readonly string[]>> = ${JSON.stringify(byLanguage, null, 1)};
`;
  return { path: 'excel-addin/src/errorReasons.generated.ts', content };
}
