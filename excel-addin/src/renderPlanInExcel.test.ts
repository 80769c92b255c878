import { buildSalesPlan } from '../../core/plan/buildSalesPlan';
import { defaultAnswers } from '../../core/plan/salesPlanAnswers';
import { renderPlanInExcel } from './renderPlanInExcel';

/** A fake Excel that records what the renderer queues and counts context.sync() round trips. */
function fakeExcel(existingSheets: string[], options: { failOnSync?: number } = {}) {
  const log: string[] = [];
  const sheets = new Map<string, Record<string, unknown>>();
  let syncs = 0;
  const range = (where: string) => {
    const r: Record<string, unknown> = {
      format: { fill: {}, font: {}, set columnWidth(w: number) { log.push(`width ${where} ${w}`); } },
    };
    return new Proxy(r, {
      set(target, key, value) {
        log.push(`${String(key)} ${where} ${Array.isArray(value) ? `${value.length}x${value[0]?.length}` : value}`);
        target[key as string] = value;
        return true;
      },
    });
  };
  const worksheet = (name: string) => {
    const ws = {
      name,
      cells: undefined as unknown,
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => {
        const block = range(`${name}!R${r}C${c}:${h}x${w}`);
        if (r === 0 && c === 0 && h > 1) (ws as { block?: unknown }).block = block;
        return block;
      },
      getRange: (a1: string) => range(`${name}!${a1}`),
      freezePanes: { freezeColumns: (n: number) => log.push(`freeze columns ${n}`), freezeRows: (n: number) => log.push(`freeze rows ${n}`) },
      charts: {
        add: () => {
          log.push(`chart on ${name}`);
          return { title: {}, series: { getItemAt: () => ({ setXAxisValues: () => log.push('chart categories') }) }, setPosition: (a: string) => log.push(`chart at ${a}`) };
        },
      },
      activate: () => log.push(`activate ${name}`),
    };
    return ws;
  };
  const context = {
    workbook: {
      worksheets: {
        items: existingSheets.map((name) => ({ name })),
        load: () => undefined,
        add: (name: string) => {
          log.push(`add sheet ${name}`);
          const ws = worksheet(name);
          sheets.set(name, ws as unknown as Record<string, unknown>);
          return ws;
        },
        getItemOrNullObject: (name: string) => ({ delete: () => log.push(`delete sheet ${name}`) }),
      },
      names: { add: (name: string) => log.push(`name ${name}`) },
    },
    sync: async () => {
      syncs += 1;
      if (options.failOnSync === syncs) throw new Error('The request payload is too large.');
    },
  };
  (globalThis as Record<string, unknown>).Excel = {
    run: async (callback: (c: typeof context) => Promise<unknown>) => callback(context),
    ChartType: { columnClustered: 'ColumnClustered' },
    ChartSeriesBy: { rows: 'Rows' },
  };
  return { log, sheets, syncs: () => syncs };
}

const withChildren = (n: number) =>
  buildSalesPlan({
    ...defaultAnswers(2027),
    children: Array.from({ length: n }, (_, i) => ({ name: i === 0 ? '=HYPERLINK("x")' : `Rep ${i + 1}`, driver: 1 + (i % 7), lock: null })),
  });

describe('rendering a plan in Excel', () => {
  it.each([5, 500])('takes the same two round trips for %i children', async (n) => {
    const excel = fakeExcel(['Data']);
    const result = await renderPlanInExcel(withChildren(n));
    expect(result.sheetNames).toEqual(['Sales plan 2027']);
    expect(excel.syncs()).toBe(2);
  });

  it('writes the whole block at once: number formats first, then contents', async () => {
    const excel = fakeExcel([]);
    await renderPlanInExcel(withChildren(3));
    const writes = excel.log.filter((l) => l.startsWith('numberFormat Sales plan 2027!R0C0') || l.startsWith('formulas Sales plan 2027!R0C0'));
    expect(writes.map((w) => w.split(' ')[0])).toEqual(['numberFormat', 'formulas']);
    expect(excel.log).toContain('freeze columns 1');
    expect(excel.log).toContain('chart on Sales plan 2027');
    expect(excel.log).toContain('name Sales_plan_2027_Target');
  });

  it('writes user text as text, behind an apostrophe', async () => {
    const excel = fakeExcel([]);
    await renderPlanInExcel(withChildren(2));
    const ws = excel.sheets.get('Sales plan 2027') as unknown as { block: { formulas: unknown[][]; numberFormat: string[][] } };
    const names = ws.block.formulas.map((row) => row[0]);
    expect(names).toContain('\'=HYPERLINK("x")');
    const row = names.indexOf('\'=HYPERLINK("x")');
    expect(ws.block.numberFormat[row][0]).toBe('@');
  });

  it('never overwrites a sheet: a taken name gets " (2)"', async () => {
    fakeExcel(['Sales plan 2027', 'sales plan 2027 (2)']);
    await expect(renderPlanInExcel(withChildren(2))).resolves.toEqual({ sheetNames: ['Sales plan 2027 (3)'] });
  });

  it('removes the partly built sheet when building fails, and says why', async () => {
    const excel = fakeExcel([], { failOnSync: 2 });
    await expect(renderPlanInExcel(withChildren(2))).rejects.toThrow('The request payload is too large.');
    expect(excel.log).toContain('delete sheet Sales plan 2027');
    expect(excel.syncs()).toBe(3);
  });
});
