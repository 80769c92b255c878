import sample from '../sample/opportunities.generated.json';
import leads from '../sample/leads.generated.json';
import marketing from '../sample/marketing.generated.json';
import accounts from '../sample/accounts.generated.json';
import pipeline from '../sample/pipeline.generated.json';

/** How a column of the sample is shown in the grid. */
export type ColumnFormat = 'text' | 'money' | 'date' | 'whole' | 'decimal' | 'percent';

/** The sample workbook's one sheet: a realistic opportunity table to try every function on. */
export interface SampleSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly formats: readonly ColumnFormat[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** The sample opportunities (derived from the public Superstore data; see scripts/generators/sample.ts). */
export const SAMPLE_OPPORTUNITIES: SampleSheet = {
  name: sample.sheet,
  header: sample.header,
  formats: sample.formats as ColumnFormat[],
  rows: sample.rows,
};

/** Monthly revenue of every Superstore order, 2014–2017, oldest first: the history a plan starts from. */
export const MONTHLY_REVENUE = sample.monthlyRevenue as [string, number][];

/** Each region's revenue in 2017: drivers for cascading a 2018 target. */
export const REGION_REVENUE_2017 = sample.regionRevenue2017 as [string, number][];

/** The sample leads: a few thousand, with source, segment, region, company size, visits, last activity and outcome (see scripts/generators/leads.ts). */
export const SAMPLE_LEADS: SampleSheet = {
  name: leads.sheet,
  header: leads.header,
  formats: leads.formats as ColumnFormat[],
  rows: leads.rows,
};

/** The sample Marketing sheet: five channels' monthly spend and revenue, 2014–2017 (see scripts/generators/marketing.ts). */
export const SAMPLE_MARKETING: SampleSheet = {
  name: marketing.sheet,
  header: marketing.header,
  formats: marketing.formats as ColumnFormat[],
  rows: marketing.rows,
};

/** The sample Accounts sheet: the East region's customers with city, state, 2017 revenue and coordinates (see scripts/generators/accounts.ts). */
export const SAMPLE_ACCOUNTS: SampleSheet = {
  name: accounts.sheet,
  header: accounts.header,
  formats: accounts.formats as ColumnFormat[],
  rows: accounts.rows,
};

/** The sample Pipeline sheet: the deals still open when the data ends, with stage, probability, expected close and forecast category (see scripts/generators/pipeline.ts). */
export const SAMPLE_PIPELINE: SampleSheet = {
  name: pipeline.sheet,
  header: pipeline.header,
  formats: pipeline.formats as ColumnFormat[],
  rows: pipeline.rows,
};
