import { SheetsHost } from './sheetsHost';

/** A google.script.run that calls the server functions given, asynchronously, as HtmlService does. */
function fakeScriptRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler') return (handler: (v: unknown) => void) => runner(handler, failure);
          if (name === 'withFailureHandler') return (handler: (e: Error) => void) => runner(success, handler);
          return (...args: unknown[]) => {
            calls.push({ name, args });
            setTimeout(() => {
              try {
                // Only JSON crosses the wire: what the server returns is serialised and parsed.
                success?.(JSON.parse(JSON.stringify(server[name](...args) ?? null)));
              } catch (error) {
                failure?.(error as Error);
              }
            }, 0);
          };
        },
      },
    );
  (globalThis as Record<string, unknown>).google = { script: { run: runner() } };
  return calls;
}

describe('SheetsHost', () => {
  it('calls the server once per request and resolves with its answer', async () => {
    const calls = fakeScriptRun({ insertFormula: () => ({ status: 'inserted', address: 'K2' }) });
    await expect(new SheetsHost().insertFormula('=WINRATE(F2:F9)', { replace: false })).resolves.toEqual({ status: 'inserted', address: 'K2' });
    expect(calls).toEqual([{ name: 'insertFormula', args: ['=WINRATE(F2:F9)', false] }]);
  });

  it('rejects with the server\'s error', async () => {
    fakeScriptRun({
      insertFormula: () => {
        throw new Error('Select a cell first.');
      },
    });
    await expect(new SheetsHost().insertFormula('=WINRATE(F2:F9)', { replace: false })).rejects.toThrow('Select a cell first.');
  });

  it('saves and loads settings through the server', async () => {
    let stored: unknown = {};
    fakeScriptRun({ saveSettings: (s) => void (stored = s), loadSettings: () => stored });
    const host = new SheetsHost();
    await host.saveSettings({ galleryQuery: 'win' });
    await expect(host.loadSettings()).resolves.toEqual({ galleryQuery: 'win' });
  });
});
