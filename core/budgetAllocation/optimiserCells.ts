import { a1, rangeA1 } from '../sheet/a1';
import { SheetBuilder, absolute } from '../sheet/sheetBuilder';

/** Halvings of the bracket on ln λ: from a width of ln 10¹⁸ to below 10⁻¹⁵. */
export const BISECTION_STEPS = 64;

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
 * then {@link BISECTION_STEPS} rows halving the bracket on ln λ (a row: low, high, λ, the spend the
 * lines want at λ, and each line's part), so that editing the budget, a bound, a curve or the
 * method moves the proposal without the add-in. Returns the cell holding the final λ.
 */
export function placeOptimiser(sheet: SheetBuilder, top: number, lines: readonly LineRefs[], inputs: OptimiserInputs, bracket: { lowCol: number; highCol: number; firstLine: number }): { lambda: string; end: number } {
  const { t } = sheet;
  const n = lines.length;
  sheet.section(top, t('Workings: the price of spend λ halved 64 times until the lines want exactly the budget (edit nothing here)'));
  // Each line's ln price at its top (the bracket's low end) and at its lower bound (the high end).
  lines.forEach((line, i) => {
    const row = bracket.firstLine + i;
    sheet.formula(row, bracket.lowCol, logPriceAt(line, inputs, line.top));
    sheet.formula(row, bracket.highCol, logPriceAt(line, inputs, `MAX(${line.lower},${inputs.budget}*0.000000001)`));
  });
  const span = (col: number) => `${absolute(bracket.firstLine, col)}:${absolute(bracket.firstLine + n - 1, col)}`;
  sheet.header(top + 1, 0, [t('Step'), t('ln λ low'), t('ln λ high'), 'λ', t('Spend wanted'), ...lines.map((_, i) => t('Line {value}', { value: i + 1 }))]);
  const first = top + 2;
  for (let k = 0; k < BISECTION_STEPS; k += 1) {
    const row = first + k;
    const [low, high, lambda] = [a1(row, 1), a1(row, 2), a1(row, 3)];
    sheet.number(row, 0, k + 1);
    if (k === 0) {
      sheet.formula(row, 1, `=MIN(${span(bracket.lowCol)})-1`);
      sheet.formula(row, 2, `=MAX(${span(bracket.highCol)})+1`);
    } else {
      const [pLow, pHigh, pWanted] = [a1(row - 1, 1), a1(row - 1, 2), a1(row - 1, 4)];
      sheet.formula(row, 1, `=IF(${pWanted}>${inputs.budget},(${pLow}+${pHigh})/2,${pLow})`);
      sheet.formula(row, 2, `=IF(${pWanted}>${inputs.budget},${pHigh},(${pLow}+${pHigh})/2)`);
    }
    sheet.formula(row, 3, `=EXP((${low}+${high})/2)`);
    lines.forEach((line, i) => sheet.formula(row, 5 + i, `=${spendAtPrice(line, inputs, lambda)}`));
    sheet.formula(row, 4, `=SUM(${a1(row, 5)}:${a1(row, 4 + n)})`);
  }
  const last = first + BISECTION_STEPS - 1;
  sheet.style(rangeA1(first, 0, last, 4 + n), 'working');
  // The high end: the lines want at most the budget there; the rest is spread over the free lines.
  sheet.text(last + 1, 2, t('Final λ'));
  sheet.formula(last + 1, 3, `=EXP(${a1(last, 2)})`);
  sheet.style(rangeA1(last + 1, 2, last + 1, 3), 'working');
  return { lambda: absolute(last + 1, 3), end: last + 1 };
}
