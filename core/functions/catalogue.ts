import * as fns from './byName';
import { CatalogueFunction } from '../kit/catalogue/types';

/** Every custom function, in the order the gallery and the docs list them (domain.md §2's order). */
export const CATALOGUE: readonly CatalogueFunction[] = [
  fns.WINRATE,
  fns.CLOSERATE,
  fns.LEADCONVERSION,
  fns.AVGDEALSIZE,
  fns.ACV,
  fns.MRR,
  fns.ARR,
  fns.SALESCYCLE,
  fns.PIPECOVERAGE,
  fns.WEIGHTEDPIPE,
  fns.ATTAINMENT,
  fns.REVGROWTH,
  fns.CMGR,
  fns.GROSSMARGIN,
  fns.CAC,
  fns.CACPAYBACK,
  fns.LTV,
  fns.LTVCAC,
  fns.CHURNRATE,
  fns.NRR,
  fns.GRR,
  fns.RETENTION,
  fns.QUICKRATIO,
  fns.VELOCITY,
  fns.RUNRATE,
  fns.PACING,
  fns.REQPIPELINE,
  fns.KPIBY,
  fns.BASELINE,
  fns.SEASONALITY,
  fns.CASCADE,
  fns.RAMPQUOTA,
  fns.REPSNEEDED,
  fns.GOALPROGRESS,
  fns.GOALTARGET,
  fns.WORKDAYSPLIT,
  fns.LEADSCORE,
  fns.LEADDECAY,
  fns.LEADBAND,
  fns.LEADMODEL,
  fns.LEADPROB,
  fns.LEADFACTORS,
  fns.SCOREAUC,
  fns.LIFT,
  fns.ROUTELEADS,
  fns.RESPONSE,
  fns.MRESPONSE,
  fns.ALLOCATE,
  fns.BUDGETSPLIT,
  fns.FITRESPONSE,
  fns.REVERSEFUNNEL,
  fns.VISITSPERDAY,
  fns.CALLCAPACITY,
  fns.WORKLOAD,
  fns.REPSFORWORKLOAD,
  fns.ABCCLASS,
  fns.VISITFREQ,
  fns.VISITORDER,
  fns.ROUTEKM,
  fns.CALLPLAN,
  fns.RAG,
  fns.SHORTFALLS,
  fns.PVM,
  fns.FORECASTEND,
  fns.COMMISSION,
  fns.COMMISSIONRATE,
  fns.COSTOFSALES,
  fns.PIPEFORECAST,
  fns.FORECASTACCURACY,
  fns.BREAKEVENVOL,
  fns.PRICEIMPACT,
  fns.ELASTICITY,
];

/**
 * The catalogue function with this spreadsheet name, or undefined.
 *
 * @example
 * findFunction('winrate')?.name //=> 'WINRATE'
 */
export function findFunction(name: string): CatalogueFunction | undefined {
  const upper = name.toUpperCase();
  return CATALOGUE.find((fn) => fn.name === upper);
}
