/**
 * A sales plan and its Scenarios sheet, downloaded from the preview as .xlsx and recalculated in
 * LibreOffice Calc: each scenario's column shows the target, quota handed out, capacity, gap and
 * reps needed core computes for that scenario's inputs. The file carries the scenarios as Excel
 * scenarios, which LibreOffice reads (a scenario sheet each).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Cell, Workbook } from 'exceljs';
import { buildSalesPlan, computeSalesPlan, SalesPlanAnswers, SalesPlanNumbers } from '../../core/plans/salesPlan';
import { SavedScenario, buildScenarios, scenarioSpecOf, withPlanSheet, withScenario, ScenarioStore } from '../../core/plans/scenarios';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';
import { SAMPLE_PLAN_ANSWERS } from '../harness/salesPlanNumbers';
import { loadWithScenarios, scenarioCell } from '../harness/scenarioSheets';
import { PLANS } from '../harness/everyWizardPlan';
import { renamePlanSheets } from '../../core/kit/sheet';

const answers = SAMPLE_PLAN_ANSWERS;
const valuesOf = (a: SalesPlanAnswers) => [a.baseline, a.growth, a.roundTo, a.attainment, a.fullQuota, a.headcount, ...a.ramp, a.owner, a.measure];
const versions: [string, SalesPlanAnswers][] = [
  ['Base', answers],
  ['Best', { ...answers, growth: 0.15, attainment: 0.95, headcount: answers.headcount + 2, ramp: [0.4, 0.7, 0.9] }],
  ['Worst', { ...answers, baseline: 2_000_000, growth: 0, attainment: 0.7, ramp: [0, 0.25, 0.5] }],
];
const scenarios: SavedScenario[] = versions.map(([name, a]) => ({ name, values: valuesOf(a) }));

/** The budget's plan from the wizards' fixtures (typed lines: it reads no sheet of the user's), and two scenarios: its rounding left blank (none) and to 100. */
const [, buildBudget, budgetSources] = PLANS.find(([name]) => name === 'the budget')!;
if (Object.keys(budgetSources).length > 0) throw new Error('the budget fixture now reads a sheet: write it into the file too');
const budgetPlan = buildBudget('en');
const budgetSpec = scenarioSpecOf(budgetPlan.sheets[0])!;
const asBuilt = loadWithScenarios(budgetPlan, [], budgetSources);
const budgetValues = budgetSpec.inputs.map((i) => asBuilt.book.value(i.ref) as number | string | null);
const roundTo = budgetSpec.inputs.findIndex((i) => i.label === 'Round to');
const budgetScenarios: SavedScenario[] = [
  { name: 'No rounding', values: budgetValues.map((v, i) => (i === roundTo ? null : v)) },
  { name: 'To 100', values: budgetValues.map((v, i) => (i === roundTo ? 100 : v)) },
];

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('a sales plan’s Scenarios sheet, recalculated in LibreOffice Calc', () => {
  let sheet: import('exceljs').Worksheet;
  let budgetSheet: import('exceljs').Worksheet;
  let written: Buffer;
  let reSaved: Buffer;
  const plan = buildSalesPlan(answers).sheets[0];
  const spec = scenarioSpecOf(plan)!;

  beforeAll(async () => {
    const hf = createWorkbook([]);
    const scenarioSheet = buildScenarios(plan.name, spec, scenarios).sheets[0];
    const [budget] = budgetPlan.sheets;
    const [budgetScenarioSheet] = renamePlanSheets(buildScenarios(budget.name, budgetSpec, budgetScenarios), ['Scenarios of the budget']).sheets;
    for (const s of [plan, scenarioSheet, budget, budgetScenarioSheet]) hf.setSheetContent(hf.getSheetId(hf.addSheet(s.name))!, hyperFormulaContent(s));
    const store: ScenarioStore = scenarios.reduce((st, s) => withScenario(st, plan.name, s), withPlanSheet({}, plan.name, spec));
    const file = join(mkdtempSync(join(tmpdir(), 'scenarios-')), 'scenarios.xlsx');
    written = Buffer.from(
      await writeXlsx(
        snapshotWorkbook(hf, [
          previewSheetOfPlan(plan, plan.name),
          previewSheetOfPlan(scenarioSheet, scenarioSheet.name),
          previewSheetOfPlan(budget, budget.name),
          previewSheetOfPlan(budgetScenarioSheet, budgetScenarioSheet.name),
        ]),
        store,
      ),
    );
    writeFileSync(file, written);
    const [recalculated] = recalculateInLibreOffice([file]);
    reSaved = readFileSync(recalculated);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculated);
    sheet = workbook.getWorksheet('Scenarios')!;
    budgetSheet = workbook.getWorksheet('Scenarios of the budget')!;
  }, 240_000);

  it('gives each scenario the key outputs core computes for its inputs', () => {
    const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
    const mismatches = versions.flatMap(([name, a], j) => {
      const n = computeSalesPlan(a) as SalesPlanNumbers;
      const want = [n.target, n.handOut, n.capacity, n.gap, n.moreRepsNeeded];
      return want.flatMap((w, k) => {
        const got = shown(sheet.getCell(scenarioCell.output(spec, k, j)));
        return typeof got === 'number' && Math.abs(got - w) <= 1e-9 * Math.max(1, Math.abs(w))
          ? []
          : [`${name} ${spec.outputs[k].label}: LibreOffice ${JSON.stringify(got)}, core ${w}`];
      });
    });
    expect(mismatches).toEqual([]);
  });

  it('reads a blank input as the plan reads it (the budget without rounding), beside one with', () => {
    const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
    const inHf = loadWithScenarios(budgetPlan, budgetScenarios, budgetSources);
    const mismatches = budgetScenarios.flatMap((scenario, j) => {
      const want = inHf.onPlan(scenario.values);
      return budgetSpec.outputs.flatMap((output, k) => {
        const got = shown(budgetSheet.getCell(scenarioCell.output(budgetSpec, k, j)));
        const w = want[k] as number;
        return typeof got === 'number' && Math.abs(got - w) <= 1e-6 * Math.max(1, Math.abs(w))
          ? []
          : [`${scenario.name} ${output.label}: LibreOffice ${JSON.stringify(got)}, plan ${w}`];
      });
    });
    expect(mismatches).toEqual([]);
    expect(inHf.onPlan(budgetScenarios[0].values)).not.toEqual(inHf.onPlan(budgetScenarios[1].values));
  });

  it('writes the scenarios as Excel scenarios on the plan sheet, after its data and before its rules', async () => {
    const xml = await (await JSZip.loadAsync(written)).file('xl/worksheets/sheet1.xml')!.async('string');
    const scenariosAt = xml.indexOf('<scenarios ');
    expect(scenariosAt).toBeGreaterThan(xml.indexOf('</sheetData>'));
    expect(scenariosAt).toBeLessThan(xml.indexOf('<dataValidations'));
    expect(xml.match(/<scenario name="(\w+)"/g)).toEqual(['<scenario name="Base"', '<scenario name="Best"', '<scenario name="Worst"']);
    expect(xml).toContain('<inputCells r="B6" val="0.15"/>');
  });

  it('is read by LibreOffice as three scenarios of eleven cells, which it writes back', async () => {
    const xml = await (await JSZip.loadAsync(reSaved)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect([...xml.matchAll(/<scenario name="(\w+)"[^>]*count="(\d+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['Base 11', 'Best 11', 'Worst 11']);
  });
});
