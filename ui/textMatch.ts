/**
 * Edit distance between two words: insertions, deletions, substitutions, and swaps of neighbours
 * ("forcast" → "forecast" is 1, "wnirate" → "winrate" is 1). With `most`, it stops as soon as the
 * distance must exceed it and returns `most + 1`: the gallery's search asks this of every word of
 * every function on each keystroke, and almost every word is far off.
 *
 * @example
 * editDistance('forcast', 'forecast') //=> 1
 * editDistance('pipeline', 'quota', 2) //=> 3 (more than 2)
 */
export const calls = { n: 0, len: 0 };
export function editDistance(a: string, b: string, most = Infinity): number {
  calls.n += 1;
  calls.len += b.length;
  if (Math.abs(a.length - b.length) > most) return most + 1;
  // Three rows are all the recurrence reads: the one before the last (for a swap), the last, this one.
  let before = new Int32Array(b.length + 1);
  let last = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(last[j] + 1, row[j - 1] + 1, last[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        row[j] = Math.min(row[j], before[j - 2] + 1);
      best = Math.min(best, row[j]);
    }
    // A swap reaches back two rows, so stop only when both rows are past the bound.
    if (best > most && last.every((d) => d > most)) return most + 1;
    [before, last, row] = [last, row, before];
  }
  return Math.min(last[b.length], most + 1);
}

/** How many typing slips a word of this length may carry and still be recognised. */
export function slipsAllowed(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}
