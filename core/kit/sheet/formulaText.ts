/** The longest string literal Excel takes in a formula ("Text values in formulas are limited to 255 characters"). */
export const LONGEST_LITERAL = 255;

/**
 * A billionth, as a formula writes it: the nudge past floating-point noise before INT or ROUNDUP.
 * A division rather than `0.000000001`, the same number: a formula HyperFormula pastes (the preview
 * pastes a plan's repeated rows) is written back as JavaScript writes its numbers, and `1e-9` there
 * would read differently from the row typed above it.
 *
 * @example
 * `INT(x/y+${BILLIONTH})` //=> 'INT(x/y+1/1000000000)'
 */
export const BILLIONTH = '1/1000000000';

/**
 * Text cut into pieces of at most `longest` characters (UTF-16 units, as Excel counts them), never
 * inside a surrogate pair; empty text is one empty piece.
 *
 * @example
 * textPieces('abcde', 2) //=> ['ab', 'cd', 'e']
 */
export function textPieces(text: string, longest: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + longest);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces.length > 0 ? pieces : [''];
}

/**
 * Text as a formula's string expression: quoted, each of its own quotes joined in as CHAR(34), and
 * longer text joined from literals of at most 255 characters. Excel, Sheets and LibreOffice read a
 * doubled quote inside a literal, but HyperFormula (the preview's engine) does not: a doubled quote
 * is #ERROR! there. CHAR(34) reads alike in all four; Excel refuses a longer literal.
 *
 * @example
 * formulaString('Total')         //=> '"Total"'
 * formulaString('Screen 15" TV') //=> '"Screen 15"&CHAR(34)&" TV"'
 */
export const formulaString = (text: string): string =>
  text
    .split('"')
    .map((part) =>
      textPieces(part, LONGEST_LITERAL)
        .map((piece) => `"${piece}"`)
        .join('&'),
    )
    .join('&CHAR(34)&');

/**
 * A number inside a message formula, in the spreadsheet's own locale: FIXED groups and rounds with
 * the locale's separators, where TEXT(x,"#,##0") would be read with them and go wrong in a
 * decimal-comma locale (Vietnamese, Welsh-English aside, most of Europe).
 *
 * @example
 * wholeInFormula('$B$7')       //=> 'FIXED($B$7,0)'
 * percentInFormula('$B$6', 1)  //=> 'FIXED($B$6*100,1)&"%"'
 * decimalInFormula('C5', 2)    //=> 'FIXED(C5,2,TRUE())'
 */
export const wholeInFormula = (x: string): string => `FIXED(${x},0)`;
export const percentInFormula = (x: string, decimals: number): string => `FIXED(${x}*100,${decimals})&"%"`;
export const decimalInFormula = (x: string, decimals: number): string => `FIXED(${x},${decimals},TRUE())`;

/**
 * A message in a formula: the (translated) template's words as string literals and each
 * `{placeholder}` as the formula part given for it, joined with `&`. A translation may move the
 * placeholders: the formula follows the words, whatever their order.
 *
 * @example
 * sayInFormula('⚠ {count} behind target.', { count: 'COUNTIF(E5:E9,"Red")' }) //=> '"⚠ "&COUNTIF(E5:E9,"Red")&" behind target."'
 */
export function sayInFormula(template: string, parts: Readonly<Record<string, string>> = {}): string {
  const pieces = template.split(/\{(\w+)\}/);
  const joined = pieces
    .map((piece, i) => (i % 2 === 0 ? (piece === '' ? null : formulaString(piece)) : (parts[piece] ?? formulaString(`{${piece}}`))))
    .filter((piece): piece is string => piece !== null);
  return joined.length === 0 ? '""' : joined.join('&');
}
