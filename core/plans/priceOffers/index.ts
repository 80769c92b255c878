/** core/plans/priceOffers: The Price and offers plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './buildPriceOffers';
export * from './priceOffersAnswers';
export * from './priceOffersNumbers';
