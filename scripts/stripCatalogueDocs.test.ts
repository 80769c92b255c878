import ts from 'typescript';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripCatalogueDocs } = require('./stripCatalogueDocs.cjs');

/** The source as the Apps Script bundle compiles it: through the transformer, to plain JavaScript. */
function transpile(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.ES2022 },
    transformers: { before: [stripCatalogueDocs] },
  }).outputText;
}

const declaration = `
export const DOUBLE = defineFunction({
  name: 'DOUBLE',
  summary: 'Twice a number.',
  description: 'The long text of the docs.',
  category: 'KPI',
  params: [{ name: 'value', kind: 'number', optional: true, defaultText: '"1"', description: 'A number.' }],
  returns: { description: 'Twice the value.', format: 'number', shape: 'table' },
  errors: [{ kind: 'VALUE', when: 'the value is text' }],
  examples: [{ formula: '=DOUBLE(2)', note: 'Returns 4.' }],
  run: (value) => value * 2,
});`;

describe('stripping the catalogue prose from the Apps Script bundle', () => {
  it('drops every documentation field of a declaration, its params and its returns', () => {
    const out = transpile(declaration);
    for (const prose of ['Twice a number.', 'The long text', 'A number.', '"1"', 'Twice the value.', 'the value is text', 'Returns 4.', '=DOUBLE(2)']) {
      expect(out).not.toContain(prose);
    }
  });

  it('keeps what the functions need at run time: name, param kinds and optionality, result shape and format, run', () => {
    const out = transpile(declaration);
    for (const kept of ["name: 'DOUBLE'", "kind: 'number'", 'optional: true', "format: 'number'", "shape: 'table'", 'run: (value) => value * 2']) {
      expect(out).toContain(kept);
    }
  });

  it('strips a shared part marked documented, written as a constant tuple', () => {
    const out = transpile(`const shared = documented([{ name: 'start', kind: 'total', description: 'Revenue at the start.' }] as const);`);
    expect(out).not.toContain('Revenue at the start.');
    expect(out).toContain("name: 'start'");
  });

  it('leaves any other object alone, even one with a description', () => {
    const out = transpile(`export const note = { description: 'kept', summary: 'kept too' };`);
    expect(out).toContain("description: 'kept'");
    expect(out).toContain("summary: 'kept too'");
  });
});
