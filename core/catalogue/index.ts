import { ATTAINMENT, AVGDEALSIZE, CLOSERATE, REVGROWTH, WINRATE } from './functions';
import { CatalogueFunction } from './types';

/** Every custom function, in the order the gallery and the docs list them. */
export const CATALOGUE: readonly CatalogueFunction[] = [WINRATE, CLOSERATE, AVGDEALSIZE, ATTAINMENT, REVGROWTH];

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
