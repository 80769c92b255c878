/** The public surface of core: what hosts, the UI and the generator may use. */
export * from './cells/errors';
export * from './cells/values';
export * from './cells/args';
export * from './cells/dataSize';
export * from './catalogue/types';
export * from './catalogue/index';
export * from './catalogue/invoke';
export { winRate, winRateFromCounts } from './kpi/winRate';
export { closeRate } from './kpi/closeRate';
export { averageDealSize } from './kpi/averageDealSize';
export { attainment } from './kpi/attainment';
export { revenueGrowth } from './kpi/revenueGrowth';
