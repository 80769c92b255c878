import { CellValue } from '../../core/kit/cells';
import { IncentivePlanAnswers, RATE_PRESETS } from '../../core/plans/incentivePlan';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { sampleDealsRead } from './sampleTables';

/** The sample's opportunities as the Incentive plan reads them, header first. */
export const SAMPLE_DEALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];

/**
 * An Incentive plan over the sample's won deals of 2017: its four owners with quotas around what they
 * sold (92% to 121%), the accelerator preset, a cap of 3× variable pay, paid quarterly.
 */
export const SAMPLE_INCENTIVES: IncentivePlanAnswers = {
  year: 2017,
  actuals: sampleDealsRead(`A1:K${SAMPLE_DEALS.length}`, 'Owner'),
  reps: ['Kelly Williamson', 'Anna Andreadi', 'Chuck Magee', 'Cassandra Brandow'].map((name, i) => ({
    name,
    quota: [1500, 5000, 4000, 2500][i],
    quotaFormula: null,
    base: 2000 + 100 * i,
    variable: [300, 600, 500, 400][i],
  })),
  ...RATE_PRESETS.accelerator,
  capMultiple: 3,
  period: 'quarter',
};
