/** core/functions/budget: The budget functions, as core computes them. Code outside core imports this area through here. */
export * from './allocate';
export * from './budgetFunctions';
export * from './budgetSplit';
export * from './fitResponse';
export * from './responseCurve';
