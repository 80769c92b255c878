import { a1, rangeA1 } from '../../kit/sheet/a1';
import { Plan } from '../../kit/sheet/plan';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { answerInput } from '../../kit/answers/answerField';
import { formulaString, sayInFormula } from '../../kit/sheet/formulaText';
import { positionIn } from '../../kit/sheet/exactMatch';
import { Language } from '../../kit/i18n/languages';
import { translator } from '../../kit/i18n/translate';
import { msg } from '../../kit/i18n/msg';
import { PriceRule } from '../../functions/pricing/pricing';
import { MAX_PRICED, PRICE_GRID, PRICE_OFFERS_FIELDS, PriceOffer, PriceOffersAnswers } from './priceOffersAnswers';

/** Where the Price and offers sheet's parts are (zero-based rows and columns). */
export const PRICE_OFFERS_LAYOUT = {
  check: 2,
  rule: 4,
  productsHeader: 7,
  firstProduct: 8,
  /** A product's columns: the inputs, then the verdict and profit change a manager reads first, then how they come about. */
  product: {
    name: 0,
    price: 1,
    units: 2,
    unitCost: 3,
    elasticity: 4,
    change: 5,
    verdict: 6,
    profitChange: 7,
    breakEven: 8,
    volume: 9,
    newUnits: 10,
    revenue: 11,
    profit: 12,
    margin: 13,
  },
  /** An offer's columns, its product's numbers read in the working columns after the profit. */
  offer: {
    name: 0,
    product: 1,
    discount: 2,
    share: 3,
    verdict: 4,
    profitChange: 5,
    breakEven: 6,
    volume: 7,
    units: 8,
    revenue: 9,
    profit: 10,
    at: 11,
    price: 12,
    bandUnits: 13,
    unitCost: 14,
    elasticity: 15,
    margin: 16,
    bandNewUnits: 17,
  },
} as const;

const P = PRICE_OFFERS_LAYOUT.product;
const O = PRICE_OFFERS_LAYOUT.offer;
/** How each price rule is said on the sheet (English catalogue keys; the sheet also reads the English word). */
export const RULE_NAMES: Readonly<Record<PriceRule, string>> = { linear: msg('linear'), constant: msg('constant') };
const SHORT = msg('⚠ below break-even');

/** A block's header labels in the order of its columns. */
const sortedHeaders = <K extends string>(columns: Readonly<Record<K, number>>, labels: Readonly<Record<K, string>>): string[] =>
  (Object.keys(labels) as K[]).sort((x, y) => columns[x] - columns[y]).map((k) => labels[k]);
const OK = msg('✓ at or above break-even');
const NO_VOLUME = msg('no volume recovers it');

/** The rule as a number the formulas read (C5: 1 for constant, 0 for linear), beside the word typed. */
const CONSTANT = `${absolute(PRICE_OFFERS_LAYOUT.rule, 2)}=1`;

/** Units after a change `change` at elasticity `e` by the sheet's rule: (1 + Δp)^e, or 1 + e × Δp; never below 0 (PRICEIMPACT). */
const newUnits = (units: string, change: string, e: string) => `MAX(0,${units}*IF(${CONSTANT},(1+${change})^${e},1+${e}*${change}))`;

/** The rule as an input (its words in the plan's language or English) and its number beside it (1: constant). */
function placeRule(sheet: SheetBuilder, rule: PriceRule): void {
  const { t } = sheet;
  const L = PRICE_OFFERS_LAYOUT;
  const typed = sheet.input(L.rule, t('Volume rule (linear or constant)'), t(RULE_NAMES[rule]));
  const said = (r: PriceRule) => `OR(LOWER(TRIM(${typed}))=LOWER(${formulaString(t(RULE_NAMES[r]))}),LOWER(TRIM(${typed}))="${r}")`;
  sheet.formula(L.rule, 2, `=IF(${said('constant')},1,IF(${said('linear')},0,NA()))`);
  sheet.style(a1(L.rule, 2), 'working');
}

/** Break-even volume change −Δp / (m + Δp), or words when no volume recovers the change (BREAKEVENVOL's #NUM!). */
const breakEven = (change: string, margin: string, t: (s: string) => string) =>
  `=IF(OR(${change}<=-1,${margin}>1,${margin}+${change}<=0),${formulaString(t(NO_VOLUME))},-${change}/(${margin}+${change}))`;
const verdict = (breakEvenCell: string, volume: string, t: (s: string) => string) =>
  `=IF(ISNUMBER(${breakEvenCell}),IF(${volume}<${breakEvenCell},${formulaString(t(SHORT))},${formulaString(t(OK))}),${formulaString(t(SHORT))})`;

/** A product's row: its inputs, then margin, break-even, expected volume, units, revenue, profit and its change (PRICEIMPACT), and the verdict. */
function placeProduct(sheet: SheetBuilder, row: number, p: PriceOffersAnswers['products'][number]): void {
  const { t } = sheet;
  const c = (col: number) => a1(row, col);
  sheet.text(row, P.name, p.name);
  [p.price, p.units, p.unitCost, p.elasticity, p.priceChange].forEach((v, i) => sheet.number(row, P.price + i, v));
  sheet.formula(row, P.margin, `=IF(${c(P.price)}>0,(${c(P.price)}-${c(P.unitCost)})/${c(P.price)},NA())`);
  sheet.formula(row, P.breakEven, breakEven(c(P.change), c(P.margin), t));
  sheet.formula(row, P.newUnits, `=${newUnits(c(P.units), c(P.change), c(P.elasticity))}`);
  sheet.formula(row, P.volume, `=IF(${c(P.units)}=0,0,${c(P.newUnits)}/${c(P.units)}-1)`);
  const newPrice = `${c(P.price)}*(1+${c(P.change)})`;
  sheet.formula(row, P.revenue, `=${newPrice}*${c(P.newUnits)}`);
  sheet.formula(row, P.profit, `=(${newPrice}-${c(P.unitCost)})*${c(P.newUnits)}`);
  sheet.formula(row, P.profitChange, `=${c(P.profit)}-(${c(P.price)}-${c(P.unitCost)})*${c(P.units)}`);
  sheet.formula(row, P.verdict, verdict(c(P.breakEven), c(P.volume), t));
}

/** An offer's row: its product's numbers read by name, the band's break-even and volume, and the product's units, revenue and profit with the offer. */
function placeOffer(sheet: SheetBuilder, row: number, o: PriceOffer, products: { first: number; last: number }): void {
  const { t } = sheet;
  const c = (col: number) => a1(row, col);
  const column = (col: number) => `${absolute(products.first, col)}:${absolute(products.last, col)}`;
  const of = (col: number) => `INDEX(${column(col)},${c(O.at)})`;
  sheet.text(row, O.name, o.name);
  sheet.text(row, O.product, o.product);
  sheet.number(row, O.discount, o.discount);
  sheet.number(row, O.share, o.share);
  sheet.formula(row, O.at, `=${positionIn(column(P.name), c(O.product))}`);
  sheet.formula(row, O.price, `=IF(${c(O.at)}=0,NA(),${of(P.price)})`);
  sheet.formula(row, O.bandUnits, `=IF(${c(O.at)}=0,NA(),${of(P.units)}*${c(O.share)})`);
  sheet.formula(row, O.unitCost, `=IF(${c(O.at)}=0,NA(),${of(P.unitCost)})`);
  sheet.formula(row, O.elasticity, `=IF(${c(O.at)}=0,NA(),${of(P.elasticity)})`);
  sheet.formula(row, O.margin, `=(${c(O.price)}-${c(O.unitCost)})/${c(O.price)}`);
  const cut = `(-${c(O.discount)})`;
  sheet.formula(row, O.bandNewUnits, `=${newUnits(c(O.bandUnits), cut, c(O.elasticity))}`);
  sheet.formula(row, O.breakEven, breakEven(cut, c(O.margin), t));
  sheet.formula(row, O.volume, `=IF(${c(O.bandUnits)}=0,0,${c(O.bandNewUnits)}/${c(O.bandUnits)}-1)`);
  const rest = `${of(P.units)}*(1-${c(O.share)})`;
  const offered = `${c(O.price)}*(1-${c(O.discount)})`;
  sheet.formula(row, O.units, `=${c(O.bandNewUnits)}+${rest}`);
  sheet.formula(row, O.revenue, `=${offered}*${c(O.bandNewUnits)}+${c(O.price)}*${rest}`);
  sheet.formula(row, O.profit, `=(${offered}-${c(O.unitCost)})*${c(O.bandNewUnits)}+(${c(O.price)}-${c(O.unitCost)})*${rest}`);
  sheet.formula(row, O.profitChange, `=(${offered}-${c(O.unitCost)})*${c(O.bandNewUnits)}-(${c(O.price)}-${c(O.unitCost)})*${c(O.bandUnits)}`);
  sheet.formula(row, O.verdict, verdict(c(O.breakEven), c(O.volume), t));
}

/** Total profit of every product at each price change of the grid, and today's: the curve and its break-even line. */
function placeCurve(sheet: SheetBuilder, top: number, products: { first: number; last: number }): { first: number; last: number } {
  const { t } = sheet;
  const column = (col: number) => `${absolute(products.first, col)}:${absolute(products.last, col)}`;
  const [price, units, cost, e] = [P.price, P.units, P.unitCost, P.elasticity].map(column);
  sheet.section(top, t('Profit by price change, every product’s whole volume (the line: profit today, the break-even)'));
  sheet.header(top + 1, 0, [t('Price change'), t('Profit'), t('Profit today')]);
  const first = top + 2;
  PRICE_GRID.forEach((change, k) => {
    const row = first + k;
    const d = a1(row, 0);
    sheet.number(row, 0, change);
    // The chart's categories: the change as a label (−30%), beside the number the formulas read.
    sheet.text(row, 3, `${change > 0 ? '+' : ''}${Math.round(change * 100)}%`);
    // Each product's profit at the change, its units never below 0.
    const profitOf = (after: string) => `SUMPRODUCT((${price}*(1+${d})-${cost})*((${after})>0)*(${after}))`;
    sheet.formula(row, 1, `=IF(${CONSTANT},${profitOf(`${units}*(1+${d})^${e}`)},${profitOf(`${units}*(1+${e}*${d})`)})`);
    sheet.formula(row, 2, `=SUMPRODUCT((${price}-${cost})*${units})`);
  });
  const last = first + PRICE_GRID.length - 1;
  sheet.format(rangeA1(first, 0, last, 0), 'percent');
  sheet.format(rangeA1(first, 1, last, 2), 'money');
  return { first, last };
}

/** The check in A3: a rule the sheet does not know, an offer on a product not listed. */
function placeCheck(sheet: SheetBuilder, offers: { first: number; last: number } | null): void {
  const { t } = sheet;
  const L = PRICE_OFFERS_LAYOUT;
  const problems: [string, string][] = [[`ISNA(${absolute(L.rule, 2)})`, sayInFormula(t('⚠ How units answer price is linear or constant.'))]];
  if (offers) {
    const at = `${absolute(offers.first, O.at)}:${absolute(offers.last, O.at)}`;
    const unknown = `--(${at}=0)`;
    problems.push([
      `SUMPRODUCT(${unknown})>0`,
      sayInFormula(t('⚠ The offer {offer} is on a product the sheet does not list (or lists twice).'), {
        offer: `INDEX(${absolute(offers.first, O.name)}:${absolute(offers.last, O.name)},SUMPRODUCT(MATCH(1,${unknown},0)))`,
      }),
    ]);
  }
  sheet.check(L.check, problems, sayInFormula(t('✓ Every price test and offer reads its product; red: below break-even.')));
}

/**
 * The Price and offers sheet: each product's price, units, unit cost, elasticity and the price change
 * tested as inputs; its margin, break-even volume change (BREAKEVENVOL), expected volume, units,
 * revenue, profit and change (PRICEIMPACT) in native formulas, flagged red below break-even; each
 * offer (a discount to a band's share of volume) the same way; the total profit over −30%…+30% with
 * today's profit as the break-even line, charted. Live: edit a price, an elasticity or a change.
 *
 * @example
 * buildPriceOffers({ products: [{ name: 'Chairs', price: 100, units: 1000, unitCost: 60, elasticity: -2, priceChange: -0.1 }], offers: [], rule: 'linear' })
 */
export function buildPriceOffers(answers: PriceOffersAnswers, language: Language = 'en'): Plan {
  if (answers.products.length === 0) throw new Error('a Price and offers sheet needs at least one product');
  if (answers.products.length > MAX_PRICED || answers.offers.length > MAX_PRICED)
    throw new Error(`a Price and offers sheet takes up to ${MAX_PRICED} products and offers`);
  const t = translator(language);
  const sheet = new SheetBuilder(t('Price and offers'), t);
  const L = PRICE_OFFERS_LAYOUT;
  sheet.text(0, 0, t('Price and offers: what a price change or an offer does to units, revenue and profit'));
  sheet.style('A1', 'title');
  sheet.note(1, t('The yellow cells are yours: change a price, a cost, an elasticity, a price change or an offer and every number follows.'));
  placeRule(sheet, answers.rule);
  sheet.section(L.productsHeader - 1, t('Price changes: a cut needs more volume to keep profit (break-even); red where the expected volume falls short'));
  const headers = sortedHeaders(P, {
    name: msg('Product'),
    price: msg('Price'),
    units: msg('Units'),
    unitCost: msg('Unit cost'),
    elasticity: msg('Elasticity'),
    change: msg('Price change'),
    verdict: msg('Verdict'),
    profitChange: msg('Profit change'),
    breakEven: msg('Break-even volume change'),
    volume: msg('Expected volume change'),
    newUnits: msg('New units'),
    revenue: msg('New revenue'),
    profit: msg('New profit'),
    margin: msg('Margin'),
  });
  sheet.header(
    L.productsHeader,
    0,
    headers.map((h) => t(h)),
  );
  answers.products.forEach((p, i) => placeProduct(sheet, L.firstProduct + i, p));
  sheet.keyOutputs(
    ...answers.products.slice(0, 10).map((p, i) => ({ ref: a1(L.firstProduct + i, P.profitChange), label: `${p.name}: ${t('Profit change')}` })),
  );
  const products = { first: L.firstProduct, last: L.firstProduct + answers.products.length - 1 };
  const span = (from: number, to: number, rows = products) => rangeA1(rows.first, from, rows.last, to);
  sheet.style(span(P.name, P.change), 'input');
  for (const [name, col] of [
    ['price', P.price],
    ['units', P.units],
    ['unitCost', P.unitCost],
    ['elasticity', P.elasticity],
    ['priceChange', P.change],
  ] as const) {
    const declared = answerInput(PRICE_OFFERS_FIELDS[name], t);
    sheet.validate(span(col, col), declared.rule!);
    if (declared.format) sheet.format(span(col, col), declared.format);
  }
  for (const col of [P.margin, P.breakEven, P.volume]) sheet.format(span(col, col), 'percent');
  sheet.format(span(P.newUnits, P.newUnits), 'integer');
  for (const col of [P.revenue, P.profit, P.profitChange]) sheet.format(span(col, col), 'money');
  sheet.highlight(span(P.profitChange, P.profitChange), { below: 0 });
  sheet.highlight(span(P.verdict, P.verdict), { equals: t(SHORT) });
  const offers = placeOffers(sheet, answers, products);
  const curve = placeCurve(sheet, (offers?.last ?? products.last) + 2, products);
  placeCheck(sheet, offers);
  sheet.chart({
    kind: 'column',
    title: t('Profit by price change'),
    categories: rangeA1(curve.first, 3, curve.last, 3),
    values: rangeA1(curve.first, 1, curve.last, 2),
    seriesNames: [t('Profit'), t('Profit today')],
    lines: [1],
    anchor: a1(curve.first - 1, 5),
  });
  sheet.layout([170, 80, 80, 80, 80, 90, 80, 110, 110, 90, 100, 100, 100, 170], { rows: L.firstProduct, columns: 1 });
  return { sheets: [sheet.build()] };
}

/** The offers' block under the products, or null without offers. */
function placeOffers(sheet: SheetBuilder, answers: PriceOffersAnswers, products: { first: number; last: number }): { first: number; last: number } | null {
  if (answers.offers.length === 0) return null;
  const { t } = sheet;
  const top = products.last + 2;
  sheet.section(top, t('Offers: a discount to a band of customers, its share of the product’s volume; the rest sold as before'));
  const headers = sortedHeaders(O, {
    name: msg('Offer'),
    product: msg('Product'),
    discount: msg('Discount'),
    share: msg('Share of volume'),
    verdict: msg('Verdict'),
    profitChange: msg('Profit change'),
    breakEven: msg('Break-even volume change'),
    volume: msg('Expected volume change'),
    units: msg('Units'),
    revenue: msg('Revenue'),
    profit: msg('Profit'),
    at: msg('Product #'),
    price: msg('Price'),
    bandUnits: msg('Band units'),
    unitCost: msg('Unit cost'),
    elasticity: msg('Elasticity'),
    margin: msg('Margin'),
    bandNewUnits: msg('Band units after'),
  });
  sheet.header(
    top + 1,
    0,
    headers.map((h) => t(h)),
  );
  const first = top + 2;
  answers.offers.forEach((o, k) => placeOffer(sheet, first + k, o, products));
  const rows = { first, last: first + answers.offers.length - 1 };
  const span = (from: number, to: number) => rangeA1(rows.first, from, rows.last, to);
  sheet.style(span(O.name, O.share), 'input');
  sheet.style(span(O.at, O.bandNewUnits), 'working');
  for (const [name, col] of [
    ['discount', O.discount],
    ['share', O.share],
  ] as const) {
    sheet.validate(span(col, col), answerInput(PRICE_OFFERS_FIELDS[name], t).rule!);
    sheet.format(span(col, col), 'percent');
  }
  sheet.format(span(O.breakEven, O.volume), 'percent');
  sheet.format(span(O.units, O.units), 'integer');
  for (const col of [O.revenue, O.profit, O.profitChange]) sheet.format(span(col, col), 'money');
  sheet.highlight(span(O.profitChange, O.profitChange), { below: 0 });
  sheet.highlight(span(O.verdict, O.verdict), { equals: t(SHORT) });
  return rows;
}
