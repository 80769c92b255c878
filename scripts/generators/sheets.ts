import { CATALOGUE, CatalogueFunction, ParamSpec } from '../../core';
import { GeneratedFile, generatedBanner, jsdocText, paramList, paramText } from './common';

/** Sheets shows the type in braces as a hint: a sample range or value tells the user what to pass. */
function sheetsHint(param: ParamSpec): string {
  switch (param.kind) {
    case 'range':
      return 'A2:A200';
    case 'total':
      return 'number|range';
    case 'text':
      return 'text';
    default:
      return param.kind === 'number' ? 'number' : 'value';
  }
}

function globalStub(fn: CatalogueFunction): string {
  const params = fn.params.map((p) => ` * @param {${sheetsHint(p)}} ${p.name} ${p.optional ? '(optional) ' : ''}${paramText(p)}`).join('\n');
  return [
    '/**',
    ` * ${jsdocText(fn.summary)}`,
    ' *',
    params,
    ` * @return ${jsdocText(fn.returns.description)}`,
    ' * @customfunction',
    ' */',
    `function ${fn.name}(${paramList(fn)}) {`,
    `  return SalesPlanner.customFunctions.${fn.name}.apply(null, arguments);`,
    '}',
  ].join('\n');
}

/**
 * The top-level functions of the pushed Code.js: Sheets builds its formula autocomplete from the
 * JSDoc right above each global function, so every catalogue entry gets one, calling into the bundle.
 */
export function generateSheetsGlobals(): GeneratedFile {
  const content = [generatedBanner('//'), '/* global SalesPlanner */', '', CATALOGUE.map(globalStub).join('\n\n'), ''].join('\n');
  return { path: 'sheets-addon/src/functions.generated.js', content };
}
