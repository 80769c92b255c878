import { CellValue, isSheetError } from '../../core/kit/cells';
import { brokenAnswers } from '../../core/kit/answers';
import { PRICE_RULES, priceElasticity } from '../../core/functions/pricing';
import { MAX_PRICED, PRICE_OFFERS_FIELDS, PriceOffer, PriceOffersAnswers, PricedProduct } from '../../core/plans/priceOffers';
import { declaredNumbers, finite, listOf, oneOf, restoreSaved, shaped, stepOf, text, tooMany } from '../wizard/savedState';
import { ModelStep, checkAtStep } from '../wizard/modelSteps';
import { t, msg, reasonOf } from '../i18n';
import { lineOf, namedLines, partNumber, percentPart, percentText, typedRows } from '../wizard/namedLines';

/** The wizard's state: the answers (plain JSON, saved as typed). */
export interface PriceOffersState {
  readonly step: number;
  readonly answers: PriceOffersAnswers;
}

/** The elasticity a product starts from until typed or fitted: −1.5, a common estimate for goods with substitutes. */
export const DEFAULT_ELASTICITY = -1.5;

export function initialState(): PriceOffersState {
  return { step: 0, answers: { products: [], offers: [], rule: 'linear' } };
}

/** A name compared as the sheet compares it: trimmed, any case. */
const key = (name: string) => name.trim().toLowerCase();

/** Products typed a line each, "Name: price, units, unit cost", keeping what was known of each by name. */
export function typedProducts(typed: string, known: readonly PricedProduct[]): PricedProduct[] {
  return pricedProducts(typedRows(typed, 3), known);
}

/** Products from a name and its price, units and unit cost each, keeping what was known of each by name. */
function pricedProducts(rows: readonly { name: string; numbers: number[] }[], known: readonly PricedProduct[]): PricedProduct[] {
  return rows.map(({ name, numbers: [price, units, unitCost] }) => {
    const before = known.find((p) => key(p.name) === key(name));
    return { name, price, units, unitCost, elasticity: before?.elasticity ?? DEFAULT_ELASTICITY, priceChange: before?.priceChange ?? -0.1 };
  });
}

export const productsAsText = (products: readonly PricedProduct[]) => products.map((p) => lineOf(p.name, [p.price, p.units, p.unitCost])).join('\n');

/** Offers typed a line each, "Offer: product, discount %, share of volume %". */
export function typedOffers(typed: string): PriceOffer[] {
  return namedLines(typed).map(({ name, parts: [product = '', discount, share] }) => ({
    name,
    product,
    discount: percentPart(discount),
    share: percentPart(share),
  }));
}

export const offersAsText = (offers: readonly PriceOffer[]) =>
  offers.map((o) => lineOf(o.name, [o.product, percentText(o.discount), percentText(o.share)])).join('\n');

/** Products read from a selected table: a name, a price, units and a unit cost found by their field names. */
export function productsFromTable(values: readonly (readonly CellValue[])[], known: readonly PricedProduct[]): PricedProduct[] | string {
  const fields = (values[0] ?? []).map((v) => String(v ?? '').toLowerCase());
  const find = (...words: string[]) => fields.findIndex((f) => words.some((w) => f.includes(w)));
  const [name, price, units, cost] = [find('product', 'segment', 'name', 'item'), find('price'), find('units', 'quantity', 'volume'), find('cost')];
  if ([name, price, units, cost].some((i) => i < 0)) return t('Select a table with a product, a price, units and a unit cost field.');
  const rows = values.slice(1).filter((row) => String(row[name] ?? '').trim() !== '');
  if (rows.length > MAX_PRICED) return tooMany(MAX_PRICED, rows.length);
  // A cell's number as it is (not through text, where 1.234 would read as 1234 in Vietnamese); text as typed in the pane.
  const numberIn = (cell: CellValue | undefined) => (typeof cell === 'number' ? cell : partNumber(cell === null || cell === undefined ? '' : String(cell)));
  return pricedProducts(
    rows.map((row) => ({ name: String(row[name]).trim(), numbers: [price, units, cost].map((c) => numberIn(row[c])) })),
    known,
  );
}

/**
 * Each product's elasticity fitted by ELASTICITY from a price–units history (a row per period or
 * market): by a product field when the table has one (the products' names), else one for all.
 * Returns the products with their fit and, per product, the words that show it.
 */
export function fittedElasticities(
  products: readonly PricedProduct[],
  values: readonly (readonly CellValue[])[],
): { products: PricedProduct[]; fits: string[] } | string {
  const fields = (values[0] ?? []).map((v) => String(v ?? '').toLowerCase());
  const [name, price, units] = [
    fields.findIndex((f) => /product|segment|item/.test(f)),
    fields.findIndex((f) => f.includes('price')),
    fields.findIndex((f) => /units|quantity|volume/.test(f)),
  ];
  if (price < 0 || units < 0) return t('Select a history with a price field and a units field (and a product field to fit each product).');
  const rows = values.slice(1);
  const fits: string[] = [];
  const fitted = products.map((p) => {
    const mine = name < 0 ? rows : rows.filter((row) => key(String(row[name] ?? '')) === key(p.name));
    const e = priceElasticity(
      mine.map((r) => r[price] ?? null),
      mine.map((r) => r[units] ?? null),
    );
    fits.push(
      isSheetError(e)
        ? t('{name}: not fitted ({reason})', { name: p.name, reason: reasonOf(e) })
        : t('{name}: {value} from {count} rows', { name: p.name, value: e.toFixed(2), count: mine.length }),
    );
    return isSheetError(e) ? p : { ...p, elasticity: Number(e.toFixed(4)) };
  });
  return { products: fitted, fits };
}

function checkProducts({ answers: a }: PriceOffersState): Record<string, string> {
  if (a.products.length === 0) return { products: t('Type or select at least one product: Name: price, units, unit cost.') };
  if (a.products.length > MAX_PRICED) return { products: tooMany(MAX_PRICED, a.products.length) };
  if (a.products.some((p) => p.name === '')) return { products: t('Each product needs a name.') };
  if (new Set(a.products.map((p) => key(p.name))).size !== a.products.length) return { products: t('Two products have the same name.') };
  return brokenAnswers(PRICE_OFFERS_FIELDS, 0, a, t);
}

function checkOffers({ answers: a }: PriceOffersState): Record<string, string> {
  if (a.offers.length > MAX_PRICED) return { offers: tooMany(MAX_PRICED, a.offers.length) };
  const unknown = a.offers.find((o) => !a.products.some((p) => key(p.name) === key(o.product)));
  if (unknown) return { offers: t('The offer {name} is on a product not listed: {product}.', { name: unknown.name, product: unknown.product }) };
  return brokenAnswers(PRICE_OFFERS_FIELDS, 2, a, t);
}

/** The wizard's steps: each title and the check it must pass before the next. */
export const PRICE_OFFERS_STEPS: readonly ModelStep<PriceOffersState>[] = [
  { title: msg('The products'), check: checkProducts },
  { title: msg('Elasticity'), check: ({ answers: a }) => brokenAnswers(PRICE_OFFERS_FIELDS, 1, a, t) },
  { title: msg('Price changes and offers'), check: checkOffers },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(PRICE_OFFERS_STEPS);

const STATE = shaped({
  step: (v: unknown) => stepOf(PRICE_OFFERS_STEPS.length)(v),
  answers: shaped({
    ...declaredNumbers(PRICE_OFFERS_FIELDS),
    products: listOf(shaped({ name: text, price: finite, units: finite, unitCost: finite, elasticity: finite, priceChange: finite }), MAX_PRICED),
    offers: listOf(shaped({ name: text, product: text, discount: finite, share: finite }), MAX_PRICED),
    rule: oneOf(PRICE_RULES),
  }),
});

/** The state restored from the document, checked as untrusted input, each step before the saved one validated. */
export function restoreState(saved: unknown): { state: PriceOffersState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}
