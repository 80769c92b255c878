import { CellValue } from '../../core/kit/cells';
import { SalesEvaluationAnswers } from '../../core/plans/salesEvaluation';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';

/**
 * Names a spreadsheet reads as something else when they are used as a criterion or a lookup value:
 * operators, wildcards and their escape, each beside the name its pattern would also match.
 */
export const AWKWARD = {
  owners: { 'Kelly Williamson': 'Smith*', 'Anna Andreadi': 'Smithson', 'Chuck Magee': '=1+1', 'Cassandra Brandow': '<5' },
  statuses: { Won: 'Won?', Lost: 'Wont', Open: '~Open' },
  products: { Furniture: 'Furn*', 'Office Supplies': 'Furniture', Technology: 'a~b' },
} as const;

const rename = (value: CellValue, names: Readonly<Record<string, string>>): CellValue => (typeof value === 'string' && value in names ? names[value] : value);

/** The sample opportunities with owners, outcomes and products renamed to {@link AWKWARD} names. */
export const AWKWARD_ACTUALS: readonly (readonly CellValue[])[] = [
  SAMPLE_OPPORTUNITIES.header,
  ...SAMPLE_OPPORTUNITIES.rows.map((row) =>
    row.map((value, c) => {
      const field = SAMPLE_OPPORTUNITIES.header[c];
      if (field === 'Owner') return rename(value, AWKWARD.owners);
      if (field === 'Outcome') return rename(value, AWKWARD.statuses);
      return field === 'Product' ? rename(value, AWKWARD.products) : value;
    }),
  ),
];

/** An evaluation of the renamed owners, counting the renamed "Won", with the renamed products. */
export const AWKWARD_ANSWERS: SalesEvaluationAnswers = {
  actuals: {
    sheet: 'Opportunities',
    range: `A1:K${AWKWARD_ACTUALS.length}`,
    dateField: 'Closed',
    amountField: 'Amount',
    childField: 'Owner',
    statusField: 'Outcome',
    countedStatus: AWKWARD.statuses.Won,
    createdField: 'Created',
    productField: 'Product',
    quantityField: 'Quantity',
  },
  year: 2017,
  monthsElapsed: 9.5,
  amberFrom: 0.95,
  greenFrom: 1,
  products: Object.values(AWKWARD.products),
  stages: Object.values(AWKWARD.statuses),
  children: Object.values(AWKWARD.owners).map((name, i) => ({ name, targets: Array.from({ length: 12 }, (_, m) => 150 + 40 * i + 10 * m) })),
};

/**
 * Rows as a person types them into HyperFormula: text that starts with "=" (a formula), "#" (an
 * error such as #N/A) or "'" (the mark that keeps text text, itself dropped) gets the apostrophe
 * that keeps it as written.
 */
export const asTypedText = (rows: readonly (readonly CellValue[])[]): CellValue[][] =>
  rows.map((row) => row.map((value) => (typeof value === 'string' && /^[='#]/.test(value) ? `'${value}` : value)));
