/**
 * How the tests' plans read the sample workbook's own sheets (preview/src/sample.ts): which columns
 * hold what. Written once, so a renamed sample column is one change; each test still picks its rows,
 * its owners or regions and its own answers.
 */

/**
 * The sample's Opportunities sheet as a plan reads its deals: `range` of it, each deal counted to
 * the child in `childField` (Region, Owner), the won deals counted.
 *
 * @example
 * { ...sampleDealsRead('A1:K201', 'Region'), createdField: 'Created' }
 */
export const sampleDealsRead = (range: string, childField: string) => ({
  sheet: 'Opportunities',
  range,
  dateField: 'Closed',
  amountField: 'Amount',
  childField,
  statusField: 'Outcome',
  countedStatus: 'Won',
});

/**
 * The sample's Accounts sheet as the field plan reads it, coordinates included (so a route is drawn).
 *
 * @example
 * sampleAccountsRead('A1:G61')
 */
export const sampleAccountsRead = (range: string) => ({
  sheet: 'Accounts',
  range,
  nameField: 'Customer',
  areaField: 'State',
  valueField: 'Revenue 2017',
  latField: 'Latitude',
  lonField: 'Longitude',
});

/** The working day the field-plan tests share: 45-minute visits, 10% of them falling through, no daily limit. */
export const SAMPLE_DAY = { minutes: 510, breaks: 30, admin: 60, visit: 45, travel: 30, prep: 10, wait: 5, maxVisits: null, noShowRate: 0.1 };
