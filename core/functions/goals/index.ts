/** core/functions/goals: Goals to raise or to reduce: direction, progress and targets, as core computes them. Code outside core imports this area through here. */
export * from './goalFunctions';
export * from './goals';
