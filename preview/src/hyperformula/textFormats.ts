import { HyperFormula } from 'hyperformula';
import { InterpreterState, ProcedureAst, plainValue } from './previewPlugin';

/** Number patterns that Excel, Sheets and LibreOffice all read: `0`, `#,##0`, `0.0%`, `#,##0.00`. */
const NUMBER_PATTERN = /^(#,##0|0)(?:\.(0+))?(%?)$/;

/**
 * A number written with a TEXT number pattern, as Excel writes it in English: thousands grouped
 * with commas, decimals rounded half away from zero, `%` multiplying by 100. Undefined for any
 * other pattern (dates and the rest stay HyperFormula's own).
 *
 * @example
 * formatWithPattern(2550000, '#,##0') //=> '2,550,000'
 * formatWithPattern(0.087, '0.0%')    //=> '8.7%'
 */
export function formatWithPattern(value: number, pattern: string): string | undefined {
  const match = NUMBER_PATTERN.exec(pattern.trim());
  if (!match) return undefined;
  const [, whole, zeros = '', percent] = match;
  const scaled = Math.abs(percent ? value * 100 : value);
  const decimals = zeros.length;
  const fixed = (Math.round(Number(`${scaled.toFixed(9)}e${decimals}`)) / 10 ** decimals).toFixed(decimals);
  const [integer, fraction] = fixed.split('.');
  const grouped = whole === '#,##0' ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : integer;
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}${percent}`;
}

let registered = false;

/**
 * Teaches HyperFormula's TEXT the number patterns plan sheets use (`#,##0`, `0.0%`), which Excel,
 * Sheets and LibreOffice read natively and HyperFormula 3 does not (it prints `2550000,##0`). The
 * plan's formulas stay the standard ones; only the preview's engine is brought closer to Excel.
 */
export function registerTextNumberPatterns(): void {
  if (registered) return;
  const Original = HyperFormula.getFunctionPlugin('TEXT') as unknown as new (...args: unknown[]) => object;
  const originalText = (Original.prototype as { text: (ast: ProcedureAst, state: InterpreterState) => unknown }).text;
  class TextWithNumberPatterns extends (Original as unknown as new (...args: unknown[]) => { runFunction: unknown; metadata: (name: string) => unknown }) {
    static implementedFunctions = { TEXT: { method: 'text', parameters: [{ argumentType: 'NUMBER' }, { argumentType: 'STRING' }] } };
    text(ast: ProcedureAst, state: InterpreterState): unknown {
      const run = this.runFunction as (args: unknown[], state: unknown, metadata: unknown, fn: (value: unknown, pattern: string) => unknown) => unknown;
      const mine = run.call(
        this,
        ast.args,
        state,
        this.metadata('TEXT'),
        (value, pattern) =>
          // A percentage or a currency arrives as a rich number that carries its raw value.
          formatWithPattern(plainValue(value) as number, pattern) ?? NOT_MINE,
      );
      return mine === NOT_MINE ? originalText.call(this, ast, state) : mine;
    }
  }
  HyperFormula.unregisterFunction('TEXT');
  HyperFormula.registerFunctionPlugin(TextWithNumberPatterns as never);
  registered = true;
}

const NOT_MINE = '\u0000not a number pattern';
