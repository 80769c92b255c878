/** core/plans/scenarios: a plan sheet's inputs saved as named scenarios, and the Scenarios sheet that sets them side by side. Code outside core imports this area through here. */
export * from './buildScenarios';
export * from './formulaReferences';
export * from './scenarioSpec';
export * from './scenarioStore';
export * from './compactWorkings';
