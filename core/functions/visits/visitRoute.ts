import { SheetError, reason } from '../../kit/cells/errors';
import { iteratedSearch } from './tourSearch';

/** The Earth's mean radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface Place {
  readonly lat: number;
  readonly lon: number;
}

/**
 * The great-circle distance between two places, in km (haversine).
 *
 * @example
 * greatCircleKm({ lat: 51.4816, lon: -3.1791 }, { lat: 51.4545, lon: -2.5879 }) // Cardiff–Bristol ≈ 41.2
 */
export function greatCircleKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The places, or the error that names the first coordinate that is not a latitude or longitude. */
export function readPlaces(latitudes: readonly unknown[], longitudes: readonly unknown[]): Place[] | SheetError {
  if (latitudes.length !== longitudes.length)
    return new SheetError(
      'VALUE',
      reason('latitudes has {length} cells but longitudes has {length2}', { length: latitudes.length, length2: longitudes.length }),
    );
  if (latitudes.length === 0) return new SheetError('VALUE', reason('no places'));
  const places: Place[] = [];
  for (const [i, lat] of latitudes.entries()) {
    const lon = longitudes[i];
    if (typeof lat !== 'number' || typeof lon !== 'number')
      return new SheetError('VALUE', reason('row {value} needs a latitude and a longitude (numbers)', { value: i + 1 }));
    if (Math.abs(lat) > 90) return new SheetError('NUM', reason("row {value}'s latitude {lat} is not between -90 and 90", { value: i + 1, lat }));
    if (Math.abs(lon) > 180) return new SheetError('NUM', reason("row {value}'s longitude {lon} is not between -180 and 180", { value: i + 1, lon }));
    places.push({ lat, lon });
  }
  return places;
}

/** The round trip's length through the places in this order (0-based), back to the first, in km. */
export function tourKm(places: readonly Place[], order: readonly number[]): number {
  let km = 0;
  for (let i = 0; i < order.length; i += 1) km += greatCircleKm(places[order[i]], places[order[(i + 1) % order.length]]);
  return km;
}

/** Nearest neighbour from `start`: each next stop the nearest one not yet visited (ties: the earlier row). */
function nearestNeighbour(d: readonly Float64Array[], start: number): number[] {
  const n = d.length;
  const seen = new Uint8Array(n);
  const order = [start];
  seen[start] = 1;
  for (let k = 1; k < n; k += 1) {
    const from = order[k - 1];
    let next = -1;
    for (let j = 0; j < n; j += 1) if (!seen[j] && (next < 0 || d[from][j] < d[from][next])) next = j;
    order.push(next);
    seen[next] = 1;
  }
  return order;
}

/** The distances between every two places, in km. */
const distances = (places: readonly Place[]) => places.map((p) => Float64Array.from(places, (q) => greatCircleKm(p, q)));

/**
 * The nearest-neighbour order from `start` (0-based): each next stop the nearest not yet visited,
 * ties to the earlier row. What a plan sheet's formulas can follow live; {@link visitOrder} improves on it.
 *
 * @example
 * nearestNeighbourOrder([{ lat: 0, lon: 0 }, { lat: 0, lon: 2 }, { lat: 0, lon: 1 }], 0) //=> [0, 2, 1]
 */
export function nearestNeighbourOrder(places: readonly Place[], start: number): number[] {
  return places.length === 0 ? [] : nearestNeighbour(distances(places), start);
}

/**
 * Kicks of the iterated local search beyond the exact size: as many as keep a call around a third of
 * a second in core at any size it takes (24,000 / places, 50 to 300: 240 at 100 places, 60 at 400).
 */
export const kicksFor = (places: number): number => Math.min(300, Math.max(50, Math.round(24_000 / places)));

/** Up to this many places, the shortest round trip is found exactly (Held–Karp: n² 2ⁿ steps, 0.6 M at 12). */
export const EXACT_LIMIT = 12;

/** The shortest round trip from `start`, exactly, by dynamic programming over the sets of places visited. */
function heldKarp(d: readonly Float64Array[], start: number): number[] {
  const n = d.length;
  const others = d.map((_, i) => i).filter((i) => i !== start);
  const m = others.length;
  const full = 1 << m;
  const cost = new Float64Array(full * m).fill(Infinity);
  const parent = new Int8Array(full * m).fill(-1);
  others.forEach((x, j) => (cost[(1 << j) * m + j] = d[start][x]));
  for (let set = 1; set < full; set += 1) {
    for (let j = 0; j < m; j += 1) {
      const here = cost[set * m + j];
      if (!(set & (1 << j)) || here === Infinity) continue;
      for (let k = 0; k < m; k += 1) {
        if (set & (1 << k)) continue;
        const next = (set | (1 << k)) * m + k;
        const c = here + d[others[j]][others[k]];
        if (c < cost[next] - 1e-12) [cost[next], parent[next]] = [c, j];
      }
    }
  }
  let [set, last] = [full - 1, 0];
  for (let j = 1; j < m; j += 1) if (cost[set * m + j] + d[others[j]][start] < cost[set * m + last] + d[others[last]][start] - 1e-12) last = j;
  const order: number[] = [];
  while (last >= 0) {
    order.unshift(others[last]);
    const prev = parent[set * m + last];
    set &= ~(1 << last);
    last = prev;
  }
  return n === 1 ? [start] : [start, ...order];
}

/**
 * The order in which to visit the places on a round trip from `start` (0-based): exact up to 12
 * places (Held–Karp); beyond, nearest neighbour from the start, then iterated local search (2-opt and
 * Or-opt over each place's 10 nearest, then {@link kicksFor} double-bridge kicks each followed by
 * that local search, kept when shorter). The tour is read from the start in the direction whose
 * first leg is shorter.
 *
 * @example
 * visitOrder(places, 0) //=> [0, 3, 1, 2]
 */
export function visitOrder(places: readonly Place[], start: number): number[] {
  const n = places.length;
  const d = distances(places);
  const order = n <= EXACT_LIMIT ? heldKarp(d, start) : iteratedSearch(d, nearestNeighbour(d, start), kicksFor(n));
  const at = order.indexOf(start);
  const forward = [...order.slice(at), ...order.slice(0, at)];
  const backward = [forward[0], ...forward.slice(1).reverse()];
  return n > 2 && d[start][backward[1]] < d[start][forward[1]] ? backward : forward;
}
