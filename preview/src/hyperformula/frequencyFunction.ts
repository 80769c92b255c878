import { ArraySize, CellError, FunctionArgumentType, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { InterpreterState, PreviewPlugin, ProcedureAst, plainValue } from './previewPlugin';

/**
 * How many of `data` fall in each bin, as Excel's, Sheets' and LibreOffice's FREQUENCY count them:
 * bin k counts the numbers above the next lower bin and at most bin k; one more count at the end for
 * the numbers above every bin. Text, blanks and booleans in `data` are not counted; a bin that is
 * not a number counts nothing; of two equal bins the first counts. O(data × log bins), where a
 * COUNTIF per bin reads all the data once per bin.
 *
 * @example
 * frequencies([1, 2, 2, 5, 9], [2, 4, 6]) //=> [3, 0, 1, 1]
 * frequencies([3, 'x', null], [])         //=> [1]
 */
export function frequencies(data: readonly unknown[], bins: readonly unknown[]): number[] {
  const counts = new Array<number>(bins.length + 1).fill(0);
  const sorted = bins
    .map((bin, index) => ({ bin, index }))
    .filter((b): b is { bin: number; index: number } => typeof b.bin === 'number')
    .sort((a, b) => a.bin - b.bin || a.index - b.index);
  for (const value of data) {
    if (typeof value !== 'number') continue;
    // The first bin at or above the value.
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle].bin < value) low = middle + 1;
      else high = middle;
    }
    counts[low < sorted.length ? sorted[low].index : bins.length] += 1;
  }
  return counts;
}

/** A range's values, row by row, as plain numbers, text and booleans. */
const plainValues = (range: SimpleRangeValue): unknown[] => range.data.flat().map(plainValue);

class FrequencyPlugin extends PreviewPlugin {
  static override implementedFunctions = {
    FREQUENCY: {
      method: 'frequency',
      sizeOfResultArrayMethod: 'frequencySize',
      parameters: [{ argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.RANGE }],
      vectorizationForbidden: true,
    },
  };

  frequency(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runWith(ast.args, state, this.metadata('FREQUENCY'), (data: SimpleRangeValue, bins: SimpleRangeValue) => {
      const [values, edges] = [plainValues(data), plainValues(bins)];
      // As in Excel, an error among the data or the bins is the result.
      const error = [...values, ...edges].find((value) => value instanceof CellError);
      if (error) return error;
      return SimpleRangeValue.onlyNumbers(frequencies(values, edges).map((count) => [count]));
    });
  }

  /** One more row than the bins have cells, one column: known when the formula is read. */
  frequencySize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    if (ast.args.length !== 2) return ArraySize.error();
    const bins = this.sizeOf(ast.args[1], state);
    return new ArraySize(1, bins.width * bins.height + 1);
  }
}

let registered = false;

/**
 * Adds FREQUENCY to HyperFormula (version 3 has none), once per page or process: the Lead scoring
 * sheet counts its AUC histogram with it, a spilled column as Excel 365 and Sheets spill it.
 *
 * @example
 * registerFrequency(); HyperFormula.buildFromArray([[1, 2, '=FREQUENCY(A1:B1,A1:A1)']]) // C1:C2 spill 1, 1
 */
export function registerFrequency(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(FrequencyPlugin as never, { enGB: { FREQUENCY: 'FREQUENCY' } } as never);
  registered = true;
}
