import { PlanCell, PlanSheet } from '../../core/kit/sheet';

/**
 * A plan cell as HyperFormula takes it: text behind an apostrophe, so a name like "=1+1" or "007"
 * stays exactly the text the user typed; formulas and numbers as they are.
 */
export function hyperFormulaCell(cell: PlanCell): string | number | null {
  if (cell === null) return null;
  if ('text' in cell) return `'${cell.text}`;
  if ('number' in cell) return cell.number;
  return cell.formula;
}

/** A plan sheet's cells as one block for `setSheetContent` (one call, whatever the plan's size). */
export function hyperFormulaContent(sheet: PlanSheet): (string | number | null)[][] {
  return sheet.cells.map((row) => row.map(hyperFormulaCell));
}
