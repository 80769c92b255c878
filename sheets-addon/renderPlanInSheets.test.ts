import { MAX_LEADS, buildLeadScoring } from '../core/plans/leadScoring';
import { buildSalesPlan, defaultAnswers } from '../core/plans/salesPlan';
import { loadAppsScript } from '../tests/harness/appsScript';
import { strictExcel } from '../tests/harness/strictExcel';
import { ExcelHost } from '../excel-addin/src/excelHost';
import { PLANS_AT_SIZE } from '../tests/harness/plansAtSize';

const withChildren = (n: number) =>
  JSON.parse(
    JSON.stringify(
      buildSalesPlan({
        ...defaultAnswers(2027),
        children: Array.from({ length: n }, (_, i) => ({ name: i === 0 ? '=IMPORTXML("x")' : `Rep ${i + 1}`, driver: 1 + (i % 7), lock: null })),
      }),
    ),
  );

const WRITES = new Set([
  'setValues',
  'setNumberFormats',
  'setBackground',
  'setFontWeight',
  'setFontSize',
  'setFontColor',
  'setColumnWidths',
  'setFrozenRows',
  'setFrozenColumns',
  'setNamedRange',
  'insertChart',
  'setConditionalFormatRules',
  'setDataValidation',
]);

const leadScoring = (leads: number) =>
  JSON.parse(
    JSON.stringify(
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
      }),
    ),
  );

describe('rendering a plan in Google Sheets (the built Code.js)', () => {
  it('makes the same number of writes for a Lead scoring sheet of 100 and of 5,000 leads (the most it takes)', () => {
    const counts = [100, MAX_LEADS].map((n) => {
      const { context, calls } = loadAppsScript();
      expect(context.renderPlan(leadScoring(n))).toEqual({ sheetNames: ['Lead scoring'] });
      return calls.filter((c) => WRITES.has(c.method)).length;
    });
    expect(counts[0]).toBe(counts[1]);
  });

  it.each(PLANS_AT_SIZE)('makes the same number of writes for a %s sheet small or large', (name, build, small, large) => {
    const counts = [small, large].map((n) => {
      const { context, calls } = loadAppsScript();
      expect(context.renderPlan(JSON.parse(JSON.stringify(build(n))))).toEqual({ sheetNames: [name] });
      return calls.filter((c) => WRITES.has(c.method)).length;
    });
    expect(counts[0]).toBe(counts[1]);
  });

  it('makes the same number of range writes for 5 and for 500 children', () => {
    const counts = [5, 500].map((n) => {
      const { context, calls } = loadAppsScript();
      expect(context.renderPlan(withChildren(n))).toEqual({ sheetNames: ['Sales plan 2027'] });
      return calls.filter((c) => WRITES.has(c.method)).length;
    });
    expect(counts[0]).toBe(counts[1]);
    // About fifty writes whatever the size: values, formats, each style, each validated block, widths, highlights, names, charts.
    expect(counts[0]).toBeLessThanOrEqual(55);
  });

  it('sets the highlights in one call and a rule on each validated block', () => {
    const { context, calls } = loadAppsScript();
    const plan = withChildren(3);
    context.renderPlan(plan);
    expect(calls.filter((c) => c.method === 'setConditionalFormatRules')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'whenNumberLessThan').length + calls.filter((c) => c.method === 'whenFormulaSatisfied').length).toBe(
      plan.sheets[0].highlights.length,
    );
    expect(calls.filter((c) => c.method === 'setDataValidation')).toHaveLength(plan.sheets[0].validations.length);
    expect(calls).toContainEqual({ service: 'RuleBuilder', method: 'requireNumberBetween', args: [-1, 5] });
  });

  it('draws each kind of chart a plan asks for: column, line, bar and pie', () => {
    const { context, calls } = loadAppsScript();
    const plan = withChildren(3);
    const [chart] = plan.sheets[0].charts;
    context.renderPlan({ sheets: [{ ...plan.sheets[0], charts: ['column', 'line', 'bar', 'pie'].map((kind) => ({ ...chart, kind })) }] });
    expect(calls.filter((c) => c.method === 'setChartType').map((c) => c.args[0])).toEqual(['COLUMN', 'LINE', 'BAR', 'PIE']);
  });

  it('draws a column chart with a line as a combo, stacks status bars, and colours each series', () => {
    const { context, calls } = loadAppsScript();
    const plan = withChildren(3);
    const base = { title: 'T', categories: 'A2:A13', values: 'B2:C13', seriesNames: ['Actual', 'Target'], anchor: 'E2' };
    context.renderPlan({
      sheets: [
        {
          ...plan.sheets[0],
          charts: [
            { ...base, lines: [1], colours: ['1A7F37', '57606A'] },
            { ...base, kind: 'bar', stacked: true, valueFormat: 'percent' },
          ],
        },
      ],
    });
    expect(calls.filter((c) => c.method === 'setChartType').map((c) => c.args[0])).toEqual(['COMBO', 'BAR']);
    const options = (name: string) => calls.filter((c) => c.method === 'setOption' && c.args[0] === name).map((c) => c.args[1]);
    expect(options('series')[0]).toEqual({
      0: { labelInLegend: 'Actual', color: '#1A7F37', type: 'bars' },
      1: { labelInLegend: 'Target', color: '#57606A', type: 'line' },
    });
    expect(options('isStacked')).toEqual([false, true]);
    expect(options('hAxis')).toEqual([{ format: '0.0%' }]);
  });

  it('refuses a plan whose number cell holds a formula, before inserting a sheet', () => {
    const { context, calls } = loadAppsScript();
    const plan = withChildren(2);
    plan.sheets[0].cells[4][1] = { number: '=HYPERLINK("http://x")' };
    expect(() => context.renderPlan(plan)).toThrow(/B5 .*should hold a number/);
    expect(calls.some((c) => c.method === 'insertSheet')).toBe(false);
  });

  it('writes the whole block in one setValues, user text behind an apostrophe', () => {
    const { context, calls } = loadAppsScript();
    context.renderPlan(withChildren(3));
    const setValues = calls.filter((c) => c.method === 'setValues');
    expect(setValues).toHaveLength(1);
    const values = setValues[0].args[0] as unknown[][];
    expect(values.map((row) => row[0])).toContain('\'=IMPORTXML("x")');
    expect(values.flat().some((v) => typeof v === 'string' && v.startsWith('=ROUND('))).toBe(true);
  });

  it('never overwrites a sheet: a taken name gets " (2)"', () => {
    const { context } = loadAppsScript({ sheets: ['Sales plan 2027'] });
    expect(context.renderPlan(withChildren(2))).toEqual({ sheetNames: ['Sales plan 2027 (2)'] });
  });

  it('deletes the partly built sheet when a write fails, and passes the error on', () => {
    const { context, calls } = loadAppsScript({ failOn: 'setNumberFormats' });
    expect(() => context.renderPlan(withChildren(2))).toThrow('setNumberFormats failed');
    expect(calls).toContainEqual({ service: 'Spreadsheet', method: 'deleteSheet', args: [true] });
  });

  it('removes the named ranges it added when a later write fails', () => {
    const { context, namedRanges } = loadAppsScript({ failOn: 'insertChart' });
    expect(() => context.renderPlan(withChildren(2))).toThrow('insertChart failed');
    expect([...namedRanges]).toEqual([]);
  });

  it('gives a plan names of its own when an earlier plan, renamed by the user, kept the same ones', () => {
    const { context, namedRanges } = loadAppsScript({ namedRanges: ['Sales_plan_2027_Target', 'MyTarget'] });
    context.renderPlan(withChildren(2));
    expect([...namedRanges]).toContain('Sales_plan_2027_2_Target');
    expect([...namedRanges].filter((n) => n.toLowerCase() === 'sales_plan_2027_target')).toHaveLength(1);
  });

  it('is strict: the fake refuses a named range whose name exists', () => {
    const { context } = loadAppsScript({ namedRanges: ['Sales_plan_2027_Target'] });
    const spreadsheet = (context.SpreadsheetApp as unknown as { getActiveSpreadsheet: () => { setNamedRange: (n: string) => void } }).getActiveSpreadsheet();
    expect(() => spreadsheet.setNamedRange('SALES_PLAN_2027_TARGET')).toThrow(/already exists/);
  });

  it('removes every sheet of a two-sheet plan, and only the names this build added, when the second sheet fails', () => {
    const { context, calls, namedRanges } = loadAppsScript({ namedRanges: ['MyTarget'], failOn: 'insertChart' });
    const plan = withChildren(2);
    const first = { ...plan.sheets[0], name: 'Evaluation', charts: [] };
    const second = { ...plan.sheets[0], name: 'Dashboard' };
    expect(() => context.renderPlan({ sheets: [first, second] })).toThrow('insertChart failed');
    expect(calls.filter((c) => c.method === 'deleteSheet')).toHaveLength(2);
    expect([...namedRanges]).toEqual(['MyTarget']);
  });
});

describe('reading the selection in Google Sheets (the built Code.js)', () => {
  const table = [['Owner', 'Amount'], ...Array.from({ length: 200 }, (_, i) => [`Rep ${i % 5}`, i * 10])];

  it('reads whole selected columns only as far as the data goes, and says the selection was trimmed', () => {
    const { context } = loadAppsScript({ data: table, selected: 'A:E' });
    const read = context.readSelection() as { address: string; trimmedFrom: string; values: unknown[][] };
    expect(read).toMatchObject({ sheet: 'Sheet1', address: 'A1:B201', trimmedFrom: 'A:E' });
    expect(read.values).toEqual(table);
  });

  it('gives the same cells as Excel for the same selection', async () => {
    const cells: Record<string, unknown> = {};
    table.forEach((row, r) => row.forEach((v, c) => (cells[`${'AB'[c]}${r + 1}`] = v)));
    strictExcel({ sheets: { Sheet1: cells }, selection: 'Sheet1!A:E' });
    const excel = await new ExcelHost().readSelection();
    const { context } = loadAppsScript({ data: table, selected: 'A:E' });
    expect(context.readSelection()).toEqual(excel);
  });

  it('says nothing is selected with data when the selection is empty', () => {
    const { context } = loadAppsScript({ data: table, selected: 'D5:E9' });
    expect(context.readSelection()).toEqual({ sheet: 'Sheet1', address: 'D5:E9', values: [], trimmedFrom: 'D5:E9' });
  });
});

describe('charts in Google Sheets', () => {
  it('takes a column of values as one series down it, and a row of values as one along it', () => {
    const transposed = (plan: unknown) => {
      const { context, calls } = loadAppsScript();
      context.renderPlan(plan);
      return calls.filter((c) => c.method === 'setTransposeRowsAndColumns').map((c) => c.args[0]);
    };
    expect(transposed(leadScoring(10))).toEqual([false, false]);
    expect(transposed(withChildren(3))).toEqual([true]);
  });
});
