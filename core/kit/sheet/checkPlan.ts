import { columnLetters } from './a1';
import { Plan, PlanCell } from './plan';

/**
 * Why a host refuses to render a plan: a plan may cross `google.script.run` as JSON or be built
 * from answers restored from a shared document, so hosts check it before writing anything.
 */
export class PlanRefused extends Error {}

function checkCell(cell: unknown, where: string): void {
  if (cell === null) return;
  const c = cell as Record<string, unknown>;
  const keys = typeof cell === 'object' ? Object.keys(c) : [];
  if (keys.length !== 1) throw new PlanRefused(`${where} is not a plan cell`);
  if ('number' in c && !(typeof c.number === 'number' && Number.isFinite(c.number)))
    throw new PlanRefused(`${where} should hold a number, not ${JSON.stringify(c.number)}`);
  if ('text' in c && typeof c.text !== 'string') throw new PlanRefused(`${where} should hold text`);
  if ('formula' in c && !(typeof c.formula === 'string' && c.formula.startsWith('='))) throw new PlanRefused(`${where} should hold a formula`);
  if (!('number' in c || 'text' in c || 'formula' in c)) throw new PlanRefused(`${where} is not a plan cell`);
}

/**
 * The plan itself when every cell is what it claims to be: a number cell holds a finite number
 * (never text that a host would read as a formula), a text cell text, a formula cell a formula.
 * Throws {@link PlanRefused} naming the first cell that is not, before anything is written.
 *
 * @example
 * checkPlan({ sheets: [{ ...sheet, cells: [[{ number: '=HYPERLINK("x")' }]] }] }) // throws: A1 should hold a number
 */
export function checkPlan(plan: Plan): Plan {
  if (!plan || !Array.isArray(plan.sheets)) throw new PlanRefused('the plan has no sheets');
  for (const sheet of plan.sheets) {
    if (typeof sheet.name !== 'string' || !Array.isArray(sheet.cells)) throw new PlanRefused('a plan sheet has no name or cells');
    const width = sheet.cells[0]?.length ?? 0;
    sheet.cells.forEach((row: readonly PlanCell[], r: number) => {
      if (!Array.isArray(row) || row.length !== width) throw new PlanRefused(`row ${r + 1} of "${sheet.name}" is not as wide as the others`);
      row.forEach((cell, c) => checkCell(cell, `cell ${columnLetters(c)}${r + 1} of "${sheet.name}"`));
    });
  }
  return plan;
}
