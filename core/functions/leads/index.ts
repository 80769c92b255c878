/** core/functions/leads: The leads functions, as core computes them. Code outside core imports this area through here. */
export * from './applyModel';
export * from './leadDecay';
export * from './leadFunctions';
export * from './leadModel';
export * from './leadRules';
export * from './scoreQuality';
