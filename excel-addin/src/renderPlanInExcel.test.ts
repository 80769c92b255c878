import { buildLeadScoring } from '../../core/leadScoring/buildLeadScoring';
import { buildSalesPlan } from '../../core/salesPlan/buildSalesPlan';
import { defaultAnswers } from '../../core/salesPlan/salesPlanAnswers';
import { EXCEL_CHUNK_BYTES, renderPlanInExcel } from './renderPlanInExcel';

/** A fake Excel that records what the renderer queues and counts context.sync() round trips. */
function fakeExcel(existingSheets: string[], options: { failOnSync?: number } = {}) {
  const log: string[] = [];
  // Bytes of cells and formats queued since the last sync: what one request to Excel would carry.
  const payloads: number[] = [];
  let pending = 0;
  const sheets = new Map<string, Record<string, unknown>>();
  let syncs = 0;
  const range = (where: string) => {
    const look = () => ({ fill: {}, font: {} });
    const r: Record<string, unknown> = {
      format: { fill: {}, font: {}, set columnWidth(w: number) { log.push(`width ${where} ${w}`); } },
      conditionalFormats: {
        add: (type: string) => {
          log.push(`highlight ${where} ${type}`);
          return { cellValue: { format: look() }, custom: { rule: {}, format: look() } };
        },
      },
      dataValidation: new Proxy({}, { set: (_t, key) => (log.push(`validation ${where} ${String(key)}`), true) }),
    };
    return new Proxy(r, {
      set(target, key, value) {
        log.push(`${String(key)} ${where} ${Array.isArray(value) ? `${value.length}x${value[0]?.length}` : value}`);
        if (Array.isArray(value)) pending += JSON.stringify(value).length;
        target[key as string] = value;
        return true;
      },
    });
  };
  let nextId = 0;
  const worksheet = (name: string) => {
    const ws = {
      name,
      id: `{id-${(nextId += 1)}}`,
      load: () => undefined,
      cells: undefined as unknown,
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => {
        const block = range(`${name}!R${r}C${c}:${h}x${w}`);
        if (r === 0 && c === 0 && h > 1) (ws as { block?: unknown }).block = block;
        return block;
      },
      getRange: (a1: string) => range(`${name}!${a1}`),
      freezePanes: { freezeColumns: (n: number) => log.push(`freeze columns ${n}`), freezeRows: (n: number) => log.push(`freeze rows ${n}`) },
      charts: {
        add: (type: string) => {
          log.push(`chart on ${name}`);
          log.push(`chart type ${type}`);
          const series = (i: number) => new Proxy({
            setXAxisValues: () => log.push('chart categories'),
            format: { fill: { setSolidColor: (c: string) => log.push(`series ${i} fill ${c}`) }, line: new Proxy({}, { set: (_t, k, v) => (log.push(`series ${i} line ${String(k)} ${v}`), true) }) },
          } as Record<string, unknown>, { set: (t, k, v) => (log.push(`series ${i} ${String(k)} ${v}`), (t[k as string] = v), true) });
          return { title: {}, series: { getItemAt: series }, axes: { valueAxis: new Proxy({}, { set: (_t, k, v) => (log.push(`value axis ${String(k)} ${v}`), true) }) }, setPosition: (a: string) => log.push(`chart at ${a}`) };
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
        getItemOrNullObject: (key: string) => ({ delete: () => log.push(`delete sheet ${key}`) }),
      },
      names: { add: (name: string) => log.push(`name ${name}`), getItemOrNullObject: (name: string) => ({ delete: () => log.push(`delete name ${name}`) }) },
    },
    sync: async () => {
      syncs += 1;
      payloads.push(pending);
      pending = 0;
      if (options.failOnSync === syncs) throw new Error('The request payload is too large.');
    },
  };
  (globalThis as Record<string, unknown>).Excel = {
    run: async (callback: (c: typeof context) => Promise<unknown>) => callback(context),
    ChartType: { columnClustered: 'ColumnClustered', columnStacked: 'ColumnStacked', line: 'Line', barClustered: 'BarClustered', barStacked: 'BarStacked', pie: 'Pie' },
    ChartSeriesBy: { rows: 'Rows', columns: 'Columns' },
    ConditionalFormatType: { cellValue: 'CellValue', custom: 'Custom' },
    ConditionalCellValueOperator: { lessThan: 'LessThan', greaterThan: 'GreaterThan', equalTo: 'EqualTo' },
    DataValidationOperator: { between: 'Between', greaterThanOrEqualTo: 'GreaterThanOrEqualTo', lessThanOrEqualTo: 'LessThanOrEqualTo' },
    DataValidationAlertStyle: { stop: 'Stop' },
  };
  return { log, sheets, syncs: () => syncs, payloads };
}

const withChildren = (n: number) =>
  buildSalesPlan({
    ...defaultAnswers(2027),
    children: Array.from({ length: n }, (_, i) => ({ name: i === 0 ? '=HYPERLINK("x")' : `Rep ${i + 1}`, driver: 1 + (i % 7), lock: null })),
  });

const leadScoring = (leads: number) =>
  buildLeadScoring({
    leadsSheet: 'Leads', leadsRange: `A1:E${leads + 1}`, labelField: 'Lead', outcomeField: 'Outcome', caps: [], maxScore: 100, warmFrom: 40, hotFrom: 70,
    rules: [{ field: 'Source', operator: '=', value: 'Webinar', points: 30, group: 'Fit' }, { field: 'Visits', operator: '>=', value: 8, points: 20, group: '' }],
  });

describe('rendering a plan in Excel', () => {
  it('renders a Lead scoring sheet of 100 leads in three round trips, of 20,000 only one more per 1 MB chunk', async () => {
    const small = fakeExcel([]);
    await renderPlanInExcel(leadScoring(100));
    expect(small.syncs()).toBe(3);
    const large = fakeExcel([]);
    await renderPlanInExcel(leadScoring(20000));
    const bytes = large.payloads.reduce((a, b) => a + b, 0);
    expect(Math.max(...large.payloads)).toBeLessThanOrEqual(EXCEL_CHUNK_BYTES);
    expect(large.syncs()).toBeLessThanOrEqual(3 + Math.ceil(bytes / EXCEL_CHUNK_BYTES));
  });

  it.each([5, 500])('takes the same three round trips for %i children', async (n) => {
    const excel = fakeExcel(['Data']);
    const result = await renderPlanInExcel(withChildren(n));
    expect(result.sheetNames).toEqual(['Sales plan 2027']);
    expect(excel.syncs()).toBe(3);
  });

  it('cuts a large plan into requests of at most 1 MB, one more round trip per chunk', async () => {
    const excel = fakeExcel([]);
    await renderPlanInExcel(withChildren(3000));
    const bytes = excel.payloads.reduce((a, b) => a + b, 0);
    expect(bytes).toBeGreaterThan(3 * EXCEL_CHUNK_BYTES);
    expect(Math.max(...excel.payloads)).toBeLessThanOrEqual(EXCEL_CHUNK_BYTES);
    // Two syncs before any cell (names, new sheets), then one per chunk: never per row or cell.
    expect(excel.syncs()).toBeGreaterThanOrEqual(2 + Math.ceil(bytes / EXCEL_CHUNK_BYTES));
    expect(excel.syncs()).toBeLessThanOrEqual(3 + Math.ceil(bytes / EXCEL_CHUNK_BYTES));
  });

  it('adds the highlights and the input rules of the plan', async () => {
    const excel = fakeExcel([]);
    await renderPlanInExcel(withChildren(3));
    expect(excel.log.filter((l) => l.startsWith('highlight')).length).toBe(withChildren(3).sheets[0].highlights.length);
    expect(excel.log).toContain('validation Sales plan 2027!B6 rule');
    expect(excel.log).toContain('validation Sales plan 2027!B6 errorAlert');
  });

  it('draws each kind of chart a plan asks for: column, line, bar and pie', async () => {
    const excel = fakeExcel([]);
    const plan = withChildren(3);
    const [chart] = plan.sheets[0].charts;
    const kinds = ['column', 'line', 'bar', 'pie'] as const;
    await renderPlanInExcel({ sheets: [{ ...plan.sheets[0], charts: kinds.map((kind) => ({ ...chart, kind })) }] });
    expect(excel.log.filter((l) => l.startsWith('chart type'))).toEqual(['chart type ColumnClustered', 'chart type Line', 'chart type BarClustered', 'chart type Pie']);
  });

  it('draws a combo\'s target as a line over its columns, stacks status bars, and colours each series as the plan says', async () => {
    const excel = fakeExcel([]);
    const plan = withChildren(3);
    const base = { title: 'T', categories: 'A2:A13', values: 'B2:C13', seriesNames: ['Actual', 'Target'], anchor: 'E2' };
    await renderPlanInExcel({ sheets: [{ ...plan.sheets[0], charts: [
      { ...base, lines: [1], colours: ['1A7F37', '57606A'] },
      { ...base, kind: 'bar', stacked: true, values: 'B2:D13', seriesNames: ['Green', 'Amber', 'Red'], valueFormat: 'percent' },
    ] }] });
    expect(excel.log.filter((l) => l.startsWith('chart type'))).toEqual(['chart type ColumnClustered', 'chart type BarStacked']);
    expect(excel.log).toContain('series 0 fill #1A7F37');
    expect(excel.log).toContain('series 1 chartType Line');
    expect(excel.log).toContain('series 1 line color #57606A');
    expect(excel.log.filter((l) => l === 'series 1 chartType Line')).toHaveLength(1);
    expect(excel.log).toContain('value axis numberFormat 0.0%');
  });

  it('refuses a plan whose number cell holds text, before writing anything', async () => {
    const excel = fakeExcel([]);
    const plan = withChildren(2);
    const cells = plan.sheets[0].cells.map((row) => [...row]);
    cells[4][1] = { number: '=HYPERLINK("http://x")' as unknown as number };
    await expect(renderPlanInExcel({ sheets: [{ ...plan.sheets[0], cells }] })).rejects.toThrow(/B5 .*should hold a number/);
    expect(excel.syncs()).toBe(0);
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

  it('removes the partly built sheet by its id, and the names it added, when building fails', async () => {
    const excel = fakeExcel([], { failOnSync: 3 });
    await expect(renderPlanInExcel(withChildren(2))).rejects.toThrow('The request payload is too large.');
    expect(excel.log).toContain('delete sheet {id-1}');
    expect(excel.log).not.toContain('delete sheet Sales plan 2027');
    expect(excel.log.filter((l) => l.startsWith('delete name'))).toEqual(['delete name Sales_plan_2027_Growth', 'delete name Sales_plan_2027_Target', 'delete name Sales_plan_2027_QuotaHandedOut', 'delete name Sales_plan_2027_MonthlyTotals']);
    expect(excel.syncs()).toBe(4);
  });
});
