import { h } from './dom';

/**
 * Catalogue text with its `code` spans shown as code, the rest as plain text (never parsed as
 * HTML): the docs are written with Markdown backticks, which the pane must not show raw.
 *
 * @example
 * inlineCode('Counts the cells of `outcomes`.') //=> ['Counts the cells of ', <code>outcomes</code>, '.']
 */
export function inlineCode(text: string): (string | HTMLElement)[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('`') && part.endsWith('`') ? h('code', {}, part.slice(1, -1)) : part));
}
