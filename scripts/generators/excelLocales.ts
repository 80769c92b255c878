import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { LANGUAGES, translator } from '../../core/kit/i18n';
import '../../core/kit/i18n/catalogues';
import { localizeFunctionsMetadata } from '../../excel-addin/src/localizeFunctionsMetadata';
import { GeneratedFile } from './common';

/** Where a language's metadata is served from, beside functions.json (the manifest points there). */
export const metadataFileName = (code: string) => `functions-${code}.json`;

/**
 * Office's custom-functions metadata in every language but English, one file each: the same tool
 * the build uses for functions.json reads the same wrappers, then the words are translated, so ids,
 * names and types cannot drift from the English file.
 */
export async function generateExcelLocales(root: string): Promise<GeneratedFile[]> {
  const result = await generateCustomFunctionsMetadata(join(root, 'excel-addin/src/functions.generated.ts'), false);
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
  const metadata = JSON.parse(result.metadataJson);
  return LANGUAGES.filter((l) => l.code !== 'en').map((l) => ({
    path: `excel-addin/metadata/${metadataFileName(l.code)}`,
    content: `${JSON.stringify(localizeFunctionsMetadata(metadata, translator(l.code)), null, 2)}\n`,
  }));
}
