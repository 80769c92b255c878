/**
 * Charts (column, line, bar, pie) added to an .xlsx file after exceljs has written it: exceljs writes no charts, so
 * each chart goes in as the three OOXML parts Excel itself writes (a drawing on the sheet, the
 * chart, the relationships between them) plus their content types. The chart reads its categories
 * and values from the sheet's cells, so it follows the plan when a manager edits it.
 */
import JSZip from 'jszip';
import { parseRangeA1, PlanChart, PlanChartKind, PlanSeries, chartSeries, SPREADSHEET_FORMATS, quotedSheet } from '../../../core/kit/sheet';
import { absoluteRange } from './bookSnapshot';

const NS = {
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  officeRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  main: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
};
const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
/** How much of the sheet a chart covers from its anchor cell. */
const CHART_SPAN = { cols: 9, rows: 18 };
/**
 * Characters XML 1.0 forbids anywhere (control characters but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; a surrogate without its pair): Word's line break U+000B pasted into a title made
 * Excel "repair" the file and drop the chart. They are left out, as exceljs leaves them out of cells.
 */
// eslint-disable-next-line no-control-regex -- XML 1.0's forbidden characters are control characters
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an XML element or attribute: the user's words never become markup, nor break the file.
 *
 * @example
 * xmlText('Q1 <North> & "South"\u000B') //=> 'Q1 &lt;North&gt; &amp; &quot;South&quot;'
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sheetReference(sheetName: string, range: string): string {
  return `${quotedSheet(sheetName)}!${absoluteRange(range)}`;
}

/** One series: colour (or none, for a pie's varied slices), name, categories and values from the sheet; `idx` unique in the chart. */
function seriesXml(sheetName: string, chart: PlanChart, series: PlanSeries, idx: number, kind: PlanChartKind): string {
  const { colour, name, values, line } = series;
  const fill =
    kind === 'pie'
      ? ''
      : `<c:spPr>${line ? `<a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln>` : `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`}</c:spPr>`;
  const invert = line || kind === 'pie' ? '' : '<c:invertIfNegative val="0"/>';
  const marker = line ? '<c:marker><c:symbol val="circle"/></c:marker>' : '';
  const label = chart.seriesNames ? `<c:tx><c:v>${xmlText(name)}</c:v></c:tx>` : '';
  return `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${label}${fill}${invert}${marker}
<c:cat><c:strRef><c:f>${xmlText(sheetReference(sheetName, chart.categories))}</c:f></c:strRef></c:cat>
<c:val><c:numRef><c:f>${xmlText(sheetReference(sheetName, values))}</c:f></c:numRef></c:val>${line ? '<c:smooth val="0"/>' : ''}</c:ser>`;
}

const AXIS = { cat: 500000001, val: 500000002 };
const axesXml = (
  format: string,
) => `<c:catAx><c:axId val="${AXIS.cat}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AXIS.val}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>
<c:valAx><c:axId val="${AXIS.val}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AXIS.cat}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;

/**
 * The plot, in the element order ECMA-376 asks for: a pie; a line chart; or bars (clustered, or
 * stacked with full overlap) with a combo's line series in a line chart on the same axes.
 */
function plotXml(sheetName: string, chart: PlanChart, kind: PlanChartKind): string {
  const axes = `<c:axId val="${AXIS.cat}"/><c:axId val="${AXIS.val}"/>`;
  const all = chartSeries(chart).map((series, i) => ({ series, i }));
  const xml = (list: typeof all) => list.map(({ series, i }) => seriesXml(sheetName, chart, series, i, kind)).join('');
  if (kind === 'pie') return `<c:pieChart><c:varyColors val="1"/>${xml(all)}<c:firstSliceAng val="0"/></c:pieChart>`;
  const lineChart = (list: typeof all) =>
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${xml(list)}<c:marker val="1"/>${axes}</c:lineChart>`;
  const AXES = axesXml(SPREADSHEET_FORMATS[chart.valueFormat ?? 'money']);
  if (kind === 'line') return `${lineChart(all)}${AXES}`;
  const lines = all.filter(({ series }) => series.line);
  const grouping = chart.stacked ? '<c:grouping val="stacked"/>' : '<c:grouping val="clustered"/>';
  const bars = `<c:barChart><c:barDir val="${kind === 'bar' ? 'bar' : 'col'}"/>${grouping}<c:varyColors val="0"/>${xml(all.filter(({ series }) => !series.line))}<c:gapWidth val="80"/>${chart.stacked ? '<c:overlap val="100"/>' : ''}${axes}</c:barChart>`;
  return `${bars}${lines.length > 0 ? lineChart(lines) : ''}${AXES}`;
}

/** The chart part: the plan's series of its kind (column, line, bar or pie; stacked; a combo's lines), read from the sheet. */
export function chartXml(sheetName: string, chart: PlanChart): string {
  const kind = chart.kind ?? 'column';
  const legend = kind === 'pie' || chart.seriesNames ? `<c:legend><c:legendPos val="${kind === 'pie' ? 'r' : 't'}"/><c:overlay val="0"/></c:legend>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.officeRel}"><c:roundedCorners val="0"/><c:chart>
<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(sheetName, chart, kind)}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The drawing part: one anchored frame per chart, each pointing at its chart by relationship id. */
function drawingXml(charts: readonly PlanChart[]): string {
  const anchors = charts.map((chart, i) => {
    const { top, left } = parseRangeA1(chart.anchor);
    const corner = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return `<xdr:twoCellAnchor><xdr:from>${corner(left, top)}</xdr:from><xdr:to>${corner(left + CHART_SPAN.cols, top + CHART_SPAN.rows)}</xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.officeRel}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>
</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}">${anchors.join('')}</xdr:wsDr>`;
}

function relationshipsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${NS.officeRel}/${r.type}" Target="${r.target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.relationships}">${items.join('')}</Relationships>`;
}

/** Elements that must come after `<drawing>` in a worksheet (ECMA-376 order). */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

function withDrawingElement(sheetXml: string, relationshipId: string): string {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  const rootHasR = /<worksheet[^>]*xmlns:r=/.test(sheetXml);
  const element = `<drawing ${rootHasR ? '' : `xmlns:r="${NS.officeRel}" `}r:id="${relationshipId}"/>`;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Adds the sheet → drawing relationship, keeping any the sheet already has (its notes, say). */
async function linkDrawing(zip: JSZip, sheetNumber: number, drawingNumber: number): Promise<string> {
  const relsPath = `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`;
  const existing = await zip.file(relsPath)?.async('string');
  const id = 'rIdSalesPlannerChart';
  const relationship = `<Relationship Id="${id}" Type="${NS.officeRel}/drawing" Target="../drawings/drawing${drawingNumber}.xml"/>`;
  zip.file(
    relsPath,
    existing
      ? existing.replace('</Relationships>', `${relationship}</Relationships>`)
      : relationshipsXml([{ id, type: 'drawing', target: `../drawings/drawing${drawingNumber}.xml` }]),
  );
  return id;
}

function freeNumber(zip: JSZip, folder: string, stem: string): number {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n += 1;
  return n;
}

/**
 * The file with each sheet's column charts added, sheets numbered as exceljs writes them (1 = first).
 *
 * @example
 * const bytes = await addCharts(await workbook.xlsx.writeBuffer(), [{ sheetNumber: 4, sheetName: 'Sales plan 2027', charts }]);
 */
export async function addCharts(
  file: ArrayBuffer | Uint8Array,
  sheets: readonly { readonly sheetNumber: number; readonly sheetName: string; readonly charts: readonly PlanChart[] }[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  let contentTypes = await zip.file('[Content_Types].xml')!.async('string');
  for (const { sheetNumber, sheetName, charts } of sheets.filter((s) => s.charts.length > 0)) {
    const drawingNumber = freeNumber(zip, 'xl/drawings', 'drawing');
    const chartNumbers = charts.map(() => 0);
    for (const [i, chart] of charts.entries()) {
      chartNumbers[i] = freeNumber(zip, 'xl/charts', 'chart');
      zip.file(`xl/charts/chart${chartNumbers[i]}.xml`, chartXml(sheetName, chart));
      contentTypes = contentTypes.replace(
        '</Types>',
        `<Override PartName="/xl/charts/chart${chartNumbers[i]}.xml" ContentType="${CONTENT_TYPE.chart}"/></Types>`,
      );
    }
    zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingXml(charts));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
      relationshipsXml(chartNumbers.map((n, i) => ({ id: `rId${i + 1}`, type: 'chart', target: `../charts/chart${n}.xml` }))),
    );
    contentTypes = contentTypes.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/drawing${drawingNumber}.xml" ContentType="${CONTENT_TYPE.drawing}"/></Types>`,
    );
    const relationshipId = await linkDrawing(zip, sheetNumber, drawingNumber);
    const sheetPath = `xl/worksheets/sheet${sheetNumber}.xml`;
    zip.file(sheetPath, withDrawingElement(await zip.file(sheetPath)!.async('string'), relationshipId));
  }
  zip.file('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
