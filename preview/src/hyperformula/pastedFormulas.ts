import { prototypeOf, reachInternals } from './internals';
import { FormulaNode, ReferenceEnd, referenceNodes } from './formulaTree';

/** What HyperFormula's parser keeps of a formula it has parsed. */
interface ParsedFormula {
  ast: FormulaNode;
  hasVolatileFunction: boolean;
  hasStructuralChangeFunction: boolean;
  dependencies: { absolutize(formulaAddress: unknown): unknown }[];
}

/** The part of HyperFormula's (internal) operations this module speeds up. */
interface Operations {
  parser: { fetchCachedResult(hash: string): ParsedFormula };
  arraySizePredictor: { checkArraySize(ast: FormulaNode, address: unknown): unknown };
  dependencyGraph: {
    setFormulaToCell(address: unknown, ast: FormulaNode, dependencies: unknown[], size: unknown, volatile: boolean, structural: boolean): void;
  };
  setFormulaToCellFromCache(hash: string, address: unknown): void;
}

/** Each parsed formula's reference ends, by its tree: pasted cells share their formula's tree. */
const referencesByTree = new WeakMap<FormulaNode, ReferenceEnd[]>();

/**
 * Whether a parsed formula, held at `address`, refers to a cell off the sheet (above row 1, left
 * of column A): HyperFormula then turns that reference into #REF!.
 *
 * @example
 * refersOffSheet(parsed('=A1'), { sheet: 0, row: 0, col: 0 }) //=> false; the same tree pasted a row up: true
 */
export function refersOffSheet(tree: FormulaNode, address: unknown): boolean {
  let references = referencesByTree.get(tree);
  if (!references) {
    references = referenceNodes(tree).flatMap((node) => [node.reference, node.start, node.end].filter((end) => end !== undefined));
    referencesByTree.set(tree, references);
  }
  return references.some((reference) => reference.isInvalid(address));
}

let shared = false;

/**
 * Makes a pasted (or undone, or moved) formula share the parsed tree it was copied from. HyperFormula
 * 3.5 rebuilt each pasted formula's whole tree to clear references that fall off the sheet, then
 * hashed the copy to cache it: on the 5,000-lead sheet, whose rows are pasted, about 3 s of copying,
 * hashing and collecting garbage, and each cell's tree a stranger to the caches that know a tree
 * (IF's branch rule). The tree is now rebuilt only when a reference does fall off the sheet;
 * otherwise the cell gets its own top node over HyperFormula's cached tree, and the dependencies
 * and array size HyperFormula would give it. The operations are internal and created per engine,
 * so their shared prototype is changed once, reached through a throwaway engine.
 *
 * @example
 * sharePastedFormulas(); // pasting 100 rows of =A2*2 gives each cell a top node over the one tree of =A2*2
 */
export function sharePastedFormulas(): void {
  if (shared) return;
  const prototype = reachInternals('pastedFormulas.ts', (engine) => {
    const operations = (engine as { _crudOperations?: { operations?: Operations } })._crudOperations?.operations;
    const found = prototypeOf<Operations>(operations);
    const fits =
      typeof found?.setFormulaToCellFromCache === 'function' &&
      typeof operations?.parser?.fetchCachedResult === 'function' &&
      typeof operations?.arraySizePredictor?.checkArraySize === 'function' &&
      typeof operations?.dependencyGraph?.setFormulaToCell === 'function';
    return fits ? found : undefined;
  });
  const rebuilding = prototype.setFormulaToCellFromCache;
  prototype.setFormulaToCellFromCache = function setFormulaToCellFromCache(this: Operations, hash, address) {
    const parsed = this.parser.fetchCachedResult(hash);
    if (refersOffSheet(parsed.ast, address)) return rebuilding.call(this, hash, address);
    const dependencies = parsed.dependencies.map((dependency) => dependency.absolutize(address));
    const size = this.arraySizePredictor.checkArraySize(parsed.ast, address);
    // The cell's own top node: HyperFormula keeps a HYPERLINK's address on it, per cell.
    const tree = { ...parsed.ast };
    this.dependencyGraph.setFormulaToCell(address, tree, dependencies, size, parsed.hasVolatileFunction, parsed.hasStructuralChangeFunction);
  };
  shared = true;
}
