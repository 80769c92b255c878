/** core/plans/leadScoring: The leadScoring plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './buildLeadScoring';
export * from './decayCells';
export * from './leadScoringAnswers';
export * from './leadRouting';
export * from './routingCells';
export * from './predictiveScore';
export * from './rankingCells';
export * from './ruleCells';
export * from './sheetScores';
