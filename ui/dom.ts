/** Attributes and children for {@link h}. Text children are set as text, never parsed as HTML. */
type Child = Node | string | null | undefined | false;

/**
 * Creates an element. User-visible text always goes through text nodes, so nothing a user or a
 * catalogue entry says can become markup.
 *
 * @example
 * h('p', { className: 'note' }, 'Inserted into ', h('b', {}, 'K2'))
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & { dataset?: Record<string, string>; ariaLabel?: string } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(element, rest);
  if (dataset) Object.assign(element.dataset, dataset);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}
