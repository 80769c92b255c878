import { CATALOGUE, LARGEST_INPUT, SheetError, invokeFunction, isSheetError, largestInputOf } from '../../core';
import { scoringTooLarge, LARGEST_SCORING, LARGEST_FIT } from '../../core/functions/leads';

const WINRATE = CATALOGUE.find((fn) => fn.name === 'WINRATE')!;
const LEADMODEL = CATALOGUE.find((fn) => fn.name === 'LEADMODEL')!;
/** A column with data in its last row only: `cells` cells of data, built without filling them all. */
const columnOfCells = (cells: number) => Array.from({ length: cells }, (_, i) => [i === cells - 1 ? 1 : null]);

describe('the largest input each function takes', () => {
  const rangeParams = CATALOGUE.flatMap((fn) =>
    fn.params.flatMap((param, index) => (['range', 'total', 'count'].includes(param.kind) ? [[fn.name, param.name, fn, index] as const] : [])),
  );

  it.each(rangeParams)('%s refuses more cells of data in %s than its limit, with #NUM! naming the limit', (name, paramName, fn, index) => {
    const limit = largestInputOf(fn.params[index]);
    const args = fn.params.map((_, i) => (i === index ? columnOfCells(limit + 1) : 1));
    const result = invokeFunction(fn, args) as SheetError;
    expect(isSheetError(result)).toBe(true);
    expect(result.kind).toBe('NUM');
    expect(result.message).toBe(`${paramName} holds ${limit + 1} cells of data; ${name} takes at most ${limit}`);
  });

  it('does not count blank rows after the data, so a whole column answers', () => {
    const wholeColumn = [['Won'], ['Lost'], ['Won'], ...Array.from({ length: 1_048_573 }, () => [null])];
    expect(invokeFunction(WINRATE, [wholeColumn])).toBeCloseTo(2 / 3, 12);
  });

  it('answers at its limit', () => {
    const outcomes = Array.from({ length: LARGEST_INPUT }, (_, i) => [i % 4 === 0 ? 'Won' : 'Lost']);
    expect(invokeFunction(WINRATE, [outcomes])).toBeCloseTo(0.25, 12);
  });

  it('gives the tours, curve fits and forecasts whose cost grows fastest limits of their own', () => {
    const own = Object.fromEntries(
      CATALOGUE.flatMap((fn) => fn.params.filter((p) => p.largestInput !== undefined).map((p) => [`${fn.name}.${p.name}`, p.largestInput])),
    );
    expect(own).toEqual({
      'BASELINE.history': 20_000,
      'ALLOCATE.curves': 2_000,
      'FITRESPONSE.spend': 1_000,
      'FITRESPONSE.returns': 1_000,
      'REVERSEFUNNEL.conversions': 1_000,
      'VISITORDER.latitudes': 400,
      'VISITORDER.longitudes': 400,
    });
  });

  it('lets LEADSCORE make up to its number of checks, and no more', () => {
    expect(scoringTooLarge(LARGEST_SCORING / 100, 100)).toBeUndefined();
    const refused = scoringTooLarge(LARGEST_SCORING / 100 + 1, 100);
    expect(refused?.kind).toBe('NUM');
    expect(refused?.message).toContain('10001 leads × 100 rules');
  });

  it('refuses a lead model with a category per lead, saying why, before building it', () => {
    const leads = 2_000;
    const features = [['Lead ID'], ...Array.from({ length: leads }, (_, i) => [`L${i}`])];
    const outcomes = [['Outcome'], ...Array.from({ length: leads }, (_, i) => [i % 3 === 0 ? 'Won' : 'Lost'])];
    expect(leads * leads ** 2).toBeGreaterThan(LARGEST_FIT);
    const result = invokeFunction(LEADMODEL, [features, outcomes]) as SheetError;
    expect(result.kind).toBe('NUM');
    expect(result.message).toContain('2000 closed leads with 2000 terms'); // one per category: under a penalty every level has a term
  });
});
