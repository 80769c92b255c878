/**
 * The textbook local search a reader would write to check VISITORDER: nearest neighbour, then 2-opt
 * over every pair of legs and Or-opt over every run of one to three stops and every place to put it,
 * each pass over the whole tour, until neither helps. Slow and simple on purpose.
 */
import { Place, greatCircleKm, nearestNeighbourOrder } from '../../core/functions/visits';

export function textbookTour(places: readonly Place[]): number[] {
  const d = places.map((p) => places.map((q) => greatCircleKm(p, q)));
  const length = (o: readonly number[]) => o.reduce((s, x, i) => s + d[x][o[(i + 1) % o.length]], 0);
  let order = nearestNeighbourOrder(places, 0);
  for (let improved = true; improved;) {
    improved = false;
    for (let i = 0; i < order.length - 1; i += 1)
      for (let k = i + 2; k < order.length; k += 1) {
        const tried = [...order.slice(0, i + 1), ...order.slice(i + 1, k + 1).reverse(), ...order.slice(k + 1)];
        if (length(tried) < length(order) - 1e-9) [order, improved] = [tried, true];
      }
    for (let size = 1; size <= 3; size += 1)
      for (let i = 1; i + size <= order.length; i += 1) {
        const run = order.slice(i, i + size);
        const rest = [...order.slice(0, i), ...order.slice(i + size)];
        for (let j = 0; j < rest.length; j += 1)
          for (const piece of [run, [...run].reverse()]) {
            const tried = [...rest.slice(0, j + 1), ...piece, ...rest.slice(j + 1)];
            if (length(tried) < length(order) - 1e-9) [order, improved] = [tried, true];
          }
      }
  }
  return order;
}
