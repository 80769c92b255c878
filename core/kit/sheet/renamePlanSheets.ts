import { quotedSheet } from './userTable';
import { Plan, PlanCell, PlanSheet } from './plan';

/** A formula with every reference to a plan sheet, written quoted (`'Evaluation'!`), pointed at its new name. */
function renamedFormula(formula: string, renames: readonly (readonly [string, string])[]): string {
  return renames.reduce((f, [from, to]) => f.split(`${from}!`).join(`${to}!`), formula);
}

/**
 * The plan with its sheets under the names a host gave them (a taken name gets " (2)"), and every
 * formula that reads another sheet of the plan pointed at that sheet's new name: builders write such
 * references quoted (`'Evaluation'!$B$5`), as {@link quotedSheet} does, so a rename finds them. A
 * sheet's references to itself are never rewritten (it writes none: a reference to its own name is
 * to a user's sheet of that name), and builders whose sheets refer to each other name them apart
 * from every sheet they read, so a rewritten reference is always one to the plan.
 *
 * @example
 * renamePlanSheets(plan, ['Evaluation (2)', 'Dashboard']).sheets[1].cells[4][0] //=> { formula: "='Evaluation (2)'!$B$5" }
 */
export function renamePlanSheets(plan: Plan, names: readonly string[]): Plan {
  const renames = plan.sheets.flatMap((s, i) => (names[i] && names[i] !== s.name ? [[quotedSheet(s.name), quotedSheet(names[i])] as const] : []));
  if (renames.length === 0) return plan;
  const sheet = (s: PlanSheet, i: number): PlanSheet => {
    // A sheet never refers to itself by name: its own name may also be a sheet it reads (the user's).
    const others = renames.filter(([from]) => from !== quotedSheet(s.name));
    const cell = (c: PlanCell): PlanCell => (c !== null && 'formula' in c ? { ...c, formula: renamedFormula(c.formula, others) } : c);
    return {
      ...s,
      name: names[i] ?? s.name,
      cells: s.cells.map((row) => row.map(cell)),
      highlights: s.highlights.map((h) => ('formula' in h.when ? { ...h, when: { formula: renamedFormula(h.when.formula, others) } } : h)),
    };
  };
  return { sheets: plan.sheets.map(sheet) };
}
