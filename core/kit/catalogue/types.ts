import { ErrorKind, SheetError } from '../cells/errors';
import { ParamKind, ParamValue } from '../cells/args';

/** One parameter of a custom function, as the user sees it in autocomplete and in the docs. */
export interface ParamSpec {
  /** snake_case, as shown in the spreadsheet's tooltip (`won_label`). */
  readonly name: string;
  readonly kind: ParamKind;
  readonly description: string;
  readonly optional?: boolean;
  /** The default, in words, for the docs (`"Won"`). */
  readonly defaultText?: string;
  /**
   * The most cells of data this argument takes (see {@link dataCells}), where the function's cost
   * grows faster than its input: at this size it still answers within a second in Apps Script
   * (`bench/inputLimits.bench.ts` measures it). Absent: {@link LARGEST_INPUT}.
   */
  readonly largestInput?: number;
}

/**
 * The most cells of data any argument takes unless its parameter says fewer: every function reads
 * this much in under half a second in the Apps Script bundle (`bench/inputLimits.bench.ts`: 0.1–0.45 s
 * here), so within a second on a slower server, well inside the 30 s Sheets gives a custom function
 * and the 5 s after which Office restarts a blocked add-in.
 */
export const LARGEST_INPUT = 50_000;

/**
 * The most cells of data a parameter takes.
 *
 * @example
 * largestInputOf({ name: 'amounts', kind: 'range', description: '…' }) //=> 50000
 * largestInputOf({ name: 'latitudes', kind: 'range', description: '…', largestInput: 400 }) //=> 400
 */
export const largestInputOf = (param: Pick<ParamSpec, 'largestInput'>): number => param.largestInput ?? LARGEST_INPUT;

/**
 * Whether a parameter's default is said in words ("no cap"), which is translated, rather than a value
 * to type (`"Won"`, `12`, `{24;12;4}`), which is not.
 *
 * @example
 * defaultInWords('no cap') //=> true
 * defaultInWords('"Won"')  //=> false
 */
export const defaultInWords = (text: string): boolean => /^[a-z]/i.test(text);

/**
 * A parameter's default as a user reads it: translated when said in words, as written when a value.
 *
 * @example
 * sayDefault('no cap', translator('vi')) //=> 'không giới hạn'
 * sayDefault('"Won"', translator('vi'))  //=> '"Won"'
 */
export const sayDefault = (text: string, translate: (source: string) => string): string => (defaultInWords(text) ? translate(text) : text);

/**
 * A worked example in the preview's syntax, over the sample workbook's Opportunities sheet. Its
 * result is not written by hand: the docs generator evaluates it on the sample data.
 */
export interface FunctionExample {
  readonly formula: string;
  readonly note: string;
}

/** One cell of a result: a value, or a typed error. */
export type CellResult = number | string | boolean | SheetError;

/** What a custom function returns: one cell, or a table that spills (rows of cells, errors per cell). */
export type FunctionResult = CellResult | CellResult[][];

/**
 * Values as a column that spills down, one a row.
 *
 * @example
 * asColumn([1, 2]) //=> [[1], [2]]
 */
export const asColumn = (values: readonly CellResult[]): CellResult[][] => values.map((v) => [v]);

/** How a result is best shown, so the docs and the gallery say "a percentage" rather than "0.25". */
export type ResultFormat = 'percent' | 'number' | 'money' | 'text';

type ArgOf<P> = P extends ParamSpec ? (P['optional'] extends true ? ParamValue[P['kind']] | undefined : ParamValue[P['kind']]) : never;

/** The implementation's arguments, typed from the parameter list. */
export type ArgsOf<Ps extends readonly ParamSpec[]> = { -readonly [I in keyof Ps]: ArgOf<Ps[I]> };

/** Everything there is to know about one custom function; every host's glue is generated from it. */
export interface FunctionDeclaration<Ps extends readonly ParamSpec[]> {
  /** Upper case, one word where possible, and not a name Excel or Sheets already uses. */
  readonly name: string;
  /** What a manager calls it, in a few words ("Win rate"): searched, and translated, in every language. */
  readonly title: string;
  /** One sentence for autocomplete. */
  readonly summary: string;
  /** The definition and the conventions that apply, for the docs. */
  readonly description: string;
  readonly category: 'KPI' | 'Targets' | 'Leads' | 'Budget' | 'Field work' | 'Evaluation' | 'Incentives' | 'Forecast' | 'Pricing';
  readonly params: Ps;
  readonly returns: {
    readonly description: string;
    readonly format: ResultFormat;
    /** `table` for a function that spills rows and columns; one value when absent. */
    readonly shape?: 'table';
    /** A table's format column by column, when its columns differ (KPIBY: counts, a rate, amounts). */
    readonly columnFormats?: readonly ResultFormat[];
    /**
     * The largest table the arguments can give, from their sizes: engines that fix a spill's size
     * before computing (HyperFormula) reserve this much.
     */
    readonly maxSize?: (argSizes: readonly ({ readonly rows: number; readonly columns: number } | undefined)[]) => {
      readonly rows: number;
      readonly columns: number;
    };
  };
  readonly errors: readonly { readonly kind: ErrorKind; readonly when: string }[];
  readonly examples: readonly FunctionExample[];
  readonly run: (...args: ArgsOf<Ps>) => FunctionResult;
}

/** A declaration with its argument types erased, as the catalogue holds it. */
export interface CatalogueFunction extends Omit<FunctionDeclaration<readonly ParamSpec[]>, 'run'> {
  readonly run: (...args: unknown[]) => FunctionResult;
}

/**
 * Declares a custom function once. The parameter list types the implementation's arguments, so
 * a `range` parameter arrives as a `Range`, an optional `text` one as `string | undefined`.
 *
 * @example
 * defineFunction({
 *   name: 'DOUBLE', summary: 'Twice a number.', description: '…', category: 'KPI',
 *   params: [{ name: 'value', kind: 'number', description: 'A number.' }],
 *   returns: { description: 'Twice the value.', format: 'number' },
 *   errors: [], examples: [{ formula: '=DOUBLE(2)', note: 'Returns 4.' }],
 *   run: (value) => value * 2,
 * })
 */
export function defineFunction<const Ps extends readonly ParamSpec[]>(declaration: FunctionDeclaration<Ps>): CatalogueFunction {
  return declaration as unknown as CatalogueFunction;
}

/**
 * Marks a part that several declarations share (a parameter list, one parameter): its prose is
 * documentation, which the Apps Script server bundle leaves out as it does a declaration's own.
 *
 * @example
 * const amounts = documented({ name: 'amounts', kind: 'range', description: 'Recurring amounts.' } as const);
 */
export function documented<const T>(part: T): T {
  return part;
}
