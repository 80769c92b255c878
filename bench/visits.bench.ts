/**
 * VISITORDER on 300 places (the issue's size), through the built Apps Script bundle and in core,
 * beside a plain nearest-neighbour tour measured in the same run, with both tours' lengths.
 * Goal: under a second in Apps Script. Prints, asserts nothing.
 */
import { CATALOGUE, invokeFunction } from '../core';
import { greatCircleKm, iteratedSearch, kicksFor, nearestNeighbourOrder as nn, tourKm } from '../core/functions/visits';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { fmt, medianMs, seededRandom } from './timing';
import { textbookTour } from '../tests/harness/textbookTour';

const random = seededRandom(5);
const places = Array.from({ length: 300 }, () => ({ lat: 50 + random() * 5, lon: -5 + random() * 6 }));
const lats = places.map((p) => [p.lat]);
const lons = places.map((p) => [p.lon]);

/** The plain reference: nearest neighbour from the first place, nothing more. */
function nearestNeighbour(): number[] {
  const order = [0];
  const left = new Set(places.map((_, i) => i).slice(1));
  while (left.size > 0) {
    const from = places[order[order.length - 1]];
    let next = -1;
    for (const j of left) if (next < 0 || greatCircleKm(from, places[j]) < greatCircleKm(from, places[next])) next = j;
    order.push(next);
    left.delete(next);
  }
  return order;
}

const fn = CATALOGUE.find((f) => f.name === 'VISITORDER')!;
const appsScript = appsScriptInThisRealm();
const core = medianMs(() => invokeFunction(fn, [lats, lons]), 3);
const sheets = medianMs(() => appsScript.VISITORDER(lats, lons), 3);
const plain = medianMs(nearestNeighbour, 3);
const ours = (invokeFunction(fn, [lats, lons]) as number[][]).map((r) => r[0] - 1);
console.log('\nVISITORDER: 300 places across southern Britain (median of 3)');
console.log(`core              ${fmt(core)}`);
console.log(`Apps Script bundle${fmt(sheets)}   goal < 1000 ms`);
console.log(`reference (nearest neighbour alone)${fmt(plain)}   core ÷ reference: ${(core / plain).toFixed(2)}×`);
console.log(`tour: ours ${tourKm(places, ours).toFixed(1)} km, nearest neighbour alone ${tourKm(places, nearestNeighbour()).toFixed(1)} km`);

// Tour quality beside two references run here: the textbook 2-opt + Or-opt (tourReference.ts), and
// the same iterated search given 20 times the kicks (a best-known tour to measure against).
{
  console.log('\nVISITORDER tour ÷ reference (3 random sets each; lower is better)');
  for (const n of [20, 50, 100, 300]) {
    const rows: string[] = [];
    for (let t = 0; t < 3; t += 1) {
      const set = Array.from({ length: n }, () => ({ lat: 50 + random() * 5, lon: -5 + random() * 6 }));
      const d = set.map((p) => Float64Array.from(set, (q) => greatCircleKm(p, q)));
      const ms = medianMs(
        () =>
          appsScript.VISITORDER(
            set.map((p) => [p.lat]),
            set.map((p) => [p.lon]),
          ),
        1,
      );
      const ours = tourKm(
        set,
        (invokeFunction(fn, [set.map((p) => [p.lat]), set.map((p) => [p.lon])]) as number[][]).map((r) => r[0] - 1),
      );
      const textbook = n <= 100 ? tourKm(set, textbookTour(set)) : NaN;
      const best = tourKm(set, iteratedSearch(d, nn(set, 0), 20 * kicksFor(n)));
      rows.push(`÷ textbook ${(ours / textbook).toFixed(3)}, ÷ 20× kicks ${(ours / best).toFixed(4)}, Apps Script ${fmt(ms).trim()}`);
    }
    console.log(`${n} places: ${rows.join(' | ')}`);
  }
}
