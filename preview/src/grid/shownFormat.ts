import { HyperFormula } from 'hyperformula';
import { ResultFormat } from '../../../core/kit/catalogue';
import { findFunction } from '../../../core';
import { SpillRecord, spillCovering } from '../hyperformula/spills';
import { CellFormat, PreviewSheet } from '../previewSheet';

const OF_RESULT: Readonly<Record<ResultFormat, CellFormat>> = { percent: 'percent', money: 'money', number: 'number', text: 'text' };

/** A Sales Planner function's format for a column of its result (KPIBY's differ by column). */
export function functionFormat(name: string, column = 0): CellFormat {
  const returns = findFunction(name)?.returns;
  return OF_RESULT[returns?.columnFormats?.[column] ?? returns?.format ?? 'number'];
}

/** The function a formula's outer call is, in either spelling (`=WINRATE(…)`, `=SALES.WINRATE(…)`). */
export function outerFunction(formula: string): string | undefined {
  return formula.match(/^=\s*(?:SALES\.)?([A-Z][A-Z0-9.]*)\s*\(/i)?.[1].toUpperCase();
}

/** The first cell a formula refers to on its own sheet (`=B5*1.1` → B5), if any. */
export function firstReference(formula: string): { row: number; col: number } | undefined {
  const match = formula
    .slice(1)
    .replace(/"[^"]*"/g, '')
    .match(/(^|[^A-Z0-9_.!'$])\$?([A-Z]{1,3})\$?(\d+)(?![A-Z0-9_(!])/i);
  if (!match) return undefined;
  const col = [...match[2].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[3]) - 1, col };
}

export interface FormatSources {
  readonly hf: HyperFormula;
  readonly sheet: number;
  readonly model: PreviewSheet;
  /** The format a person chose for the cell from the toolbar, if any. */
  userFormat(row: number, col: number): CellFormat | undefined;
  /** The workbook's spilled tables, when read once for many cells. */
  readonly spills?: readonly SpillRecord[];
}

/**
 * How a cell's number is shown, first rule that applies:
 * 1. the format a person chose from the toolbar; a number typed or pasted as a percentage
 *    (`12.5%`) is one, as Excel and Sheets format the cell when it is typed so;
 * 2. a Sales Planner function's result, in every cell it spills to, takes the function's format
 *    (never the column's: an average of days in a date column stays days);
 * 3. a plan's or sample column's format;
 * 4. a formula takes the format of the first cell it refers to, as Google Sheets' automatic
 *    formatting does (`=B6*2` shows a percentage when B6 is one; Excel's General would not).
 *
 * @example
 * shownFormat(sources, 4, 1) //=> 'percent' (B5 holds =WINRATE(…))
 */
export function shownFormat(sources: FormatSources, row: number, col: number, depth = 0): CellFormat {
  const chosen = sources.userFormat(row, col);
  if (chosen) return chosen;
  const { hf, sheet, model } = sources;
  if (!hf.doesCellHaveFormula({ sheet, row, col }) && hf.getCellValueDetailedType({ sheet, row, col }) === 'NUMBER_PERCENT') return 'percent';
  const spill = spillCovering(hf, { sheet, row, col }, sources.spills);
  if (spill) return functionFormat(spill.name, col - spill.anchor.col);
  const formula = hf.doesCellHaveFormula({ sheet, row, col }) ? hf.getCellFormula({ sheet, row, col }) : undefined;
  const called = formula && outerFunction(formula);
  if (called && findFunction(called)) return functionFormat(called);
  const own = model.formatAt(row, col);
  if (own !== 'text' || !formula || depth >= 3) return own;
  const reference = firstReference(formula);
  return reference ? shownFormat(sources, reference.row, reference.col, depth + 1) : own;
}
