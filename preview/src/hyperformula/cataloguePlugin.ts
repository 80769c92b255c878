import { ArraySize, CellError, EmptyValue, ErrorType, SimpleCellAddress, SimpleRangeValue } from 'hyperformula';
import { InterpreterState, PreviewPlugin, ProcedureAst, plainValue } from './previewPlugin';
import { TableSize, recordAt } from './spills';
import { CellResult, ErrorKind, FunctionResult, SheetError, findFunction, invokeFunction, isSheetError } from '../../../core';
import { reasonOf, t } from '../../../ui/i18n';

export type { InterpreterState, ProcedureAst } from './previewPlugin';

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
  return plainValue(value);
}

function fromHf(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(fromHfScalar));
  return fromHfScalar(value);
}

function toHfCell(cell: CellResult): number | string | boolean | CellError {
  // The reason in the preview's language, as the formula bar shows it.
  return isSheetError(cell) ? new CellError(HF_ERROR_OF_KIND[cell.kind], reasonOf(cell)) : cell;
}

function toHf(result: FunctionResult): number | string | boolean | CellError | SimpleRangeValue {
  return Array.isArray(result) ? SimpleRangeValue.onlyValues(result.map((row) => row.map(toHfCell))) : toHfCell(result);
}

/**
 * The base of the generated plugin: every method is a one-line call to {@link runCatalogue}, which
 * hands HyperFormula's values to core and core's result back. Errors are returned, never thrown,
 * as a raw throw would escape the engine.
 */
export abstract class CataloguePlugin extends PreviewPlugin {
  protected runCatalogue(name: string, ast: ProcedureAst, state: InterpreterState) {
    const result = this.computeCatalogue(name, ast, state);
    const fn = findFunction(name);
    if (fn?.returns.shape !== 'table') return result;
    // A table records the size it wants; one larger than its area would break the engine, so it
    // shows #SPILL! until the host places it again (spills.ts).
    const record = recordAt(this.dependencyGraph, name, (state as { formulaAddress: SimpleCellAddress }).formulaAddress);
    record.wanted = sizeOfResult(result);
    const fits = record.wanted.rows <= record.reserved.rows && record.wanted.cols <= record.reserved.cols;
    return fits ? result : new CellError(ErrorType.SPILL, t('the table grew to {rows} × {columns}', { rows: record.wanted.rows, columns: record.wanted.cols }));
  }

  private computeCatalogue(name: string, ast: ProcedureAst, state: InterpreterState) {
    const fn = findFunction(name);
    if (!fn) return new CellError(ErrorType.NAME, t('{name} is not in the catalogue', { name }));
    return this.runWith(ast.args, state, this.metadata(name), (...args: unknown[]) => toHf(invokeFunction(fn, trimMissing(args).map(fromHf))));
  }

  /**
   * The area a table function's result takes, fixed when HyperFormula parses the formula: the
   * result's own size when its arguments can be read now (an edit in a computed workbook), else the
   * largest table the arguments allow (a workbook being loaded), which the host then shrinks to the
   * result (spills.ts). Either way the plugin records what it reserved.
   */
  protected catalogueTableSize(name: string, ast: ProcedureAst, state: InterpreterState) {
    const size = this.exactTableSize(name, ast, state) ?? this.largestTableSize(name, ast, state);
    if (!size) return ArraySize.error();
    recordAt(this.dependencyGraph, name, (state as { formulaAddress: SimpleCellAddress }).formulaAddress).reserved = size;
    return new ArraySize(size.cols, size.rows);
  }

  private exactTableSize(name: string, ast: ProcedureAst, state: InterpreterState): TableSize | undefined {
    try {
      return sizeOfResult(this.computeCatalogue(name, ast, state));
    } catch {
      return undefined; // an argument's formula is not computed yet
    }
  }

  private largestTableSize(name: string, ast: ProcedureAst, state: InterpreterState): TableSize | undefined {
    const maxSize = findFunction(name)?.returns.maxSize;
    if (!maxSize) return undefined;
    const argSizes = ast.args.map((arg) => {
      const size = this.sizeOf(arg, state);
      return { rows: size.height, columns: size.width };
    });
    const { rows, columns } = maxSize(argSizes);
    return { rows, cols: columns };
  }
}

/** How many rows and columns a result takes: a table its own, one value (or an error) one cell. */
function sizeOfResult(result: unknown): TableSize {
  return result instanceof SimpleRangeValue ? { rows: result.height(), cols: result.width() } : { rows: 1, cols: 1 };
}

/** HyperFormula passes `undefined` for omitted optional arguments; core counts only those given. */
function trimMissing(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end -= 1;
  return args.slice(0, end);
}
