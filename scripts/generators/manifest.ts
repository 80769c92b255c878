import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, translator } from '../../core/kit/i18n';
import '../../core/kit/i18n/catalogues';
import { MANIFEST_MESSAGES } from '../../excel-addin/src/manifestMessages';
import { GeneratedFile } from './common';
import { metadataFileName } from './excelLocales';

const OTHERS = LANGUAGES.filter((l) => l.code !== 'en');
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unxml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** The words of an element in every other language, as `<Override>` children (`bt:` inside Resources). */
function overrides(english: string, prefix: string, indent: string): string {
  if (!(MANIFEST_MESSAGES as readonly string[]).includes(english))
    throw new Error(`manifest.xml shows "${english}", which is not in excel-addin/src/manifestMessages.ts`);
  return OTHERS.map((l) => `\n${indent}  <${prefix}Override Locale="${l.officeLocale}" Value="${xml(translator(l.code)(english))}"/>`).join('');
}

/**
 * manifest.xml with an `<Override Locale>` for vi-VN, zh-CN and cy-GB on every text Office shows
 * (display name, description, ribbon and get-started strings), from the catalogue, and on the
 * custom functions' metadata URL (functions-vi.json…). The rest of the manifest is kept as written.
 */
export function generateManifest(root: string): GeneratedFile {
  let content = readFileSync(join(root, 'manifest.xml'), 'utf8');
  // Start from the manifest without overrides, so the generator's output does not depend on its last run.
  content = content
    .replace(/\n\s*<(bt:)?Override [^>]*\/>/g, '')
    .replace(/(<(bt:)?(DisplayName|Description|String|Url)\b[^>]*?)>\s*<\/(bt:)?(DisplayName|Description|String|Url)>/g, '$1/>');
  content = content.replace(
    /^(\s*)<(DisplayName|Description) DefaultValue="([^"]*)"\/>/gm,
    (_all, indent: string, tag: string, value: string) => `${indent}<${tag} DefaultValue="${value}">${overrides(unxml(value), '', indent)}\n${indent}</${tag}>`,
  );
  content = content.replace(/^(\s*)<bt:String id="([^"]+)" DefaultValue="([^"]*)"\/>/gm, (all, indent: string, id: string, value: string) =>
    id === 'Functions.Namespace'
      ? all
      : `${indent}<bt:String id="${id}" DefaultValue="${value}">${overrides(unxml(value), 'bt:', indent)}\n${indent}</bt:String>`,
  );
  content = content.replace(
    /^(\s*)<bt:Url id="Functions.Metadata.Url" DefaultValue="([^"]*)functions.json"\/>/m,
    (_all, indent: string, base: string) =>
      `${indent}<bt:Url id="Functions.Metadata.Url" DefaultValue="${base}functions.json">${OTHERS.map((l) => `\n${indent}  <bt:Override Locale="${l.officeLocale}" Value="${base}${metadataFileName(l.code)}"/>`).join('')}\n${indent}</bt:Url>`,
  );
  return { path: 'manifest.xml', content };
}
