import { CellValue } from '../cells/values';

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

/** Default outcome labels, as CRMs export them. */
export const DEFAULT_WON_LABEL = 'Won';
export const DEFAULT_LOST_LABEL = 'Lost';
