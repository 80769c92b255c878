import { HyperFormula } from 'hyperformula';

/** The part of HyperFormula's (internal) dependency graph this module speeds up. */
interface DependencyGraph {
  edgesSparseArray: (number | undefined)[][];
  getNodeIdIfNotNumber(node: unknown): number | undefined;
  missingNodeError(node: unknown): Error;
  addEdge(from: unknown, to: unknown): void;
  removeEdge(from: unknown, to: unknown): void;
  removeEdgeIfExists(from: unknown, to: unknown): void;
  existsEdge(from: { idInGraph?: number }, to: { idInGraph?: number }): boolean;
}

/** Below this many dependents a cell's list is searched as HyperFormula does; above, through its index. */
const INDEXED_FROM = 32;

/** Each long list of dependents' ids, by the list itself (HyperFormula replaces a list when it compacts one). */
const indexes = new WeakMap<(number | undefined)[], Set<number | undefined>>();

/** The index of a list of dependents, made from the list the first time it is asked for. */
function indexOf(list: (number | undefined)[]): Set<number | undefined> {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = new Set(list)));
  return index;
}

/** Whether `list` holds `id`: by the index when the list is long. */
const holds = (list: (number | undefined)[], id: number): boolean => (list.length < INDEXED_FROM ? list.includes(id) : indexOf(list).has(id));

let indexed = false;

/**
 * Makes HyperFormula add a dependency in O(1) rather than O(dependents). HyperFormula 3.5 keeps each
 * cell's dependents as an array and, before adding one, searches it (`includes`): a cell every row
 * reads (a plan's input, a rule's points) gains its n-th dependent after n − 1 comparisons, so a
 * 5,000-lead sheet spent about 2 s of its load there (its own source says "use Set" as the idea).
 * Each long list now has a Set beside it, kept by the three methods that add or remove an edge and
 * dropped with its list; the arrays, their order and every other method are HyperFormula's. The graph
 * is internal and created per engine, so its shared prototype is changed once, reached through a
 * throwaway engine.
 *
 * @example
 * indexDependencies(); // loading the 5,000-lead plan: 14–15 s → 12–13 s
 */
export function indexDependencies(): void {
  if (indexed) return;
  const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' }) as unknown as { dependencyGraph?: { graph?: DependencyGraph }; destroy(): void };
  const graph = probe.dependencyGraph?.graph;
  const prototype = graph ? (Object.getPrototypeOf(graph) as DependencyGraph) : undefined;
  const methods = ['addEdge', 'removeEdge', 'removeEdgeIfExists', 'existsEdge', 'getNodeIdIfNotNumber', 'missingNodeError'] as const;
  // Known by what it has, not by its source text: the preview's bundle is minified.
  const known = prototype !== undefined && Array.isArray(graph?.edgesSparseArray) && methods.every((m) => typeof prototype[m] === 'function');
  probe.destroy();
  if (!known || !prototype)
    throw new Error("HyperFormula's dependency graph is not the one this preview indexes: check preview/src/hyperformula/dependencyIndex.ts");
  prototype.addEdge = function addEdge(this: DependencyGraph, from, to) {
    const fromId = this.getNodeIdIfNotNumber(from);
    const toId = this.getNodeIdIfNotNumber(to);
    if (fromId === undefined) throw this.missingNodeError(from);
    if (toId === undefined) throw this.missingNodeError(to);
    const list = this.edgesSparseArray[fromId];
    if (holds(list, toId)) return;
    list.push(toId);
    indexes.get(list)?.add(toId);
  };
  // HyperFormula removes an edge by leaving a hole in the list (`delete list[i]`): the index forgets it too.
  const forgetting = (remove: DependencyGraph['removeEdge']) =>
    function removeEdge(this: DependencyGraph, from: unknown, to: unknown) {
      const fromId = this.getNodeIdIfNotNumber(from);
      const list = fromId === undefined ? undefined : this.edgesSparseArray[fromId];
      remove.call(this, from, to);
      if (list) indexes.get(list)?.delete(this.getNodeIdIfNotNumber(to));
    };
  prototype.removeEdge = forgetting(prototype.removeEdge);
  prototype.removeEdgeIfExists = forgetting(prototype.removeEdgeIfExists);
  prototype.existsEdge = function existsEdge(this: DependencyGraph, from, to) {
    const [fromId, toId] = [from.idInGraph, to.idInGraph];
    return fromId !== undefined && toId !== undefined && holds(this.edgesSparseArray[fromId], toId);
  };
  indexed = true;
}
