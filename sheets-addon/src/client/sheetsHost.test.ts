import { SheetsHost, loadSidebarMessages } from './sheetsHost';
import { buildSalesEvaluation, SalesEvaluationAnswers } from '../../../core/plans/salesEvaluation';
import { buildSalesPlan, defaultAnswers } from '../../../core/plans/salesPlan';

/**
 * What google.script.run refuses to carry, either way (HTML service, "Parameters and return values":
 * "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
 * prohibited type, including prohibited types inside objects or arrays"; undefined inside an
 * object is refused by the same rule).
 */
function illegal(value: unknown, path = 'value'): string | undefined {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (value === undefined || typeof value === 'function' || value instanceof Date) return `${path} is ${value instanceof Date ? 'a Date' : typeof value}`;
  if (Array.isArray(value)) return value.map((v, i) => illegal(v, `${path}[${i}]`)).find(Boolean);
  if (Object.getPrototypeOf(value) !== Object.prototype) return `${path} is not a plain object`;
  return Object.entries(value as object)
    .map(([k, v]) => illegal(v, `${path}.${k}`))
    .find(Boolean);
}

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
                const refused = illegal(args, 'arguments');
                if (refused) throw new Error(`Failed due to illegal value in property: ${refused}`);
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

describe("the sidebar's messages", () => {
  it('come from the server in one round trip, as the JSON text of the language asked for', async () => {
    const calls = fakeScriptRun({ sidebarMessages: (language) => JSON.stringify({ 'Next →': language === 'vi' ? 'Tiếp →' : '?' }) });
    await expect(loadSidebarMessages('vi')).resolves.toEqual({ 'Next →': 'Tiếp →' });
    expect(calls).toEqual([{ name: 'sidebarMessages', args: ['vi'] }]);
  });
});

describe('SheetsHost', () => {
  it('calls the server once per request and resolves with its answer', async () => {
    const calls = fakeScriptRun({ insertFormula: () => ({ status: 'inserted', address: 'K2' }) });
    await expect(new SheetsHost().insertFormula('=WINRATE(F2:F9)', { replace: false })).resolves.toEqual({ status: 'inserted', address: 'K2' });
    expect(calls).toEqual([{ name: 'insertFormula', args: ['=WINRATE(F2:F9)', false] }]);
  });

  it("rejects with the server's error", async () => {
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

const EVALUATION: SalesEvaluationAnswers = {
  actuals: {
    sheet: 'Opportunities',
    range: 'A1:E201',
    dateField: 'Closed',
    amountField: 'Amount',
    childField: 'Region',
    statusField: 'Outcome',
    countedStatus: 'Won',
    createdField: 'Created',
  },
  year: 2017,
  monthsElapsed: 11.5,
  stages: ['Won', 'Lost', 'Open'],
  children: ['East', 'West'].map((name) => ({ name, targets: Array.from({ length: 12 }, () => 300) })),
  amberFrom: 0.95,
  greenFrom: 1,
};

describe('SheetsHost sending a plan', () => {
  it('is strict: google.script.run refuses a Date or undefined inside what is sent', async () => {
    fakeScriptRun({ saveSettings: () => null });
    await expect(new SheetsHost().saveSettings({ when: new Date() as never })).rejects.toThrow(/a Date/);
    await expect(new SheetsHost().saveSettings({ gone: undefined as never })).rejects.toThrow(/undefined/);
  });

  it.each([
    ['a sales plan', () => buildSalesPlan(defaultAnswers(2027))],
    ['an evaluation with its dashboard', () => buildSalesEvaluation(EVALUATION, ['Closed', 'Amount', 'Region', 'Outcome', 'Created'])],
  ])('sends %s as plain JSON that google.script.run carries', async (_what, plan) => {
    const calls = fakeScriptRun({ renderPlan: () => ({ sheetNames: ['X'] }) });
    await expect(new SheetsHost().renderPlan(plan())).resolves.toEqual({ sheetNames: ['X'] });
    expect(calls).toHaveLength(1);
  });
});
