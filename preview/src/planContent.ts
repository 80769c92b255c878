import { PlanSheet, typedCell } from '../../core/kit/sheet';

/** A plan sheet's cells as one block for `setSheetContent` (one call, whatever the plan's size). */
export function hyperFormulaContent(sheet: PlanSheet): (string | number | null)[][] {
  return sheet.cells.map((row) => row.map(typedCell));
}
