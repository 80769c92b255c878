/**
 * The fast loop (`npm run test:unit`, which sets TEST_LOOP=fast) runs the liveness suites over fewer
 * of the sample's rows: the same checks, each row still compared with core, in a third of the time.
 * `npm test` (CI) runs them at full size.
 *
 * @example
 * const ACCOUNTS = SAMPLE_ACCOUNTS.rows.slice(0, rowsForThisLoop(120, 50));
 */
export function rowsForThisLoop(full: number, fast: number): number {
  return process.env.TEST_LOOP === 'fast' ? fast : full;
}
