/** core/plans/incentivePlan: The incentivePlan plan: its answers, the numbers core computes and the sheet's builder. Code outside core imports this area through here. */
export * from './buildIncentivePlan';
export * from './incentivePlanAnswers';
