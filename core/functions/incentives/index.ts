/** core/functions/incentives: Commissions and the cost of selling, as core computes them. Code outside core imports this area through here. */
export * from './commission';
export * from './incentiveFunctions';
