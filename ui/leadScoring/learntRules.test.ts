import { CellValue } from '../../core/kit/cells';
import { SAMPLE_LEADS } from '../../preview/src/sample';
import { learntRules } from './learntRules';
import { initialState, presetRules, reviewNumbers } from './leadScoringModel';

const sample = [SAMPLE_LEADS.header, ...SAMPLE_LEADS.rows] as CellValue[][];
const header = ['Lead', 'Region', 'Visits', 'Outcome'];
/** `n` leads of a region and a visit count, `won` of them won, the rest lost. */
const leadsOf = (region: string, visits: number, n: number, won: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [`${region}-${visits}-${i}`, region, visits, i < won ? 'Won' : 'Lost']);

describe('rules learnt from the leads already won and lost', () => {
  it('rank the sample leads better than chance, where the Fit and engagement preset does not', () => {
    const rules = learntRules(sample, 'Lead', 'Outcome');
    expect(rules).toEqual([{ field: 'Region', operator: 'in', value: 'West, South', points: 100, group: '' }]);
    const answers = { ...initialState().answers, leadsSheet: 'Leads', leadsRange: `A1:I${sample.length}`, labelField: 'Lead', outcomeField: 'Outcome' };
    expect(reviewNumbers({ ...answers, rules }, sample).auc).toBeGreaterThan(0.6);
    expect(reviewNumbers({ ...answers, rules: presetRules('fitEngagement', SAMPLE_LEADS.header) }, sample).auc).toBeLessThan(0.5);
  });

  it('give each rule points in proportion to how much more often its leads won, adding up to 100', () => {
    const leads = [header, ...leadsOf('West', 2, 100, 90), ...leadsOf('East', 2, 100, 50), ...leadsOf('West', 9, 100, 70), ...leadsOf('East', 9, 100, 30)];
    const rules = learntRules(leads, 'Lead', 'Outcome');
    expect(rules.map(({ field, operator, value }) => [field, operator, value])).toEqual([
      ['Region', 'in', 'West'],
      ['Visits', '<', 9],
    ]);
    expect(rules.reduce((s, r) => s + r.points, 0)).toBe(100);
    expect(rules[0].points).toBe(67); // won 80% against 40%, where fewer visits won 70% against 50%
  });

  it('learn nothing from a field whose values win alike, or from too few leads, and never read the name or the outcome', () => {
    const alike = [header, ...leadsOf('West', 2, 100, 50), ...leadsOf('East', 9, 100, 52)];
    expect(learntRules(alike, 'Lead', 'Outcome')).toEqual([]);
    const few = [header, ...leadsOf('West', 2, 20, 20), ...leadsOf('East', 9, 20, 0)];
    expect(learntRules(few, 'Lead', 'Outcome')).toEqual([]);
    expect(learntRules(sample, 'Lead', 'No such field')).toEqual([]);
  });
});
