import { ArraySize, CellError, EmptyValue, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import { CellResult, ErrorKind, FunctionResult, SheetError, findFunction, invokeFunction, isSheetError } from '../../../core';

/** The parts of HyperFormula's internal AST and state that a plugin method receives and passes on. */
export type ProcedureAst = { readonly args: unknown[] };
export type InterpreterState = unknown;

/** HyperFormula's error types, as core's kinds: exhaustive, so a new HyperFormula type fails to build. */
const KIND_OF_HF_ERROR: Readonly<Record<ErrorType, ErrorKind>> = {
  [ErrorType.DIV_BY_ZERO]: 'DIV0',
  [ErrorType.NAME]: 'NAME',
  [ErrorType.VALUE]: 'VALUE',
  [ErrorType.NUM]: 'NUM',
  [ErrorType.NA]: 'NA',
  [ErrorType.REF]: 'REF',
  [ErrorType.CYCLE]: 'REF',
  [ErrorType.SPILL]: 'REF',
  [ErrorType.ERROR]: 'VALUE',
  [ErrorType.LIC]: 'VALUE',
};

/** Core's kinds as HyperFormula errors; HyperFormula has no #NULL!, so that one shows as #ERROR!. */
const HF_ERROR_OF_KIND: Readonly<Record<ErrorKind, ErrorType>> = {
  DIV0: ErrorType.DIV_BY_ZERO,
  VALUE: ErrorType.VALUE,
  NUM: ErrorType.NUM,
  NA: ErrorType.NA,
  REF: ErrorType.REF,
  NAME: ErrorType.NAME,
  NULL: ErrorType.ERROR,
};

function fromHfScalar(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof CellError) return new SheetError(KIND_OF_HF_ERROR[value.type], value.message ?? '');
  // Dates, currencies and percentages arrive as rich numbers that carry their raw value.
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val;
  return value;
}

function fromHf(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(fromHfScalar));
  return fromHfScalar(value);
}

function toHfCell(cell: CellResult): number | string | boolean | CellError {
  return isSheetError(cell) ? new CellError(HF_ERROR_OF_KIND[cell.kind], cell.message) : cell;
}

function toHf(result: FunctionResult): number | string | boolean | CellError | SimpleRangeValue {
  return Array.isArray(result) ? SimpleRangeValue.onlyValues(result.map((row) => row.map(toHfCell))) : toHfCell(result);
}

/**
 * The base of the generated plugin: every method is a one-line call to {@link runCatalogue}, which
 * hands HyperFormula's values to core and core's result back. Errors are returned, never thrown,
 * as a raw throw would escape the engine.
 */
export abstract class CataloguePlugin extends FunctionPlugin {
  protected runCatalogue(name: string, ast: ProcedureAst, state: InterpreterState) {
    const fn = findFunction(name);
    if (!fn) return new CellError(ErrorType.NAME, `${name} is not in the catalogue`);
    const run = this.runFunction as unknown as (
      args: unknown[],
      state: unknown,
      metadata: unknown,
      implementation: (...args: unknown[]) => unknown,
    ) => unknown;
    return run(ast.args, state, this.metadata(name), (...args: unknown[]) =>
      toHf(invokeFunction(fn, trimMissing(args).map(fromHf))),
    );
  }

  /**
   * HyperFormula fixes a spill's size before computing it, so a table function reserves the largest
   * table its arguments can give (from their sizes); the unused part of the area stays empty.
   */
  protected catalogueTableSize(name: string, ast: ProcedureAst, state: InterpreterState) {
    const maxSize = findFunction(name)?.returns.maxSize;
    if (!maxSize) return ArraySize.error();
    const sizeOf = this.arraySizeForAst as unknown as (arg: unknown, state: unknown) => ArraySize;
    const argSizes = ast.args.map((arg) => {
      const size = sizeOf.call(this, arg, state);
      return { rows: size.height, columns: size.width };
    });
    const { rows, columns } = maxSize(argSizes);
    return new ArraySize(columns, rows);
  }
}

/** HyperFormula passes `undefined` for omitted optional arguments; core counts only those given. */
function trimMissing(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end -= 1;
  return args.slice(0, end);
}
