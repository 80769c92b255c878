/** A point of the search and the value there. */
interface Vertex {
  readonly p: readonly number[];
  readonly v: number;
}

const towards = (a: readonly number[], b: readonly number[], t: number) => a.map((x, i) => x + t * (b[i] - x));

/**
 * The least of `f` that Nelder–Mead finds from `start`, its first simplex one `scale[i]` step along
 * each axis: deterministic (reflection 1, expansion 2, contraction and shrink ½), until the simplex
 * is 1e-13 wide, its values agree to 1e-15, or `maxSteps` steps. Why hand-written: the npm ports
 * (fmin and the like) are unmaintained, and this is forty lines the tests pin down. A point outside
 * what `f` accepts is given +∞ by `f`, and the search turns back from it.
 *
 * @example
 * nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0], [0.5, 0.5]) //=> ≈ [1, -2]
 */
export function nelderMead(f: (p: readonly number[]) => number, start: readonly number[], scale: readonly number[], maxSteps = 200): readonly number[] {
  let simplex: Vertex[] = [start, ...start.map((_, i) => start.map((x, k) => (k === i ? x + scale[i] : x)))].map((p) => ({ p, v: f(p) }));
  for (let step = 0; step < maxSteps; step += 1) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0];
    const worst = simplex[simplex.length - 1];
    const nextWorst = simplex[simplex.length - 2];
    const width = Math.max(...simplex.map((s) => s.p.reduce((sum, x, i) => sum + Math.abs(x - best.p[i]), 0)));
    // Converged, or on a flat valley where no step tells the points apart.
    if (width < 1e-13 * (1 + best.p.reduce((sum, x) => sum + Math.abs(x), 0)) || worst.v - best.v <= 1e-15 * Math.abs(best.v)) break;
    const kept = simplex.slice(0, -1);
    const centre = start.map((_, i) => kept.reduce((sum, s) => sum + s.p[i], 0) / kept.length);
    const at = (t: number): Vertex => {
      const p = towards(worst.p, centre, t);
      return { p, v: f(p) };
    };
    const reflected = at(2);
    if (reflected.v < best.v) {
      const expanded = at(3);
      simplex = [...kept, expanded.v < reflected.v ? expanded : reflected];
    } else if (reflected.v < nextWorst.v) {
      simplex = [...kept, reflected];
    } else {
      const contracted = at(0.5);
      const halfwayToBest = (s: Vertex): Vertex => {
        const p = towards(best.p, s.p, 0.5);
        return { p, v: f(p) };
      };
      simplex = contracted.v < worst.v ? [...kept, contracted] : [best, ...simplex.slice(1).map(halfwayToBest)];
    }
  }
  return simplex.reduce((a, b) => (b.v < a.v ? b : a)).p;
}
