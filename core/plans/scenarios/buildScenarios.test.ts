import { parseRangeA1 } from '../../kit/sheet/a1';
import { CHART_ROWS } from '../../kit/sheet/plan';
import { SheetBuilder } from '../../kit/sheet/sheetBuilder';
import { buildScenarios } from './buildScenarios';
import { scenarioSpecOf } from './scenarioSpec';

/** A plan of one input that may be left blank (none) and one result that says so. */
function tinyPlan() {
  const sheet = new SheetBuilder('Plan');
  const unit = sheet.input(1, 'Round to', 10);
  sheet.put(1, 1, null);
  sheet.result(2, 'Rounded', `=IF(${unit}="",123,ROUND(123/${unit},0)*${unit})`);
  sheet.result(3, 'Twice', '=$B$3*2');
  sheet.keyOutputs('$B$3', '$B$4');
  return sheet.build();
}

describe('the Scenarios sheet', () => {
  const plan = tinyPlan();
  const spec = scenarioSpecOf(plan)!;
  const [sheet] = buildScenarios('Plan', spec, [
    { name: 'None', values: [null] },
    { name: 'Tens', values: [10] },
  ]).sheets;
  const formulas = sheet.cells.flat().flatMap((c) => (c && 'formula' in c ? [c.formula] : []));

  it('copies the plan’s formulas between the inputs and the key outputs, once a scenario', () => {
    expect(spec.workings.map((w) => w.ref)).toEqual(['B3', 'B4']);
    expect(formulas.filter((f) => f.startsWith('=IF(') && f.includes('ROUND(123/'))).toHaveLength(2);
  });

  it('reads an input on its own from the scenario’s column, so a blank input stays blank (a copy of a blank cell is 0 in Excel)', () => {
    expect(formulas).toContain('=IF($C$6="",123,ROUND(123/$C$6,0)*$C$6)');
    expect(formulas).toContain('=IF($D$6="",123,ROUND(123/$D$6,0)*$D$6)');
    expect(sheet.cells[5][2]).toBeNull();
    expect(sheet.cells[5][3]).toEqual({ number: 10 });
  });

  it('reads a key output that depends on another from that scenario’s own copy', () => {
    const twice = formulas.filter((f) => /^=\$B\$\d+\*2$/.test(f));
    expect(twice).toHaveLength(2);
    expect(new Set(twice).size).toBe(2);
  });

  it('charts the first key output right under the key outputs, in the columns a screen shows, with the workings below the chart', () => {
    const [chart] = sheet.charts;
    const rowOf = (text: string) => sheet.cells.findIndex((row) => row.some((c) => c !== null && 'text' in c && c.text.startsWith(text)));
    const lastOutput = rowOf('Twice');
    const anchor = parseRangeA1(chart.anchor);
    expect(anchor).toMatchObject({ top: lastOutput + 2, left: 0 });
    expect(rowOf('Workings')).toBeGreaterThanOrEqual(anchor.top + CHART_ROWS);
  });
});
