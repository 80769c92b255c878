import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('the whole project', () => {
  it('type-checks (tsc -b), core under its own host-free settings', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-b'], { cwd: join(__dirname, '..'), encoding: 'utf8', timeout: 120_000 });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
