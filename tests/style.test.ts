/**
 * The whole tree keeps its habits: ESLint (typescript-eslint's recommended rules, core's floors,
 * no pane words outside the catalogue) and Prettier's formatting. `npm run lint` and
 * `npm run format` are the same commands by hand.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const run = (bin: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: root, encoding: 'utf8', timeout: 240_000 });

describe('the code base', () => {
  it("passes ESLint, with core's floors and the catalogue rule", () => {
    const result = run('eslint/bin/eslint.js', ['.']);
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it('is formatted as Prettier writes it', () => {
    const result = run('prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.']);
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  });
});
