/** core/plans/budgetAllocation: The budgetAllocation plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './budgetAllocationAnswers';
export * from './buildBudgetAllocation';
export * from './optimiserCells';
