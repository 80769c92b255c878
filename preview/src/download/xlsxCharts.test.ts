import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { addCharts, chartXml } from './xlsxCharts';

const chart = { title: 'Targets <by> month & "more"', categories: 'E23:P23', values: 'E31:P31', anchor: 'A38' };

describe('column charts added to an .xlsx file', () => {
  it('read categories and values from the sheet by absolute reference, quoting the sheet name', () => {
    const xml = chartXml("Bob's plan 2027", chart);
    expect(xml).toContain("<c:f>'Bob''s plan 2027'!$E$23:$P$23</c:f>");
    expect(xml).toContain("<c:f>'Bob''s plan 2027'!$E$31:$P$31</c:f>");
  });

  it("are of the plan's kind: clustered columns, bars, a line with markers, a pie with a legend", () => {
    expect(chartXml('P', chart)).toContain('<c:barDir val="col"/>');
    expect(chartXml('P', { ...chart, kind: 'bar' })).toContain('<c:barDir val="bar"/>');
    expect(chartXml('P', { ...chart, kind: 'line' })).toMatch(/<c:lineChart>.*<c:marker>/s);
    const pie = chartXml('P', { ...chart, kind: 'pie' });
    expect(pie).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(pie).not.toContain('<c:catAx>');
    expect(pie).toContain('<c:legend>');
  });

  it('write a series per column of a values block, each named, with a legend', () => {
    const xml = chartXml('Budget', {
      title: 'Current and proposed',
      categories: 'A11:A15',
      values: 'B11:C15',
      seriesNames: ['Current', 'Proposed <new>'],
      anchor: 'A30',
    });
    expect(xml.match(/<c:ser>/g)).toHaveLength(2);
    expect(xml).toContain('<c:tx><c:v>Current</c:v></c:tx>');
    expect(xml).toContain('<c:tx><c:v>Proposed &lt;new&gt;</c:v></c:tx>');
    expect(xml).toContain("<c:f>'Budget'!$C$11:$C$15</c:f>");
    expect(xml).toContain('<c:legend>');
  });

  it("draw a combo's line series in a line chart over the columns, on the same axes, coloured as the plan says", () => {
    const xml = chartXml('Eval', {
      title: 'T',
      categories: 'A2:A13',
      values: 'B2:C13',
      seriesNames: ['Actual', 'Target'],
      lines: [1],
      colours: ['1A7F37', '57606A'],
      anchor: 'E2',
    });
    expect(xml).toMatch(
      /<c:barChart>.*<c:idx val="0"\/>.*<a:srgbClr val="1A7F37"\/>.*<\/c:barChart><c:lineChart>.*<c:idx val="1"\/>.*<a:ln w="28575"><a:solidFill><a:srgbClr val="57606A"\/>.*<\/c:lineChart><c:catAx>/s,
    );
    expect(xml.match(/<c:catAx>/g)).toHaveLength(1);
  });

  it("stack a bar chart's series with full overlap (one status bar per row)", () => {
    const xml = chartXml('Eval', {
      kind: 'bar',
      stacked: true,
      title: 'T',
      categories: 'A2:A5',
      values: 'B2:D5',
      seriesNames: ['Green', 'Amber', 'Red'],
      anchor: 'E2',
    });
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml).not.toContain('<c:lineChart>');
  });

  it('write the title as text, never as markup', () => {
    expect(chartXml('Plan', chart)).toContain('<a:t>Targets &lt;by&gt; month &amp; &quot;more&quot;</a:t>');
  });

  it('leave out the characters XML forbids, so Excel never repairs the file and drops the chart', () => {
    const xml = chartXml('Plan', { ...chart, title: 'Line\u000Bbreak\u0001 \u0000end \uD800', seriesNames: ['A\u000C', 'B'] });
    expect(xml).toContain('<a:t>Linebreak end </a:t>');
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF]/);
  });

  it('link drawing, chart and content types, keeping what the sheet already had (a note)', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Data').getCell('A1').note = 'a note';
    workbook.addWorksheet('Plan').getCell('A1').value = 1;
    const bytes = await addCharts((await workbook.xlsx.writeBuffer()) as ArrayBuffer, [{ sheetNumber: 2, sheetName: 'Plan', charts: [chart] }]);
    const zip = await JSZip.loadAsync(bytes);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart1.xml');
    expect(types).toContain('/xl/drawings/drawing1.xml');
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toMatch(/<drawing [^>]*r:id="rIdSalesPlannerChart"\/>/);
    expect(await zip.file('xl/worksheets/_rels/sheet2.xml.rels')!.async('string')).toContain('../drawings/drawing1.xml');
    const dataRels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    expect(dataRels).not.toContain('drawing1.xml');
    expect(dataRels).toContain('comments');
  });
});
