/**
 * Issue 21 asked to measure another formula engine beside HyperFormula before deciding to keep it:
 * IronCalc (MIT/Apache, Rust compiled to WebAssembly, `@ironcalc/wasm`) loads and edits the same
 * plans in one run. Prints, per plan and size: load and median edit time in each engine, how many
 * of the plan's formula cells the two engines disagree on (with the first few), and an engine's crash.
 * Small sizes on purpose: IronCalc's edit time grows steeply with the lead-scoring sheet's size.
 * Run with `npm run bench:engines` (not part of `npm run bench`: it takes minutes).
 */
import { readFileSync } from 'node:fs';
import { HyperFormula } from 'hyperformula';
import { hyperFormulaContent } from '../preview/src/planContent';
import { PREVIEW_ENGINE_CONFIG, registerSalesPlannerFunctions } from '../preview/src/workbook';
import { SizedPlan, WIZARDS_AT_SIZE } from './planFixtures';
import { medianMs } from './timing';
import * as ironcalc from '@ironcalc/wasm';

type Content = Record<string, unknown[][]>;
type Model = ironcalc.Model;

/** Each wizard's plan at sizes IronCalc can load within a few minutes. */
const SIZES: Record<string, number[]> = { 'Sales plan': [4, 40], 'Lead scoring': [10, 20, 40], 'Field plan': [10, 40], Budget: [3, 10], Evaluation: [20, 80] };

const contentOf = (sized: SizedPlan): Content => ({
  ...sized.sources,
  ...Object.fromEntries(sized.plan.sheets.map((s) => [s.name, hyperFormulaContent(s)])),
});

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** The workbook typed into IronCalc cell by cell with evaluation paused, then evaluated once. */
function loadIronCalc(content: Content): Model {
  const model = new ironcalc.Model('bench', 'en', 'UTC', 'en');
  const names = Object.keys(content);
  names.forEach((name, i) => {
    if (i > 0) model.newSheet();
    model.renameSheet(i, name);
  });
  model.pauseEvaluation();
  names.forEach((name, i) =>
    content[name].forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined && value !== '') model.setUserInput(i, r + 1, c + 1, String(value));
      }),
    ),
  );
  model.resumeEvaluation();
  model.evaluate();
  return model;
}

/** A formula cell's two values agree when both are the same number (to 1e-9 relative) or the same text. */
function agree(hfValue: unknown, icText: string): boolean {
  if (typeof hfValue === 'number') return Math.abs(hfValue - Number(icText)) <= 1e-9 * Math.max(1, Math.abs(hfValue));
  const text = typeof hfValue === 'object' && hfValue !== null && 'value' in hfValue ? String(hfValue.value) : String(hfValue ?? '');
  return text.toUpperCase() === icText.toUpperCase();
}

function differences(content: Content, sheetName: string, hf: HyperFormula, model: Model): string[] {
  const hfSheet = hf.getSheetId(sheetName)!;
  const icSheet = Object.keys(content).indexOf(sheetName);
  const found: string[] = [];
  content[sheetName].forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== 'string' || !value.startsWith('=')) return;
      const hfValue = hf.getCellValue({ sheet: hfSheet, row: r, col: c });
      const icText = model.getFormattedCellValue(icSheet, r + 1, c + 1);
      if (!agree(hfValue, icText)) found.push(`R${r + 1}C${c + 1} ${value.slice(0, 60)}… HyperFormula ${JSON.stringify(hfValue)}, IronCalc ${icText}`);
    }),
  );
  return found;
}

function measure(wizard: string, sized: SizedPlan): void {
  const content = contentOf(sized);
  const sheetName = sized.plan.sheets[0].name;
  const { row, col, values } = sized.edit;
  const [hf, hfLoad] = timed(() => HyperFormula.buildFromSheets(content as never, PREVIEW_ENGINE_CONFIG));
  const hfSheet = hf.getSheetId(sheetName)!;
  let i = 0;
  const hfEdit = medianMs(() => hf.setCellContents({ sheet: hfSheet, row, col }, values[i++ % values.length]), 3, 0);
  const line = `${wizard.padEnd(14)}${String(sized.plan.sheets[0].cells.length).padStart(6)} rows  HyperFormula load ${hfLoad.toFixed(0).padStart(6)} ms, edit ${hfEdit.toFixed(0).padStart(5)} ms`;
  try {
    const [model, icLoad] = timed(() => loadIronCalc(content));
    const icSheet = Object.keys(content).indexOf(sheetName);
    let j = 0;
    const icEdit = medianMs(() => model.setUserInput(icSheet, row + 1, col + 1, String(values[j++ % values.length])), 3, 0);
    const differ = differences(content, sheetName, hf, model);
    console.log(`${line} | IronCalc load ${icLoad.toFixed(0).padStart(7)} ms, edit ${icEdit.toFixed(0).padStart(6)} ms | cells that differ: ${differ.length}`);
    differ.slice(0, 2).forEach((d) => console.log(`    ${d}`));
    model.free();
  } catch (error) {
    console.log(`${line} | IronCalc failed: ${(error as Error).message}`);
  }
  hf.destroy();
}

function main(): void {
  ironcalc.initSync({ module: readFileSync(require.resolve('@ironcalc/wasm/wasm_bg.wasm')) });
  registerSalesPlannerFunctions();
  console.log('\nThe same plans in HyperFormula (the preview) and IronCalc 0.8 (WebAssembly): load, median edit, agreement');
  for (const wizard of WIZARDS_AT_SIZE) for (const n of SIZES[wizard.wizard] ?? [wizard.sample]) measure(wizard.wizard, wizard.at(n));
}

main();
