/** core/plans/salesEvaluation: The salesEvaluation plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './actualsSource';
export * from './buildSalesDashboard';
export * from './buildSalesEvaluation';
export * from './dashboardNumbers';
export * from './evaluationLayout';
export * from './pipelineForecastBlock';
export * from './stageTableBlock';
export * from './priceVolumeMixBlock';
export * from './salesEvaluationAnswers';
