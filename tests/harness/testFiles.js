/**
 * Every test file of the repository, found by walking its source folders (not node_modules, builds,
 * artifacts or a developer's scratch): the fast loop's Jest config reads it to split the files
 * between its runners, and tests/fastLoop.test.ts to check that none is left out.
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const NOT_SOURCE = new Set(['node_modules', 'dist', 'build', 'scratch', 'artifacts', '.git']);

/** The `.test.ts` files under `folder`, as paths. */
function testFilesIn(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return NOT_SOURCE.has(entry.name) ? [] : testFilesIn(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Whether a test file's docblock (its first lines) asks for jsdom, which only Jest's own runner provides. */
const asksForJsdom = (path) => /@jest-environment\s+jsdom/.test(readFileSync(path, 'utf8').slice(0, 500));

module.exports = { testFilesIn, asksForJsdom };
