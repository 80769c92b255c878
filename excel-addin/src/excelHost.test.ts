import { OfficeMockObject } from 'office-addin-mock';
import { ExcelHost } from './excelHost';

/** An Excel workbook fake on office-addin-mock whose context counts its round trips (syncs). */
function fakeExcel(activeCell: { address: string; formulas: unknown[][]; values: unknown[][] }) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        activeCell,
        getActiveCell() {
          return this.activeCell;
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as unknown as { context: { sync: () => Promise<void>; workbook: { activeCell: { formulas: unknown[][] } } } };
  const sync = mock.context.sync.bind(mock.context);
  const counter = { syncs: 0 };
  mock.context.sync = async () => {
    counter.syncs += 1;
    await sync();
  };
  (globalThis as Record<string, unknown>).Excel = mock;
  return { mock, counter };
}

describe('ExcelHost', () => {
  it('inserts a formula into an empty active cell in two round trips', async () => {
    const { mock, counter } = fakeExcel({ address: 'Sheet1!K2', formulas: [['']], values: [['']] });
    const outcome = await new ExcelHost().insertFormula('=SALES.WINRATE(F2:F201)', { replace: false });
    expect(outcome).toEqual({ status: 'inserted', address: 'K2' });
    expect(mock.context.workbook.activeCell.formulas).toEqual([['=SALES.WINRATE(F2:F201)']]);
    expect(counter.syncs).toBe(2);
  });

  it('leaves a cell that holds data alone and says what it holds', async () => {
    const { mock, counter } = fakeExcel({ address: 'Sheet1!B3', formulas: [['Acme Ltd']], values: [['Acme Ltd']] });
    const outcome = await new ExcelHost().insertFormula('=SALES.WINRATE(F2:F201)', { replace: false });
    expect(outcome).toEqual({ status: 'occupied', address: 'B3', current: 'Acme Ltd' });
    expect(mock.context.workbook.activeCell.formulas).toEqual([['Acme Ltd']]);
    expect(counter.syncs).toBe(1);
  });

  it('shows an occupied cell by its formula when it has one', async () => {
    fakeExcel({ address: 'Sheet1!C1', formulas: [['=SUM(A1:A3)']], values: [[6]] });
    const outcome = await new ExcelHost().insertFormula('=SALES.CLOSERATE(F2:F9)', { replace: false });
    expect(outcome).toEqual({ status: 'occupied', address: 'C1', current: '=SUM(A1:A3)' });
  });

  it('replaces a cell only when asked to, writing and reading its address in one round trip', async () => {
    const { mock, counter } = fakeExcel({ address: 'Sheet1!B3', formulas: [['old']], values: [['old']] });
    const outcome = await new ExcelHost().insertFormula('=SALES.REVGROWTH(2, 1)', { replace: true });
    expect(outcome).toEqual({ status: 'inserted', address: 'B3' });
    expect(mock.context.workbook.activeCell.formulas).toEqual([['=SALES.REVGROWTH(2, 1)']]);
    expect(counter.syncs).toBe(1);
  });

  it.each([
    ["'Lead list (2027)'!A1:I30", 'Lead list (2027)', 'A1:I30'],
    ["'Bob''s leads'!B2", "Bob's leads", 'B2'],
    ['Leads!A1:C3', 'Leads', 'A1:C3'],
  ])('reads the selection %s as its sheet and its cells, in one round trip', async (address, sheet, local) => {
    let syncs = 0;
    const range = { address, values: [[1]], load: () => undefined };
    (globalThis as Record<string, unknown>).Excel = {
      run: async (callback: (context: unknown) => Promise<unknown>) => callback({ workbook: { getSelectedRange: () => range }, sync: async () => void (syncs += 1) }),
    };
    await expect(new ExcelHost().readSelection()).resolves.toEqual({ sheet, address: local, values: [[1]] });
    expect(syncs).toBe(1);
  });

  it('saves the UI settings in the document and reads them back', async () => {
    const store = new Map<string, unknown>();
    (globalThis as Record<string, unknown>).Office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        document: {
          settings: {
            get: (key: string) => store.get(key) ?? null,
            set: (key: string, value: unknown) => store.set(key, value),
            saveAsync: (done: (result: { status: string }) => void) => done({ status: 'succeeded' }),
          },
        },
      },
    };
    const host = new ExcelHost();
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ galleryQuery: 'win', galleryOpen: 'WINRATE' });
    expect(await host.loadSettings()).toEqual({ galleryQuery: 'win', galleryOpen: 'WINRATE' });
  });

  it('tells the pane the language Office speaks', async () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: 'cy-GB' } };
    await expect(new ExcelHost().displayLanguage()).resolves.toBe('cy-GB');
  });
});
