import { SheetError, reason } from '../../kit/cells/errors';
import { CellValue, Range } from '../../kit/cells/values';
import { CellResult, defineFunction } from '../../kit/catalogue/types';
import { DEFAULT_LOST_LABEL, DEFAULT_WON_LABEL, labelMatcher } from './labels';
import { sameShape } from './sameShape';

/** The columns KPIBY spills, in order. */
export const KPIBY_HEADER = ['Group', 'Deals', 'Won', 'Lost', 'Win rate', 'Avg deal size', 'Won amount', 'Avg cycle days'] as const;

interface GroupTally {
  label: string | number | boolean;
  deals: number;
  won: number;
  lost: number;
  wonWithAmount: number;
  wonAmount: number;
  cycleDays: number;
  cycles: number;
  badCycleRow?: number;
}

/** Which rows count, and the columns that may be missing. */
export interface KpiByOptions {
  readonly created?: Range;
  readonly closed?: Range;
  /** Keep deals created on or after this date serial (needs `created`). */
  readonly from?: number;
  /** Keep deals created on or before this date serial (needs `created`). */
  readonly to?: number;
}

function newTally(label: GroupTally['label']): GroupTally {
  return { label, deals: 0, won: 0, lost: 0, wonWithAmount: 0, wonAmount: 0, cycleDays: 0, cycles: 0 };
}

function tallyRow(tally: GroupTally, label: number, amount: CellValue, start: CellValue, end: CellValue, row: number): void {
  tally.deals += 1;
  if (label === 1) tally.lost += 1;
  if (label !== 0) return;
  tally.won += 1;
  if (typeof amount === 'number') {
    tally.wonWithAmount += 1;
    tally.wonAmount += amount;
  }
  if (typeof start === 'number' && typeof end === 'number') {
    if (end < start) tally.badCycleRow ??= row;
    tally.cycleDays += end - start;
    tally.cycles += 1;
  }
}

function rowOf(tally: GroupTally, hasDates: boolean): CellResult[] {
  return [
    tally.label,
    tally.deals,
    tally.won,
    tally.lost,
    tally.won + tally.lost === 0 ? new SheetError('DIV0', reason('no won or lost deals')) : tally.won / (tally.won + tally.lost),
    tally.wonWithAmount === 0 ? new SheetError('DIV0', reason('no won deals with an amount')) : tally.wonAmount / tally.wonWithAmount,
    tally.wonAmount,
    !hasDates
      ? new SheetError('NA', reason('give created and closed dates for the cycle'))
      : tally.badCycleRow !== undefined
        ? new SheetError('NUM', reason('the deal in row {badCycleRow} closes before it was created', { badCycleRow: tally.badCycleRow }))
        : tally.cycles === 0
          ? new SheetError('DIV0', reason('no won deal has both dates'))
          : tally.cycleDays / tally.cycles,
  ];
}

function compareLabels(a: GroupTally['label'], b: GroupTally['label']): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base', numeric: true });
}

/**
 * Sales KPIs by group (rep, region, month…): a header row, one row per group in sorted order, and
 * a total row. Each row: deals, won, lost, win rate, average deal size, won amount, average cycle
 * days (won deals). Cells that have no answer hold their own error (a group with no decided deal
 * has a #DIV/0! win rate), so one group never hides the others.
 *
 * @example
 * kpiBy([['East'], ['West'], ['East']], [['Won'], ['Lost'], ['Lost']], [[100], [50], [70]])
 * //=> [[...header], ['East', 2, 1, 1, 0.5, 100, 100, #N/A], ['West', 1, 0, 1, #DIV/0!, #DIV/0!, 0, #N/A], ['Total', 3, 1, 2, …]]
 */
export function kpiBy(groups: Range, outcomes: Range, amounts: Range, options: KpiByOptions = {}): CellResult[][] | SheetError {
  const { created, closed, from, to } = options;
  const shapeError = sameShape({ groups, outcomes, amounts, created, closed });
  if (shapeError) return shapeError;
  if ((created === undefined) !== (closed === undefined)) return new SheetError('VALUE', reason('give both created and closed dates, or neither'));
  if ((from !== undefined || to !== undefined) && created === undefined) return new SheetError('VALUE', reason('a date window needs the created dates'));
  if (from !== undefined && to !== undefined && to < from) return new SheetError('NUM', reason('the window ends before it starts'));
  const which = labelMatcher([DEFAULT_WON_LABEL, DEFAULT_LOST_LABEL]);
  const tallies = new Map<string | number | boolean, GroupTally>();
  // Raw cell → its group's tally: a million rows hold a few groups, so each text is trimmed once.
  const byCell = new Map<unknown, GroupTally>();
  const total = newTally('Total');
  for (let r = 0; r < groups.length; r += 1) {
    for (let c = 0; c < groups[r].length; c += 1) {
      const outcome = outcomes[r][c];
      if (outcome === null) continue;
      const start = created ? created[r][c] : null;
      if (from !== undefined && !(typeof start === 'number' && start >= from)) continue;
      if (to !== undefined && !(typeof start === 'number' && start <= to)) continue;
      const group = groups[r][c];
      let tally = byCell.get(group);
      if (!tally) {
        const key = group === null ? '(blank)' : typeof group === 'string' ? group.trim() : (group as number | boolean);
        tally = tallies.get(key) ?? newTally(key);
        tallies.set(key, tally);
        byCell.set(group, tally);
      }
      const label = which(outcome);
      const end = closed ? closed[r][c] : null;
      tallyRow(tally, label, amounts[r][c], start, end, r + 1);
    }
  }
  // The total adds up the groups: one tally per row, not two.
  for (const tally of tallies.values()) {
    total.deals += tally.deals;
    total.won += tally.won;
    total.lost += tally.lost;
    total.wonWithAmount += tally.wonWithAmount;
    total.wonAmount += tally.wonAmount;
    total.cycleDays += tally.cycleDays;
    total.cycles += tally.cycles;
    if (tally.badCycleRow !== undefined) total.badCycleRow = Math.min(total.badCycleRow ?? Infinity, tally.badCycleRow);
  }
  const hasDates = created !== undefined;
  const rows = [...tallies.values()].sort((a, b) => compareLabels(a.label, b.label)).map((t) => rowOf(t, hasDates));
  return [[...KPIBY_HEADER], ...rows, rowOf(total, hasDates)];
}

export const KPIBY = defineFunction({
  name: 'KPIBY',
  title: 'KPIs by group',
  summary: 'A table of sales KPIs by group (rep, region, month…), with a total row; it spills.',
  description:
    'Returns a table that spills from the cell: a header row, one row per group (sorted), and a total ' +
    'row. Columns: Group, Deals, Won, Lost, Win rate, Avg deal size, Won amount, Avg cycle days. A ' +
    'deal is a row with a non-blank outcome; outcomes read "Won" and "Lost" (ignoring case). Give ' +
    'created and closed dates for the cycle column (won deals; #N/A without dates), and a from/to date ' +
    'window to keep only the deals created in it. A group with no decided deal shows #DIV/0! in its ' +
    'win rate: that cell has no answer, the rest of the table still does. Leave room below and to ' +
    'the right of the cell for the table to spill.',
  category: 'KPI',
  params: [
    { name: 'groups', kind: 'range', description: 'What to group by, one cell per deal (Owner, Region, a month…).' },
    { name: 'outcomes', kind: 'range', description: 'The deal outcomes, the same size as groups.' },
    { name: 'amounts', kind: 'range', description: 'The deal amounts, the same size as groups.' },
    { name: 'created', kind: 'range', optional: true, description: 'The date each deal was created (for the cycle and the window).' },
    { name: 'closed', kind: 'range', optional: true, description: 'The date each deal closed (for the cycle).' },
    { name: 'from', kind: 'number', optional: true, description: 'Keep deals created on or after this date.' },
    { name: 'to', kind: 'number', optional: true, description: 'Keep deals created on or before this date.' },
  ],
  returns: {
    description: 'A table: header, one row per group, total.',
    format: 'number',
    shape: 'table',
    // Group, Deals, Won, Lost, Win rate, Avg deal size, Won amount, Avg cycle days.
    columnFormats: ['number', 'number', 'number', 'number', 'percent', 'money', 'money', 'number'],
    maxSize: (argSizes) => ({ rows: (argSizes[0]?.rows ?? 1) * (argSizes[0]?.columns ?? 1) + 2, columns: KPIBY_HEADER.length }),
  },
  errors: [
    { kind: 'VALUE', when: 'the ranges differ in size, only one of created and closed is given, or a window is given without created dates' },
    { kind: 'NUM', when: 'the window ends before it starts (and, in a cell, a deal closes before it was created)' },
    { kind: 'DIV0', when: 'in a cell: a group has no decided deal, or no won deal with an amount or dates' },
  ],
  examples: [
    { formula: '=KPIBY(D2:D201, F2:F201, G2:G201, H2:H201, I2:I201)', note: 'KPIs by region, with the sales cycle.' },
    { formula: '=KPIBY(C2:C201, F2:F201, G2:G201, H2:H201, I2:I201, DATE(2017,1,1), DATE(2017,12,31))', note: 'By owner, for deals created in 2017.' },
  ],
  run: (groups, outcomes, amounts, created, closed, from, to) => kpiBy(groups, outcomes, amounts, { created, closed, from, to }),
});
