import { SheetError, isSheetError, reason } from '../cells/errors';
import { readArgument } from '../cells/args';
import { dataCells } from '../cells/dataSize';
import { CatalogueFunction, CellResult, FunctionResult, largestInputOf } from './types';

/**
 * Calls a catalogue function with raw host arguments: reads each argument by its declared kind,
 * returns the first error (left to right, including errors inside ranges), then computes. Hosts
 * call this and only map the result; they never coerce anything themselves.
 *
 * A result cell that is not a finite number (it never should be) becomes `#NUM!` rather than reaching a cell.
 *
 * @example
 * invokeFunction(WINRATE, [[['Won'], ['Lost']]]) //=> 0.5
 */
export function invokeFunction(fn: CatalogueFunction, rawArgs: readonly unknown[]): FunctionResult {
  try {
    return readAndRun(fn, rawArgs);
  } catch {
    // Never reached by any input the fuzz tests try (they fail on this message); a last guard so
    // that a cell shows a typed error rather than a crash if a host hands over something stranger.
    return new SheetError('VALUE', reason('{name} met a value it cannot read', { name: fn.name }));
  }
}

/** The message of the last guard in {@link invokeFunction}; tests assert it never shows. */
export const UNREADABLE = 'met a value it cannot read';

function readAndRun(fn: CatalogueFunction, rawArgs: readonly unknown[]): FunctionResult {
  if (rawArgs.length > fn.params.length) {
    return new SheetError('VALUE', reason('{name} takes at most {length} arguments', { name: fn.name, length: fn.params.length }));
  }
  const tooLarge = inputTooLarge(fn, rawArgs);
  if (tooLarge) return tooLarge;
  const args: unknown[] = [];
  for (const [index, param] of fn.params.entries()) {
    const raw = rawArgs[index];
    const value = readArgument(raw, param.kind, param.name, param.optional === true);
    if (isSheetError(value)) return value;
    if (value === undefined && !param.optional) return new SheetError('VALUE', reason('{name} is missing', { name: param.name }));
    args.push(value);
  }
  const result = fn.run(...args);
  if (!Array.isArray(result)) return finiteOrError(result);
  // No spreadsheet can show an empty table: say so instead of spilling nothing.
  if (result.length === 0 || result[0].length === 0)
    return new SheetError('VALUE', reason('{name} has nothing to show for these arguments', { name: fn.name }));
  return result.map((row) => row.map(finiteOrError));
}

/**
 * `#NUM!` for an argument over its parameter's documented size, checked before anything is read:
 * a custom function that runs for seconds is stopped by its host (Sheets at 30 s, Office restarts an
 * add-in blocked for 5 s), so beyond the size measured to answer within a second it says the limit.
 */
function inputTooLarge(fn: CatalogueFunction, rawArgs: readonly unknown[]): SheetError | undefined {
  for (const [index, param] of fn.params.entries()) {
    const limit = largestInputOf(param);
    const cells = dataCells(rawArgs[index]);
    if (cells > limit) {
      return new SheetError(
        'NUM',
        reason('{argument} holds {cells} cells of data; {name} takes at most {limit}', { argument: param.name, cells, name: fn.name, limit }),
      );
    }
  }
  return undefined;
}

function finiteOrError(cell: CellResult): CellResult {
  return typeof cell === 'number' && !Number.isFinite(cell) ? new SheetError('NUM', reason('the result is too large to show')) : cell;
}
