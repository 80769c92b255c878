/**
 * Local search on a round trip, for more places than the exact search takes: 2-opt (reverse a
 * stretch) and Or-opt (move a run of one to three stops, either way round), each move judged by
 * the few legs it changes, then iterated local search: a double-bridge kick (the tour cut in four
 * and put back in another order, which 2-opt and Or-opt cannot undo), a local search, kept when
 * shorter. Deterministic: the kicks come from a fixed-seed sequence.
 */

/** The distances between places, a row per place. */
export type Distances = readonly Float64Array[];

/** The round trip's length through the places in this order. */
export function tourLength(d: Distances, order: readonly number[]): number {
  let km = 0;
  for (let i = 0; i < order.length; i += 1) km += d[order[i]][order[(i + 1) % order.length]];
  return km;
}

/** Each place's nearest others, nearest first: the only new neighbours a move considers (the usual candidate lists). */
export const NEAREST = 10;
export function nearestLists(d: Distances): Int32Array[] {
  return d.map((row, i) =>
    Int32Array.from(
      [...row.keys()]
        .filter((j) => j !== i)
        .sort((a, b) => row[a] - row[b] || a - b)
        .slice(0, NEAREST),
    ),
  );
}

/** A tour with each place's position, so a move finds its neighbours in O(1). */
class Tour {
  readonly pos: Int32Array;
  constructor(readonly order: number[]) {
    this.pos = new Int32Array(order.length);
    order.forEach((x, i) => (this.pos[x] = i));
  }
  get n() {
    return this.order.length;
  }
  next(x: number) {
    return this.order[(this.pos[x] + 1) % this.n];
  }
  prev(x: number) {
    return this.order[(this.pos[x] - 1 + this.n) % this.n];
  }
  /** Reverses the path from `from` forward to `to` (or, when shorter, the rest of the tour: the same round trip). */
  reversePath(from: number, to: number) {
    const n = this.n;
    let [s, length] = [this.pos[from], ((this.pos[to] - this.pos[from] + n) % n) + 1];
    if (2 * length > n) [s, length] = [(this.pos[to] + 1) % n, n - length];
    for (let t = 0; t < length >> 1; t += 1) {
      const [i, j] = [(s + t) % n, (s + length - 1 - t) % n];
      [this.order[i], this.order[j]] = [this.order[j], this.order[i]];
      this.pos[this.order[i]] = i;
      this.pos[this.order[j]] = j;
    }
  }
  /** Moves the path first…last (forward, not holding `after`) to just after `after`, reversed if asked. */
  movePath(first: number, last: number, after: number, reversed: boolean) {
    const run: number[] = [];
    for (let x = first; ; x = this.next(x)) {
      run.push(x);
      if (x === last) break;
    }
    const rest = this.order.filter((x) => !run.includes(x));
    const at = rest.indexOf(after) + 1;
    this.order.splice(0, this.n, ...rest.slice(0, at), ...(reversed ? run.reverse() : run), ...rest.slice(at));
    this.order.forEach((x, i) => (this.pos[x] = i));
  }
}

/**
 * 2-opt over candidate lists: for each place a and each of its nearest c closer than a's own
 * neighbour, replace legs a–b and c–e by a–c and b–e (b, e after a, c; then before them) where
 * that is shorter, until no move helps. Returns whether it moved.
 */
function twoOptMoves(d: Distances, near: readonly Int32Array[], tour: Tour): boolean {
  let moved = false;
  for (let improved = true, passes = 0; improved && passes < 1000; passes += 1) {
    improved = false;
    for (let a = 0; a < tour.n; a += 1) {
      for (const forward of [true, false]) {
        const b = forward ? tour.next(a) : tour.prev(a);
        for (const c of near[a]) {
          if (d[a][c] >= d[a][b]) break;
          const e = forward ? tour.next(c) : tour.prev(c);
          if (c === b || e === a) continue;
          if (d[a][c] + d[b][e] < d[a][b] + d[c][e] - 1e-9) {
            if (forward) tour.reversePath(b, c);
            else tour.reversePath(c, b);
            improved = moved = true;
            break;
          }
        }
      }
    }
  }
  return moved;
}

/**
 * Or-opt over candidate lists: move a run of one to three stops, as it is or reversed, to between a
 * stop near one of its ends and that stop's neighbour, where that is shorter (each move judged by the
 * six legs it changes), until no move helps. Returns whether it moved.
 */
function orOptMoves(d: Distances, near: readonly Int32Array[], tour: Tour): boolean {
  let moved = false;
  for (let improved = true, passes = 0; improved && passes < 1000; passes += 1) {
    improved = false;
    for (let size = 1; size <= 3 && tour.n - size >= 3; size += 1) {
      for (let first = 0; first < tour.n; first += 1) {
        const best = bestMoveOf(d, near, tour, first, size);
        if (best) {
          tour.movePath(first, best.last, best.after, best.reversed);
          improved = moved = true;
        }
      }
    }
  }
  return moved;
}

/** The best place for the run of `size` stops from `first`: after which stop and which way round; undefined when none is shorter. */
function bestMoveOf(d: Distances, near: readonly Int32Array[], tour: Tour, first: number, size: number) {
  let last = first;
  const run = [first];
  for (let k = 1; k < size; k += 1) run.push((last = tour.next(last)));
  const [prev, next] = [tour.prev(first), tour.next(last)];
  const removed = d[prev][first] + d[last][next] - d[prev][next];
  let best: { last: number; after: number; reversed: boolean; gain: number } | undefined;
  for (const end of [first, last])
    for (const c of near[end]) {
      if (run.includes(c)) continue;
      // Insert between c and the stop after it, or between the stop before it and c.
      for (const [a, b] of [
        [c, tour.next(c)],
        [tour.prev(c), c],
      ]) {
        if (run.includes(a) || run.includes(b) || (a === prev && b === next)) continue;
        const straight = removed - (d[a][first] + d[last][b] - d[a][b]);
        const turned = removed - (d[a][last] + d[first][b] - d[a][b]);
        const gain = Math.max(straight, turned);
        if (gain > 1e-9 && (!best || gain > best.gain)) best = { last, after: a, reversed: turned > straight, gain };
      }
    }
  return best;
}

/** 2-opt and Or-opt in turn until neither shortens the tour. */
export function localSearch(d: Distances, order: number[], near: readonly Int32Array[] = nearestLists(d)): number[] {
  const tour = new Tour([...order]);
  for (let rounds = 0; rounds < 100; rounds += 1) {
    twoOptMoves(d, near, tour);
    if (!orOptMoves(d, near, tour)) break;
  }
  return tour.order;
}

/** A fixed-seed sequence in [0, 1) (Park–Miller): the same places always give the same tour. */
function sequence(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** The double bridge: cut the tour into A B C D and join A C B D. */
function doubleBridge(order: readonly number[], random: () => number): number[] {
  const n = order.length;
  const cuts = [1 + Math.floor(random() * (n - 3)), 0, 0];
  cuts[1] = cuts[0] + 1 + Math.floor(random() * (n - cuts[0] - 2));
  cuts[2] = cuts[1] + 1 + Math.floor(random() * (n - cuts[1] - 1));
  const [p, q, r] = cuts;
  return [...order.slice(0, p), ...order.slice(q, r), ...order.slice(p, q), ...order.slice(r)];
}

/**
 * Iterated local search from `order`: `kicks` double-bridge kicks, each followed by a local search
 * and kept when the tour is shorter.
 *
 * @example
 * iteratedSearch(d, nearestNeighbour(d, 0), 200) // a tour within a few percent of the shortest
 */
export function iteratedSearch(d: Distances, order: number[], kicks: number): number[] {
  const near = nearestLists(d);
  let best = localSearch(d, order, near);
  let bestKm = tourLength(d, best);
  const random = sequence(order.length * 7919 + 17);
  for (let k = 0; k < kicks && order.length >= 8; k += 1) {
    const tried = localSearch(d, doubleBridge(best, random), near);
    const km = tourLength(d, tried);
    if (km < bestKm - 1e-9) [best, bestKm] = [tried, km];
  }
  return best;
}
