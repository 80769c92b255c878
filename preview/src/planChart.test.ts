/**
 * @jest-environment jsdom
 */
import { axisTicks, chartCategory, formatValue, planChart } from './planChart';

describe('a chart in the preview', () => {
  it('writes values in the chart’s format: a payout multiple in two decimals, not rounded to a whole 0', () => {
    expect(formatValue(0.1, 'decimal')).toBe('0.10');
    expect(formatValue(0.125, 'percent')).toBe('12.5%');
    expect(formatValue(1234.4, 'money')).toBe('1,234');
    expect(formatValue(1234.4)).toBe('1,234');
  });

  it('reads a category as its cell means it: an attainment as a percentage, a date as a date', () => {
    expect(chartCategory(1.2, 'percent')).toBe('120%');
    expect(chartCategory(0.125, 'percent')).toBe('12.5%');
    expect(chartCategory(43101, 'date')).toBe('2018-01-01');
    expect(chartCategory(2500.5, 'money')).toBe('2,500.5');
    expect(chartCategory('West', 'text')).toBe('West');
    expect(chartCategory(null, 'text')).toBe('');
  });

  it('puts a value axis of round steps from 0 past the largest value', () => {
    expect(axisTicks(930)).toEqual([0, 250, 500, 750, 1000]);
    expect(axisTicks(0.43)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(axisTicks(4_000_000)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it("labels its value axis in the chart's format, and keeps the legend clear of the series", () => {
    const chart = planChart(
      { kind: 'column', title: 'Conversion', valueFormat: 'percent' },
      ['Cold', 'Warm', 'Hot'],
      [{ name: 'Conversion', values: [0.1, 0.25, 0.43], colour: '0B5A3A', line: false }],
    );
    expect([...chart.querySelectorAll('text.pv-chart-tick')].map((t) => t.textContent)).toEqual(['0%', '20%', '40%', '60%']);
    expect([...chart.querySelectorAll('text.pv-chart-label')].map((t) => t.textContent)).toEqual(['Cold', 'Warm', 'Hot']);
    const combo = planChart(
      { kind: 'column', title: 'Target and actual' },
      ['Jan', 'Feb'],
      [
        { name: 'Target', values: [100, 120], colour: '0B5A3A', line: false },
        { name: 'Actual', values: [90, 130], colour: '8C959F', line: true },
      ],
    );
    const legendLeft = Math.min(
      ...[...combo.querySelectorAll('text.pv-chart-label')]
        .filter((t) => ['Target', 'Actual'].includes(t.textContent ?? ''))
        .map((t) => Number(t.getAttribute('x'))),
    );
    const rightmost = Math.max(
      ...[...combo.querySelectorAll('rect.pv-chart-series')].map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width'))),
    );
    expect(rightmost).toBeLessThan(legendLeft);
  });

  it('gives bars a value axis along the bottom, in round steps in the chart’s format, stacked or not', () => {
    const ticks = (chart: SVGSVGElement) => [...chart.querySelectorAll('text.pv-chart-tick')].map((t) => t.textContent);
    const progress = planChart(
      { kind: 'bar', title: 'Progress by goal', valueFormat: 'percent' },
      ['Reduce CAC 15%', 'Win rate +5 points'],
      [{ name: 'Progress', values: [0.333, 0.667], colour: '0B5A3A', line: false }],
    );
    expect(ticks(progress)).toEqual(['0%', '20%', '40%', '60%', '80%']);
    const statuses = planChart(
      { kind: 'bar', title: 'Status', stacked: true, valueFormat: 'percent' },
      ['Jan', 'Feb'],
      [
        { name: 'Green', values: [0.5, 0.25], colour: '1A7F37', line: false },
        { name: 'Red', values: [0.5, 0.75], colour: 'CF222E', line: false },
      ],
    );
    expect(ticks(statuses)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });
});
