/** Every catalogue function by its spreadsheet name, for generated glue that refers to them one by one. */
export { ATTAINMENT } from '../kpi/attainment';
export { AVGDEALSIZE } from '../kpi/averageDealSize';
export { CLOSERATE } from '../kpi/closeRate';
export { REVGROWTH } from '../kpi/revenueGrowth';
export { WINRATE } from '../kpi/winRate';
