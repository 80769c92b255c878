import { buildSalesPlan, defaultAnswers } from '../salesPlan';
import { compactWorkings, expandWorkings } from './compactWorkings';
import { scenarioSpecOf } from './scenarioSpec';

describe('workings kept compact in the document', () => {
  const plan = buildSalesPlan({ ...defaultAnswers(2027), newReps: Array.from({ length: 50 }, (_, i) => ({ name: `R${i}`, startMonth: 1 + (i % 12) })) });
  const { workings } = scenarioSpecOf(plan.sheets[0])!;

  it('come back exactly as written, passed-through cells included (their order aside)', () => {
    const back = expandWorkings(compactWorkings(workings))!;
    const byRef = (list: typeof workings) => [...list].sort((x, y) => x.ref.localeCompare(y.ref));
    expect(byRef(back)).toEqual(byRef(workings));
  });

  it('store a formula copied down a column once: 50 new reps take a few formulas, not 650', () => {
    const stored = compactWorkings(workings);
    expect(workings.length).toBeGreaterThan(600);
    expect(stored.formulas.length).toBeLessThan(30);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(workings).length / 4);
  });

  it('keep fixed parts fixed and other sheets as written', () => {
    const [stored] = compactWorkings([{ ref: 'E39', formula: "=$B$12/12*(1-$B39+1)+'Deals'!C2+D$5" }]).formulas;
    expect(stored).toBe("=⟦R12C2⟧/12*(1-⟦R[0]C2⟧+1)+'Deals'!C2+⟦R5C[-1]⟧");
    expect(expandWorkings({ formulas: [stored], cells: [['F40', 0]], passed: [] })).toEqual([{ ref: 'F40', formula: "=$B$12/12*(1-$B40+1)+'Deals'!C2+E$5" }]);
  });

  it('refuse what they never write: a reference off the sheet, a formula number that is not there', () => {
    expect(expandWorkings({ formulas: ['=⟦R[-5]C1⟧'], cells: [['A2', 0]], passed: [] })).toBeUndefined();
    expect(expandWorkings({ formulas: ['=1'], cells: [['A2', 3]], passed: [] })).toBeUndefined();
    expect(expandWorkings({ formulas: ['=⟦nonsense⟧'], cells: [['A2', 0]], passed: [] })).toBeUndefined();
  });
});

describe('runs of workings down a column', () => {
  const column = Array.from({ length: 2000 }, (_, i) => ({ ref: `E${30 + i}`, formula: `=MIN(MAX(SUM(B${30 + i}:D${30 + i}),0),$B$5)` }));

  it('are stored as their first cell and how many rows, and come back cell by cell', () => {
    const stored = compactWorkings([...column, { ref: 'F30' }, { ref: 'F31' }]);
    expect(stored.cells).toEqual([['E30', 0, 2000]]);
    expect(stored.passed).toEqual([['F30', 2]]);
    expect(JSON.stringify(stored).length).toBeLessThan(200);
    expect(expandWorkings(stored)).toEqual([...column, { ref: 'F30' }, { ref: 'F31' }]);
  });

  it('are refused past the most the document may ask for', () => {
    const stored = compactWorkings(column);
    expect(expandWorkings(stored, 1999)).toBeUndefined();
    expect(expandWorkings({ ...stored, cells: [['E30', 0, 0]] })).toBeUndefined();
  });
});
