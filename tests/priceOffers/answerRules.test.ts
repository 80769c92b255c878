/**
 * Each number answer of the price and offers is declared once (PRICE_OFFERS_FIELDS): the pane's step
 * check, the restore of a saved state, the sheet's input rule and its check cell agree at its bounds
 * and past them.
 */
import { PRICE_OFFERS_FIELDS, PRICE_OFFERS_LAYOUT, buildPriceOffers } from '../../core/plans/priceOffers';
import { PriceOffersState, restoreState, validateStep } from '../../ui/priceOffers/priceOffersModel';
import { RuledWizard, misplacedFields, ruleCases, ruleDisagreements, unguardedNumbers } from '../harness/answerRules';

const ready: PriceOffersState = {
  step: 3,
  answers: {
    products: [{ name: 'Chairs', price: 100, units: 1000, unitCost: 60, elasticity: -2, priceChange: -0.1 }],
    offers: [{ name: 'Spring', product: 'Chairs', discount: 0.2, share: 0.3 }],
    rule: 'linear',
  },
};

const PRICE_OFFERS: RuledWizard<PriceOffersState> = {
  fields: PRICE_OFFERS_FIELDS,
  ready,
  validateStep,
  restoreState,
  build: (state) => buildPriceOffers(state.answers),
  checkRow: PRICE_OFFERS_LAYOUT.check,
};

describe("the price and offers' number answers, each declared once", () => {
  it('declares each field where the answers hold a number', () => {
    expect(misplacedFields(PRICE_OFFERS)).toEqual([]);
  });

  it.each(ruleCases(PRICE_OFFERS))('%s = %p: the pane, the restore and the sheet agree with the rule', (name, value) => {
    expect(ruleDisagreements(PRICE_OFFERS, name, value)).toEqual([]);
  });
});

describe('what the pane can hand over', () => {
  it('never passes every step and then stops the build: a number that is NaN or Infinity anywhere in the answers is refused or built', () => {
    expect(unguardedNumbers(PRICE_OFFERS)).toEqual([]);
  });
});
