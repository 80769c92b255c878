import { a1, parseRangeA1, rangeA1 } from '../../kit/sheet/a1';
import { CHART_ROWS, Plan } from '../../kit/sheet/plan';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { quotedSheet } from '../../kit/sheet/userTable';
import { planReference } from '../../kit/sheet/planReference';
import { Language } from '../../kit/i18n/languages';
import { translator } from '../../kit/i18n/translate';
import { FormulaReference, rewriteReferences } from './formulaReferences';
import { ScenarioSpec, isLocal } from './scenarioSpec';

/** A scenario as saved: its name and one value per input of its plan's spec (null for a blank cell). */
export interface SavedScenario {
  readonly name: string;
  readonly values: readonly (number | string | null)[];
}

const ROW = { title: 0, note: 1, check: 2, header: 4, firstInput: 5 } as const;
/** Column C: the first scenario's column (A labels, B the plan as it stands). */
const FIRST_SCENARIO = 2;
/** Column B onwards: where a scenario's copy of the plan's workings starts. */
const WORK_LEFT = 1;

/** The block of the plan a scenario's workings copy: every working, input and range they read through. */
interface Box {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  /** Whether a plan cell is copied (a working or an input), so a range holding one is read from the copy. */
  readonly copied: (row: number, col: number) => boolean;
}

function boxOf(spec: ScenarioSpec, planSheet: string): Box {
  const cells = [...spec.workings.map((w) => w.ref), ...spec.inputs.map((i) => i.ref)].map((ref) => parseRangeA1(ref));
  const keys = new Set(cells.map((c) => `${c.top},${c.left}`));
  const copied = (row: number, col: number) => keys.has(`${row},${col}`);
  let [top, left, bottom] = [Infinity, Infinity, -Infinity];
  const grow = (r: { top: number; left: number; bottom: number }) =>
    ([top, left, bottom] = [Math.min(top, r.top), Math.min(left, r.left), Math.max(bottom, r.bottom)]);
  cells.forEach(grow);
  const last = bottom;
  for (const w of spec.workings)
    if (w.formula)
      rewriteReferences(w.formula, (r) => void (isLocal(r, planSheet) && holdsCopied(r, copied, last) && grow({ ...r, bottom: Math.min(r.bottom, last) })));
  return { top, left, height: bottom - top + 1, copied };
}

function holdsCopied(r: FormulaReference, copied: Box['copied'], last: number): boolean {
  for (let row = r.top; row <= Math.min(r.bottom, last); row += 1) for (let col = r.left; col <= r.right; col += 1) if (copied(row, col)) return true;
  return false;
}

/**
 * The Scenarios sheet of one plan sheet: the scenarios' inputs side by side (yellow, checked by the
 * plan's own rules), the plan as it stands beside them, and each scenario's key outputs, computed by
 * a copy of the plan's own formulas (the workings, further down) that reads that scenario's column:
 * editing one scenario's input moves only its column. Cells no input moves are read from the plan.
 *
 * @example
 * buildScenarios('Sales plan 2027', spec, [{ name: 'Best', values: [1_000_000, 0.2] }]).sheets[0].name //=> 'Scenarios'
 */
export function buildScenarios(planSheet: string, spec: ScenarioSpec, scenarios: readonly SavedScenario[], language: Language = 'en'): Plan {
  const t = translator(language);
  const sheet = new SheetBuilder(t('Scenarios'), t);
  const plan = (ref: string) => planReference(planSheet, parseRangeA1(ref).top, parseRangeA1(ref).left);
  const n = scenarios.length;
  const lastCol = FIRST_SCENARIO + Math.max(1, n) - 1;
  sheet.text(ROW.title, 0, t('Scenarios of “{sheet}”', { sheet: planSheet }));
  sheet.style('A1', 'title');
  sheet.note(
    ROW.note,
    t(
      'Each column is one scenario: change its yellow inputs and only its key outputs follow. The plan keeps its own inputs; apply a scenario from the pane to copy it there.',
    ),
  );
  sheet.header(ROW.header, 0, [t('Input'), t('On the plan now'), ...scenarios.map((s) => s.name)]);
  spec.inputs.forEach((input, i) => {
    const row = ROW.firstInput + i;
    sheet.text(row, 0, input.label);
    sheet.formula(row, 1, plan(input.ref));
    scenarios.forEach((s, j) => placeValue(sheet, row, FIRST_SCENARIO + j, s.values[i] ?? null));
    const across = rangeA1(row, 1, row, lastCol);
    if (input.format) sheet.format(across, input.format);
    if (n > 0) sheet.style(rangeA1(row, FIRST_SCENARIO, row, lastCol), 'input');
    if (input.rule && n > 0) sheet.validate(rangeA1(row, FIRST_SCENARIO, row, lastCol), input.rule);
  });
  const outputsSection = ROW.firstInput + spec.inputs.length + 1;
  const box = boxOf(spec, planSheet);
  // The chart of the first key output sits right under the outputs, where a manager reading them looks
  // (beside them it fell past the columns a screen shows with the pane open); the workings go below it.
  const charted = spec.outputs.length > 0 && n > 0;
  const chartRow = outputsSection + spec.outputs.length + 2;
  const workingsSection = chartRow + 1 + (charted ? CHART_ROWS : 0);
  const blockTop = (j: number) => workingsSection + 2 + j * (box.height + 2);
  placeOutputs(sheet, spec, scenarios, { section: outputsSection, plan, box, blockTop, chartRow });
  if (spec.tooLarge)
    sheet.note(
      outputsSection + 1,
      t('This plan’s key outputs need {count} cells of workings a scenario: apply a scenario to see them on the plan.', { count: spec.tooLarge }),
    );
  if (spec.workings.length > 0 && n > 0) {
    sheet.section(workingsSection, t('Workings: the plan’s own formulas, once for each scenario (do not edit)'));
    scenarios.forEach((s, j) => placeWorkings(sheet, spec, planSheet, { box, top: blockTop(j), column: FIRST_SCENARIO + j, name: s.name }));
  }
  sheet.check(ROW.check, [], `"${t('✓ Every scenario keeps the plan’s rules for its inputs.')}"`);
  sheet.layout([300, 130, ...scenarios.map(() => 130)], { rows: ROW.firstInput, columns: 1 });
  return { sheets: [sheet.build()] };
}

function placeValue(sheet: SheetBuilder, row: number, col: number, value: number | string | null): void {
  if (typeof value === 'number' && Number.isFinite(value)) sheet.number(row, col, value);
  else if (typeof value === 'string' && value !== '') sheet.text(row, col, value);
}

interface OutputsAt {
  readonly section: number;
  readonly plan: (ref: string) => string;
  readonly box: Box;
  readonly blockTop: (j: number) => number;
  readonly chartRow: number;
}

/** The key outputs: the plan's now, and each scenario's from its copy of the workings (or the plan's, where no input moves it). */
function placeOutputs(sheet: SheetBuilder, spec: ScenarioSpec, scenarios: readonly SavedScenario[], at: OutputsAt): void {
  const { t } = sheet;
  sheet.section(at.section, t('Key outputs'));
  const worked = new Set(spec.workings.filter((w) => w.formula).map((w) => w.ref));
  spec.outputs.forEach((output, k) => {
    const row = at.section + 1 + k;
    sheet.text(row, 0, output.label);
    sheet.formula(row, 1, at.plan(output.ref));
    const { top, left } = parseRangeA1(output.ref);
    scenarios.forEach((_, j) =>
      sheet.formula(
        row,
        FIRST_SCENARIO + j,
        worked.has(output.ref) ? `=${absolute(at.blockTop(j) + top - at.box.top, WORK_LEFT + left - at.box.left)}` : at.plan(output.ref),
      ),
    );
    if (output.format) sheet.format(rangeA1(row, 1, row, FIRST_SCENARIO + Math.max(1, scenarios.length) - 1), output.format);
    sheet.style(rangeA1(row, 0, row, 0), 'total');
  });
  const first = spec.outputs[0];
  if (!first || scenarios.length === 0) return;
  const row = at.section + 1;
  sheet.chart({
    title: first.label,
    categories: rangeA1(ROW.header, FIRST_SCENARIO, ROW.header, FIRST_SCENARIO + scenarios.length - 1),
    values: rangeA1(row, FIRST_SCENARIO, row, FIRST_SCENARIO + scenarios.length - 1),
    ...(first.format ? { valueFormat: first.format } : {}),
    anchor: a1(at.chartRow, 0),
  });
}

interface Block {
  readonly box: Box;
  readonly top: number;
  /** The scenario's column of inputs. */
  readonly column: number;
  readonly name: string;
}

/** One scenario's copy of the workings: the plan's formulas with their references moved into the copy, inputs read from its column. */
function placeWorkings(sheet: SheetBuilder, spec: ScenarioSpec, planSheet: string, block: Block): void {
  const { box, top } = block;
  sheet.text(top - 1, 0, `“${block.name}”`);
  const moved = (row: number, col: number) => absolute(top + row - box.top, WORK_LEFT + col - box.left);
  const last = box.top + box.height - 1;
  // An input read on its own is read from the scenario's column itself, so a blank input is blank there
  // too (a formula's copy of a blank cell is 0 in Excel, and `=""` would no longer hold).
  const inputRow = new Map(spec.inputs.map((input, i) => [input.ref, ROW.firstInput + i]));
  const rewrite = (r: FormulaReference) => {
    if (!isLocal(r, planSheet)) return undefined;
    const single = r.top === r.bottom && r.left === r.right ? inputRow.get(a1(r.top, r.left)) : undefined;
    if (single !== undefined) return absolute(single, block.column);
    const bottom = Math.min(r.bottom, last);
    const corners = r.top === bottom && r.left === r.right ? absolute(r.top, r.left) : `${absolute(r.top, r.left)}:${absolute(bottom, r.right)}`;
    if (!holdsCopied(r, box.copied, last)) return `${quotedSheet(planSheet)}!${corners}`;
    return r.top === bottom && r.left === r.right ? moved(r.top, r.left) : `${moved(r.top, r.left)}:${moved(bottom, r.right)}`;
  };
  for (const w of spec.workings) {
    const { top: row, left: col } = parseRangeA1(w.ref);
    const cell = w.formula ? rewriteReferences(w.formula, rewrite) : planReference(planSheet, row, col);
    sheet.formula(top + row - box.top, WORK_LEFT + col - box.left, cell);
  }
  spec.inputs.forEach((input, i) => {
    const { top: row, left: col } = parseRangeA1(input.ref);
    sheet.formula(top + row - box.top, WORK_LEFT + col - box.left, `=${absolute(ROW.firstInput + i, block.column)}`);
  });
  sheet.style(rangeA1(top, WORK_LEFT, top + box.height - 1, WORK_LEFT), 'working');
}
