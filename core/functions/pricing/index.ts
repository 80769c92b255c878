/** core/functions/pricing: Break-even volume, price impact and elasticity, as core computes them. Code outside core imports this area through here. */
export * from './pricing';
export * from './pricingFunctions';
