import { a1, rangeA1 } from '../../kit/sheet/a1';
import { BILLIONTH } from '../../kit/sheet/formulaText';
import { SheetBuilder, absolute, fixedRow } from '../../kit/sheet/sheetBuilder';

/**
 * Halvings of the bracket on ln λ: from a width of ln 10¹⁸ (41) to 41 / 2⁴⁸ ≈ 1.5 × 10⁻¹³, a
 * relative error in λ far below the 10⁻⁶ the sheet is checked to; more steps only repeat the same
 * λ (ln λ's own rounding is about 10⁻¹⁴) and cost a row of cells per line each.
 */
export const BISECTION_STEPS = 48;

/** Where a line's inputs and workings are (absolute references), for the optimiser's formulas. */
export interface LineRefs {
  readonly kind: string;
  readonly beta: string;
  readonly kappa: string;
  readonly weight: string;
  readonly lower: string;
  /** The line's upper bound, or the budget when it has none (no line can take more). */
  readonly top: string;
  /** 1 log, 2 exp, 3 Hill with α = 1; 0 for a curve the sheet cannot invert. */
  readonly kindNumber: string;
}

/** The sheet's inputs the optimiser reads. */
export interface OptimiserInputs {
  readonly budget: string;
  /** 1 optimal, 2 proportional, 3 roi, 4 equal. */
  readonly methodNumber: string;
}

/**
 * A line's spend when each unit costs λ (a cell or an expression): optimal, where its marginal
 * return falls to λ (log β/λ − κ, exp κ·ln(β/(κλ)), Hill α = 1 √(βκ/λ) − κ); the other methods its
 * weight / λ (so the parts stay in proportion to the weights); then held within its bounds.
 */
export function spendAtPrice(line: LineRefs, inputs: OptimiserInputs, lambda: string): string {
  const { beta, kappa } = line;
  const inverse = `CHOOSE(${line.kindNumber},${beta}/${lambda}-${kappa},${kappa}*LN(${beta}/(${kappa}*${lambda})),SQRT(${beta}*${kappa}/${lambda})-${kappa})`;
  const weight = `IF(${inputs.methodNumber}=4,1,${line.weight})`;
  return `MIN(${line.top},MAX(${line.lower},IF(${inputs.methodNumber}=1,${inverse},${weight}/${lambda})))`;
}

/**
 * ln of the price at which a line wants `spend`: optimal, its marginal return there; otherwise
 * weight / spend. "" when it is 0 (a line with no weight never sets the price).
 */
function logPriceAt(line: LineRefs, inputs: OptimiserInputs, spend: string): string {
  const { beta, kappa } = line;
  const marginal = `CHOOSE(${line.kindNumber},${beta}/(${kappa}+${spend}),${beta}/${kappa}*EXP(-${spend}/${kappa}),${beta}*${kappa}/(${kappa}+${spend})^2)`;
  const price = `IF(${inputs.methodNumber}=1,${marginal},IF(${inputs.methodNumber}=4,1,${line.weight})/${spend})`;
  return `=IFERROR(IF(${price}>0,LN(${price}),""),"")`;
}

/**
 * The optimiser in native formulas, from row `top`: each line's price at its bounds (the bracket),
 * then {@link BISECTION_STEPS} steps, one a column, halving the bracket on ln λ (a step: low, high,
 * λ and the spend the lines want at λ, in rows; under them each line's part, a row a line), so that
 * editing the budget, a bound, a curve or the method moves the proposal without the add-in. The
 * block is (lines + 6) rows × 49 columns: it grows with the lines, never with their square.
 * Returns the cell holding the final λ.
 */
export function placeOptimiser(
  sheet: SheetBuilder,
  top: number,
  lines: readonly LineRefs[],
  inputs: OptimiserInputs,
  bracket: { lowCol: number; highCol: number; firstLine: number },
): { lambda: string; end: number } {
  const { t } = sheet;
  const n = lines.length;
  sheet.section(
    top,
    t('Workings: the price of spend λ halved {steps} times until the lines want exactly the budget (edit nothing here)', { steps: BISECTION_STEPS }),
  );
  // Each line's ln price at its top (the bracket's low end) and at its lower bound (the high end).
  lines.forEach((line, i) => {
    const row = bracket.firstLine + i;
    sheet.formula(row, bracket.lowCol, logPriceAt(line, inputs, line.top));
    sheet.formula(row, bracket.highCol, logPriceAt(line, inputs, `MAX(${line.lower},${inputs.budget}*${BILLIONTH})`));
  });
  const span = (col: number) => `${absolute(bracket.firstLine, col)}:${absolute(bracket.firstLine + n - 1, col)}`;
  const step = { number: top + 1, low: top + 2, high: top + 3, lambda: top + 4, wanted: top + 5, firstLine: top + 6 };
  [
    [step.number, t('Step')],
    [step.low, t('ln λ low')],
    [step.high, t('ln λ high')],
    [step.lambda, 'λ'],
    [step.wanted, t('Spend wanted')],
  ].forEach(([row, label]) => sheet.text(row as number, 0, label as string));
  lines.forEach((_, i) => sheet.text(step.firstLine + i, 0, t('Line {value}', { value: i + 1 })));
  const lastLine = step.firstLine + n - 1;
  for (let k = 0; k < BISECTION_STEPS; k += 1) {
    const col = 1 + k;
    const [low, high] = [a1(step.low, col), a1(step.high, col)];
    sheet.number(step.number, col, k + 1);
    if (k === 0) {
      sheet.formula(step.low, col, `=MIN(${span(bracket.lowCol)})-1`);
      sheet.formula(step.high, col, `=MAX(${span(bracket.highCol)})+1`);
    } else {
      const [pLow, pHigh, pWanted] = [a1(step.low, col - 1), a1(step.high, col - 1), a1(step.wanted, col - 1)];
      sheet.formula(step.low, col, `=IF(${pWanted}>${inputs.budget},(${pLow}+${pHigh})/2,${pLow})`);
      sheet.formula(step.high, col, `=IF(${pWanted}>${inputs.budget},${pHigh},(${pLow}+${pHigh})/2)`);
    }
    sheet.formula(step.lambda, col, `=EXP((${low}+${high})/2)`);
    lines.forEach((line, i) => sheet.formula(step.firstLine + i, col, `=${spendAtPrice(line, inputs, fixedRow(step.lambda, col))}`));
    sheet.formula(step.wanted, col, `=SUM(${a1(step.firstLine, col)}:${a1(lastLine, col)})`);
  }
  sheet.style(rangeA1(step.number, 0, step.number, BISECTION_STEPS), 'header');
  sheet.style(rangeA1(step.low, 0, lastLine, BISECTION_STEPS), 'working');
  // The high end: the lines want at most the budget there; the rest is spread over the free lines.
  const end = lastLine + 1;
  sheet.text(end, 0, t('Final λ'));
  sheet.formula(end, 1, `=EXP(${absolute(step.high, BISECTION_STEPS)})`);
  sheet.style(rangeA1(end, 0, end, 1), 'working');
  return { lambda: absolute(end, 1), end };
}
