/** The public surface of core: what hosts, the UI and the generator may use. */
export * from './kit/cells/errors';
export * from './kit/cells/values';
export * from './kit/cells/args';
export * from './kit/cells/dataSize';
export * from './kit/catalogue/types';
export * from './functions/catalogue';
export * from './kit/catalogue/invoke';
export { winRate, winRateFromCounts } from './functions/kpi/winRate';
export { closeRate } from './functions/kpi/closeRate';
export { averageDealSize } from './functions/kpi/averageDealSize';
export { attainment } from './functions/kpi/attainment';
export { revenueGrowth } from './functions/kpi/revenueGrowth';
