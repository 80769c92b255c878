import { Reason, SheetError, reason } from '../../kit/cells/errors';

/**
 * numerator / denominator, or `#DIV/0!` saying why when the denominator is 0: a KPI with no base
 * is "not defined", never 0.
 *
 * @example
 * divide(3, 4, reason('no leads')) //=> 0.75
 * divide(3, 0, reason('no leads')) //=> SheetError DIV0 'no leads'
 */
export function divide(numerator: number, denominator: number, whyZero: Reason): number | SheetError {
  return denominator === 0 ? new SheetError('DIV0', whyZero) : numerator / denominator;
}

/**
 * The first of the named values that is negative, as `#NUM!`, or undefined when none is.
 *
 * @example
 * firstNegative({ spend: 10, new_customers: -1 }) //=> SheetError NUM 'new_customers cannot be negative'
 */
export function firstNegative(values: Readonly<Record<string, number>>): SheetError | undefined {
  const name = Object.keys(values).find((key) => values[key] < 0);
  return name === undefined ? undefined : new SheetError('NUM', reason('{name} cannot be negative', { name }));
}

/**
 * Which of the allowed options a text argument names (case-insensitive), or `#VALUE!` listing them.
 *
 * @example
 * chooseOption('Median', ['mean', 'median'], 'method') //=> 'median'
 */
export function chooseOption<const T extends string>(text: string | undefined, options: readonly T[], label: string): T | SheetError {
  if (text === undefined) return options[0];
  const wanted = text.trim().toLowerCase();
  const found = options.find((option) => option === wanted);
  return (
    found ?? new SheetError('VALUE', reason('{label} must be one of {value}, not "{text}"', { label, value: options.map((o) => `"${o}"`).join(', '), text }))
  );
}

/** The median of a non-empty list of numbers (sorted copy; the input is left as it is). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
