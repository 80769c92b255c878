// Completes package-lock.json with the platform-specific optional packages that npm could not record.
//
// Why: the registry this project installs from here serves only the Linux builds of packages such as
// @swc/core-* and @unrs/resolver-binding-*; npm then leaves the other platforms out of the lock, and
// `npm ci` refuses the lock as out of sync ("Missing: @swc/core-darwin-arm64@ from lock file").
// An entry with the version, marked optional, is all `npm ci` needs: it installs optional packages
// for other platforms on those platforms only. Run after any `npm install` that changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    packages[`node_modules/${name}`] = { version, dev: entry.dev === true ? true : undefined, optional: true };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform entries`);
