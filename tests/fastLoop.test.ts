/**
 * The fast loop (`npm run test:unit`, jest.unit.config.js) runs every test file that needs no
 * browser or LibreOffice, each in the runner it needs: plain Node for most, Jest's own for jsdom.
 */
import { join, relative } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with the CommonJS Jest config
const { asksForJsdom: fileAsksForJsdom, testFilesIn } = require('./harness/testFiles.js') as {
  testFilesIn: (folder: string) => string[];
  asksForJsdom: (path: string) => boolean;
};

const root = join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest's config is CommonJS
const config = require('../jest.unit.config.js') as {
  projects: { displayName: string; testMatch?: string[]; testPathIgnorePatterns: string[] }[];
};
const [nodeProject, domProject] = config.projects;

const testFiles = (folder: string) => testFilesIn(folder).map((path) => `/${relative(root, path)}`);
const ignoredBy = (patterns: string[], file: string) => patterns.some((pattern) => new RegExp(pattern).test(file));
const asksForJsdom = (file: string) => fileAsksForJsdom(join(root, file));
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
