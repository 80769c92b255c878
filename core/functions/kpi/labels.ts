import { CellValue } from '../../kit/cells/values';

/** Outcome labels are matched as a person reads them: case and surrounding spaces do not matter. */
export function normaliseLabel(label: string): string {
  return label.trim().toLowerCase();
}

/**
 * True when a cell holds the given label, already normalised with {@link normaliseLabel}.
 *
 * @example
 * isLabel(' WON ', 'won') //=> true
 */
export function isLabel(cell: CellValue, normalisedLabel: string): boolean {
  return typeof cell === 'string' && normaliseLabel(cell) === normalisedLabel;
}

/**
 * Classifies cells by label: returns the index of the label a cell reads, or -1. Each distinct text
 * is normalised once and remembered, as a column of a million outcomes holds only a handful of them.
 *
 * @example
 * const which = labelMatcher(['Won', 'Lost']);
 * which(' WON') //=> 0
 * which('Open') //=> -1
 */
export function labelMatcher(labels: readonly string[]): (cell: CellValue) => number {
  const normalised = labels.map(normaliseLabel);
  const seen = new Map<string, number>();
  // Neighbouring cells often repeat: remember the last text before asking the map.
  let lastCell = '';
  let lastIndex = -1;
  return (cell) => {
    if (typeof cell !== 'string') return -1;
    if (cell === lastCell) return lastIndex;
    let index = seen.get(cell);
    if (index === undefined) {
      index = normalised.indexOf(normaliseLabel(cell));
      seen.set(cell, index);
    }
    lastCell = cell;
    lastIndex = index;
    return index;
  };
}

/** Default outcome labels, as CRMs export them. */
export const DEFAULT_WON_LABEL = 'Won';
export const DEFAULT_LOST_LABEL = 'Lost';
