import { FunctionArgumentType, HyperFormula } from 'hyperformula';
import { InterpreterState, PreviewPlugin, ProcedureAst } from './previewPlugin';
import { formatWithPattern } from './textFormats';
import { numberLocale } from '../../../ui/i18n';
import { numberMarksOf } from '../../../ui/numbers';

/**
 * FIXED(number, [decimals], [no_commas]) as Excel, Sheets and LibreOffice compute it: rounded half
 * away from zero to `decimals` (negative rounds left of the point), grouped in thousands unless
 * no_commas. Plan sheets write numbers into their messages with FIXED rather than TEXT, because
 * TEXT's pattern is read in the spreadsheet's own locale (a decimal-comma Excel misreads "#,##0")
 * while FIXED uses the locale's separators by itself. HyperFormula 3 has no FIXED: this is it.
 * As a host's FIXED writes the host's locale, the preview's writes the preview's language's
 * (a Vietnamese message reads 892.000, see {@link inLocale}), as computed: text already written
 * keeps its separators until its cell is computed again.
 *
 * @example
 * fixedText(1234567.891, 2) //=> '1,234,567.89'
 * fixedText(1250, -2)       //=> '1,300'
 * fixedText(0.125, 1, true) //=> '0.1'
 */
export function fixedText(value: number, decimals = 2, noCommas = false): string {
  const places = Math.trunc(decimals);
  const rounded = places < 0 ? Math.sign(value) * Math.round(Math.abs(value) / 10 ** -places) * 10 ** -places : value;
  const shown = Math.max(0, places);
  return formatWithPattern(rounded, `${noCommas ? '0' : '#,##0'}${shown > 0 ? `.${'0'.repeat(shown)}` : ''}`)!;
}

/**
 * A number FIXED wrote in en-US, with a locale's thousands separator and decimal mark instead.
 *
 * @example
 * inLocale('1,234,567.89', 'vi-VN') //=> '1.234.567,89'
 * inLocale('1,234.5', 'en-GB')      //=> '1,234.5'
 */
export function inLocale(text: string, locale: string): string {
  const { group, decimal } = numberMarksOf(locale);
  return text.replace(/[,.]/g, (c) => (c === ',' ? group : decimal));
}

class FixedPlugin extends PreviewPlugin {
  static override implementedFunctions = {
    FIXED: {
      method: 'fixed',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
      ],
    },
  };

  fixed(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runWith(ast.args, state, this.metadata('FIXED'), (value: number, decimals: number, noCommas: boolean) =>
      inLocale(fixedText(value, decimals, noCommas), numberLocale()),
    );
  }
}

let registered = false;

/**
 * Adds FIXED to HyperFormula, once per page or process.
 *
 * @example
 * registerFixed(); HyperFormula.buildFromArray([['=FIXED(1234.5,0)']]) // shows '1,235'
 */
export function registerFixed(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(FixedPlugin as never, { enGB: { FIXED: 'FIXED' } } as never);
  registered = true;
}
