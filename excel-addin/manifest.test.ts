import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const schema = join(root, '../shared/office-manifest-schema/OfficeAppManifestV1_1.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe('manifest.xml', () => {
  if (!hasXmllint || !existsSync(schema)) {
    const why = !hasXmllint ? 'xmllint is not installed (apt-get install -y libxml2-utils)' : `no schema at ${schema}`;
    if (process.env.CI === 'true') {
      it('can be validated in CI', () => {
        throw new Error(`CI=true but ${why}`);
      });
    } else {
      console.warn(`\n!!! manifest.xml is NOT validated: ${why}\n`);
      it.skip(`validates against the Office add-in schema (${why})`, () => undefined);
    }
    return;
  }

  it('validates against the Office add-in schema, offline', () => {
    const result = spawnSync('xmllint', ['--noout', '--schema', schema, join(root, 'manifest.xml')], { encoding: 'utf8' });
    expect(result.stderr).toContain('manifest.xml validates');
    expect(result.status).toBe(0);
  });
});
