import fc from 'fast-check';
import { splitUtf8, utf8Length } from './utf8';

describe('sizes in UTF-8 bytes', () => {
  it('counts a text in the bytes a host receives, not in UTF-16 units', () => {
    expect(utf8Length('Plan')).toBe(4);
    expect(utf8Length('Kế hoạch')).toBe(Buffer.byteLength('Kế hoạch'));
    expect(utf8Length('销售计划')).toBe(12);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800x')).toBe(Buffer.byteLength('\ud800x'));
  });

  it('agrees with Node on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === Buffer.byteLength(text)));
  });

  it('cuts a text into pieces under the limit that join back to it, never inside a character', () => {
    expect(splitUtf8('abcdef', 4)).toEqual(['abcd', 'ef']);
    expect(splitUtf8('销售计划', 7)).toEqual(['销售', '计划']);
    expect(splitUtf8('', 9)).toEqual(['']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 4, max: 64 }), (text, max) => {
        const pieces = splitUtf8(text, max);
        return pieces.join('') === text && pieces.every((p) => Buffer.byteLength(p) <= max && p === Buffer.from(p).toString());
      }),
    );
  });
});
