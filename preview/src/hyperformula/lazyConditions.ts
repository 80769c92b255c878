import { CellError, FunctionArgumentType, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { InterpreterState, PreviewPlugin, ProcedureAst } from './previewPlugin';
import { FormulaNode, referenceNodes } from './formulaTree';

const CONDITION = { parameters: [{ argumentType: FunctionArgumentType.BOOLEAN }] };
const VALUE = { parameters: [{ argumentType: FunctionArgumentType.SCALAR, passSubtype: true }] };
const EMPTY_ARGUMENT = 'EMPTY';
const ONE_VALUE_EACH = new WeakMap<object, boolean>();

/**
 * IF and IFERROR that work out only the branch they return, as Excel, Sheets and LibreOffice do.
 * HyperFormula 3 works out every argument first: a plan's check cell, `IF(<errors below>, <count
 * them>, "✓ …")`, read its whole sheet twice on every edit, and each lead's `IF(won = "", "", …)`
 * computed the branch it then dropped. The values are HyperFormula's own: the condition and the
 * branch are read by its own argument rules (an argument that is a range or an array, as inside
 * SUMPRODUCT, or an empty one, goes the old way, all at once, so an array result keeps its shape).
 */
class LazyConditionsPlugin extends PreviewPlugin {
  static override implementedFunctions = {
    IF: {
      method: 'lazyIf',
      parameters: [
        { argumentType: FunctionArgumentType.BOOLEAN },
        { argumentType: FunctionArgumentType.SCALAR, passSubtype: true },
        { argumentType: FunctionArgumentType.SCALAR, defaultValue: false, passSubtype: true },
      ],
    },
    IFERROR: {
      method: 'lazyIferror',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR, passSubtype: true },
        { argumentType: FunctionArgumentType.SCALAR, passSubtype: true },
      ],
    },
  };

  /**
   * Whether every argument is one value (HyperFormula's own size rule): one that is a range or an
   * array may make the result an array, which the old way shapes. Kept per list of arguments, which
   * pasted cells share (pastedFormulas.ts), unless a range in them grows with the cell ($A$1:A9).
   */
  private oneValueEach(ast: ProcedureAst, state: InterpreterState): boolean {
    let known = ONE_VALUE_EACH.get(ast.args);
    if (known === undefined) {
      known = ast.args.every((arg) => {
        const size = this.sizeOf(arg, state);
        return size.width === 1 && size.height === 1;
      });
      if (sameSizeInEveryCell(ast.args as FormulaNode[])) ONE_VALUE_EACH.set(ast.args, known);
    }
    return known;
  }

  lazyIf(ast: ProcedureAst, state: InterpreterState): unknown {
    const [condition, whenTrue, whenFalse] = ast.args;
    const eager = () => this.runWith(ast.args, state, this.metadata('IF'), (c: boolean, a: unknown, b: unknown) => (c ? a : b));
    if (ast.args.length < 2 || ast.args.length > 3 || ast.args.some(isEmptyArgument) || !this.oneValueEach(ast, state)) return eager();
    const decided = this.runWith([condition], state, CONDITION, (c: boolean) => c);
    if (typeof decided !== 'boolean') return decided instanceof CellError ? decided : eager();
    if (!decided && whenFalse === undefined) return false;
    return this.runWith([decided ? whenTrue : whenFalse], state, VALUE, (v: unknown) => v);
  }

  lazyIferror(ast: ProcedureAst, state: InterpreterState): unknown {
    const eager = () => this.runWith(ast.args, state, this.metadata('IFERROR'), (a: unknown, b: unknown) => (a instanceof CellError ? b : a));
    if (ast.args.length !== 2 || ast.args.some(isEmptyArgument) || !this.oneValueEach(ast, state)) return eager();
    const first = this.runWith([ast.args[0]], state, VALUE, (v: unknown) => v);
    if (first instanceof CellError) return this.runWith([ast.args[1]], state, VALUE, (v: unknown) => v);
    return first instanceof SimpleRangeValue ? eager() : first;
  }
}

/**
 * Whether arguments have one size wherever their formula sits: each range's two ends are fixed, or
 * move, alike (A1:B3 and $A$1:$B$3 do; $A$1:A3 grows row by row).
 */
const sameSizeInEveryCell = (args: readonly FormulaNode[]): boolean =>
  args.every((arg) => referenceNodes(arg).every((node) => node.start === undefined || node.start.type === node.end?.type));

/** An argument left empty (`IF(A1,,2)`), which HyperFormula reads by its own rule. */
const isEmptyArgument = (arg: unknown) => (arg as { type?: string } | undefined)?.type === EMPTY_ARGUMENT;

let registered = false;

/**
 * Puts the branch-only IF and IFERROR in place of HyperFormula's, once per page or process.
 *
 * @example
 * registerLazyConditions(); HyperFormula.buildFromArray([['=IF(1>0,"yes",SUMPRODUCT(--ISERROR(B1:B9)))']]) // 'yes', B1:B9 never read
 */
export function registerLazyConditions(): void {
  if (registered) return;
  for (const name of ['IF', 'IFERROR']) {
    HyperFormula.unregisterFunction(name);
    HyperFormula.registerFunction(name, LazyConditionsPlugin as never, { enGB: { [name]: name } } as never);
  }
  registered = true;
}
