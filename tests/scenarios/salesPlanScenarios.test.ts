/**
 * Three scenarios of a sales plan side by side: each column's key outputs equal core's numbers for
 * that scenario's inputs, and editing one scenario's input moves only its column.
 */
import { buildSalesPlan, computeSalesPlan, SalesPlanAnswers, SalesPlanNumbers } from '../../core/plans/salesPlan';
import { SavedScenario } from '../../core/plans/scenarios';
import { SAMPLE_PLAN_ANSWERS } from '../harness/salesPlanNumbers';
import { loadWithScenarios, scenarioMismatches } from '../harness/scenarioSheets';

const answers = SAMPLE_PLAN_ANSWERS;
/** The inputs block, in the order the sheet lists them: baseline, growth, round to, attainment, full quota, headcount, the ramp's three months, owner, measure. */
const valuesOf = (a: SalesPlanAnswers) => [a.baseline, a.growth, a.roundTo, a.attainment, a.fullQuota, a.headcount, ...a.ramp, a.owner, a.measure];
const best: SalesPlanAnswers = { ...answers, growth: 0.15, attainment: 0.95, headcount: answers.headcount + 2, ramp: [0.4, 0.7, 0.9] };
const worst: SalesPlanAnswers = { ...answers, baseline: 2_000_000, growth: 0, attainment: 0.7, ramp: [0, 0.25, 0.5] };
const scenarios: SavedScenario[] = [
  { name: 'Base', values: valuesOf(answers) },
  { name: 'Best', values: valuesOf(best) },
  { name: 'Worst', values: valuesOf(worst) },
];

/** Core's key outputs, in the order the sheet names them: target, quota handed out, capacity, gap, reps needed. */
function coreOutputs(a: SalesPlanAnswers): number[] {
  const n = computeSalesPlan(a) as SalesPlanNumbers;
  return [n.target, n.handOut, n.capacity, n.gap, n.moreRepsNeeded];
}

function expectClose(shown: unknown[], want: number[]) {
  expect(shown).toHaveLength(want.length);
  // HyperFormula keeps about 10 significant digits, as the liveness checks allow.
  shown.forEach((v, k) => expect(Math.abs((v as number) - want[k])).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want[k]))));
}

describe('the Scenarios sheet of a sales plan', () => {
  const loaded = loadWithScenarios(buildSalesPlan(answers), scenarios);

  it('saves the inputs block and names the key outputs', () => {
    expect(loaded.spec.inputs.map((i) => i.ref)).toEqual(['B5', 'B6', 'B8', 'B9', 'B12', 'B13', 'B14', 'C14', 'D14', 'B15', 'B16']);
    expect(loaded.spec.outputs.map((o) => o.label)).toEqual([
      'Target',
      'Quota handed out (target ÷ attainment)',
      'Capacity at expected attainment',
      'Gap to target (negative = room to spare)',
      'More fully ramped reps needed',
    ]);
    expect(loaded.spec.inputs.find((i) => i.ref === 'B9')?.rule).toMatchObject({ min: expect.any(Number), max: expect.any(Number) });
  });

  it('shows each scenario’s target, capacity, gap and reps needed as core computes them', () => {
    expectClose(loaded.shown(0), coreOutputs(answers));
    expectClose(loaded.shown(1), coreOutputs(best));
    expectClose(loaded.shown(2), coreOutputs(worst));
    expect(loaded.shown(1)).not.toEqual(loaded.shown(2));
  });

  it('equals the plan sheet with each scenario’s inputs typed into it', () => {
    expect(scenarioMismatches(loaded, scenarios)).toEqual([]);
  });

  it('moves only the edited scenario’s column when one of its inputs changes', () => {
    const before = [0, 1, 2].map((j) => loaded.shown(j));
    loaded.edit(1, 1, 0.3); // Best's growth: 15% → 30%
    expectClose(loaded.shown(1), coreOutputs({ ...best, growth: 0.3 }));
    expect(loaded.shown(0)).toEqual(before[0]);
    expect(loaded.shown(2)).toEqual(before[2]);
    expect(loaded.shown(1)).not.toEqual(before[1]);
    loaded.edit(1, 1, 0.15);
  });

  it('leaves the plan sheet’s own inputs as they were', () => {
    expectClose(
      loaded.spec.outputs.map((o) => loaded.book.value(o.ref)),
      coreOutputs(answers),
    );
  });

  it('flags a scenario input that breaks the plan’s rule in its check cell', () => {
    expect(loaded.onScenarios('A3')).toMatch(/^✓/);
    loaded.edit(3, 2, 7); // Worst's attainment: 700%
    expect(loaded.onScenarios('A3')).toMatch(/^⚠ C9:E9: Expected attainment/);
    loaded.edit(3, 2, 0.7);
  });
});
