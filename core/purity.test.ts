import ts from 'typescript';
import { join } from 'node:path';

/** Compiles one extra file with core's own compiler options and returns the error messages. */
function compileWithCoreOptions(source: string): string[] {
  const configPath = join(__dirname, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const probe = join(__dirname, '__probe__.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (file === probe ? source : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === probe || fileExists(file);
  const program = ts.createProgram([probe], { ...config.options, noEmit: true, composite: false, declaration: false, emitDeclarationOnly: false }, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('core stays pure', () => {
  it.each([
    ['the DOM', 'export const title = document.title;'],
    ['the browser window', 'export const width = window.innerWidth;'],
    ['Excel', 'export const run = Excel.run;'],
    ['Apps Script', 'export const app = SpreadsheetApp.getActive();'],
    ['custom functions', 'export const e = CustomFunctions.ErrorCode;'],
    ['Node', 'export const cwd = process.cwd();'],
  ])('cannot use %s: the compiler refuses it', (_what, source) => {
    expect(compileWithCoreOptions(source).join('\n')).toMatch(/Cannot find name/);
  });

  it('compiles plain logic that uses core', () => {
    expect(compileWithCoreOptions("import { winRate } from './functions/kpi/winRate';\nexport const r = winRate([['Won']]);")).toEqual([]);
  });
});
