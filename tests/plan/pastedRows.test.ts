/**
 * The preview builds a plan sheet in slices and pastes the slices whose rows repeat the rows above
 * (one row further down each) rather than typing their formulas again. Every wizard's plan, built so
 * with small slices (so that pasting happens often), must hold the same formulas and values as the
 * plan loaded whole.
 */
import { HyperFormula } from 'hyperformula';
import { fillSheetInSlices } from '../../preview/src/buildInSlices';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { PREVIEW_ENGINE_CONFIG, registerSalesPlannerFunctions } from '../../preview/src/workbook';
import { PLANS } from '../harness/everyWizardPlan';

registerSalesPlannerFunctions();
const quiet = { share: () => undefined, calculating: () => undefined };

describe.each(PLANS)('%s, built in slices with rows pasted', (_, build, sources) => {
  it('holds the same formulas and values as the plan loaded whole', async () => {
    const plan = build('en');
    const whole = HyperFormula.buildFromSheets(
      { ...sources, ...Object.fromEntries(plan.sheets.map((s) => [s.name, hyperFormulaContent(s)])) } as never,
      PREVIEW_ENGINE_CONFIG,
    );
    const sliced = HyperFormula.buildFromSheets({ ...sources } as never, PREVIEW_ENGINE_CONFIG);
    for (const sheet of plan.sheets) {
      const content = hyperFormulaContent(sheet);
      const width = content.reduce((most, row) => Math.max(most, row.length), 1);
      await fillSheetInSlices(sliced, sheet.name, content, quiet, async () => undefined, width * 3);
    }
    for (const sheet of plan.sheets) {
      const [a, b] = [whole, sliced].map((hf) => hf.getSheetId(sheet.name)!);
      expect(sliced.getSheetSerialized(b)).toEqual(whole.getSheetSerialized(a));
      expect(sliced.getSheetValues(b)).toEqual(whole.getSheetValues(a));
    }
  });
});

it("pastes rows on the plans whose rows repeat (the field plan's accounts)", async () => {
  const [, build, sources] = PLANS.find(([name]) => /field/.test(name))!;
  const plan = build('en');
  const hf = HyperFormula.buildFromSheets({ ...sources } as never, PREVIEW_ENGINE_CONFIG);
  const pasted = jest.spyOn(hf, 'paste');
  const content = hyperFormulaContent(plan.sheets[0]);
  const width = content.reduce((most, row) => Math.max(most, row.length), 1);
  await fillSheetInSlices(hf, plan.sheets[0].name, content, quiet, async () => undefined, width * 3);
  expect(pasted.mock.calls.length).toBeGreaterThan(5);
});

it('types the rows HyperFormula will not paste, and the rest of that sheet', async () => {
  const content = Array.from({ length: 40 }, (_, r) => [7, `=A${r + 1}*2`]);
  const hf = HyperFormula.buildEmpty(PREVIEW_ENGINE_CONFIG as never);
  const pasted = jest.spyOn(hf, 'paste').mockImplementationOnce(() => {
    throw new Error('There is no AST with such key in the cache');
  });
  await fillSheetInSlices(hf, 'Rows', content, quiet, async () => undefined, 2 * 4);
  const sheet = hf.getSheetId('Rows')!;
  expect(pasted).toHaveBeenCalledTimes(1);
  const whole = HyperFormula.buildFromSheets({ Rows: content } as never, PREVIEW_ENGINE_CONFIG);
  expect(hf.getSheetSerialized(sheet)).toEqual(whole.getSheetSerialized(0));
  expect(hf.getSheetValues(sheet)).toEqual(whole.getSheetValues(0));
});
