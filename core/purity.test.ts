import ts from 'typescript';
import { join } from 'node:path';

const PROBES: Readonly<Record<string, string>> = {
  'the DOM': 'export const title = document.title;',
  'the browser window': 'export const width = window.innerWidth;',
  Excel: 'export const run = Excel.run;',
  'Apps Script': 'export const app = SpreadsheetApp.getActive();',
  'custom functions': 'export const e = CustomFunctions.ErrorCode;',
  Node: 'export const cwd = process.cwd();',
  'plain logic': "import { winRate } from './functions/kpi/winRate';\nexport const r = winRate([['Won']]);",
};

/**
 * Compiles each probe as an extra file of core, with core's own compiler options, and returns each
 * one's error messages. One program for all of them: loading TypeScript's libraries is most of the cost.
 */
function compileWithCoreOptions(probes: Readonly<Record<string, string>>): Record<string, string[]> {
  const configPath = join(__dirname, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const files = new Map(Object.entries(probes).map(([what, source], i) => [join(__dirname, `__probe${i}__.ts`), { what, source }]));
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => files.get(file)?.source ?? readFile(file);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => files.has(file) || fileExists(file);
  const options = { ...config.options, noEmit: true, composite: false, declaration: false, emitDeclarationOnly: false };
  const program = ts.createProgram([...files.keys()], options, host);
  const messages = Object.fromEntries(Object.keys(probes).map((what) => [what, [] as string[]]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const what = files.get(d.file?.fileName ?? '')?.what;
    // A diagnostic outside the probes (core itself) is charged to each, so no probe passes over it.
    for (const key of what ? [what] : Object.keys(messages)) messages[key].push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  return messages;
}

describe('core stays pure', () => {
  const messages = compileWithCoreOptions(PROBES);

  it.each(['the DOM', 'the browser window', 'Excel', 'Apps Script', 'custom functions', 'Node'])('cannot use %s: the compiler refuses it', (what) => {
    expect(messages[what].join('\n')).toMatch(/Cannot find name/);
  });

  it('compiles plain logic that uses core', () => {
    expect(messages['plain logic']).toEqual([]);
  });
});
