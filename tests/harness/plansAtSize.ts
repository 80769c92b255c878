/**
 * Plans at a size: Goals, Price and offers, a Lead scoring sheet that routes its leads, a sales plan
 * with a second level, and a Scenarios sheet of 2 or 12 scenarios (the most a plan keeps). The hosts' fakes render each at two sizes and must make the
 * same number of round trips (Excel) or writes (Sheets) for both.
 */
import { buildGoals } from '../../core/plans/goals';
import { buildLeadScoring } from '../../core/plans/leadScoring';
import { buildPriceOffers } from '../../core/plans/priceOffers';
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { Plan } from '../../core/kit/sheet';
import { MAX_SCENARIOS, buildScenarios, scenarioSpecOf } from '../../core/plans/scenarios';

/** A sales plan with 20 new reps (its workings run down their rows), and n scenarios of it, each a growth apart. */
function scenariosOf(n: number): Plan {
  const plan = buildSalesPlan({ ...defaultAnswers(2027), newReps: Array.from({ length: 20 }, (_, i) => ({ name: `New ${i + 1}`, startMonth: 1 + (i % 12) })) });
  const spec = scenarioSpecOf(plan.sheets[0])!;
  const scenarios = Array.from({ length: n }, (_, j) => ({ name: `Scenario ${j + 1}`, values: spec.inputs.map((input, i) => (i === 1 ? 0.05 * j : 1)) }));
  return buildScenarios(plan.sheets[0].name, spec, scenarios);
}

export const PLANS_AT_SIZE: readonly (readonly [string, (n: number) => Plan, number, number])[] = [
  [
    'Goals',
    (n) =>
      buildGoals({
        deals: null,
        goals: Array.from({ length: n }, (_, i) => ({
          name: `Goal ${i + 1}`,
          measure: 'typed' as const,
          owner: 'Ana',
          baseline: 100 + i,
          change: -0.1,
          kind: 'percent' as const,
          start: 46023,
          deadline: 46387,
          actual: 95,
        })),
        asOf: 46200,
        amberFrom: 0.95,
        greenFrom: 1,
      }),
    3,
    50,
  ],
  [
    'Price and offers',
    (n) =>
      buildPriceOffers({
        products: Array.from({ length: n }, (_, i) => ({
          name: `Product ${i + 1}`,
          price: 10 + i,
          units: 1000,
          unitCost: 6,
          elasticity: -1.5,
          priceChange: -0.1,
        })),
        offers: [{ name: 'Spring', product: 'Product 1', discount: 0.2, share: 0.3 }],
        rule: 'linear',
      }),
    2,
    100,
  ],
  [
    'Lead scoring',
    (n) =>
      buildLeadScoring({
        leadsSheet: 'Leads',
        leadsRange: `A1:E${n + 1}`,
        labelField: 'Lead',
        outcomeField: 'Outcome',
        caps: [],
        maxScore: 100,
        warmFrom: 40,
        hotFrom: 70,
        rules: [{ field: 'Source', operator: '=', value: 'Webinar', points: 80, group: 'Fit' }],
        routing: {
          areaField: 'Region',
          from: 'Hot',
          reps: [
            { name: 'Kelly', area: 'Central', capacity: 20 },
            { name: 'Ben', area: '*', capacity: null },
          ],
        },
      }),
    100,
    2000,
  ],
  [
    'Sales plan 2027',
    (n) =>
      buildSalesPlan({
        ...defaultAnswers(2027),
        subLevel: {
          label: 'Product',
          items: Array.from({ length: n }, (_, i) => ({ parent: i % 2 ? 'North' : 'South', name: `P${i + 1}`, driver: 1 + (i % 5), lock: null })),
        },
      }),
    10,
    1000,
  ],
  ['Scenarios', scenariosOf, 2, MAX_SCENARIOS],
];
