import { CATALOGUE, CatalogueFunction, ParamSpec } from '../../core';
import { GeneratedFile, generatedBanner, jsdocText, paramText, wrapperName } from './common';

/** Range-like kinds arrive from Excel as 2-D arrays; the others as single values. */
function excelType(param: ParamSpec): string {
  return param.kind === 'range' || param.kind === 'total' || param.kind === 'count' ? 'any[][]' : 'any';
}

function wrapper(fn: CatalogueFunction): string {
  const params = fn.params.map((p) => ` * @param {${excelType(p)}} ${p.optional ? `[${p.name}]` : p.name} ${paramText(p)}`).join('\n');
  const signature = fn.params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${excelType(p)}`).join(', ');
  const returns = fn.returns.shape === 'table' ? 'any[][]' : 'any';
  return [
    '/**',
    ` * ${jsdocText(fn.summary)}`,
    ` * @customfunction ${fn.name} ${fn.name}`,
    params,
    ` * @returns {${returns}} ${jsdocText(fn.returns.description)}`,
    ' */',
    `export function ${wrapperName(fn)}(${signature}): ${returns} {`,
    `  return callFromExcel(${fn.name}, [${fn.params.map((p) => p.name).join(', ')}])${fn.returns.shape === 'table' ? ' as any[][]' : ''};`,
    '}',
  ].join('\n');
}

/**
 * The Excel custom-function wrappers: one JSDoc-tagged function per catalogue entry, from which
 * custom-functions-metadata-plugin writes functions.json and the `CustomFunctions.associate` calls.
 */
export function generateExcelFunctions(): GeneratedFile {
  const content = [
    generatedBanner('//'),
    '/* eslint-disable */',
    `import { ${CATALOGUE.map((fn) => fn.name).join(', ')} } from '../../core/functions/byName';`,
    "import { callFromExcel } from './excelResult';",
    '',
    CATALOGUE.map(wrapper).join('\n\n'),
    '',
  ].join('\n');
  return { path: 'excel-addin/src/functions.generated.ts', content };
}
