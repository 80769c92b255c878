/** core/functions/evaluation: The evaluation functions, as core computes them. Code outside core imports this area through here. */
export * from './evaluation';
export * from './evaluationFunctions';
