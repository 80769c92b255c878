import { PlanFormat } from '../../kit/sheet/plan';
import { SavedScenario } from './buildScenarios';
import { ScenarioInput, ScenarioOutput, ScenarioSpec, MAX_SCENARIO_INPUTS, MAX_WORKINGS } from './scenarioSpec';
import { StoredWorkings, compactWorkings, expandWorkings } from './compactWorkings';

/** One plan sheet's scenarios, with what its Scenarios sheet needs of the plan. */
export interface PlanScenarios {
  readonly spec: ScenarioSpec;
  readonly scenarios: readonly SavedScenario[];
}

/** Every plan sheet's scenarios, by the sheet's name in the workbook. */
export type ScenarioStore = Readonly<Record<string, PlanScenarios>>;

/** The document setting that holds the store, as JSON text (it travels with the workbook). */
export const SCENARIOS_SETTING = 'scenarios';

/** The most scenarios a plan keeps: beyond a dozen columns side by side nobody compares them. */
export const MAX_SCENARIOS = 12;
/** A scenario's name, as Excel's Scenario Manager allows it (255 characters) and a column header reads it. */
export const MAX_SCENARIO_NAME = 60;
/**
 * What the store may take in the document: Google Sheets keeps 500 KB of an add-on's settings a
 * document, which the wizards' answers share; the plan sheets built longest ago without a scenario
 * make room first.
 */
export const MAX_STORE_BYTES = 120_000;
/** The plan sheets the store remembers, for the same reason. */
export const MAX_PLAN_SHEETS = 20;

/**
 * The functions a plan sheet's formulas use, and the other native functions that read only the
 * workbook's own cells. A spec comes back from the document as untrusted text and its workings are
 * written as formulas: one that calls anything else (HYPERLINK, WEBSERVICE, IMPORTXML, INDIRECT…) is
 * refused, so a shared workbook cannot slip a formula in through the add-in's settings.
 */
const NATIVE_FUNCTIONS = new Set(
  (
    'ABS AND ASIN ACOS ATAN ATAN2 AVERAGE AVERAGEIF AVERAGEIFS CEILING CHOOSE COS COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS DATE DAY ' +
    'EDATE EOMONTH EXACT EXP FALSE FIND FIXED FLOOR IF IFERROR INDEX INT ISBLANK ISERROR ISNA ISNUMBER ISTEXT LARGE LEFT LEN LN LOG ' +
    'LOG10 LOWER MATCH MAX MEDIAN MIN MOD MONTH N NA NETWORKDAYS NOT OR PI POWER PRODUCT RADIANS RIGHT ROUND ROUNDDOWN ROUNDUP ROWS ' +
    'SIGN SIN SMALL SQRT SUBSTITUTE SUM SUMIF SUMIFS SUMPRODUCT TRIM TRUE UPPER VLOOKUP WEEKDAY YEAR'
  ).split(' '),
);

/**
 * Whether a formula calls only native functions that read the workbook's own cells.
 *
 * @example
 * callsOnlyNativeFunctions('=ROUND($B$5*(1+$B$6),0)')      //=> true
 * callsOnlyNativeFunctions('=HYPERLINK("http://x","go")')  //=> false
 */
export function callsOnlyNativeFunctions(formula: string): boolean {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...outsideStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].every(([, name]) => NATIVE_FUNCTIONS.has(name.toUpperCase()));
}

const FORMATS: readonly PlanFormat[] = ['money', 'percent', 'decimal', 'integer', 'date'];
const isCell = (v: unknown): v is string => typeof v === 'string' && /^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(v);
const isText = (v: unknown, longest = 500): v is string => typeof v === 'string' && v.length <= longest;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalNumber = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

function readInput(v: unknown): ScenarioInput | undefined {
  if (!isRecord(v) || !isCell(v.ref) || !isText(v.label)) return undefined;
  if (v.format !== undefined && !FORMATS.includes(v.format as PlanFormat)) return undefined;
  const rule = v.rule;
  if (rule !== undefined && (!isRecord(rule) || !optionalNumber(rule.min) || !optionalNumber(rule.max) || !isText(rule.message))) return undefined;
  return v as unknown as ScenarioInput;
}

function readOutput(v: unknown): ScenarioOutput | undefined {
  if (!isRecord(v) || !isCell(v.ref) || !isText(v.label)) return undefined;
  return v.format === undefined || FORMATS.includes(v.format as PlanFormat) ? (v as unknown as ScenarioOutput) : undefined;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** A block of cells with one formula: its first cell, the formula's number, rows and columns (1 when left out). */
const isFormulaRun = (v: unknown): v is [string, number] | [string, number, number] | [string, number, number, number] =>
  Array.isArray(v) && v.length >= 2 && v.length <= 4 && isCell(v[0]) && v.slice(1).every(isCount);
/** A block of cells passed through: a cell, or first cell, rows and columns. */
const isPassedRun = (v: unknown): v is string | [string, number] | [string, number, number] =>
  isCell(v) || (Array.isArray(v) && v.length >= 2 && v.length <= 3 && isCell(v[0]) && v.slice(1).every(isCount));

/** The workings as stored, written out and checked: every formula a native one that reads only the workbook. */
function readWorkings(v: Record<string, unknown>) {
  const formulas = all(v.formulas, (f) => (isText(f, 8192) && f.startsWith('=') ? f : undefined), MAX_WORKINGS);
  const cells = all(v.cells, (c) => (isFormulaRun(c) ? c : undefined), MAX_WORKINGS);
  const passed = all(v.passed, (c) => (isPassedRun(c) ? c : undefined), MAX_WORKINGS);
  if (!formulas || !cells || !passed) return undefined;
  const workings = expandWorkings({ formulas, cells, passed }, MAX_WORKINGS);
  return workings?.every((w) => w.formula === undefined || callsOnlyNativeFunctions(w.formula)) ? workings : undefined;
}

/** Every item read, or undefined when any fails: a spec is used whole or not at all. */
function all<T>(v: unknown, read: (item: unknown) => T | undefined, most: number): T[] | undefined {
  if (!Array.isArray(v) || v.length > most) return undefined;
  const items = v.map(read);
  return items.every((item) => item !== undefined) ? (items as T[]) : undefined;
}

function readSpec(v: unknown): ScenarioSpec | undefined {
  if (!isRecord(v)) return undefined;
  const inputs = all(v.inputs, readInput, MAX_SCENARIO_INPUTS);
  const outputs = all(v.outputs, readOutput, 100);
  const workings = readWorkings(v);
  if (!inputs || !outputs || !workings || !optionalNumber(v.tooLarge)) return undefined;
  return { inputs, outputs, workings, ...(typeof v.tooLarge === 'number' ? { tooLarge: v.tooLarge } : {}) };
}

function readScenario(v: unknown, inputs: number): SavedScenario | undefined {
  if (!isRecord(v) || !isText(v.name, MAX_SCENARIO_NAME) || v.name.trim() === '' || !Array.isArray(v.values) || v.values.length !== inputs) return undefined;
  const fine = v.values.every((x) => x === null || (typeof x === 'number' && Number.isFinite(x)) || isText(x));
  return fine ? { name: v.name, values: v.values as SavedScenario['values'] } : undefined;
}

/**
 * The store as the document gives it back (untrusted JSON text): each plan sheet's entry kept when
 * it reads whole, dropped when anything in it is damaged or not what the add-in writes.
 *
 * @example
 * readScenarioStore('not json') //=> {}
 */
export function readScenarioStore(saved: unknown): ScenarioStore {
  let parsed: unknown;
  try {
    parsed = typeof saved === 'string' ? JSON.parse(saved) : undefined;
  } catch {
    return {};
  }
  if (!isRecord(parsed)) return {};
  const store: Record<string, PlanScenarios> = {};
  for (const [sheet, entry] of Object.entries(parsed)) {
    const spec = isRecord(entry) ? readSpec(entry.spec) : undefined;
    const scenarios = spec && isRecord(entry) ? all(entry.scenarios, (s) => readScenario(s, spec.inputs.length), MAX_SCENARIOS) : undefined;
    if (spec && scenarios && isText(sheet, 100)) store[sheet] = { spec, scenarios };
  }
  return store;
}

/** A spec as the document keeps it: its workings compact. */
type StoredSpec = Omit<ScenarioSpec, 'workings'> & StoredWorkings;

/**
 * The store as JSON text for the document, its workings compact ({@link compactWorkings}).
 *
 * @example
 * readScenarioStore(scenarioStoreJson(store)) //=> store
 */
export function scenarioStoreJson(store: ScenarioStore): string {
  const stored: Record<string, { spec: StoredSpec; scenarios: PlanScenarios['scenarios'] }> = {};
  for (const [sheet, { spec, scenarios }] of Object.entries(store)) {
    const { workings, ...rest } = spec;
    stored[sheet] = { spec: { ...rest, ...compactWorkings(workings) }, scenarios };
  }
  return JSON.stringify(stored);
}

/**
 * A plan sheet just built: its spec, with no scenarios yet (a rebuilt sheet gets a new name). Past
 * {@link MAX_PLAN_SHEETS} sheets or {@link MAX_STORE_BYTES}, the sheets built longest ago that hold
 * no scenario are forgotten first; a sheet's scenarios are never dropped to make room.
 *
 * @example
 * withPlanSheet({}, 'Sales plan 2027', spec)['Sales plan 2027'].scenarios //=> []
 */
export function withPlanSheet(store: ScenarioStore, sheet: string, spec: ScenarioSpec): ScenarioStore {
  const kept: Record<string, PlanScenarios> = { ...store };
  delete kept[sheet];
  kept[sheet] = { spec, scenarios: [] };
  const tooMuch = () => Object.keys(kept).length > MAX_PLAN_SHEETS || scenarioStoreJson(kept).length > MAX_STORE_BYTES;
  for (const name of Object.keys(kept)) {
    if (!tooMuch()) break;
    if (name !== sheet && kept[name].scenarios.length === 0) delete kept[name];
  }
  return kept;
}

/**
 * A scenario saved: one of the same name (letter case aside) is replaced in its place, else it is
 * added at the end. Refused past {@link MAX_SCENARIOS}.
 *
 * @example
 * withScenario(store, 'Sales plan 2027', { name: 'Best', values: [1_000_000, 0.2] })
 */
export function withScenario(store: ScenarioStore, sheet: string, scenario: SavedScenario): ScenarioStore {
  const entry = store[sheet];
  if (!entry) return store;
  const same = (s: SavedScenario) => s.name.trim().toLowerCase() === scenario.name.trim().toLowerCase();
  const replaced = entry.scenarios.some(same);
  if (!replaced && entry.scenarios.length >= MAX_SCENARIOS) throw new RangeError(`at most ${MAX_SCENARIOS} scenarios a plan`);
  const scenarios = replaced ? entry.scenarios.map((s) => (same(s) ? scenario : s)) : [...entry.scenarios, scenario];
  return { ...store, [sheet]: { ...entry, scenarios } };
}

/**
 * A scenario removed by name.
 *
 * @example
 * withoutScenario(store, 'Sales plan 2027', 'Worst')
 */
export function withoutScenario(store: ScenarioStore, sheet: string, name: string): ScenarioStore {
  const entry = store[sheet];
  return entry ? { ...store, [sheet]: { ...entry, scenarios: entry.scenarios.filter((s) => s.name !== name) } } : store;
}

/**
 * A plan sheet forgotten, with its scenarios (the sheet was deleted, or is no longer wanted).
 *
 * @example
 * withoutPlanSheet(store, 'Sales plan 2027')['Sales plan 2027'] //=> undefined
 */
export function withoutPlanSheet(store: ScenarioStore, sheet: string): ScenarioStore {
  const kept: Record<string, PlanScenarios> = { ...store };
  delete kept[sheet];
  return kept;
}
