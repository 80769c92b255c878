const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A column chart drawn as SVG, for the preview (HyperFormula has no charts): one bar per label,
 * the value above it. Labels and the title are text nodes, never markup.
 *
 * @example
 * columnChart('Targets by month', ['Jan', 'Feb'], [1200, 900])
 */
export function columnChart(title: string, labels: readonly string[], values: readonly number[]): SVGSVGElement {
  const width = 760;
  const height = 260;
  const top = 36;
  const bottom = 30;
  const left = 16;
  const max = Math.max(1, ...values.map((v) => (Number.isFinite(v) ? v : 0)));
  const slot = (width - left * 2) / Math.max(1, values.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title, class: 'pv-chart' });
  chart.append(svg('text', { x: width / 2, y: 22, 'text-anchor': 'middle', class: 'pv-chart-title' }, title));
  values.forEach((value, i) => {
    const v = Number.isFinite(value) ? Math.max(0, value) : 0;
    const barHeight = ((height - top - bottom) * v) / max;
    const x = left + i * slot + slot * 0.15;
    const y = height - bottom - barHeight;
    chart.append(
      svg('rect', { x, y, width: slot * 0.7, height: barHeight, class: 'pv-chart-bar' }),
      svg('text', { x: x + slot * 0.35, y: y - 4, 'text-anchor': 'middle', class: 'pv-chart-value' }, Math.round(v).toLocaleString('en-US')),
      svg('text', { x: x + slot * 0.35, y: height - 10, 'text-anchor': 'middle', class: 'pv-chart-label' }, labels[i] ?? ''),
    );
  });
  return chart;
}
