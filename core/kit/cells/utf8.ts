/**
 * Sizes in the bytes hosts count. Excel's 5 MB request limit and Apps Script's 9 KB property value
 * are bytes of UTF-8, while a JavaScript string's length counts UTF-16 units: a Chinese character
 * is 1 unit but 3 bytes, so a limit checked with `.length` lets a Chinese plan through at 3× the size.
 */

/** Bytes of one UTF-16 unit at `i` in UTF-8 (a surrogate pair's two units make 4 bytes, 2 each). */
function unitBytes(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  // A lone surrogate is written as U+FFFD (3 bytes); a pair's two halves are 2 bytes each.
  if (unit >= 0xd800 && unit <= 0xdbff) return isLow(text.charCodeAt(i + 1)) ? 2 : 3;
  if (unit >= 0xdc00 && unit <= 0xdfff) return i > 0 && isHigh(text.charCodeAt(i - 1)) ? 2 : 3;
  return 3;
}
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The length of a text in UTF-8 bytes, as hosts measure payloads and stored values.
 *
 * @example
 * utf8Length('Plan')   //=> 4
 * utf8Length('Kế')     //=> 4
 * utf8Length('销售')   //=> 6
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) bytes += unitBytes(text, i);
  return bytes;
}

/**
 * A text cut into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character (a
 * surrogate pair stays whole), so that the pieces joined give the text back.
 *
 * @example
 * splitUtf8('abcdef', 4) //=> ['abcd', 'ef']
 * splitUtf8('销售计划', 7) //=> ['销售', '计划']
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  if (maxBytes < 4) throw new RangeError('a piece must hold at least one character (4 bytes)');
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    // A pair is weighed whole at its first half, so a piece never ends between the two.
    const pair = isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));
    const size = pair ? 4 : unitBytes(text, i);
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i += 1;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
