/** core/plans/goals: The Goals plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './buildGoals';
export * from './goalNumbers';
export * from './goalsAnswers';
