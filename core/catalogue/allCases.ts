import { ATTAINMENT_CASES } from '../kpi/attainment.cases';
import { AVGDEALSIZE_CASES, AVGDEALSIZE_VARIANT_CASES } from '../kpi/averageDealSize.cases';
import { CLOSERATE_CASES, CLOSERATE_VARIANT_CASES } from '../kpi/closeRate.cases';
import { REVGROWTH_CASES } from '../kpi/revenueGrowth.cases';
import { WINRATE_CASES, WINRATE_VARIANT_CASES } from '../kpi/winRate.cases';
import { FunctionCase } from './cases';

/** The case table of every catalogue function, by spreadsheet name; the parity tests run each through every host. */
export const CASES_BY_FUNCTION: Readonly<Record<string, readonly FunctionCase[]>> = {
  WINRATE: [...WINRATE_CASES, ...WINRATE_VARIANT_CASES],
  CLOSERATE: [...CLOSERATE_CASES, ...CLOSERATE_VARIANT_CASES],
  AVGDEALSIZE: [...AVGDEALSIZE_CASES, ...AVGDEALSIZE_VARIANT_CASES],
  ATTAINMENT: ATTAINMENT_CASES,
  REVGROWTH: REVGROWTH_CASES,
};
