/** core/plans/salesBudget: The salesBudget plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './buildSalesBudget';
export * from './salesBudgetAnswers';
