import { a1, parseRangeA1 } from '../../kit/sheet/a1';
import { InputRule } from '../../kit/sheet/sheetBuilder';
import { PlanCell, PlanFormat, PlanSheet } from '../../kit/sheet/plan';
import { FormulaReference, referencesOf } from './formulaReferences';
import { compactWorkings } from './compactWorkings';

/** One input a scenario saves: the plan's cell, its label, and how it is shown and checked there. */
export interface ScenarioInput {
  readonly ref: string;
  readonly label: string;
  readonly format?: PlanFormat;
  readonly rule?: InputRule;
}

/** One key result a scenario shows. */
export interface ScenarioOutput {
  readonly ref: string;
  readonly label: string;
  readonly format?: PlanFormat;
}

/** A cell of the plan the Scenarios sheet copies once per scenario: its formula, or none to read the plan's value. */
export interface ScenarioWorking {
  readonly ref: string;
  readonly formula?: string;
}

/**
 * What the Scenarios sheet needs of a plan sheet, saved with its scenarios (plain JSON): the inputs,
 * the key outputs, and the plan's own formulas between them (the workings each scenario recomputes).
 */
export interface ScenarioSpec {
  readonly inputs: readonly ScenarioInput[];
  readonly outputs: readonly ScenarioOutput[];
  readonly workings: readonly ScenarioWorking[];
  /** Set when the outputs need more workings than {@link MAX_WORKINGS}: they are then left out. */
  readonly tooLarge?: number;
}

/**
 * The most plan cells a scenario's outputs may recompute, each O(1): a sales plan's take 5, a field
 * plan's 1,356 at the sample's 674 accounts, a lead scoring sheet's two a lead (its total and band:
 * 5,013 at 2,505 leads, 10,003 at the 5,000 it takes); twelve scenarios of that many stay a sheet
 * HyperFormula loads in seconds. A budget of 500 lines (its bisection is 48 columns a line) is past it.
 */
export const MAX_WORKINGS = 12_000;

/**
 * The most the workings may take kept in the document (compact, {@link compactWorkings}): the
 * document's settings hold the wizards' answers too, and Google Sheets keeps 500 KB of them a
 * document. A budget's workings take about 2.6 KB a line (each line's optimiser steps read its own
 * curve), so a budget of more than about 22 lines is past it; a lead scoring sheet's 10,003 under 1 KB.
 */
export const MAX_STORED_WORKINGS = 60_000;

/**
 * Excel's Scenario Manager takes at most 32 changing cells a scenario ("Switch between various sets
 * of values by using scenarios", support.microsoft.com): an inputs block stays within it.
 */
export const MAX_SCENARIO_INPUTS = 32;

const key = (row: number, col: number) => row * 20_000 + col;
const rowOf = (k: number) => Math.floor(k / 20_000);
const colOf = (k: number) => k % 20_000;
const refOf = (k: number) => a1(rowOf(k), colOf(k));

/** Whether a reference points into the sheet itself (unnamed, or named as the sheet). */
export const isLocal = (reference: FormulaReference, sheetName: string) => reference.sheet === undefined || reference.sheet === sheetName;

function listAt<K, V>(map: Map<K, V[]>, k: K): V[] {
  const list = map.get(k) ?? [];
  map.set(k, list);
  return list;
}

/** What each cell of a sheet reads, by the ranges it names (each range expanded once). */
class Reads {
  private readonly cellsOf = new Map<string, number[]>();
  readonly rangesHolding = new Map<number, string[]>();
  readonly readersOf = new Map<string, number[]>();

  constructor(private readonly sheet: PlanSheet) {}

  /** The cells a range covers on this sheet (a whole column down to the sheet's last row). */
  cells(range: FormulaReference): number[] {
    const id = `${range.top},${range.left},${range.bottom},${range.right}`;
    const known = this.cellsOf.get(id);
    if (known) return known;
    const found: number[] = [];
    const bottom = Math.min(range.bottom, this.sheet.cells.length - 1);
    for (let r = range.top; r <= bottom; r += 1) for (let c = range.left; c <= range.right; c += 1) found.push(key(r, c));
    this.cellsOf.set(id, found);
    for (const k of found) listAt(this.rangesHolding, k).push(id);
    return found;
  }

  /** Records that `reader` reads `range`, and returns the cells it covers. */
  read(reader: number, range: FormulaReference): number[] {
    const cells = this.cells(range);
    const id = `${range.top},${range.left},${range.bottom},${range.right}`;
    listAt(this.readersOf, id).push(reader);
    return cells;
  }
}

const formulaAt = (sheet: PlanSheet, k: number): string | undefined => {
  const cell: PlanCell | undefined = sheet.cells[rowOf(k)]?.[colOf(k)];
  return cell && 'formula' in cell ? cell.formula : undefined;
};

/** The cells the outputs read, back to the inputs (which are not followed further), with what reads what. */
function walkBack(sheet: PlanSheet, outputs: readonly number[], inputs: ReadonlySet<number>): { seen: Set<number>; reads: Reads } {
  const reads = new Reads(sheet);
  const seen = new Set<number>(outputs);
  const queue = [...outputs];
  while (queue.length > 0) {
    const k = queue.pop() as number;
    const formula = inputs.has(k) ? undefined : formulaAt(sheet, k);
    if (!formula) continue;
    for (const reference of referencesOf(formula)) {
      if (!isLocal(reference, sheet.name)) continue;
      for (const cell of reads.read(k, reference))
        if (!seen.has(cell)) {
          seen.add(cell);
          queue.push(cell);
        }
    }
  }
  return { seen, reads };
}

/** The cells that change when an input does, among those the walk back reached. */
function dependOnInputs(inputs: ReadonlySet<number>, reads: Reads): Set<number> {
  const moved = new Set<number>(inputs);
  const queue = [...inputs];
  const done = new Set<string>();
  while (queue.length > 0) {
    const k = queue.pop() as number;
    for (const range of reads.rangesHolding.get(k) ?? []) {
      if (done.has(range)) continue;
      done.add(range);
      for (const reader of reads.readersOf.get(range) ?? [])
        if (!moved.has(reader)) {
          moved.add(reader);
          queue.push(reader);
        }
    }
  }
  return moved;
}

/** Covers: the last format, and the rule, a plan gives a cell (later entries win, as hosts apply them). */
function covering<T extends { readonly range: string }>(entries: readonly T[], ref: string): T | undefined {
  const { top, left } = parseRangeA1(ref);
  return [...entries].reverse().find((e) => {
    const b = parseRangeA1(e.range.replace(/\$/g, ''));
    return top >= b.top && top <= b.bottom && left >= b.left && left <= b.right;
  });
}

/** A cell's label: column A of its row, with the cell when the row holds several inputs (a ramp's three months). */
function labelOf(sheet: PlanSheet, ref: string, refs: readonly string[]): string {
  const { top } = parseRangeA1(ref);
  const cell = sheet.cells[top]?.[0];
  const label = cell && 'text' in cell ? cell.text : ref;
  const onRow = refs.filter((r) => parseRangeA1(r).top === top);
  return onRow.length > 1 ? `${label} (${ref})` : label;
}

/**
 * What a scenario of this plan sheet saves and recomputes, or undefined when the sheet has no
 * inputs. Workings are the cells between the inputs and the key outputs that an input moves (each
 * with the plan's own formula), and the cells those formulas read through a range that holds one
 * (their values passed through); a cell no input moves is read from the plan itself.
 *
 * @example
 * scenarioSpecOf(buildSalesPlan(answers).sheets[0])?.outputs.map((o) => o.label) //=> ['Target', 'Quota handed out (target ÷ attainment)', …]
 */
export function scenarioSpecOf(sheet: PlanSheet): ScenarioSpec | undefined {
  if (!sheet.scenario || sheet.scenario.inputs.length === 0) return undefined;
  const inputRefs = sheet.scenario.inputs.slice(0, MAX_SCENARIO_INPUTS);
  const inputs = inputRefs.map((ref) => ({
    ref,
    label: labelOf(sheet, ref, inputRefs),
    ...optional('format', covering(sheet.formats, ref)?.format),
    ...optional('rule', ruleOf(sheet, ref)),
  }));
  const outputs = sheet.scenario.outputs.map(({ ref, label }) => ({
    ref,
    label: label ?? labelOf(sheet, ref, []),
    ...optional('format', covering(sheet.formats, ref)?.format),
  }));
  const workings = workingsOf(
    sheet,
    inputRefs,
    outputs.map((o) => o.ref),
  );
  if (workings.length > MAX_WORKINGS || JSON.stringify(compactWorkings(workings)).length > MAX_STORED_WORKINGS)
    return { inputs, outputs: [], workings: [], tooLarge: workings.length };
  return { inputs, outputs, workings };
}

function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

function ruleOf(sheet: PlanSheet, ref: string): InputRule | undefined {
  const found = covering(sheet.validations, ref);
  if (!found) return undefined;
  const { range, ...rule } = found;
  void range;
  return rule;
}

/** The workings: moved cells with their formulas, then the other filled cells of the ranges they read that hold a moved cell. */
function workingsOf(sheet: PlanSheet, inputRefs: readonly string[], outputRefs: readonly string[]): ScenarioWorking[] {
  const toKey = (ref: string) => {
    const { top, left } = parseRangeA1(ref);
    return key(top, left);
  };
  const inputs = new Set(inputRefs.map(toKey));
  const { seen, reads } = walkBack(sheet, outputRefs.map(toKey), inputs);
  const moved = dependOnInputs(inputs, reads);
  const formulas = [...seen].filter((k) => moved.has(k) && !inputs.has(k) && formulaAt(sheet, k) !== undefined);
  const passed = new Set<number>();
  for (const k of formulas)
    for (const reference of referencesOf(formulaAt(sheet, k) as string)) {
      if (!isLocal(reference, sheet.name)) continue;
      const cells = reads.cells(reference);
      if (!cells.some((c) => moved.has(c))) continue;
      for (const c of cells) if (!moved.has(c) && filled(sheet, c)) passed.add(c);
    }
  return [
    ...formulas.sort((x, y) => x - y).map((k) => ({ ref: refOf(k), formula: formulaAt(sheet, k) as string })),
    ...[...passed].sort((x, y) => x - y).map((k) => ({ ref: refOf(k) })),
  ];
}

const filled = (sheet: PlanSheet, k: number) => {
  const cell = sheet.cells[rowOf(k)]?.[colOf(k)];
  return cell !== null && cell !== undefined;
};
