import { isSheetError } from '../../kit/cells/errors';
import { CellValue } from '../../kit/cells/values';
import { PriceVolumeMix, priceVolumeMix } from '../../functions/evaluation/evaluation';
import { normaliseLabel } from '../../functions/kpi/labels';
import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute, absoluteBlock } from '../../kit/sheet/sheetBuilder';
import { ActualsSource, toDateEndFormula } from './actualsSource';
import { SalesEvaluationAnswers, actualsTable, toDateEnd } from './salesEvaluationAnswers';
import { exactCriterionOf } from '../../kit/sheet/exactMatch';

/** The most products the block lists (each is a row of SUMIFS over the actuals). */
export const MAX_PRODUCTS = 200;

/** The block's columns: what a manager reads, then the workings of the split. */
export const PVM_COLUMNS = {
  product: 0,
  qBefore: 1,
  rBefore: 2,
  pBefore: 3,
  qNow: 4,
  rNow: 5,
  pNow: 6,
  priceEffect: 7,
  both: 9,
  q1: 10,
  q0: 11,
  r0: 12,
  q1p0: 13,
  r1: 14,
  oneSided: 15,
} as const;
const C = PVM_COLUMNS;

/** One product's quantities and revenue to date, this year and the same months of the year before. */
export interface ProductPeriods {
  readonly product: string;
  readonly qBefore: number;
  readonly rBefore: number;
  readonly qNow: number;
  readonly rNow: number;
}

/**
 * Each product's quantity and revenue to date (the months gone by, a part month by its days) this
 * year and the same span of the year before, counted rows only, and PVM's split of the change
 * (prices = revenue / quantity). What the sheet's block equals.
 *
 * @example
 * pvmNumbers(answers, table).split.total // revenue to date now − the same months last year
 */
export function pvmNumbers(a: SalesEvaluationAnswers, table: readonly (readonly CellValue[])[]): { products: ProductPeriods[]; split: PriceVolumeMix } {
  const actuals = actualsTable(a, table);
  const [d, amt, pr, q] = [a.actuals.dateField, a.actuals.amountField, a.actuals.productField, a.actuals.quantityField].map(actuals.column);
  const counted = actuals.rows.filter(actuals.counts);
  const sum = (product: string, year: number, c: number) =>
    counted
      .filter((r) => normaliseLabel(String(r[pr] ?? '')) === normaliseLabel(product) && typeof r[d] === 'number')
      .filter((r) => (r[d] as number) >= toDateEnd(year, 0) && (r[d] as number) < toDateEnd(year, a.monthsElapsed))
      .reduce((s, r) => s + (typeof r[c] === 'number' ? (r[c] as number) : 0), 0);
  const products = (a.products ?? []).map((product) => ({
    product,
    qBefore: sum(product, a.year - 1, q),
    rBefore: sum(product, a.year - 1, amt),
    qNow: sum(product, a.year, q),
    rNow: sum(product, a.year, amt),
  }));
  const price = (r: number, qty: number) => (qty > 0 ? r / qty : null);
  const split = priceVolumeMix(
    products.map((p) => [p.qNow, price(p.rNow, p.qNow)]),
    products.map((p) => [p.qBefore, price(p.rBefore, p.qBefore)]),
  );
  return { products, split: isSheetError(split) ? { volume: 0, mix: 0, price: 0, total: 0 } : split };
}

/** One product's row: quantities, revenue and prices of both periods (SUMIFS), its price effect, and the split's workings. */
function placeProduct(
  sheet: SheetBuilder,
  row: number,
  product: string,
  at: { source: ActualsSource; qty: string; productColumn: string; year: string; span: (year: string) => string },
): void {
  const r = (c: number) => a1(row, c);
  sheet.text(row, C.product, product);
  const sums = (column: string, year: string) => `=SUMIFS(${column},${at.productColumn},${exactCriterionOf(r(C.product))},${at.span(year)})`;
  const [before, now] = [`(${at.year}-1)`, at.year];
  sheet.formula(row, C.qBefore, sums(at.qty, before));
  sheet.formula(row, C.rBefore, sums(at.source.amount, before));
  sheet.formula(row, C.pBefore, `=IF(${r(C.qBefore)}>0,${r(C.rBefore)}/${r(C.qBefore)},"")`);
  sheet.formula(row, C.qNow, sums(at.qty, now));
  sheet.formula(row, C.rNow, sums(at.source.amount, now));
  sheet.formula(row, C.pNow, `=IF(${r(C.qNow)}>0,${r(C.rNow)}/${r(C.qNow)},"")`);
  sheet.formula(row, C.both, `=IF(AND(${r(C.qBefore)}>0,${r(C.qNow)}>0),1,0)`);
  sheet.formula(row, C.priceEffect, `=IF(${r(C.both)}=1,${r(C.rNow)}-${r(C.qNow)}*${r(C.pBefore)},"")`);
  sheet.formula(row, C.q1, `=${r(C.both)}*${r(C.qNow)}`);
  sheet.formula(row, C.q0, `=${r(C.both)}*${r(C.qBefore)}`);
  sheet.formula(row, C.r0, `=${r(C.both)}*${r(C.rBefore)}`);
  sheet.formula(row, C.q1p0, `=IF(${r(C.both)}=1,${r(C.qNow)}*${r(C.pBefore)},0)`);
  sheet.formula(row, C.r1, `=${r(C.both)}*${r(C.rNow)}`);
  sheet.formula(row, C.oneSided, `=(1-${r(C.both)})*(${r(C.rNow)}-${r(C.rBefore)})`);
}

/** The split under the products: volume, mix, price and their total, charted. */
function placeSplit(sheet: SheetBuilder, top: number, first: number, last: number): void {
  const { t } = sheet;
  const sum = (c: number) => `SUM(${absoluteBlock(first, c, last, c)})`;
  const average = `IF(${sum(C.q0)}>0,${sum(C.r0)}/${sum(C.q0)},0)`;
  const rows: [string, string][] = [
    [t('Volume'), `=(${sum(C.q1)}-${sum(C.q0)})*${average}+${sum(C.oneSided)}`],
    [t('Mix'), `=${sum(C.q1p0)}-${sum(C.q1)}*${average}`],
    [t('Price'), `=${sum(C.r1)}-${sum(C.q1p0)}`],
    [t('Change in revenue'), `=SUM(${rangeA1(top, 1, top + 2, 1)})`],
  ];
  rows.forEach(([label, formula], i) => {
    sheet.text(top + i, 0, label);
    sheet.formula(top + i, 1, formula);
  });
  sheet.style(rangeA1(top + 3, 0, top + 3, 1), 'total');
  sheet.format(rangeA1(top, 1, top + 3, 1), 'money');
  sheet.chart({
    kind: 'bar',
    title: t('What moved revenue: volume, mix and price'),
    categories: rangeA1(top, 0, top + 2, 0),
    values: rangeA1(top, 1, top + 2, 1),
    anchor: a1(top, 3),
  });
}

/**
 * The price-volume-mix block from `top`: this year to date against the same months of the year
 * before, per product (quantity, revenue, price of each, the price effect), then the split of the
 * change into volume, mix and price (PVM's rules; a product sold in one period only is volume at its
 * own price), charted. Returns the row after it.
 */
export function placePriceVolumeMix(
  sheet: SheetBuilder,
  a: SalesEvaluationAnswers,
  top: number,
  source: ActualsSource,
  at: { year: string; elapsed: string },
): number {
  const { t } = sheet;
  const products = (a.products ?? []).slice(0, MAX_PRODUCTS);
  sheet.section(
    top,
    t('Price, volume and mix: {year} to date against the same months of {value}, by {productField}', {
      year: a.year,
      value: a.year - 1,
      productField: a.actuals.productField ?? '',
    }),
  );
  const end = (year: string) => toDateEndFormula(year, at.elapsed);
  sheet.text(top + 1, 0, t('To date: up to (not included)'));
  sheet.formula(top + 1, C.qBefore, `=${end(`${at.year}-1`)}`);
  sheet.formula(top + 1, C.qNow, `=${end(at.year)}`);
  sheet.format(rangeA1(top + 1, 1, top + 1, C.qNow), 'date');
  const span = (year: string) =>
    `${source.date},">="&DATE(${year},1,1),${source.date},"<"&${year === at.year ? absolute(top + 1, C.qNow) : absolute(top + 1, C.qBefore)}${source.status}`;
  sheet.header(top + 2, 0, [
    a.actuals.productField ?? t('Product'),
    t('Quantity {value}', { value: a.year - 1 }),
    t('Revenue {value}', { value: a.year - 1 }),
    t('Price {value}', { value: a.year - 1 }),
    t('Quantity {year}', { year: a.year }),
    t('Revenue {year}', { year: a.year }),
    t('Price {year}', { year: a.year }),
    t('Price effect'),
    null,
    t('In both'),
    t('Q now (both)'),
    t('Q before (both)'),
    t('Revenue before (both)'),
    t('Q now × P before'),
    t('Revenue now (both)'),
    t('One period only'),
  ]);
  const first = top + 3;
  const at2 = { source, year: at.year, qty: source.column(a.actuals.quantityField ?? ''), productColumn: source.column(a.actuals.productField ?? ''), span };
  products.forEach((product, i) => placeProduct(sheet, first + i, product, at2));
  const last = first + Math.max(1, products.length) - 1;
  sheet.format(rangeA1(first, C.qBefore, last, C.qBefore), 'integer');
  sheet.format(rangeA1(first, C.qNow, last, C.qNow), 'integer');
  for (const c of [C.rBefore, C.pBefore, C.rNow, C.pNow, C.priceEffect]) sheet.format(rangeA1(first, c, last, c), 'money');
  sheet.style(rangeA1(first, C.both, last, C.oneSided), 'working');
  placeSplit(sheet, last + 2, first, last);
  return last + 6;
}
