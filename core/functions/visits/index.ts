/** core/functions/visits: The visits functions, as core computes them. Code outside core imports this area through here. */
export * from './accountClasses';
export * from './funnelAndCapacity';
export * from './visitFunctions';
export * from './visitRoute';
export * from './tourSearch';
