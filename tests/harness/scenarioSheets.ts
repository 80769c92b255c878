import { Plan, parseRangeA1 } from '../../core/kit/sheet';
import { SavedScenario, buildScenarios, scenarioSpecOf, ScenarioSpec } from '../../core/plans/scenarios';
import { loadPlanSheet } from './liveness';
import { Language } from '../../core/kit/i18n';

/** Where the Scenarios sheet puts scenario `j`'s value of input `i` and of output `k` (A1), as `buildScenarios` lays it out. */
export const scenarioCell = {
  input: (i: number, j: number) => `${String.fromCharCode(67 + j)}${6 + i}`,
  output: (spec: ScenarioSpec, k: number, j: number) => `${String.fromCharCode(67 + j)}${6 + spec.inputs.length + 2 + k}`,
};

/**
 * A plan and its Scenarios sheet loaded together in HyperFormula (the preview's engine): each
 * scenario's key outputs as the Scenarios sheet shows them, and as the plan itself shows them once
 * that scenario's inputs are typed into it (then put back).
 */
export function loadWithScenarios(
  plan: Plan,
  scenarios: readonly SavedScenario[],
  sources: Readonly<Record<string, readonly (readonly unknown[])[]>> = {},
  language: Language = 'en',
) {
  const planSheet = plan.sheets[0];
  const spec = scenarioSpecOf(planSheet);
  if (!spec) throw new Error(`${planSheet.name} has no inputs a scenario saves`);
  const scenarioSheet = buildScenarios(planSheet.name, spec, scenarios, language).sheets[0];
  const book = loadPlanSheet({ sheets: [...plan.sheets, scenarioSheet] }, sources);
  const onScenarios = (a1: string) => book.valueIn(scenarioSheet.name, a1);
  return {
    book,
    spec,
    scenarioSheet,
    /** Scenario `j`'s key outputs on the Scenarios sheet. */
    shown: (j: number) => spec.outputs.map((_, k) => onScenarios(scenarioCell.output(spec, k, j))),
    /** The plan's key outputs with these input values typed into it, the plan's own inputs put back after. */
    onPlan(values: readonly (number | string | null)[]): unknown[] {
      const typed = spec.inputs.map((input) => book.typed(input.ref));
      spec.inputs.forEach((input, i) => book.set(input.ref, values[i]));
      const outputs = spec.outputs.map((o) => book.value(o.ref));
      spec.inputs.forEach((input, i) => book.set(input.ref, typed[i]));
      return outputs;
    },
    /** Types a value into scenario `j`'s input `i` on the Scenarios sheet. */
    edit(i: number, j: number, value: number | string | null) {
      const { top, left } = parseRangeA1(scenarioCell.input(i, j));
      book.hf.setCellContents({ sheet: book.hf.getSheetId(scenarioSheet.name)!, row: top, col: left }, value);
    },
    onScenarios,
  };
}

/** The outputs where a scenario's column differs from the plan with that scenario's inputs typed in (numbers within 1e-9 relative). */
export function scenarioMismatches(loaded: ReturnType<typeof loadWithScenarios>, scenarios: readonly SavedScenario[]): string[] {
  return scenarios.flatMap((scenario, j) => {
    const shown = loaded.shown(j);
    const onPlan = loaded.onPlan(scenario.values);
    return loaded.spec.outputs.flatMap((output, k) => {
      const [a, b] = [shown[k], onPlan[k]];
      const same = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;
      return same ? [] : [`${scenario.name} · ${output.label}: Scenarios sheet ${JSON.stringify(a)}, plan ${JSON.stringify(b)}`];
    });
  });
}
