/**
 * Cells as the clipboard carries them between spreadsheets: tab-separated text, one line per row,
 * the way Excel and Google Sheets copy and paste. A field holding a tab, a line break or a quote is
 * quoted, with quotes doubled, as Excel writes it.
 */

const NEEDS_QUOTES = /[\t\n\r"]/;

/**
 * The text for the clipboard of a block of cells as they are shown.
 *
 * @example
 * toTsv([['Region', 'Target'], ['North', '1,000']]) //=> 'Region\tTarget\nNorth\t1,000'
 */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join('\t')).join('\n');
}

/**
 * The block of cells in clipboard text: rows by line break (\r\n, \n or \r), cells by tab; quoted
 * fields may hold tabs, line breaks and doubled quotes. One trailing line break (which Excel adds)
 * makes no extra row. Rows are padded to the widest, so the block is rectangular.
 *
 * @example
 * fromTsv('North\t100\r\nSouth\t"a ""quoted""\nnote"\r\n') //=> [['North', '100'], ['South', 'a "quoted"\nnote']]
 */
export function fromTsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let i = 0;
  const endField = () => {
    rows[rows.length - 1].push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      const close = readQuoted(text, i + 1);
      field = close.value;
      i = close.end;
      continue;
    }
    if (ch === '\t') endField();
    else if (ch === '\n' || ch === '\r') {
      endField();
      rows.push([]);
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  endField();
  if (rows.length > 1 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** A quoted field from just after its opening quote: its text, and where reading goes on. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += text[i];
    i += 1;
  }
  return { value, end: i };
}
