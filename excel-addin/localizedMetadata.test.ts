import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, translator } from '../core/kit/i18n';
import '../core/kit/i18n/catalogues';
import { CATALOGUE } from '../core';
import { parameterHelp } from './src/localizeFunctionsMetadata';

const dist = join(__dirname, '..', 'dist', 'excel');
const read = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8'));
const OTHERS = LANGUAGES.filter((l) => l.code !== 'en');
/** A metadata file without its words: what must be the same in every language. */
const withoutWords = (metadata: { functions: Record<string, unknown>[] }) =>
  metadata.functions.map(({ description: _d, parameters, ...rest }) => ({
    ...rest,
    parameters: (parameters as Record<string, unknown>[] | undefined)?.map(({ description: _p, ...p }) => p),
  }));

describe('Excel function help in every language', () => {
  const english = read('functions.json');

  it.each(OTHERS)('ships $nativeName metadata beside functions.json, with the same ids, names and types', ({ code }) => {
    const file = `functions-${code}.json`;
    expect(existsSync(join(dist, file))).toBe(true);
    expect(withoutWords(read(file))).toEqual(withoutWords(english));
  });

  it.each(OTHERS)('describes each function and argument in $nativeName, from the catalogue', ({ code }) => {
    const t = translator(code);
    const local = read(`functions-${code}.json`);
    const winrate = local.functions.find((f: { id: string }) => f.id === 'WINRATE');
    const fn = CATALOGUE.find((f) => f.name === 'WINRATE')!;
    expect(winrate.description).toBe(t(fn.summary));
    expect(winrate.description).not.toBe(fn.summary);
    expect(winrate.parameters.map((p: { description: string }) => p.description)).toEqual(fn.params.map((p) => parameterHelp(p, t)));
  });

  it('is chosen by Office through a locale override of the metadata URL, for each language, in the manifest', () => {
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    const metadataUrl = manifest.match(/<bt:Url id="Functions.Metadata.Url"[\s\S]*?<\/bt:Url>/)![0];
    for (const { code, officeLocale } of OTHERS)
      expect(metadataUrl).toContain(`<bt:Override Locale="${officeLocale}" Value="https://localhost:3100/functions-${code}.json"/>`);
  });

  it("gives the add-in's display name and description in each language in the manifest", () => {
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    for (const tag of ['DisplayName', 'Description']) {
      const element = manifest.match(new RegExp(`<${tag} DefaultValue[\\s\\S]*?</${tag}>`))![0];
      for (const { officeLocale } of OTHERS) expect(element).toContain(`<Override Locale="${officeLocale}"`);
    }
    expect(manifest).toContain('<Override Locale="zh-CN" Value="销售关键指标函数（=SALES.WINRATE 等）和面向销售经理的计划向导。"/>');
  });
});
