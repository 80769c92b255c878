/** core/functions/targets: The targets functions, as core computes them. Code outside core imports this area through here. */
export * from './baseline';
export * from './capacity';
export * from './cascade';
export * from './largestRemainder';
export * from './seasonality';
export * from './targetFunctions';
export * from './workdaySplit';
