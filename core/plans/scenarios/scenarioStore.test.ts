import { buildSalesPlan, defaultAnswers } from '../salesPlan';
import { scenarioSpecOf } from './scenarioSpec';
import {
  MAX_PLAN_SHEETS,
  MAX_SCENARIOS,
  callsOnlyNativeFunctions,
  readScenarioStore,
  scenarioStoreJson,
  withPlanSheet,
  withScenario,
  withoutScenario,
} from './scenarioStore';

const spec = scenarioSpecOf(buildSalesPlan(defaultAnswers(2027)).sheets[0])!;
const values = spec.inputs.map(() => 1);
const stored = withScenario(withPlanSheet({}, 'Sales plan 2027', spec), 'Sales plan 2027', { name: 'Best', values });

describe('the scenarios kept in the document', () => {
  it('come back as they were saved', () => {
    expect(readScenarioStore(scenarioStoreJson(stored))).toEqual(stored);
  });

  it('replace a scenario of the same name, whatever its letter case, and add others at the end', () => {
    const again = withScenario(withScenario(stored, 'Sales plan 2027', { name: 'best', values: values.map(() => 2) }), 'Sales plan 2027', {
      name: 'Worst',
      values,
    });
    expect(again['Sales plan 2027'].scenarios.map((s) => s.name)).toEqual(['best', 'Worst']);
    expect(withoutScenario(again, 'Sales plan 2027', 'Worst')['Sales plan 2027'].scenarios.map((s) => s.name)).toEqual(['best']);
  });

  it(`refuse a scenario past ${MAX_SCENARIOS}`, () => {
    let store = stored;
    for (let i = 1; i < MAX_SCENARIOS; i += 1) store = withScenario(store, 'Sales plan 2027', { name: `S${i}`, values });
    expect(() => withScenario(store, 'Sales plan 2027', { name: 'One more', values })).toThrow(RangeError);
  });

  it('drop a plan whose workings call a function that reaches outside the workbook', () => {
    const tampered = JSON.parse(scenarioStoreJson(stored));
    tampered['Sales plan 2027'].spec.formulas[0] = '=HYPERLINK("http://example.com","Target")';
    expect(readScenarioStore(JSON.stringify(tampered))).toEqual({});
    expect(callsOnlyNativeFunctions('=WEBSERVICE("http://x")')).toBe(false);
    expect(callsOnlyNativeFunctions('=IF($B$5>0,"HYPERLINK(",1)')).toBe(true);
  });

  it('drop a plan whose scenarios do not hold one value an input, or whose cells are not cells', () => {
    const short = JSON.parse(scenarioStoreJson(stored));
    short['Sales plan 2027'].scenarios[0].values.pop();
    expect(readScenarioStore(JSON.stringify(short))).toEqual({});
    const odd = JSON.parse(scenarioStoreJson(stored));
    odd['Sales plan 2027'].spec.inputs[0].ref = 'B5:B9';
    expect(readScenarioStore(JSON.stringify(odd))).toEqual({});
  });

  it(`forget the plan sheets built longest ago without a scenario past ${MAX_PLAN_SHEETS}, never one that holds scenarios`, () => {
    let store = stored;
    for (let i = 1; i <= MAX_PLAN_SHEETS + 5; i += 1) store = withPlanSheet(store, `Plan ${i}`, spec);
    expect(Object.keys(store)).toHaveLength(MAX_PLAN_SHEETS);
    expect(Object.keys(store)[0]).toBe('Sales plan 2027');
    expect(Object.keys(store).at(-1)).toBe(`Plan ${MAX_PLAN_SHEETS + 5}`);
    expect(store['Plan 1']).toBeUndefined();
  });

  it('read anything else as no scenarios', () => {
    for (const saved of [undefined, null, 42, 'not json', '[]', '{"x":1}']) expect(readScenarioStore(saved)).toEqual({});
  });
});
