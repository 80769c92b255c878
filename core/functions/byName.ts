/** Every catalogue function by its spreadsheet name, for generated glue that refers to them one by one. */
export { ACV } from './kpi/contractValue';
export { ARR, MRR } from './kpi/recurringRevenue';
export { ATTAINMENT } from './kpi/attainment';
export { AVGDEALSIZE } from './kpi/averageDealSize';
export { CAC, CACPAYBACK, LTV, LTVCAC } from './kpi/unitEconomics';
export { CHURNRATE, GRR, NRR, QUICKRATIO, RETENTION } from './kpi/retention';
export { CLOSERATE } from './kpi/closeRate';
export { CMGR } from './kpi/growth';
export { GROSSMARGIN } from './kpi/grossMargin';
export { KPIBY } from './kpi/kpiBy';
export { LEADCONVERSION } from './kpi/leadConversion';
export { PACING, RUNRATE } from './kpi/pace';
export { PIPECOVERAGE, REQPIPELINE, VELOCITY, WEIGHTEDPIPE } from './kpi/pipeline';
export { REVGROWTH } from './kpi/revenueGrowth';
export { SALESCYCLE } from './kpi/salesCycle';
export { WINRATE } from './kpi/winRate';
export { BASELINE, CASCADE, RAMPQUOTA, REPSNEEDED, SEASONALITY } from './targets/targetFunctions';
export { LEADBAND, LEADDECAY, LEADFACTORS, LEADMODEL, LEADPROB, LEADSCORE, LIFT, SCOREAUC } from './leads/leadFunctions';
export { ALLOCATE, BUDGETSPLIT, FITRESPONSE, MRESPONSE, RESPONSE } from './budget/budgetFunctions';
export {
  ABCCLASS,
  CALLCAPACITY,
  CALLPLAN,
  REPSFORWORKLOAD,
  REVERSEFUNNEL,
  ROUTEKM,
  VISITFREQ,
  VISITORDER,
  VISITSPERDAY,
  WORKLOAD,
} from './visits/visitFunctions';
export { FORECASTEND, PVM, RAG, SHORTFALLS } from './evaluation/evaluationFunctions';
export { COMMISSION, COMMISSIONRATE, COSTOFSALES } from './incentives/incentiveFunctions';
export { FORECASTACCURACY, PIPEFORECAST } from './forecast/forecastFunctions';
export { BREAKEVENVOL, ELASTICITY, PRICEIMPACT } from './pricing/pricingFunctions';
export { GOALPROGRESS, GOALTARGET } from './goals/goalFunctions';
export { ROUTELEADS } from './routing/routingFunctions';
export { WORKDAYSPLIT } from './targets/workdaySplit';
