/**
 * A plan's scenarios written into the .xlsx as Excel scenarios (Data → What-If Analysis → Scenario
 * Manager lists them): one `<scenarios>` element on the plan sheet, each scenario's input cells with
 * their values (ECMA-376 Part 1, §18.3.1.76 scenarios; a scenario changes at most 32 cells).
 */
import JSZip from 'jszip';
import { ScenarioStore } from '../../../core/plans/scenarios';
import { xmlText } from './xlsxCharts';

/** The scenarios of one sheet as its XML element. */
export function scenariosXml(entry: ScenarioStore[string]): string {
  const refs = entry.spec.inputs.map((i) => i.ref);
  const scenarios = entry.scenarios.map((scenario) => {
    const cells = refs.map((r, i) => `<inputCells r="${r}" val="${xmlText(String(scenario.values[i] ?? ''))}"/>`).join('');
    return `<scenario name="${xmlText(scenario.name)}" locked="0" count="${refs.length}" user="Sales Planner">${cells}</scenario>`;
  });
  return `<scenarios current="0" show="0" sqref="${refs.join(' ')}">${scenarios.join('')}</scenarios>`;
}

/**
 * A sheet's XML with its scenarios in the place the schema gives them: after the sheet's data and
 * any sheetCalcPr, sheetProtection and protectedRanges, before everything else.
 *
 * @example
 * withScenarios('<worksheet><sheetData/><pageMargins/></worksheet>', '<scenarios/>') //=> '<worksheet><sheetData/><scenarios/><pageMargins/></worksheet>'
 */
export function withScenarios(sheetXml: string, scenarios: string): string {
  const after = /<\/sheetData>|<sheetData\s*\/>/.exec(sheetXml);
  if (!after) throw new Error('the sheet has no sheetData');
  let at = after.index + after[0].length;
  for (const element of ['sheetCalcPr', 'sheetProtection', 'protectedRanges']) {
    const found = new RegExp(`^\\s*<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`).exec(sheetXml.slice(at));
    if (found) at += found[0].length;
  }
  return `${sheetXml.slice(0, at)}${scenarios}${sheetXml.slice(at)}`;
}

/**
 * The file with each plan sheet's saved scenarios as Excel scenarios. Sheets are numbered as the
 * workbook writes them (1 for the first).
 *
 * @example
 * const bytes = await addScenarios(file, ['Opportunities', 'Sales plan 2027'], store);
 */
export async function addScenarios(file: Uint8Array, sheetNames: readonly string[], store: ScenarioStore): Promise<Uint8Array> {
  const withAny = sheetNames.map((name, i) => [i + 1, store[name]] as const).filter(([, entry]) => entry && entry.scenarios.length > 0);
  if (withAny.length === 0) return file;
  const zip = await JSZip.loadAsync(file);
  for (const [number, entry] of withAny) {
    const path = `xl/worksheets/sheet${number}.xml`;
    zip.file(path, withScenarios(await zip.file(path)!.async('string'), scenariosXml(entry!)));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
