/** core/plans/salesPlan: The salesPlan plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './buildSalesPlan';
export * from './computeSalesPlan';
export * from './salesPlanAnswers';
export * from './weekTargets';
export * from './weekBlock';
export * from './subLevelBlock';
