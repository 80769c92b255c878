import { FunctionArgumentType, HyperFormula } from 'hyperformula';
import { InterpreterState, PreviewPlugin, ProcedureAst } from './previewPlugin';

/**
 * INT as Excel, Sheets and LibreOffice compute it: the number rounded down, so INT(-8.9) is -9
 * (Microsoft: "Rounds a number down to the nearest integer"). HyperFormula 3's INT rounds toward
 * zero (-8), so a plan sheet's "rounded down to a unit" or a ceiling written −INT(−x) meant one
 * thing in the preview and another in every real spreadsheet. This replaces it.
 */
class IntPlugin extends PreviewPlugin {
  static override implementedFunctions = {
    INT: { method: 'int', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  int(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runWith(ast.args, state, this.metadata('INT'), Math.floor);
  }
}

let registered = false;

/**
 * Puts Excel's INT in place of HyperFormula's, once per page or process.
 *
 * @example
 * registerExcelInt(); HyperFormula.buildFromArray([['=INT(-8.9)']]) // -9
 */
export function registerExcelInt(): void {
  if (registered) return;
  HyperFormula.unregisterFunction('INT');
  HyperFormula.registerFunction('INT', IntPlugin as never, { enGB: { INT: 'INT' } } as never);
  registered = true;
}
