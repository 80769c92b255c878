/**
 * @jest-environment jsdom
 */
import { inlineCode } from './inlineCode';

describe('catalogue text with code spans', () => {
  it('shows backticked words as code and the rest as plain text', () => {
    const parts = inlineCode('Counts the cells of `outcomes` that read `won_label`.');
    expect(parts.map((p) => (typeof p === 'string' ? p : `<${p.tagName.toLowerCase()}>${p.textContent}`))).toEqual([
      'Counts the cells of ',
      '<code>outcomes',
      ' that read ',
      '<code>won_label',
      '.',
    ]);
  });

  it('never parses text as markup', () => {
    const [code] = inlineCode('`<b>x</b>`') as HTMLElement[];
    expect(code.innerHTML).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});
