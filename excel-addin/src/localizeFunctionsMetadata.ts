import { CATALOGUE, CatalogueFunction, ParamSpec, sayDefault } from '../../core';
import { Translate, msg } from '../../core/kit/i18n';

/** The part of Office's custom-functions metadata that carries words; the rest is kept as it is. */
export interface FunctionsMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly parameters?: readonly { readonly name: string; readonly description?: string }[];
    readonly [key: string]: unknown;
  }[];
  readonly [key: string]: unknown;
}

const DEFAULT_IS = msg('Default {value}.');

/**
 * An argument's help as autocomplete shows it: its description, then its default.
 *
 * @example
 * parameterHelp({ name: 'won_label', kind: 'text', description: 'The label of a won deal.', defaultText: '"Won"' }, translator('cy'))
 * //=> 'Label bargen a enillwyd. Default "Won".' (with the Welsh for "Default {value}.")
 */
export function parameterHelp(param: ParamSpec, t: Translate): string {
  const help = t(param.description);
  return param.defaultText ? `${help} ${t(DEFAULT_IS, { value: sayDefault(param.defaultText, t) })}` : help;
}

/**
 * Office's functions metadata in a language: each function's description and each argument's help
 * translated from the catalogue; ids, names, types and everything else exactly as in functions.json,
 * so a workbook's formulas work for every user whatever their language.
 *
 * @example
 * localizeFunctionsMetadata(functionsJson, translator('vi')).functions[0].id //=> functionsJson.functions[0].id
 */
export function localizeFunctionsMetadata(metadata: FunctionsMetadata, t: Translate): FunctionsMetadata {
  const byId = new Map<string, CatalogueFunction>(CATALOGUE.map((fn) => [fn.name, fn]));
  return {
    ...metadata,
    functions: metadata.functions.map((entry) => {
      const fn = byId.get(entry.id);
      if (!fn) throw new Error(`functions.json declares ${entry.id}, which the catalogue does not have`);
      return {
        ...entry,
        description: t(fn.summary),
        parameters: entry.parameters?.map((p, i) => ({ ...p, description: parameterHelp(fn.params[i], t) })),
      };
    }),
  };
}
