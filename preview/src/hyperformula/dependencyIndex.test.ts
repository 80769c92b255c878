import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HyperFormula } from 'hyperformula';
import { indexDependencies } from './dependencyIndex';

indexDependencies();
const CONFIG = { licenseKey: 'gpl-v3' };

/** A sheet whose A1 every formula in column B reads (`=$A$1*k`), far past the size where dependents are indexed. */
function hubSheet(rows: number) {
  const hf = HyperFormula.buildFromArray(
    Array.from({ length: rows }, (_, r) => [r === 0 ? 1 : null, `=$A$1*${r + 1}`]),
    CONFIG,
  );
  const b = (r: number) => hf.getCellValue({ sheet: 0, row: r, col: 1 });
  return { hf, b, hub: (v: number) => hf.setCellContents({ sheet: 0, row: 0, col: 0 }, v) };
}

describe("the preview's index of each cell's dependents", () => {
  it("is in place in HyperFormula's dependency graph", () => {
    const graph = (HyperFormula.buildEmpty(CONFIG) as unknown as { dependencyGraph: { graph: object } }).dependencyGraph.graph;
    expect(String((Object.getPrototypeOf(graph) as { addEdge: () => void }).addEdge)).toContain('holds(');
  });

  it('adds an edge once, removes it, and adds it again, past the size where it indexes', () => {
    type Node = { idInGraph?: number };
    const graph = (HyperFormula.buildEmpty(CONFIG) as unknown as { dependencyGraph: { graph: Record<string, (...args: unknown[]) => unknown> } })
      .dependencyGraph.graph as unknown as {
      addNodeIfNotExists(n: Node): number;
      addEdge(a: Node, b: Node): void;
      removeEdge(a: Node, b: Node): void;
      removeEdgeIfExists(a: Node, b: Node): void;
      existsEdge(a: Node, b: Node): boolean;
      edgesSparseArray: (number | undefined)[][];
    };
    const hub: Node = {};
    const readers: Node[] = Array.from({ length: 40 }, () => ({}));
    [hub, ...readers].forEach((n) => graph.addNodeIfNotExists(n));
    readers.forEach((r) => graph.addEdge(hub, r));
    readers.forEach((r) => graph.addEdge(hub, r));
    const listed = () => graph.edgesSparseArray[hub.idInGraph!].filter((id) => id !== undefined);
    expect(listed()).toHaveLength(40);
    graph.removeEdge(hub, readers[35]);
    graph.removeEdgeIfExists(hub, readers[36]);
    expect([graph.existsEdge(hub, readers[35]), graph.existsEdge(hub, readers[36]), graph.existsEdge(hub, readers[37])]).toEqual([false, false, true]);
    graph.addEdge(hub, readers[35]);
    graph.addEdge(hub, readers[36]);
    expect(graph.existsEdge(hub, readers[35])).toBe(true);
    expect(listed().sort((a, b) => a! - b!)).toEqual(readers.map((r) => r.idInGraph));
  });

  it('recalculates every formula that reads a cell, once the cell has hundreds of dependents', () => {
    const { b, hub } = hubSheet(300);
    hub(2);
    expect([0, 31, 32, 33, 299].map(b)).toEqual([2, 64, 66, 68, 600]);
  });

  it('forgets a dependent whose formula stops reading the cell, and knows it again when it reads it again', () => {
    const { hf, b, hub } = hubSheet(100);
    const at = (row: number) => ({ sheet: 0, row, col: 1 });
    // The same formula cell reads C1, then A1 again: HyperFormula removes the edge, then adds it back.
    hf.setCellContents(at(50), '=$C$1*51');
    hub(3);
    expect(b(50)).toBe(0);
    hf.setCellContents(at(50), '=$A$1*51');
    hub(4);
    expect(b(50)).toBe(204);
    // A formula replaced by a value and back.
    hf.setCellContents(at(60), 7);
    hf.setCellContents(at(60), '=$A$1*61');
    hub(5);
    expect([b(60), b(99)]).toEqual([305, 500]);
  });

  it('forgets hundreds of dependents removed at once, and counts the ones left', () => {
    const { hf, b, hub } = hubSheet(400);
    hf.removeRows(0, [100, 250]);
    hub(3);
    expect([b(0), b(99), b(100), b(149)]).toEqual([3, 300, 1053, 1200]);
    // Every reader gone: A1 is read by nothing, and reading it again works.
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, null);
    hf.removeRows(0, [1, 149]);
    hf.setCellContents({ sheet: 0, row: 5, col: 1 }, '=$A$1*7');
    hub(2);
    expect(b(5)).toBe(14);
  });

  it('answers what HyperFormula asks of a count of dependents: only ever whether it is 0', () => {
    const source = readFileSync(join(dirname(require.resolve('hyperformula')), 'DependencyGraph', 'DependencyGraph.js'), 'utf8');
    const uses = [...source.matchAll(/adjacentNodesCount\([^)]*\)(.{0,6})/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    uses.forEach((after) => expect(after).toMatch(/^ === 0/));
  });

  it('keeps every formula live through any run of edits, rows inserted and removed', () => {
    type Step = { kind: 'value' | 'formula' | 'elsewhere' | 'insert' | 'remove'; row: number };
    const kinds = fc.constantFrom<Step['kind']>('value', 'formula', 'elsewhere', 'insert', 'remove');
    const step = fc.record({ kind: kinds, row: fc.integer({ min: 1, max: 79 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), fc.integer({ min: 2, max: 9 }), (steps, last) => {
        const { hf, hub } = hubSheet(80);
        for (const { kind, row } of steps) {
          if (kind === 'value') hf.setCellContents({ sheet: 0, row, col: 1 }, -1);
          if (kind === 'formula') hf.setCellContents({ sheet: 0, row, col: 1 }, `=$A$1*${row + 1}`);
          if (kind === 'elsewhere') hf.setCellContents({ sheet: 0, row, col: 1 }, `=$C$1*${row + 1}`);
          if (kind === 'insert') hf.addRows(0, [row, 1]);
          if (kind === 'remove') hf.removeRows(0, [row, 1]);
        }
        hub(last);
        // Every formula left reads A1 times its own number: its value says whether it followed.
        const formulas = hf.getSheetSerialized(0).map((r) => r[1]);
        formulas.forEach((f, r) => {
          const k = typeof f === 'string' && f.startsWith('=$A$1') ? Number(/\*(\d+)$/.exec(f)?.[1]) : NaN;
          if (Number.isFinite(k)) expect(hf.getCellValue({ sheet: 0, row: r, col: 1 })).toBe(last * k);
        });
      }),
      { numRuns: 60 },
    );
  });
});
