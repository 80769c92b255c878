import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { msg } from '../../kit/i18n/msg';
import { PriceRule } from '../../functions/pricing/pricing';

/** A product or segment priced: what it sells at, how many, what a unit costs, how units answer price, and the price change tested. */
export interface PricedProduct {
  readonly name: string;
  readonly price: number;
  readonly units: number;
  readonly unitCost: number;
  /** The price elasticity of demand (−2: units fall 2% for each 1% of price), typed or fitted by ELASTICITY. */
  readonly elasticity: number;
  /** The list-price change tested, a fraction (−0.1 for a 10% cut). */
  readonly priceChange: number;
}

/** A time-limited offer: a discount to a band of customers that buys a share of the product's volume. */
export interface PriceOffer {
  readonly name: string;
  /** The product it is made on (its name, as listed). */
  readonly product: string;
  /** The discount, a fraction (0.2 for 20% off). */
  readonly discount: number;
  /** The band's share of the product's volume, 0–1. */
  readonly share: number;
}

/** What the Price and offers wizard asks a manager. Plain JSON: it is saved in the document. */
export interface PriceOffersAnswers {
  readonly products: readonly PricedProduct[];
  readonly offers: readonly PriceOffer[];
  readonly rule: PriceRule;
}

/** The most products and offers a Price and offers sheet lays out. */
export const MAX_PRICED = 100;

/** The price changes the sheet's profit curve is drawn over: −30% to +30% by 5%. */
export const PRICE_GRID = Array.from({ length: 13 }, (_, i) => Math.round(-30 + 5 * i) / 100);

/**
 * The price and offers' number answers, declared once: the pane checks each step with them, a saved
 * state is restored through them, and the sheet's input rules and check are made from them.
 */
export const PRICE_OFFERS_FIELDS = {
  // Prices and costs keep their cents: a 4.60 cost shown as 5 would hide the margin a cut eats.
  price: { step: 0, at: ['products', '*', 'price'], error: 'products', format: 'decimal', min: 0.01, message: msg('A price: 0.01 or more.') },
  units: { step: 0, at: ['products', '*', 'units'], error: 'products', format: 'integer', min: 0, message: msg('Units sold: 0 or more.') },
  unitCost: { step: 0, at: ['products', '*', 'unitCost'], error: 'products', format: 'decimal', min: 0, message: msg('A unit cost: 0 or more.') },
  elasticity: {
    step: 1,
    at: ['products', '*', 'elasticity'],
    error: 'elasticity',
    format: 'decimal',
    min: -20,
    max: 20,
    message: msg('An elasticity from −20 to 20.'),
  },
  priceChange: {
    step: 2,
    at: ['products', '*', 'priceChange'],
    error: 'priceChanges',
    format: 'percent',
    min: -0.99,
    max: 10,
    message: msg('A price change from −99% to +1,000%.'),
  },
  discount: { step: 2, at: ['offers', '*', 'discount'], error: 'offers', format: 'percent', min: 0, max: 0.99, message: msg('A discount from 0% to 99%.') },
  share: { step: 2, at: ['offers', '*', 'share'], error: 'offers', format: 'percent', min: 0, max: 1, message: msg('A share of volume from 0% to 100%.') },
} as const satisfies AnswerFieldsOf<PriceOffersAnswers>;
