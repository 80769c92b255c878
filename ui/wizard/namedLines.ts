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

/**
 * Lines "Name: a, b, c" as a name and numbers (blank numbers NaN, for the step's check to say so); a
 * percent sign is read as a percent.
 *
 * @example
 * typedRows('Chairs: 100, 1000, 60') //=> [{ name: 'Chairs', numbers: [100, 1000, 60] }]
 */
export function typedRows(typed: string, count: number): { name: string; numbers: number[] }[] {
  const number = (part: string) => (part === '' ? Number.NaN : part.endsWith('%') ? Number(part.slice(0, -1)) / 100 : Number(part));
  return namedLines(typed).map(({ name, parts }) => ({
    name,
    numbers: Array.from({ length: count }, (_, i) => number((parts[i] ?? '').replace(/[\s_]/g, ''))),
  }));
}
