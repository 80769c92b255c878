import { MAX_LEADS, buildLeadScoring } from '../../core/plans/leadScoring';
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { EXCEL_CHUNK_BYTES, chartText, renderPlanInExcel } from './renderPlanInExcel';
import { EXCEL_PAYLOAD_BYTES, strictExcel } from '../../tests/harness/strictExcel';
import { parseRangeA1, planNames } from '../../core/kit/sheet';
import { PLANS_AT_SIZE } from '../../tests/harness/plansAtSize';

/** The strict Excel fake, with the request bytes of each sync (what one request to Excel carries). */
function fakeExcel(existingSheets: string[], options: { failOnSync?: number; names?: string[] } = {}) {
  const excel = strictExcel({ sheets: Object.fromEntries((existingSheets.length ? existingSheets : ['Sheet1']).map((n) => [n, {}])), ...options });
  return { ...excel, payloads: excel.requests };
}

const withChildren = (n: number) =>
  buildSalesPlan({
    ...defaultAnswers(2027),
    children: Array.from({ length: n }, (_, i) => ({ name: i === 0 ? '=HYPERLINK("x")' : `Rep ${i + 1}`, driver: 1 + (i % 7), lock: null })),
  });

const leadScoring = (leads: number) =>
  buildLeadScoring({
    leadsSheet: 'Leads',
    leadsRange: `A1:E${leads + 1}`,
    labelField: 'Lead',
    outcomeField: 'Outcome',
    caps: [],
    maxScore: 100,
    warmFrom: 40,
    hotFrom: 70,
    rules: [
      { field: 'Source', operator: '=', value: 'Webinar', points: 30, group: 'Fit' },
      { field: 'Visits', operator: '>=', value: 8, points: 20, group: '' },
    ],
  });

describe('rendering a plan in Excel', () => {
  it('renders a Lead scoring sheet of 100 leads in three round trips, of 5,000 (the most it takes) only one more per 1 MB chunk', async () => {
    const small = fakeExcel([]);
    await renderPlanInExcel(leadScoring(100));
    expect(small.syncs()).toBe(3);
    const large = fakeExcel([]);
    await renderPlanInExcel(leadScoring(MAX_LEADS));
    const bytes = large.payloads.reduce((a, b) => a + b, 0);
    expect(Math.max(...large.payloads)).toBeLessThanOrEqual(EXCEL_CHUNK_BYTES);
    expect(large.syncs()).toBeLessThanOrEqual(3 + Math.ceil(bytes / EXCEL_CHUNK_BYTES));
  });

  it.each(PLANS_AT_SIZE)('renders a %s sheet small or large in the same round trips, but for its 1 MB chunks', async (name, build, small, large) => {
    const syncs = await Promise.all(
      [small, large].map(async (n) => {
        const excel = fakeExcel([]);
        const result = await renderPlanInExcel(build(n));
        expect(result.sheetNames).toEqual([name]);
        const bytes = excel.payloads.reduce((a, b) => a + b, 0);
        return excel.syncs() - Math.max(0, Math.ceil(bytes / EXCEL_CHUNK_BYTES) - 1);
      }),
    );
    expect(syncs).toEqual([3, 3]);
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
    expect(excel.log.filter((l) => l.startsWith('chart type'))).toEqual([
      'chart type ColumnClustered',
      'chart type Line',
      'chart type BarClustered',
      'chart type Pie',
    ]);
  });

  it("draws a combo's target as a line over its columns, stacks status bars, and colours each series as the plan says", async () => {
    const excel = fakeExcel([]);
    const plan = withChildren(3);
    const base = { title: 'T', categories: 'A2:A13', values: 'B2:C13', seriesNames: ['Actual', 'Target'], anchor: 'E2' };
    await renderPlanInExcel({
      sheets: [
        {
          ...plan.sheets[0],
          charts: [
            { ...base, lines: [1], colours: ['1A7F37', '57606A'] },
            { ...base, kind: 'bar', stacked: true, values: 'B2:D13', seriesNames: ['Green', 'Amber', 'Red'], valueFormat: 'percent' },
          ],
        },
      ],
    });
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

  it('writes a spilling formula after every blank, so no blank lands in its spill: the Lead scoring AUC histogram, in one chunk or many', async () => {
    for (const leads of [100, MAX_LEADS]) {
      const plan = leadScoring(leads);
      const [spill] = plan.sheets[0].spills!;
      const excel = fakeExcel([]);
      await renderPlanInExcel(plan);
      const { top, left } = parseRangeA1(spill.cell);
      const writes = excel.log.filter((l) => l.startsWith('formulas Lead scoring!'));
      expect(writes[writes.length - 1]).toBe(`formulas Lead scoring!R${top}C${left}:1x1`);
      expect(excel.cell('Lead scoring', spill.cell)).toMatch(/^=FREQUENCY\(/);
    }
  });

  it('writes user text as text, behind an apostrophe, in a cell formatted as text', async () => {
    const excel = fakeExcel([]);
    await renderPlanInExcel(withChildren(2));
    const plan = withChildren(2).sheets[0];
    const row = plan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === '=HYPERLINK("x")');
    expect(excel.cell('Sales plan 2027', `A${row + 1}`)).toBe('=HYPERLINK("x")');
    expect(excel.format('Sales plan 2027', `A${row + 1}`)).toBe('@');
  });

  it('never overwrites a sheet: a taken name gets " (2)"', async () => {
    fakeExcel(['Sales plan 2027', 'sales plan 2027 (2)']);
    await expect(renderPlanInExcel(withChildren(2))).resolves.toEqual({ sheetNames: ['Sales plan 2027 (3)'] });
  });

  it('removes the partly built sheet by its id, and the names it added, when building fails', async () => {
    const excel = fakeExcel([], { failOnSync: 3 });
    await expect(renderPlanInExcel(withChildren(2))).rejects.toThrow('The connection to Excel was lost.');
    expect(excel.log).toContain('delete sheet {id-2}');
    expect(excel.log).not.toContain('delete sheet Sales plan 2027');
    expect(excel.log.filter((l) => l.startsWith('delete name'))).toEqual([
      'delete name Sales_plan_2027_Growth',
      'delete name Sales_plan_2027_Target',
      'delete name Sales_plan_2027_QuotaHandedOut',
      'delete name Sales_plan_2027_MonthlyTotals',
    ]);
    expect(excel.sheetNames()).toEqual(['Sheet1']);
    expect(excel.syncs()).toBe(4);
  });

  it('is strict: the fake refuses a name the workbook has, as Excel does (ItemAlreadyExists)', async () => {
    fakeExcel([], { names: ['Sales_plan_2027_Target'] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.names.add('SALES_PLAN_2027_TARGET', context.workbook.worksheets.getItemOrNullObject('Sheet1') as never);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('gives a plan names of its own when an earlier plan, renamed by the user, kept the same ones', async () => {
    const earlier = planNames(withChildren(2), ['Sales plan 2027'], [])[0];
    const excel = fakeExcel(['Q4 targets (was Sales plan 2027)'], { names: earlier });
    await expect(renderPlanInExcel(withChildren(2))).resolves.toEqual({ sheetNames: ['Sales plan 2027'] });
    expect(excel.names()).toEqual([...earlier, ...earlier.map((n) => n.replace('Sales_plan_2027_', 'Sales_plan_2027_2_'))]);
  });

  it("on failure removes only the names this build added, never the user's own", async () => {
    const excel = fakeExcel([], { names: ['Sales_plan_2027_Growth', 'MyTarget'], failOnSync: 3 });
    await expect(renderPlanInExcel(withChildren(2))).rejects.toThrow();
    expect(excel.names()).toEqual(['Sales_plan_2027_Growth', 'MyTarget']);
  });

  it("measures its chunks in the bytes Excel counts: a Chinese plan's requests stay under 5 MB", async () => {
    const excel = fakeExcel([]);
    const plan = buildSalesPlan(
      { ...defaultAnswers(2027), children: Array.from({ length: 3000 }, (_, i) => ({ name: `销售代表第${i + 1}号（华东区域）`, driver: 1, lock: null })) },
      'zh-CN',
    );
    await renderPlanInExcel(plan);
    expect(excel.requests.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * EXCEL_CHUNK_BYTES);
    expect(Math.max(...excel.requests)).toBeLessThan(1.2 * EXCEL_CHUNK_BYTES);
    expect(Math.max(...excel.requests)).toBeLessThan(EXCEL_PAYLOAD_BYTES);
  });
});

describe("a chart's words in Excel", () => {
  it('are cut to the 255 characters Excel takes for a series name, never inside an emoji', () => {
    expect(chartText('North')).toBe('North');
    expect(chartText('x'.repeat(300))).toHaveLength(255);
    const cut = chartText(`${'x'.repeat(254)}😀tail`);
    expect(cut).toBe('x'.repeat(254));
  });
});
