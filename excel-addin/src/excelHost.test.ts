import { ExcelHost } from './excelHost';
import { EXCEL_PAYLOAD_BYTES, OfficeError, strictExcel } from '../../tests/harness/strictExcel';
import { MAX_SELECTION_CELLS } from '../../ui/host';

/** A sheet of `rows` opportunities (a header row, then owner, amount, outcome, a note). */
function opportunities(rows: number, note = 'follow up next quarter'): unknown[][] {
  const header = ['Owner', 'Amount', 'Outcome', 'Close date', 'Note'];
  return [header, ...Array.from({ length: rows }, (_, i) => i + 2).map((r) => [`Rep ${r % 7}`, r * 10, r % 3 ? 'Won' : 'Lost', 45300 + r, note])];
}

describe('ExcelHost', () => {
  it('inserts a formula into an empty active cell in two round trips', async () => {
    const excel = strictExcel({ activeCell: 'Sheet1!K2' });
    const outcome = await new ExcelHost().insertFormula('=SALES.WINRATE(F2:F201)', { replace: false });
    expect(outcome).toEqual({ status: 'inserted', address: 'K2' });
    expect(excel.cell('Sheet1', 'K2')).toBe('=SALES.WINRATE(F2:F201)');
    expect(excel.syncs()).toBe(2);
  });

  it('leaves a cell that holds data alone and says what it holds', async () => {
    const excel = strictExcel({ sheets: { Sheet1: { B3: 'Acme Ltd' } }, activeCell: 'Sheet1!B3' });
    const outcome = await new ExcelHost().insertFormula('=SALES.WINRATE(F2:F201)', { replace: false });
    expect(outcome).toEqual({ status: 'occupied', address: 'B3', current: 'Acme Ltd' });
    expect(excel.cell('Sheet1', 'B3')).toBe('Acme Ltd');
    expect(excel.syncs()).toBe(1);
  });

  it('shows an occupied cell by its formula when it has one', async () => {
    strictExcel({ sheets: { Sheet1: { C1: '=SUM(A1:A3)' } }, activeCell: 'Sheet1!C1' });
    const outcome = await new ExcelHost().insertFormula('=SALES.CLOSERATE(F2:F9)', { replace: false });
    expect(outcome).toEqual({ status: 'occupied', address: 'C1', current: '=SUM(A1:A3)' });
  });

  it('replaces a cell only when asked to, writing and reading its address in one round trip', async () => {
    const excel = strictExcel({ sheets: { Sheet1: { B3: 'old' } }, activeCell: 'Sheet1!B3' });
    const outcome = await new ExcelHost().insertFormula('=SALES.REVGROWTH(2, 1)', { replace: true });
    expect(outcome).toEqual({ status: 'inserted', address: 'B3' });
    expect(excel.cell('Sheet1', 'B3')).toBe('=SALES.REVGROWTH(2, 1)');
    expect(excel.syncs()).toBe(1);
  });

  it.each([
    ['Lead list (2027)', 'A1:C3'],
    ["Bob's leads", 'B2:C3'],
    ['Leads', 'A1:C3'],
  ])('reads a selection on %s as its sheet and its cells', async (sheet, local) => {
    strictExcel({ sheets: { [sheet]: { A1: 'x', B2: 1, C3: 2 } }, selection: `'${sheet.replace(/'/g, "''")}'!${local}` });
    const read = await new ExcelHost().readSelection();
    expect(read.sheet).toBe(sheet);
    expect(read.values.flat().filter((v) => v !== '')).toEqual(local === 'A1:C3' ? ['x', 1, 2] : [1, 2]);
  });

  it('reads whole selected columns only as far as the data goes, and says the selection was trimmed', async () => {
    const excel = strictExcel({ sheets: { Opportunities: opportunities(200) }, selection: 'Opportunities!A:E' });
    const read = await new ExcelHost().readSelection();
    expect(read).toMatchObject({ sheet: 'Opportunities', address: 'A1:E201', trimmedFrom: 'A:E' });
    expect(read.values).toHaveLength(201);
    expect(read.values[0]).toEqual(['Owner', 'Amount', 'Outcome', 'Close date', 'Note']);
    expect(excel.syncs()).toBe(2);
  });

  it('is needed: the strict fake refuses to read whole columns, as Excel does (5,242,880 cells)', async () => {
    const excel = strictExcel({ sheets: { Opportunities: opportunities(10) }, selection: 'Opportunities!A:E' });
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('values');
        await context.sync();
      }),
    ).rejects.toThrow(/5,000,000 cells/);
    expect(excel.syncs()).toBe(1);
  });

  it('reads a large table in requests that each stay well under 5 MB', async () => {
    const excel = strictExcel({ sheets: { Opportunities: opportunities(60_000, 'a long note on this deal, '.repeat(4)) }, selection: 'Opportunities!A:E' });
    const read = await new ExcelHost().readSelection();
    expect(read.values).toHaveLength(60_001);
    expect(read.values[60_000][1]).toBe(600_010);
    const total = excel.responses.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(EXCEL_PAYLOAD_BYTES);
    expect(Math.max(...excel.responses)).toBeLessThan(EXCEL_PAYLOAD_BYTES / 2);
  });

  it('reads nothing from an empty selection, and refuses a used part too large for the pane, in one round trip', async () => {
    strictExcel({ sheets: { Sheet1: {} }, selection: 'Sheet1!A:C' });
    await expect(new ExcelHost().readSelection()).resolves.toMatchObject({ values: [], trimmedFrom: 'A:C' });
    const excel = strictExcel({ sheets: { Sheet1: { A1: 'Owner', Z100000: 1 } }, selection: 'Sheet1!A:Z' });
    const read = await new ExcelHost().readSelection();
    expect(read.tooLarge).toBe(2_600_000);
    expect(read.tooLarge).toBeGreaterThan(MAX_SELECTION_CELLS);
    expect(read.values).toEqual([]);
    expect(excel.syncs()).toBe(1);
  });

  it('is a strict fake: a property read before it is loaded and synced throws PropertyNotLoaded', async () => {
    strictExcel({ selection: 'Sheet1!A1' });
    await expect(Excel.run(async (context) => context.workbook.getSelectedRange().address)).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('address');
        return range.address;
      }),
    ).rejects.toBeInstanceOf(OfficeError);
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

describe('ExcelHost on an older Excel', () => {
  const office = (supported: boolean) =>
    ((globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: (set: string, version: string) => supported || !(set === 'CustomFunctionsRuntime' && version === '1.3') } },
    });

  it('tells the pane when the build lacks the custom-functions runtime the functions need', () => {
    office(false);
    expect(new ExcelHost().notices()).toEqual([expect.stringContaining("cannot run the add-in's functions")]);
  });

  it('has nothing to say on a build that has it', () => {
    office(true);
    expect(new ExcelHost().notices()).toEqual([]);
  });
});

describe('ExcelHost and a plan sheet’s inputs', () => {
  it('reads a scenario’s input cells in one round trip, blanks as null', async () => {
    const excel = strictExcel({ sheets: { Sheet1: {}, 'Sales plan 2027': { B5: 1_000_000, B6: 0.1, B15: 'Sales team' } } });
    const values = await new ExcelHost().readCells('Sales plan 2027', ['B5', 'B6', 'B8', 'B15']);
    expect(values).toEqual([1_000_000, 0.1, null, 'Sales team']);
    expect(excel.syncs()).toBe(1);
  });

  it('writes numbers as numbers, text as text (never a formula) and clears a blank, in one round trip', async () => {
    const excel = strictExcel({ sheets: { Sheet1: {}, 'Sales plan 2027': { B5: 1, B8: 1000 } } });
    await new ExcelHost().writeCells('Sales plan 2027', ['B5', 'B15', 'B8'], [2_000_000, '=HYPERLINK("x")', null]);
    expect(excel.cell('Sales plan 2027', 'B5')).toBe(2_000_000);
    expect(excel.cell('Sales plan 2027', 'B15')).toBe('=HYPERLINK("x")');
    expect(excel.log).toContain('values Sales plan 2027!R14C1:1x1');
    expect(excel.cell('Sales plan 2027', 'B8')).toBe('');
    expect(excel.syncs()).toBe(1);
  });

  it('names a sheet that was renamed or deleted', async () => {
    strictExcel({ sheets: { Sheet1: {} } });
    await expect(new ExcelHost().readCells('Sales plan 2027', ['B5'])).rejects.toThrow('The sheet “Sales plan 2027” is no longer in the workbook.');
    await expect(new ExcelHost().writeCells('Sales plan 2027', ['B5'], [1])).rejects.toThrow('no longer in the workbook');
  });
});
