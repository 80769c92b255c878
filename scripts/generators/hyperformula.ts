import { CATALOGUE, CatalogueFunction } from '../../core';
import { GeneratedFile, generatedBanner, wrapperName } from './common';

function metadata(fn: CatalogueFunction): string {
  const params = fn.params
    // Every argument is optional to the engine, so a missing one reaches core, which says which is missing.
    .map(() => '{ argumentType: FunctionArgumentType.ANY, optionalArg: true }')
    .join(', ');
  const size = fn.returns.shape === 'table' ? ` sizeOfResultArrayMethod: '${wrapperName(fn)}Size',` : '';
  return `    ${fn.name}: { method: '${wrapperName(fn)}',${size} parameters: [${params}], vectorizationForbidden: true },`;
}

function method(fn: CatalogueFunction): string {
  const run = `  ${wrapperName(fn)}(ast: ProcedureAst, state: InterpreterState) {\n    return this.runCatalogue('${fn.name}', ast, state);\n  }`;
  if (fn.returns.shape !== 'table') return run;
  return `${run}\n\n  ${wrapperName(fn)}Size(ast: ProcedureAst, state: InterpreterState) {\n    return this.catalogueTableSize('${fn.name}', ast, state);\n  }`;
}

/** The preview's HyperFormula plugin: one registered function per catalogue entry. */
export function generateHyperFormulaPlugin(): GeneratedFile {
  const content = [
    generatedBanner('//'),
    "import { FunctionArgumentType } from 'hyperformula';",
    "import { CataloguePlugin, InterpreterState, ProcedureAst } from './cataloguePlugin';",
    '',
    '/** The Sales Planner functions, registered in HyperFormula under their spreadsheet names. */',
    'export class SalesPlannerPlugin extends CataloguePlugin {',
    '  static override implementedFunctions = {',
    ...CATALOGUE.map(metadata),
    '  };',
    '',
    "  /** Excel's spelling (`=SALES.WINRATE(…)`, as the README shows it) works in the preview too. */",
    '  static override aliases = {',
    ...CATALOGUE.map((fn) => `    'SALES.${fn.name}': '${fn.name}',`),
    '  };',
    '',
    CATALOGUE.map(method).join('\n\n'),
    '}',
    '',
    '/** Function names as HyperFormula shows them, in its default language. */',
    'export const SALES_PLANNER_TRANSLATIONS = {',
    `  enGB: { ${CATALOGUE.map((fn) => `${fn.name}: '${fn.name}', 'SALES.${fn.name}': 'SALES.${fn.name}'`).join(', ')} },`,
    '};',
    '',
  ].join('\n');
  return { path: 'preview/src/hyperformula/plugin.generated.ts', content };
}
