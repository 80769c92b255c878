import { DetailedCellError, HyperFormula } from 'hyperformula';
import { parseRangeA1, Plan } from '../../core/kit/sheet';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { PREVIEW_ENGINE_CONFIG, registerSalesPlannerFunctions } from '../../preview/src/workbook';

/** What a wizard's plan must show, cell by cell (`D29` → core's number or text), on its first sheet. */
export type Expected = Readonly<Record<string, number | string>>;

/** An edit a manager might make on the sheet, and the answers it stands for. */
export interface Edit<A> {
  readonly what: string;
  /** The cell edited (`B6`) and what is typed into it. */
  readonly cell: string;
  readonly value: number | string | null;
  readonly answers: (answers: A) => A;
}

/** A wizard, as the liveness check sees it: answers → plan, answers → the numbers core computes. */
export interface LiveWizard<A> {
  build(answers: A): Plan;
  expected(answers: A): Expected;
  /** The user's own sheets the plan reads (a lead table), by name: cells as typed. */
  sources?(answers: A): Readonly<Record<string, readonly (readonly unknown[])[]>>;
}

/**
 * A plan loaded in HyperFormula (the preview's engine), every sheet of it, read and edited by A1
 * address on its first sheet (`valueIn` reads another of its sheets, such as a dashboard).
 */
export function loadPlanSheet(plan: Plan, sources: Readonly<Record<string, readonly (readonly unknown[])[]>> = {}) {
  registerSalesPlannerFunctions();
  const [sheet] = plan.sheets;
  const content = Object.fromEntries(plan.sheets.map((s) => [s.name, hyperFormulaContent(s)]));
  const hf = HyperFormula.buildFromSheets({ ...sources, ...content } as never, PREVIEW_ENGINE_CONFIG);
  const id = hf.getSheetId(sheet.name)!;
  const at = (a1: string, sheetId = id) => ({ sheet: sheetId, row: parseRangeA1(a1).top, col: parseRangeA1(a1).left });
  const shown = (v: unknown) => (v instanceof DetailedCellError ? `${v.value} ${v.message}` : v);
  return {
    hf,
    sheet,
    value(a1: string): unknown {
      return shown(hf.getCellValue(at(a1)));
    },
    valueIn(sheetName: string, a1: string): unknown {
      return shown(hf.getCellValue(at(a1, hf.getSheetId(sheetName)!)));
    },
    set(a1: string, value: number | string | null) {
      hf.setCellContents(at(a1), value);
    },
    /** What the cell holds as typed (a formula's text, a number), to put it back after an edit. */
    typed(a1: string): number | string | null {
      return hf.getCellSerialized(at(a1)) as number | string | null;
    },
  };
}

/**
 * The cells whose value differs from what core computes: numbers within 1e-6 (relative for large
 * ones), text exactly. Empty when the sheet is right.
 *
 * @example
 * mismatches((a1) => sheet.value(a1), { B7: 1_100_000 }) //=> []
 */
export function mismatches(value: (a1: string) => unknown, expected: Expected): string[] {
  return Object.entries(expected).flatMap(([a1, want]) => {
    const got = value(a1);
    const same = typeof want === 'number' ? typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want)) : got === want;
    return same ? [] : [`${a1}: sheet ${JSON.stringify(got)}, core ${JSON.stringify(want)}`];
  });
}

/**
 * Checks that a wizard's plan is live: built from the answers and evaluated in HyperFormula, every
 * expected cell equals core's number; then after each edit typed on the sheet, every cell equals
 * core's numbers for the answers that edit stands for. Returns the mismatches, named by edit.
 *
 * @example
 * expect(livenessMismatches(SALES_PLAN, answers, edits)).toEqual([]);
 */
export function livenessMismatches<A>(wizard: LiveWizard<A>, answers: A, edits: readonly Edit<A>[] = []): string[] {
  const sheet = loadPlanSheet(wizard.build(answers), wizard.sources?.(answers));
  const found = mismatches(sheet.value, wizard.expected(answers)).map((m) => `as built: ${m}`);
  // Each edit on the sheet as built: typed, checked, then undone (the cell typed back as it was).
  for (const edit of edits) {
    const before = sheet.typed(edit.cell);
    sheet.set(edit.cell, edit.value);
    found.push(...mismatches(sheet.value, wizard.expected(edit.answers(answers))).map((m) => `after an edit of ${edit.what}: ${m}`));
    sheet.set(edit.cell, before);
  }
  return found;
}
