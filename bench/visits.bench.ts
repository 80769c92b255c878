/**
 * VISITORDER on 300 places (the issue's size), through the built Apps Script bundle and in core,
 * beside a plain nearest-neighbour tour measured in the same run, with both tours' lengths.
 * Goal: under a second in Apps Script. Prints, asserts nothing.
 */
import { CATALOGUE, invokeFunction } from '../core';
import { greatCircleKm, tourKm } from '../core/functions/visits';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { fmt, medianMs, seededRandom } from './timing';

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
