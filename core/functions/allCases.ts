import { ATTAINMENT_CASES } from './kpi/attainment.cases';
import { AVGDEALSIZE_CASES, AVGDEALSIZE_VARIANT_CASES } from './kpi/averageDealSize.cases';
import { CLOSERATE_CASES, CLOSERATE_VARIANT_CASES } from './kpi/closeRate.cases';
import { REVGROWTH_CASES } from './kpi/revenueGrowth.cases';
import { WINRATE_CASES, WINRATE_VARIANT_CASES } from './kpi/winRate.cases';
import { FunctionCase } from '../kit/catalogue/cases';
import * as more from './kpi/moreKpis.cases';
import * as targets from './targets/targetFunctions.cases';
import * as leads from './leads/leadFunctions.cases';
import * as budget from './budget/budgetFunctions.cases';
import * as visits from './visits/visitFunctions.cases';
import * as evaluation from './evaluation/evaluationFunctions.cases';
import * as incentives from './incentives/incentiveFunctions.cases';
import * as forecast from './forecast/forecastFunctions.cases';
import * as pricing from './pricing/pricingFunctions.cases';
import * as goals from './goals/goalFunctions.cases';
import * as routing from './routing/routingFunctions.cases';
import { WORKDAYSPLIT_CASES } from './targets/workdaySplit.cases';

/** The case table of every catalogue function, by spreadsheet name; the parity tests run each through every host. */
export const CASES_BY_FUNCTION: Readonly<Record<string, readonly FunctionCase[]>> = {
  WINRATE: [...WINRATE_CASES, ...WINRATE_VARIANT_CASES],
  CLOSERATE: [...CLOSERATE_CASES, ...CLOSERATE_VARIANT_CASES],
  AVGDEALSIZE: [...AVGDEALSIZE_CASES, ...AVGDEALSIZE_VARIANT_CASES],
  ATTAINMENT: ATTAINMENT_CASES,
  REVGROWTH: REVGROWTH_CASES,
  LEADCONVERSION: more.LEADCONVERSION_CASES,
  ACV: more.ACV_CASES,
  MRR: more.MRR_CASES,
  ARR: more.ARR_CASES,
  SALESCYCLE: more.SALESCYCLE_CASES,
  PIPECOVERAGE: more.PIPECOVERAGE_CASES,
  WEIGHTEDPIPE: more.WEIGHTEDPIPE_CASES,
  CMGR: more.CMGR_CASES,
  GROSSMARGIN: more.GROSSMARGIN_CASES,
  CAC: more.CAC_CASES,
  CACPAYBACK: more.CACPAYBACK_CASES,
  LTV: more.LTV_CASES,
  LTVCAC: more.LTVCAC_CASES,
  CHURNRATE: more.CHURNRATE_CASES,
  NRR: more.NRR_CASES,
  GRR: more.GRR_CASES,
  RETENTION: more.RETENTION_CASES,
  QUICKRATIO: more.QUICKRATIO_CASES,
  VELOCITY: more.VELOCITY_CASES,
  RUNRATE: more.RUNRATE_CASES,
  PACING: more.PACING_CASES,
  REQPIPELINE: more.REQPIPELINE_CASES,
  KPIBY: more.KPIBY_CASES,
  BASELINE: targets.BASELINE_CASES,
  SEASONALITY: targets.SEASONALITY_CASES,
  CASCADE: targets.CASCADE_CASES,
  RAMPQUOTA: targets.RAMPQUOTA_CASES,
  REPSNEEDED: targets.REPSNEEDED_CASES,
  LEADSCORE: leads.LEADSCORE_CASES,
  LEADDECAY: leads.LEADDECAY_CASES,
  LEADBAND: leads.LEADBAND_CASES,
  LEADMODEL: leads.LEADMODEL_CASES,
  LEADPROB: leads.LEADPROB_CASES,
  LEADFACTORS: leads.LEADFACTORS_CASES,
  SCOREAUC: leads.SCOREAUC_CASES,
  LIFT: leads.LIFT_CASES,
  RESPONSE: budget.RESPONSE_CASES,
  MRESPONSE: budget.MRESPONSE_CASES,
  ALLOCATE: budget.ALLOCATE_CASES,
  BUDGETSPLIT: budget.BUDGETSPLIT_CASES,
  FITRESPONSE: budget.FITRESPONSE_CASES,
  REVERSEFUNNEL: visits.REVERSEFUNNEL_CASES,
  VISITSPERDAY: visits.VISITSPERDAY_CASES,
  CALLCAPACITY: visits.CALLCAPACITY_CASES,
  WORKLOAD: visits.WORKLOAD_CASES,
  REPSFORWORKLOAD: visits.REPSFORWORKLOAD_CASES,
  ABCCLASS: visits.ABCCLASS_CASES,
  VISITFREQ: visits.VISITFREQ_CASES,
  VISITORDER: visits.VISITORDER_CASES,
  ROUTEKM: visits.ROUTEKM_CASES,
  CALLPLAN: visits.CALLPLAN_CASES,
  RAG: evaluation.RAG_CASES,
  SHORTFALLS: evaluation.SHORTFALLS_CASES,
  PVM: evaluation.PVM_CASES,
  FORECASTEND: evaluation.FORECASTEND_CASES,
  COMMISSION: incentives.COMMISSION_CASES,
  COMMISSIONRATE: incentives.COMMISSIONRATE_CASES,
  COSTOFSALES: incentives.COSTOFSALES_CASES,
  PIPEFORECAST: forecast.PIPEFORECAST_CASES,
  FORECASTACCURACY: forecast.FORECASTACCURACY_CASES,
  BREAKEVENVOL: pricing.BREAKEVENVOL_CASES,
  PRICEIMPACT: pricing.PRICEIMPACT_CASES,
  ELASTICITY: pricing.ELASTICITY_CASES,
  ROUTELEADS: routing.ROUTELEADS_CASES,
  GOALPROGRESS: goals.GOALPROGRESS_CASES,
  GOALTARGET: goals.GOALTARGET_CASES,
  WORKDAYSPLIT: WORKDAYSPLIT_CASES,
};
