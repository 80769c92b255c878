/**
 * Every wizard's plan sheet saves its inputs block as a scenario, and its Scenarios sheet shows each
 * scenario's key outputs as the plan itself shows them with that scenario's inputs typed in.
 */
import { PlanSheet, parseRangeA1 } from '../../core/kit/sheet';
import { SavedScenario, ScenarioInput, callsOnlyNativeFunctions, readScenarioStore, scenarioSpecOf, scenarioStoreJson } from '../../core/plans/scenarios';
import { PLANS } from '../harness/everyWizardPlan';
import { loadWithScenarios, scenarioMismatches } from '../harness/scenarioSheets';

/** What the plan holds in an input cell as built. */
function asBuilt(sheet: PlanSheet, ref: string): number | string | null {
  const { top, left } = parseRangeA1(ref);
  const cell = sheet.cells[top]?.[left];
  return cell && 'number' in cell ? cell.number : cell && 'text' in cell ? cell.text : null;
}

/** A value a manager might try instead: a tenth more, kept within the input's rule (whole where it must be). */
function nudged(input: ScenarioInput, value: number | string | null): number | string | null {
  if (typeof value !== 'number') return value;
  const { min = -Infinity, max = Infinity, whole = false } = input.rule ?? {};
  const moved = whole ? value + 1 : value === 0 ? 0.05 : value * 1.1;
  return Math.min(max, Math.max(min, moved));
}

describe.each(PLANS)('scenarios of %s', (_name, build, sources) => {
  const plan = build('en');
  const sheet = plan.sheets[0];
  const spec = scenarioSpecOf(sheet);

  it('save the inputs block and name the key outputs', () => {
    expect(spec?.inputs.length).toBeGreaterThan(0);
    expect(spec?.inputs.length).toBeLessThanOrEqual(32);
    expect(spec?.outputs.length ?? 0).toBeGreaterThan(0);
  });

  it('show each scenario’s key outputs as the plan shows them with its inputs', () => {
    if (!spec || spec.outputs.length === 0) return;
    const built = spec.inputs.map((i) => asBuilt(sheet, i.ref));
    const scenarios: SavedScenario[] = [
      { name: 'As built', values: built },
      { name: 'Nudged', values: spec.inputs.map((input, i) => nudged(input, built[i])) },
    ];
    const loaded = loadWithScenarios(plan, scenarios, sources);
    expect(scenarioMismatches(loaded, scenarios)).toEqual([]);
    expect(loaded.onScenarios('A3')).toMatch(/^✓/);
  });
});

describe.each(PLANS)('the workings of %s', (_name, build) => {
  it('call only native functions that read the workbook, so the document may keep them', () => {
    const spec = scenarioSpecOf(build('en').sheets[0]);
    const refused = (spec?.workings ?? []).filter((w) => w.formula && !callsOnlyNativeFunctions(w.formula));
    expect(refused).toEqual([]);
    const back = readScenarioStore(scenarioStoreJson({ Plan: { spec: spec!, scenarios: [] } })).Plan;
    expect(new Set(back.spec.workings.map((w) => JSON.stringify(w)))).toEqual(new Set(spec!.workings.map((w) => JSON.stringify(w))));
  });
});
