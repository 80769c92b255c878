// The fast loop: every test that needs no browser, no LibreOffice and no fresh build, on every core,
// with the property tests at fewer runs (FUZZ_RUNS, RUNS) and the liveness suites over fewer sample rows (TEST_LOOP); `npm test` is the full run CI makes.
// Needs a build once (`npm run build`): the Apps Script tests load dist/sheets/Code.js.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

if (!existsSync('dist/sheets/Code.js')) {
  console.error('No build yet: run `npm run build` once, then `npm run test:unit`.');
  process.exit(1);
}
// jest.unit.config.js runs most files in plain Node processes, which read TypeScript through tsx.
const nodeOptions = [process.env.NODE_OPTIONS, '--import tsx'].filter(Boolean).join(' ');
const env = { ...process.env, NODE_OPTIONS: nodeOptions, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '50', RUNS: process.env.RUNS ?? '5', TEST_LOOP: 'fast' };
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '-c', 'jest.unit.config.js', `--maxWorkers=${availableParallelism()}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
  },
);
process.exit(jest.status ?? 1);
