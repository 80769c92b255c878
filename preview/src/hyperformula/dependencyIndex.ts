import { prototypeOf, reachInternals } from './internals';

/** The part of HyperFormula's (internal) dependency graph this module speeds up. */
interface DependencyGraph {
  edgesSparseArray: (number | undefined)[][];
  nodesSparseArray: unknown[];
  getNodeIdIfNotNumber(node: unknown): number | undefined;
  missingNodeError(node: unknown): Error;
  addEdge(from: unknown, to: unknown): void;
  removeEdge(from: unknown, to: unknown): void;
  removeEdgeIfExists(from: unknown, to: unknown): void;
  existsEdge(from: { idInGraph?: number }, to: { idInGraph?: number }): boolean;
  adjacentNodesCount(node: { idInGraph?: number }): number;
}

/** Below this many dependents a cell's list is kept as HyperFormula keeps it; above, through its index. */
const INDEXED_FROM = 32;

/** Where each dependent's id sits in a long list of dependents, and how many places removals left empty. */
interface ListIndex {
  readonly positions: Map<number, number>;
  holes: number;
}

/** Each long list of dependents' index, by the list itself (HyperFormula replaces a short list when it compacts one). */
const indexes = new WeakMap<(number | undefined)[], ListIndex>();

/** The index of a list of dependents, made from the list the first time it is asked for (the first place of an id, as `indexOf` finds it). */
function indexOf(list: (number | undefined)[]): ListIndex {
  let index = indexes.get(list);
  if (!index) {
    const positions = new Map<number, number>();
    list.forEach((id, position) => id !== undefined && !positions.has(id) && positions.set(id, position));
    indexes.set(list, (index = { positions, holes: list.length - positions.size }));
  }
  return index;
}

/** Whether `list` holds `id`: by the index when the list is long. */
const holds = (list: (number | undefined)[], id: number): boolean => (list.length < INDEXED_FROM ? list.includes(id) : indexOf(list).positions.has(id));

/**
 * Takes `id` out of a long list, as HyperFormula does (it leaves a hole), in O(1); once holes are
 * most of the list, the list is closed up in place and its index made again. False when it is not there.
 */
function takeOut(list: (number | undefined)[], index: ListIndex, id: number): boolean {
  const position = index.positions.get(id);
  if (position === undefined) return false;
  delete list[position];
  index.positions.delete(id);
  index.holes += 1;
  if (index.holes > Math.max(INDEXED_FROM, index.positions.size)) {
    let kept = 0;
    for (const entry of list) if (entry !== undefined) list[kept++] = entry;
    list.length = kept;
    indexes.delete(list);
  }
  return true;
}

let indexed = false;

/**
 * Makes HyperFormula add and remove a dependency in O(1) rather than O(dependents). HyperFormula 3.5
 * keeps each cell's dependents as an array: before adding one it searches the array (`includes`), to
 * remove one it searches it again (`indexOf`), and each time a cell's formula is removed it copies
 * the whole array of every cell the formula read to count what is left. A cell every row reads (a
 * plan's input, a rule's points) has thousands: loading the 5,000-lead plan spent about 2 s adding,
 * and removing it (a build undone, the sheet deleted) took 87 s, 20 s for the sample's 2,505 leads.
 * Each long list now has an index beside it (each dependent's place), kept by the methods that add,
 * remove and count edges and dropped with its list; the arrays and their order are HyperFormula's.
 * A long list's count stops at its first live dependent: HyperFormula only ever asks whether it is
 * 0 (dependencyIndex.test.ts reads HyperFormula's source to check it still does). The graph is
 * internal and created per engine, so its shared prototype is changed once, reached through a
 * throwaway engine.
 *
 * @example
 * indexDependencies(); // loading the 5,000-lead plan: 14–15 s → 12–13 s; removing it 87 s → under a second
 */
export function indexDependencies(): void {
  if (indexed) return;
  const methods = ['addEdge', 'removeEdge', 'removeEdgeIfExists', 'existsEdge', 'adjacentNodesCount', 'getNodeIdIfNotNumber', 'missingNodeError'] as const;
  const prototype = reachInternals('dependencyIndex.ts', (engine) => {
    const graph = (engine as { dependencyGraph?: { graph?: DependencyGraph } }).dependencyGraph?.graph;
    const found = prototypeOf<DependencyGraph>(graph);
    const fits = Array.isArray(graph?.edgesSparseArray) && Array.isArray(graph?.nodesSparseArray) && methods.every((m) => typeof found?.[m] === 'function');
    return fits ? found : undefined;
  });
  prototype.addEdge = function addEdge(this: DependencyGraph, from, to) {
    const fromId = this.getNodeIdIfNotNumber(from);
    const toId = this.getNodeIdIfNotNumber(to);
    if (fromId === undefined) throw this.missingNodeError(from);
    if (toId === undefined) throw this.missingNodeError(to);
    const list = this.edgesSparseArray[fromId];
    if (holds(list, toId)) return;
    list.push(toId);
    indexes.get(list)?.positions.set(toId, list.length - 1);
  };
  const removing = (remove: DependencyGraph['removeEdge'], strict: boolean) =>
    function removeEdge(this: DependencyGraph, from: unknown, to: unknown) {
      const fromId = this.getNodeIdIfNotNumber(from);
      const toId = this.getNodeIdIfNotNumber(to);
      const list = fromId === undefined ? undefined : this.edgesSparseArray[fromId];
      if (!list || toId === undefined || list.length < INDEXED_FROM) return remove.call(this, from, to);
      if (!takeOut(list, indexOf(list), toId) && strict) throw new Error('Edge does not exist');
    };
  prototype.removeEdge = removing(prototype.removeEdge, true);
  prototype.removeEdgeIfExists = removing(prototype.removeEdgeIfExists, false);
  prototype.existsEdge = function existsEdge(this: DependencyGraph, from, to) {
    const [fromId, toId] = [from.idInGraph, to.idInGraph];
    return fromId !== undefined && toId !== undefined && holds(this.edgesSparseArray[fromId], toId);
  };
  const counting = prototype.adjacentNodesCount;
  prototype.adjacentNodesCount = function adjacentNodesCount(this: DependencyGraph, node) {
    const list = node.idInGraph === undefined ? undefined : this.edgesSparseArray[node.idInGraph];
    if (!list || list.length < INDEXED_FROM) return counting.call(this, node);
    // Dependents removed from the graph but still listed are taken out as they are met.
    const index = indexOf(list);
    for (const id of index.positions.keys()) {
      if (this.nodesSparseArray[id] !== undefined) return index.positions.size;
      takeOut(list, index, id);
      if (indexes.get(list) !== index) return this.adjacentNodesCount(node);
    }
    return 0;
  };
  indexed = true;
}
