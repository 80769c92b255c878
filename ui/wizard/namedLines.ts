/**
 * Lines a manager types into a box, one item a line, as "Name: a, b, c": the name before the first
 * colon and the parts after it, split at commas and trimmed (blank lines skipped; a line without a
 * colon is all name). Every wizard's "a line each" box reads its lines with this, so they read alike.
 *
 * @example
 * namedLines('Kelly: Central, 40\n\nBen') //=> [{ name: 'Kelly', parts: ['Central', '40'] }, { name: 'Ben', parts: [] }]
 */
export function namedLines(typed: string): { name: string; parts: string[] }[] {
  return typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0) return { name: line, parts: [] };
      return {
        name: line.slice(0, colon).trim(),
        parts: line
          .slice(colon + 1)
          .split(',')
          .map((part) => part.trim()),
      };
    });
}
