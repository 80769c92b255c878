/**
 * The fast loop's Jest (`npm run test:unit`): the same tests as `npm test` less the browser,
 * LibreOffice, style and typecheck ones, in two projects.
 * - `node`: run by jest-light-runner in plain Node child processes (TypeScript through tsx, which
 *   scripts/testUnit.mjs imports into each), so modules such as HyperFormula load once per worker
 *   instead of once per file, and built-ins are read at full speed (see tests/harness/localGlobals.js
 *   for what Jest's `vm` context costs). Measured on the liveness, parity, fuzz and language suites:
 *   36 CPU-seconds against Jest's 59 for the same 3,891 tests.
 * - `dom`: the files that ask for jsdom (`@jest-environment jsdom`), which only Jest's own runner
 *   provides.
 * The price of the light runner: the files of one worker share their modules, so a test must not
 * leave module state behind it (CI's `npm test` runs every file isolated, as before).
 */
const base = require('./jest.config.js');
const { asksForJsdom, testFilesIn } = require('./tests/harness/testFiles.js');

const SLOW_OR_HOSTED = ['/tests/browser', '/tests/libreoffice', '/tests/style', '/tests/typecheck'];
const ignored = [...base.testPathIgnorePatterns, ...SLOW_OR_HOSTED];

/** The test files whose docblock asks for jsdom, found by reading each one's first lines. */
function domTestFiles() {
  return testFilesIn(__dirname)
    .filter(asksForJsdom)
    .map((file) => file.replace(__dirname, '<rootDir>'));
}

const dom = domTestFiles();
const { reporters, ...project } = base;

module.exports = {
  reporters,
  projects: [
    {
      ...project,
      displayName: 'node',
      runner: 'jest-light-runner/child-process',
      transform: {},
      testPathIgnorePatterns: [...ignored, ...dom.map((f) => f.replace('<rootDir>', ''))],
    },
    { ...project, displayName: 'dom', testMatch: dom, testPathIgnorePatterns: ignored },
  ],
};
