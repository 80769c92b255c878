import { prototypeOf, reachInternals } from './internals';

/** The part of HyperFormula's (internal) formula parser this module corrects. */
interface FormulaParser {
  cache: { get(hash: string): unknown; maybeSetAndThenGet(hash: string, ast: unknown): unknown };
  computeHashFromAst(ast: unknown): string;
}

let corrected = false;

/**
 * Makes HyperFormula's copy and paste find every formula it copied. HyperFormula 3.5 caches a parsed
 * formula under a key made from its text as typed, but its clipboard looks it up again under a key
 * made from the parsed formula, where numbers are written as JavaScript writes them: `=A1*1.10`,
 * `=A1+0.000000001` or a number of 22 digits are cached as typed and looked up as `1.1`, `1e-9`,
 * `1e+21`, and paste threw "There is no AST with such key in the cache" (the preview's Ctrl+V,
 * Ctrl+D and the builds that paste repeated rows). The key made from a parsed formula now always
 * finds it: HyperFormula's own `rememberNewAst` stores a formula so. The parser is internal and
 * created per engine, so its shared prototype is corrected once, reached through a throwaway engine.
 *
 * @example
 * correctClipboardFormulas(); // copying =A1*1.10 from B1 and pasting it in B2 gives =A2*1.1
 */
export function correctClipboardFormulas(): void {
  if (corrected) return;
  const prototype = reachInternals('clipboardFormulas.ts', (engine) => {
    const parser = (engine as { _parser?: FormulaParser })._parser;
    const found = prototypeOf<FormulaParser>(parser);
    return typeof found?.computeHashFromAst === 'function' && typeof parser?.cache?.maybeSetAndThenGet === 'function' ? found : undefined;
  });
  const hashOf = prototype.computeHashFromAst;
  prototype.computeHashFromAst = function computeHashFromAst(this: FormulaParser, ast) {
    const hash = hashOf.call(this, ast);
    if (this.cache.get(hash) === undefined) this.cache.maybeSetAndThenGet(hash, ast);
    return hash;
  };
  corrected = true;
}
