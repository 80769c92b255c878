/**
 * VISITORDER on 300 places (the issue's size), through the built Apps Script bundle and in core,
 * beside a plain nearest-neighbour tour measured in the same run, with both tours' lengths.
 * Goal: under a second in Apps Script. Prints, asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, invokeFunction } from '../core';
import { greatCircleKm, iteratedSearch, kicksFor, nearestNeighbourOrder as nn, Place, tourKm } from '../core/functions/visits';
import { SAMPLE_ACCOUNTS } from '../preview/src/sample';
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

// Tour quality beside three references: the textbook 2-opt + Or-opt (tests/harness/textbookTour.ts)
// and the same iterated search given 20 times the kicks, both run here, and OR-tools' guided local
// search, whose tours bench/ortoolsTours.py stores in bench/ortoolsTours.json (Python cannot run in CI).
{
  const sets = tourSets();
  if (process.argv.includes('--export')) {
    writeFileSync(process.argv[process.argv.indexOf('--export') + 1], JSON.stringify(sets));
    console.log(`\nWrote ${sets.length} sets for bench/ortoolsTours.py.`);
  }
  const ortools = ortoolsTours(sets);
  console.log('\nVISITORDER tour ÷ reference, each set (lower is better; goal ÷ OR-tools ≤ 1.02 up to 100 places, ≤ 1.05 at 300)');
  const bySize = new Map<number, number[]>();
  for (const set of sets) {
    const places = set.places;
    const n = places.length;
    const d = places.map((p) => Float64Array.from(places, (q) => greatCircleKm(p, q)));
    const latsLons = [places.map((p) => [p.lat]), places.map((p) => [p.lon])];
    const ms = medianMs(() => appsScript.VISITORDER(...latsLons), 1);
    const ours = tourKm(
      places,
      (invokeFunction(fn, latsLons) as number[][]).map((r) => r[0] - 1),
    );
    const textbook = n <= 100 ? tourKm(places, textbookTour(places)) : NaN;
    const best = tourKm(places, iteratedSearch(d, nn(places, 0), 20 * kicksFor(n)));
    const reference = ortools.get(set.name);
    const vsOrtools = reference === undefined ? NaN : ours / reference;
    if (reference !== undefined) bySize.set(n, [...(bySize.get(n) ?? []), vsOrtools]);
    console.log(
      `${set.name.padEnd(16)} ÷ OR-tools ${vsOrtools.toFixed(4)}, ÷ textbook ${(ours / textbook).toFixed(3)}, ÷ 20× kicks ${(ours / best).toFixed(4)}, Apps Script ${fmt(ms).trim()}`,
    );
  }
  console.log('By size, ÷ OR-tools (mean, worst):');
  for (const [n, ratios] of bySize) {
    console.log(`${String(n).padStart(4)} places: ${(ratios.reduce((a, b) => a + b, 0) / ratios.length).toFixed(4)}, ${Math.max(...ratios).toFixed(4)}`);
  }
}

/** The sets the tours are compared on: random places across southern Britain, and the sample's accounts (clustered, as real ones are). */
function tourSets(): { name: string; places: Place[] }[] {
  const random = seededRandom(23);
  const randomSets = [20, 30, 50, 75, 100, 200, 300].flatMap((n) =>
    [1, 2, 3].map((k) => ({ name: `random ${n} #${k}`, places: Array.from({ length: n }, () => ({ lat: 50 + random() * 5, lon: -5 + random() * 6 })) })),
  );
  const header = SAMPLE_ACCOUNTS.header;
  const [lat, lon] = [header.indexOf('Latitude'), header.indexOf('Longitude')];
  const accounts = SAMPLE_ACCOUNTS.rows.map((row) => ({ lat: Number(row[lat]), lon: Number(row[lon]) }));
  const accountSets = [50, 100, 300].map((n) => ({ name: `accounts ${n}`, places: accounts.slice(0, n) }));
  return [...randomSets, ...accountSets];
}

/** OR-tools' tour length for each stored set whose places are this run's. */
function ortoolsTours(sets: readonly { name: string; places: Place[] }[]): Map<string, number> {
  const file = join(__dirname, 'ortoolsTours.json');
  if (!existsSync(file)) return new Map();
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { sets: { name: string; places: Place[]; order: number[] }[] };
  const same = stored.sets.filter((s) => JSON.stringify(s.places) === JSON.stringify(sets.find((t) => t.name === s.name)?.places));
  if (same.length < stored.sets.length) console.log("(some of OR-tools' stored tours are for other places: run bench/ortoolsTours.py again)");
  return new Map(same.map((s) => [s.name, tourKm(s.places, s.order)]));
}
