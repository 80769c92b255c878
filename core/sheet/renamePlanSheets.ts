import { quotedSheet } from './userTable';
import { Plan, PlanCell, PlanSheet } from './plan';

/** A formula with every reference to a plan sheet, written quoted (`'Evaluation'!`), pointed at its new name. */
function renamedFormula(formula: string, renames: readonly (readonly [string, string])[]): string {
  return renames.reduce((f, [from, to]) => f.split(`${from}!`).join(`${to}!`), formula);
}

/**
 * The plan with its sheets under the names a host gave them (a taken name gets " (2)"), and every
 * formula that reads another sheet of the plan pointed at that sheet's new name: builders write such
 * references quoted (`'Evaluation'!$B$5`), as {@link quotedSheet} does, so a rename finds them.
 *
 * @example
 * renamePlanSheets(plan, ['Evaluation (2)', 'Dashboard']).sheets[1].cells[4][0] //=> { formula: "='Evaluation (2)'!$B$5" }
 */
export function renamePlanSheets(plan: Plan, names: readonly string[]): Plan {
  const renames = plan.sheets.flatMap((s, i) => (names[i] && names[i] !== s.name ? [[quotedSheet(s.name), quotedSheet(names[i])] as const] : []));
  if (renames.length === 0) return plan;
  const cell = (c: PlanCell): PlanCell => (c !== null && 'formula' in c ? { ...c, formula: renamedFormula(c.formula, renames) } : c);
  const sheet = (s: PlanSheet, i: number): PlanSheet => ({
    ...s,
    name: names[i] ?? s.name,
    cells: s.cells.map((row) => row.map(cell)),
    highlights: s.highlights.map((h) => ('formula' in h.when ? { ...h, when: { formula: renamedFormula(h.when.formula, renames) } } : h)),
  });
  return { sheets: plan.sheets.map(sheet) };
}
