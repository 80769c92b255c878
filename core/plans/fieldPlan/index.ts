/** core/plans/fieldPlan: The fieldPlan plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './buildFieldPlan';
export * from './fieldPlanAnswers';
export * from './routeBlock';
export * from './weekRoute';
