import { ErrorKind } from '../cells/errors';

/**
 * A host-neutral cell for case tables: plain values, a blank (`null`), an error cell, or a date.
 * Each parity harness turns these into what its host really passes (Excel `null` blanks, Sheets
 * `''` blanks and `Date` objects, HyperFormula cells).
 */
export type CaseCell = number | string | boolean | null | { readonly error: ErrorKind } | { readonly date: string };

/** An argument: a scalar typed into the formula, or a range (rows of cells) put on a sheet. */
export type CaseArg = CaseCell | readonly (readonly CaseCell[])[];

/** One expected cell: a number (to 1e-9), a text or boolean, or an error of this kind. */
export type ExpectedCell = number | string | boolean | { readonly error: ErrorKind };

/**
 * One row of a function's case table: what goes in, and what must come out: a number (to 1e-9), a
 * text or boolean, an error kind, or (for a function that spills) the whole table.
 */
export interface FunctionCase {
  readonly should: string;
  readonly args: readonly CaseArg[];
  readonly expect: ExpectedCell | { readonly table: readonly (readonly ExpectedCell[])[] };
}

/** A one-column range, top to bottom. */
export function column(...cells: CaseCell[]): CaseCell[][] {
  return cells.map((cell) => [cell]);
}
