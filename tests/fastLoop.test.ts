/**
 * The fast loop (`npm run test:unit`, jest.unit.config.js) runs every test file that needs no
 * browser or LibreOffice, each in the runner it needs: plain Node for most, Jest's own for jsdom.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest's config is CommonJS
const config = require('../jest.unit.config.js') as {
  projects: { displayName: string; testMatch?: string[]; testPathIgnorePatterns: string[] }[];
};
const [nodeProject, domProject] = config.projects;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'build', 'scratch', 'artifacts', '.git'].includes(entry.name) ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [`/${relative(root, path)}`] : [];
  });
}
const ignoredBy = (patterns: string[], file: string) => patterns.some((pattern) => new RegExp(pattern).test(file));
const asksForJsdom = (file: string) => /@jest-environment\s+jsdom/.test(readFileSync(join(root, file), 'utf8').slice(0, 500));
const slowOrHosted = (file: string) => /^\/tests\/(browser|libreoffice|style|typecheck)/.test(file);

describe('the fast loop', () => {
  const files = testFiles(root);
  const inNode = files.filter((file) => !ignoredBy(nodeProject.testPathIgnorePatterns, file));
  const inDom = (domProject.testMatch ?? []).map((file) => file.replace('<rootDir>', ''));

  it('runs every test file that needs no browser or LibreOffice, once', () => {
    const wanted = files.filter((file) => !slowOrHosted(file)).sort();
    expect([...inNode, ...inDom].sort()).toEqual(wanted);
  });

  it('runs the files that ask for jsdom in Jest, and no other', () => {
    expect(inDom.length).toBeGreaterThan(0);
    expect(inDom.filter((file) => !asksForJsdom(file))).toEqual([]);
    expect(inNode.filter(asksForJsdom)).toEqual([]);
  });
});
