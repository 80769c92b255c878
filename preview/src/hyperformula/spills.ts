/**
 * Spilled results of the Sales Planner's table functions, as Excel places them. HyperFormula fixes
 * a spill's area when it parses the formula and never revisits it (its issue #1287): a table would
 * keep the area of the largest result its arguments allow (so text typed ten rows under it blocks
 * it), a result that outgrows its area would break the engine, and clearing a blocking cell would
 * not clear `#SPILL!`. So the plugin records, per formula, the area it reserved and the size the
 * result wants, and the host places a table again (re-enters its formula) whenever the two differ
 * or the table shows `#SPILL!`: {@link settleSpills}.
 */
import { DetailedCellError, HyperFormula, SimpleCellAddress } from 'hyperformula';

export interface TableSize {
  readonly rows: number;
  readonly cols: number;
}

/** One table function's formula: where it is, which function, the area it holds and the size it wants. */
export interface SpillRecord {
  readonly name: string;
  readonly anchor: SimpleCellAddress;
  reserved: TableSize;
  wanted?: TableSize;
}

const registries = new WeakMap<object, Map<string, SpillRecord>>();

const keyOf = ({ sheet, row, col }: SimpleCellAddress) => `${sheet}:${row}:${col}`;

/** The records of one engine, keyed by its dependency graph (the plugin and the host both reach it). */
export function spillRegistry(graph: object): Map<string, SpillRecord> {
  let registry = registries.get(graph);
  if (!registry) registries.set(graph, (registry = new Map()));
  return registry;
}

/** What the plugin knows of the formula at this address, creating its record on first use. */
export function recordAt(graph: object, name: string, anchor: SimpleCellAddress): SpillRecord {
  const registry = spillRegistry(graph);
  const key = keyOf(anchor);
  let record = registry.get(key);
  if (!record || record.name !== name) registry.set(key, (record = { name, anchor: { ...anchor }, reserved: { rows: 1, cols: 1 } }));
  return record;
}

function graphOf(hf: HyperFormula): object {
  return (hf as unknown as { dependencyGraph: object }).dependencyGraph;
}

/** Whether the formula at the record's anchor still calls its table function (records outlive edits, and their sheet). */
function isLive(hf: HyperFormula, record: SpillRecord): boolean {
  if (hf.getSheetName(record.anchor.sheet) === undefined) return false;
  const formula = hf.doesCellHaveFormula(record.anchor) ? hf.getCellFormula(record.anchor) : undefined;
  return formula !== undefined && new RegExp(`(^|[^A-Z0-9_.])(SALES\\.)?${record.name}\\s*\\(`, 'i').test(formula);
}

/** Forgets every table's record, as a new engine starts (a test reusing one engine for many workbooks). */
export function forgetSpills(hf: HyperFormula): void {
  spillRegistry(graphOf(hf)).clear();
}

/** Every table function's formula in the workbook now; records of formulas since removed are dropped. */
export function spillsOf(hf: HyperFormula): SpillRecord[] {
  const registry = spillRegistry(graphOf(hf));
  for (const [key, record] of registry) if (!isLive(hf, record)) registry.delete(key);
  return [...registry.values()];
}

/**
 * The table function whose result covers this cell (its anchor included), for the grid to show the
 * cell in the function's format. A caller painting many cells passes `spills` read once.
 */
export function spillCovering(hf: HyperFormula, address: SimpleCellAddress, spills: readonly SpillRecord[] = spillsOf(hf)): SpillRecord | undefined {
  return spills.find(({ anchor, reserved, wanted }) => {
    const size = wanted ?? reserved;
    return (
      anchor.sheet === address.sheet &&
      address.row >= anchor.row &&
      address.row < anchor.row + size.rows &&
      address.col >= anchor.col &&
      address.col < anchor.col + size.cols
    );
  });
}

function showsSpill(hf: HyperFormula, anchor: SimpleCellAddress): boolean {
  const value = hf.getCellValue(anchor);
  return value instanceof DetailedCellError && value.value === '#SPILL!';
}

function needsPlacing(hf: HyperFormula, record: SpillRecord): boolean {
  const { reserved, wanted } = record;
  return (wanted !== undefined && (wanted.rows !== reserved.rows || wanted.cols !== reserved.cols)) || showsSpill(hf, record.anchor);
}

/**
 * Places again every table whose area differs from what its result needs, or that shows `#SPILL!`
 * (its blocker may have gone): one batch of re-entered formulas, repeated while sizes still change
 * (a table that feeds another). Returns how many formulas were re-entered.
 *
 * @example
 * hf.setCellContents(blocker, null);
 * settleSpills(hf); // the KPIBY table above spills again
 */
export function settleSpills(hf: HyperFormula, maxPasses = 3): number {
  let placed = 0;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const due = spillsOf(hf).filter((record) => needsPlacing(hf, record) && (pass === 0 || !showsSpill(hf, record.anchor)));
    if (due.length === 0) break;
    hf.batch(() => due.forEach(({ anchor }) => hf.setCellContents(anchor, hf.getCellFormula(anchor)!)));
    placed += due.length;
  }
  return placed;
}
