import { ArraySize, FunctionPlugin } from 'hyperformula';

/** The parts of HyperFormula's internal AST and state that a plugin method receives and passes on. */
export type ProcedureAst = { readonly args: unknown[] };
export type InterpreterState = unknown;

/**
 * HyperFormula's FunctionPlugin with the two helpers every preview function uses, typed once:
 * HyperFormula 3 declares them for its own plugins only (`runFunction` reads the arguments by the
 * function's parameter rules, `arraySizeForAst` predicts an argument's size), so each call would
 * otherwise cast them again.
 */
export abstract class PreviewPlugin extends FunctionPlugin {
  /** Reads `args` by `metadata`'s parameter rules (coercion, errors, arrays) and calls `fn` with them. */
  protected runWith<A extends unknown[]>(args: unknown[], state: InterpreterState, metadata: unknown, fn: (...values: A) => unknown): unknown {
    const run = this.runFunction as unknown as (args: unknown[], state: unknown, metadata: unknown, fn: (...values: A) => unknown) => unknown;
    return run.call(this, args, state, metadata, fn);
  }

  /** The size HyperFormula predicts for an argument when it reads the formula (a range's rows and columns; 1 × 1 for one value). */
  protected sizeOf(arg: unknown, state: InterpreterState): ArraySize {
    const size = this.arraySizeForAst as unknown as (arg: unknown, state: unknown) => ArraySize;
    return size.call(this, arg, state);
  }
}

/**
 * A value as a plain one: dates, currencies and percentages arrive from HyperFormula as rich
 * numbers that carry their raw value.
 *
 * @example
 * plainValue({ val: 45000 }) //=> 45000
 * plainValue('West')         //=> 'West'
 */
export function plainValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'val' in value ? (value as { val: number }).val : value;
}
