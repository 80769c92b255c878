import { PlanChartKind, PlanFormat } from '../../core/kit/sheet';
import { numberLocale } from '../../ui/i18n';
import { decimalOf, wholeAmount } from '../../ui/numbers';
import { serialToIso } from './cellText';
import { CellFormat } from './previewSheet';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const HEIGHT = 260;
const TOP = 36;
const BOTTOM = 30;
const SIDE = 16;
/** Slice colours of a pie, the plan's greens and greys. */
const SLICES = ['#0b5a3a', '#1a7f5a', '#4fae7f', '#8fd0ad', '#c9e8d6', '#57606a', '#8c959f', '#d0d7de'];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const percent = (v: number, digits: number) => `${(v * 100).toLocaleString(numberLocale(), { maximumFractionDigits: digits })}%`;

/**
 * A value as a chart writes it, in the chart's value format: a percentage, two decimals (a payout
 * multiple of 0.1 rounded to a whole amount read 0), else a whole amount.
 *
 * @example
 * formatValue(0.125, 'percent') //=> '12.5%'
 * formatValue(1.2, 'decimal')   //=> '1.20'
 */
export function formatValue(v: number, format?: PlanFormat): string {
  if (format === 'percent') return percent(v, 1);
  if (format === 'decimal') return decimalOf(v, 2);
  return wholeAmount(v);
}

/**
 * A category along a chart's axis as the sheet means it, in few characters: a percentage cell as a
 * percentage (attainment 1.2 reads 120%), a date as the grid shows one, a number in the page's locale.
 *
 * @example
 * chartCategory(1.2, 'percent') //=> '120%'
 * chartCategory(2500, 'money')  //=> '2,500'
 */
export function chartCategory(value: unknown, format: CellFormat): string {
  if (typeof value !== 'number') return value === null || value === undefined ? '' : String(value);
  if (format === 'percent') return percent(value, 1);
  if (format === 'date') return serialToIso(value);
  return value.toLocaleString(numberLocale(), { maximumFractionDigits: 2 });
}

/** Room on the right of a chart for its legend. */
const LEGEND = 170;
/** Room on the left of a column or line chart for its value axis. */
const AXIS = 60;

/**
 * The value axis' ticks: from 0 to at least `max` in about four round steps (1, 2, 2.5 or 5 × 10ⁿ).
 *
 * @example
 * axisTicks(930) //=> [0, 250, 500, 750, 1000]
 */
export function axisTicks(max: number): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= rough * (1 - 1e-12))!;
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** The value axis on the left: a line, each tick's value and a faint line across. Returns the axis' top value. */
function valueAxis(chart: SVGSVGElement, max: number, format?: PlanFormat, right = WIDTH - SIDE): number {
  const ticks = axisTicks(max);
  const top = ticks[ticks.length - 1];
  const y = (v: number) => HEIGHT - BOTTOM - ((HEIGHT - TOP - BOTTOM) * v) / top;
  for (const v of ticks) {
    chart.append(
      svg('line', { x1: AXIS, x2: right, y1: y(v), y2: y(v), class: 'pv-chart-grid' }),
      svg('text', { x: AXIS - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'pv-chart-tick' }, formatValue(v, format)),
    );
  }
  chart.append(svg('line', { x1: AXIS, x2: AXIS, y1: TOP, y2: HEIGHT - BOTTOM, class: 'pv-chart-axis' }));
  return top;
}

/** Column, line: one slot per label along the bottom, heights scaled to the largest value. */
function verticalSeries(chart: SVGSVGElement, kind: 'column' | 'line', labels: readonly string[], values: readonly number[], format?: PlanFormat): void {
  const max = valueAxis(chart, Math.max(...values, 0), format);
  const slot = (WIDTH - AXIS - SIDE) / Math.max(1, values.length);
  const point = (v: number, i: number) => ({ x: AXIS + i * slot + slot / 2, y: HEIGHT - BOTTOM - ((HEIGHT - TOP - BOTTOM) * v) / max });
  if (kind === 'line') chart.append(svg('polyline', { points: values.map((v, i) => `${point(v, i).x},${point(v, i).y}`).join(' '), class: 'pv-chart-line' }));
  values.forEach((v, i) => {
    const { x, y } = point(v, i);
    if (kind === 'column') chart.append(svg('rect', { x: x - slot * 0.35, y, width: slot * 0.7, height: HEIGHT - BOTTOM - y, class: 'pv-chart-bar' }));
    else chart.append(svg('circle', { cx: x, cy: y, r: 3, class: 'pv-chart-bar' }));
    chart.append(svg('text', { x, y: y - 6, 'text-anchor': 'middle', class: 'pv-chart-value' }, formatValue(v, format)));
    chart.append(svg('text', { x, y: HEIGHT - 10, 'text-anchor': 'middle', class: 'pv-chart-label' }, labels[i] ?? ''));
  });
}

/** A series as the preview draws it: its values read from the sheet, its colour and whether it is a line. */
export interface DrawnSeries {
  readonly name: string;
  readonly values: readonly number[];
  /** Six hex digits. */
  readonly colour: string;
  readonly line: boolean;
}

/** The legend, top right: a swatch and a name per series. */
function legend(chart: SVGSVGElement, series: readonly DrawnSeries[]): void {
  series.forEach((s, k) =>
    chart.append(
      svg('rect', { x: WIDTH - LEGEND + 4, y: 30 + k * 16, width: 10, height: 10, fill: `#${s.colour}` }),
      svg('text', { x: WIDTH - LEGEND + 19, y: 39 + k * 16, class: 'pv-chart-label' }, s.name),
    ),
  );
}

/**
 * Several series along the bottom: the column series side by side (or stacked), a line each for the
 * line series over them (a combo), coloured, with a legend; no values written.
 */
function groupedSeries(chart: SVGSVGElement, labels: readonly string[], series: readonly DrawnSeries[], stacked: boolean, format?: PlanFormat): void {
  const columns = series.filter((s) => !s.line);
  const points = Math.max(1, ...series.map((s) => s.values.length));
  const stackTop = (i: number) => columns.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
  // The legend keeps the right of the chart to itself, so it never sits over a column or a line.
  const right = WIDTH - SIDE - LEGEND;
  const max = valueAxis(
    chart,
    Math.max(0, ...series.filter((s) => s.line || !stacked).flatMap((s) => s.values), ...(stacked ? labels.map((_, i) => stackTop(i)) : [])),
    format,
    right,
  );
  const slot = (right - AXIS) / points;
  const y = (v: number) => HEIGHT - BOTTOM - ((HEIGHT - TOP - BOTTOM) * v) / max;
  const base = labels.map(() => 0);
  columns.forEach((s, k) =>
    s.values.forEach((v, i) => {
      const width = stacked ? slot * 0.7 : (slot * 0.7) / columns.length;
      const x = AXIS + i * slot + slot * 0.15 + (stacked ? 0 : k * width);
      // Inline fill: the class's one green would otherwise win over each series' colour.
      chart.append(svg('rect', { x, y: y(base[i] + v), width, height: y(base[i]) - y(base[i] + v), fill: `#${s.colour}`, class: 'pv-chart-series' }));
      if (stacked) base[i] += v;
    }),
  );
  for (const s of series.filter((l) => l.line))
    chart.append(
      svg('polyline', {
        points: s.values.map((v, i) => `${AXIS + i * slot + slot / 2},${y(v)}`).join(' '),
        class: 'pv-chart-line',
        style: `stroke: #${s.colour}`,
      }),
    );
  legend(chart, series);
  labels.forEach((label, i) =>
    chart.append(svg('text', { x: AXIS + i * slot + slot / 2, y: HEIGHT - 10, 'text-anchor': 'middle', class: 'pv-chart-label' }, label)),
  );
}

/** Room under horizontal bars for their value axis. */
const BAR_AXIS = 18;

/**
 * A horizontal bar chart's value axis along the bottom, from `zero` (x of 0) over `span` pixels:
 * round steps up to at least `max`, as a column chart's. Returns pixels per unit.
 */
function barAxis(chart: SVGSVGElement, max: number, at: { zero: number; span: number; bottom: number }, format?: PlanFormat): number {
  const ticks = axisTicks(max);
  const scale = at.span / ticks[ticks.length - 1];
  for (const v of ticks) {
    const x = at.zero + v * scale;
    chart.append(
      svg('line', { x1: x, x2: x, y1: TOP, y2: at.bottom, class: v === 0 ? 'pv-chart-axis' : 'pv-chart-grid' }),
      svg('text', { x, y: at.bottom + 14, 'text-anchor': 'middle', class: 'pv-chart-tick' }, formatValue(v, format)),
    );
  }
  return scale;
}

/** Stacked bars: one row per label, each series' part in its colour, the row's total written after it. */
function stackedBars(chart: SVGSVGElement, labels: readonly string[], series: readonly DrawnSeries[], format?: PlanFormat): void {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
  const labelWidth = 140;
  const bottom = HEIGHT - 10 - BAR_AXIS;
  const scale = barAxis(chart, Math.max(...totals), { zero: labelWidth, span: WIDTH - labelWidth - 260, bottom }, format);
  const slot = (bottom - TOP) / Math.max(1, labels.length);
  labels.forEach((label, i) => {
    const y = TOP + i * slot;
    chart.append(svg('text', { x: labelWidth - 8, y: y + slot / 2 + 4, 'text-anchor': 'end', class: 'pv-chart-label' }, label));
    let x = labelWidth;
    for (const s of series) {
      const length = Math.max(0, s.values[i] ?? 0) * scale;
      chart.append(svg('rect', { x, y: y + slot * 0.15, width: length, height: slot * 0.7, fill: `#${s.colour}`, class: 'pv-chart-series' }));
      x += length;
    }
    chart.append(svg('text', { x: x + 6, y: y + slot / 2 + 4, class: 'pv-chart-value' }, formatValue(totals[i], format)));
  });
  legend(chart, series);
}

/** Bar: one row per label, lengths scaled to the largest size; below 0 to the left of a zero line. */
function horizontalSeries(chart: SVGSVGElement, labels: readonly string[], values: readonly number[], format?: PlanFormat): void {
  const [low, high] = [Math.min(0, ...values), Math.max(0, ...values)];
  const labelWidth = 140;
  const span = WIDTH - labelWidth - 160;
  // Bars from 0 get a value axis along the bottom, as a column chart's; bars either side of 0 a line at 0.
  const bottom = HEIGHT - 10 - (low < 0 ? 0 : BAR_AXIS);
  const scale = low < 0 ? span / Math.max(1e-9, high - low) : barAxis(chart, high, { zero: labelWidth + 70, span, bottom }, format);
  const zero = labelWidth + 70 + -low * scale;
  const slot = (bottom - TOP) / Math.max(1, values.length);
  if (low < 0) chart.append(svg('line', { x1: zero, x2: zero, y1: TOP, y2: bottom, class: 'pv-chart-axis', stroke: '#8c959f' }));
  values.forEach((v, i) => {
    const y = TOP + i * slot;
    const length = Math.abs(v) * scale;
    const x = v < 0 ? zero - length : zero;
    const valueX = v < 0 ? x - 6 : x + length + 6;
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + slot / 2 + 4, 'text-anchor': 'end', class: 'pv-chart-label' }, labels[i] ?? ''),
      svg('rect', { x, y: y + slot * 0.15, width: length, height: slot * 0.7, class: 'pv-chart-bar' }),
      svg('text', { x: valueX, y: y + slot / 2 + 4, 'text-anchor': v < 0 ? 'end' : 'start', class: 'pv-chart-value' }, formatValue(v, format)),
    );
  });
}

/** Pie: one slice per label, its share of the total written beside the legend. */
function pieSeries(chart: SVGSVGElement, labels: readonly string[], values: readonly number[]): void {
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const [cx, cy, r] = [HEIGHT / 2 + 40, (HEIGHT + TOP) / 2 - 4, (HEIGHT - TOP - 20) / 2];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    const sweep = (2 * Math.PI * v) / total;
    const end = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const path =
      sweep >= 2 * Math.PI - 1e-9
        ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
        : `M ${cx} ${cy} L ${cx + r * Math.cos(angle)} ${cy + r * Math.sin(angle)} A ${r} ${r} 0 ${large} 1 ${cx + r * Math.cos(end)} ${cy + r * Math.sin(end)} Z`;
    chart.append(svg('path', { d: path, fill: SLICES[i % SLICES.length], class: 'pv-chart-slice' }));
    const y = TOP + 8 + i * 18;
    chart.append(
      svg('rect', { x: cx + r + 40, y: y - 9, width: 10, height: 10, fill: SLICES[i % SLICES.length] }),
      svg('text', { x: cx + r + 56, y, class: 'pv-chart-label' }, `${labels[i] ?? ''}: ${wholeAmount(v)} (${percent(v / total, 1)})`),
    );
    angle = end;
  });
}

/**
 * A plan's chart drawn as SVG for the preview (HyperFormula has no charts): column, line, bar or
 * pie, one series with its values written on it; or several series: columns side by side or
 * stacked with a combo's lines over them, a line each, or stacked bars, coloured, with a legend.
 * Labels and the title are text nodes, never markup.
 *
 * @example
 * planChart({ kind: 'line', title: 'Targets by month' }, ['Jan', 'Feb'], [{ name: 'Target', values: [1200, 900], colour: '0B5A3A', line: true }])
 */
export function planChart(
  look: { readonly kind?: PlanChartKind; readonly title: string; readonly stacked?: boolean; readonly valueFormat?: PlanFormat },
  labels: readonly string[],
  series: readonly DrawnSeries[],
): SVGSVGElement {
  const kind = look.kind ?? 'column';
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: 'img',
    'aria-label': look.title,
    class: `pv-chart pv-chart-${kind}`,
  });
  chart.append(svg('text', { x: WIDTH / 2, y: 22, 'text-anchor': 'middle', class: 'pv-chart-title' }, look.title));
  const finite = (values: readonly number[], negatives: boolean) => values.map((v) => (Number.isFinite(v) ? (negatives ? v : Math.max(0, v)) : 0));
  if (series.length > 1 && kind === 'bar') stackedBars(chart, labels, series, look.valueFormat);
  else if (series.length > 1 && kind !== 'pie')
    groupedSeries(
      chart,
      labels,
      series.map((s) => ({ ...s, values: finite(s.values, false) })),
      look.stacked ?? false,
      look.valueFormat,
    );
  // Bars show a cut as a cut; columns, lines and slices start at 0.
  else if (kind === 'bar') horizontalSeries(chart, labels, finite(series[0]?.values ?? [], true), look.valueFormat);
  else if (kind === 'pie') pieSeries(chart, labels, finite(series[0]?.values ?? [], false));
  else verticalSeries(chart, kind, labels, finite(series[0]?.values ?? [], false), look.valueFormat);
  return chart;
}
