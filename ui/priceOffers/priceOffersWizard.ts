import { isSheetError } from '../../core/kit/cells';
import { PRICE_RULES, PriceRule } from '../../core/functions/pricing';
import { PricedProduct, RULE_NAMES, buildPriceOffers, offerTest, priceTest } from '../../core/plans/priceOffers';
import { h } from '../dom';
import { button, errorLine, factsList, field, linesBox, numberInput, select } from '../form';
import { Host, UiSettings } from '../host';
import { percentOf, wholeAmount } from '../numbers';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import {
  PRICE_OFFERS_STEPS,
  PriceOffersState,
  fittedElasticities,
  offersAsText,
  productsAsText,
  productsFromTable,
  restoreState,
  typedOffers,
  typedProducts,
  validateStep,
} from './priceOffersModel';
import { t, uiLanguage } from '../i18n';

type Ctx = StepContext<PriceOffersState>;

async function productsFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('products');
  if (!selection) return;
  const products = productsFromTable(selection.values as never, ctx.state.answers.products);
  if (typeof products === 'string') return ctx.redraw({ products });
  answer(ctx, { products });
  ctx.redraw({});
}

function stepProducts(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const label = t('Products or segments, a line each: Name: price, units, unit cost');
  return [
    button(t('Use the selected cells as the products'), () => void productsFromSelection(ctx)),
    field(
      label,
      linesBox(label, productsAsText(a.products), (typed) => answer(ctx, { products: typedProducts(typed, ctx.state.answers.products) }), {
        example: t('Chairs: 120, 400, 70'),
      }),
      'products',
      ctx.errors,
      t('Or select a table with a product, a price, units and a unit cost field, and press the button.'),
    ),
  ];
}

/** Fits every product's elasticity from the selected price–units history and shows each fit. */
async function fitFromSelection(ctx: Ctx): Promise<void> {
  const selection = await ctx.readSelection('elasticity');
  if (!selection) return;
  const fitted = fittedElasticities(ctx.state.answers.products, selection.values as never);
  if (typeof fitted === 'string') return ctx.redraw({ elasticity: fitted });
  ctx.update((s) => ({ ...s, answers: { ...s.answers, products: fitted.products } }));
  ctx.redraw({});
  ctx.status.className = 'sp-status';
  ctx.status.textContent = t('Fitted: {fits}.', { fits: fitted.fits.join('; ') });
}

function stepElasticity(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const set = (i: number, change: Partial<PricedProduct>) =>
    answer(ctx, { products: ctx.state.answers.products.map((p, j) => (j === i ? { ...p, ...change } : p)) });
  return [
    button(t('Fit from the selected price–units history'), () => void fitFromSelection(ctx)),
    h(
      'p',
      { className: 'sp-hint' },
      t(
        'Elasticity: −2 means units fall 2% for each 1% of price. Type it, or select a history (a price and units a row, and a product field to fit each) and press the button.',
      ),
    ),
    errorLine(ctx.errors, 'elasticity'),
    ...a.products.map((p, i) =>
      field(
        p.name,
        numberInput(p.elasticity, (v) => set(i, { elasticity: v }), t('Elasticity of {name}', { name: p.name })),
        `elasticity${i}`,
        {},
      ),
    ),
    ctx.status,
    field(
      t('How units answer price'),
      select<PriceRule>(
        a.rule,
        PRICE_RULES,
        (rule) => answer(ctx, { rule }),
        t('Price rule'),
        (r) => t(RULE_NAMES[r]),
      ),
      'rule',
      ctx.errors,
      t('linear: units × (1 + elasticity × change); constant: units × (1 + change)^elasticity.'),
    ),
  ];
}

function stepOffers(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const set = (i: number, priceChange: number) => answer(ctx, { products: ctx.state.answers.products.map((p, j) => (j === i ? { ...p, priceChange } : p)) });
  const label = t('Offers, a line each: Offer: product, discount %, share of volume %');
  return [
    errorLine(ctx.errors, 'priceChanges'),
    ...a.products.map((p, i) =>
      field(
        t('{name}: price change (%)', { name: p.name }),
        numberInput(p.priceChange * 100, (v) => set(i, v / 100), t('Price change of {name}', { name: p.name })),
        `change${i}`,
        {},
      ),
    ),
    field(
      label,
      linesBox(label, offersAsText(a.offers), (typed) => answer(ctx, { offers: typedOffers(typed) }), { example: t('Spring offer: Chairs, 15%, 30%') }),
      'offers',
      ctx.errors,
      t('A time-limited offer: 20% off to small firms, who buy 30% of the volume, is “Spring: Chairs, 20%, 30%”.'),
    ),
  ];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const said = (r: ReturnType<typeof priceTest>) =>
    isSheetError(r.impact)
      ? '—'
      : t('profit {change}, volume {volume} against {breakEven} to break even: {verdict}', {
          change: wholeAmount(r.impact.profitChange),
          volume: percentOf(r.volumeChange),
          breakEven: isSheetError(r.breakEven) ? t('no volume recovers it') : percentOf(r.breakEven),
          verdict: r.short ? t('⚠ below break-even') : t('✓ at or above break-even'),
        });
  const facts: [string, string][] = [
    ...a.products.map((p): [string, string] => [t('{name} at {change}', { name: p.name, change: percentOf(p.priceChange) }), said(priceTest(p, a.rule))]),
    ...a.offers.map((o): [string, string] => {
      const product = a.products.find((p) => p.name.trim().toLowerCase() === o.product.trim().toLowerCase());
      return [o.name, product ? said(offerTest(o, product, a.rule)) : '—'];
    }),
  ];
  return [
    factsList(facts),
    buildButton(
      ctx,
      t('Build the price and offers sheet'),
      () => buildPriceOffers(a, uiLanguage()),
      (names) => t('Built “{names}”. Change a price, an elasticity or an offer there: every number follows.', { names }),
      t('the price and offers'),
    ),
    ctx.status,
  ];
}

/** The Price and offers wizard: the products, elasticity, price changes and offers, review and Build. */
export const PRICE_OFFERS_WIZARD: WizardDefinition<PriceOffersState> = {
  settingsKey: 'priceOffersWizard',
  restore: restoreState,
  steps: [
    { title: PRICE_OFFERS_STEPS[0].title, render: stepProducts, validate: validateStep },
    { title: PRICE_OFFERS_STEPS[1].title, render: stepElasticity, validate: validateStep },
    { title: PRICE_OFFERS_STEPS[2].title, render: stepOffers, validate: validateStep },
    { title: PRICE_OFFERS_STEPS[3].title, render: stepReview },
  ],
};

export function renderPriceOffersWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, PRICE_OFFERS_WIZARD);
}
