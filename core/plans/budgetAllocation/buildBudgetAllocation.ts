import { a1, rangeA1 } from '../../kit/sheet/a1';
import { CHART_ROWS, Plan } from '../../kit/sheet/plan';
import { SheetBuilder, absolute, absoluteBlock, fixedRow } from '../../kit/sheet/sheetBuilder';
import { ALLOCATION_METHODS, BUDGET_FIELDS, BudgetAllocationAnswers, FEW_POINTS, MAX_LINES } from './budgetAllocationAnswers';
import { answerInput } from '../../kit/answers/answerField';
import { LineRefs, OptimiserInputs, placeOptimiser, spendAtPrice } from './optimiserCells';
import { msg } from '../../kit/i18n/msg';
import { Language } from '../../kit/i18n/languages';
import { translator } from '../../kit/i18n/translate';
import { BILLIONTH, sayInFormula, wholeInFormula } from '../../kit/sheet/formulaText';
import { literalLookup } from '../../kit/sheet/exactMatch';

/** Rows and columns of the Budget sheet that do not depend on the number of lines (zero-based). */
export const BUDGET_LAYOUT = { title: 0, note: 1, check: 2, budget: 4, method: 5, roundTo: 6, linesSection: 8, header: 9, firstLine: 10 } as const;

/** The lines table's columns: inputs, results, then workings. */
export const LINE_COLUMNS = {
  name: 0,
  current: 1,
  proposed: 2,
  change: 3,
  lower: 4,
  upper: 5,
  share: 6,
  expectedReturn: 7,
  roi: 8,
  marginalRoi: 9,
  kind: 10,
  beta: 11,
  kappa: 12,
  alpha: 13,
  weight: 14,
  kindNumber: 16,
  top: 17,
  priceAtTop: 18,
  priceAtLower: 19,
  atFinal: 20,
  free: 21,
  unrounded: 22,
  floor: 23,
  remainder: 24,
  eligible: 25,
  tiesUp: 26,
  eligibleDown: 27,
  tiesDown: 28,
  rounded: 29,
  roundedFinal: 30,
  points: 31,
} as const;
const C = LINE_COLUMNS;
const HEADER = [
  msg('Line'),
  msg('Current'),
  msg('Proposed'),
  msg('Change'),
  msg('Lower'),
  msg('Upper'),
  msg('Share'),
  msg('Expected return'),
  msg('ROI'),
  msg('Marginal ROI'),
  msg('Kind'),
  msg('β (scale)'),
  msg('κ (half-saturation)'),
  msg('α (Hill)'),
  msg('Weight'),
];
const WORKINGS = [
  msg('Kind #'),
  msg('Top'),
  msg('ln price at top'),
  msg('ln price at lower'),
  msg('At final λ'),
  msg('Free'),
  msg('Unrounded'),
  msg('Rounded down, within bounds'),
  msg('Remainder'),
  msg('Room for a unit more'),
  msg('Ties seen'),
  msg('Room for a unit less'),
  msg('Ties seen'),
  msg('Rounded'),
  msg('Rounded, adding up'),
  msg('Points of history'),
];

/** The return of a line's curve at `x`, as RESPONSE computes it (log, exp, Hill of any α). */
function returnFormula(r: (col: number) => string, x: string): string {
  const [b, k, al] = [r(C.beta), r(C.kappa), `IF(${r(C.alpha)}="",1,${r(C.alpha)})`];
  return `IFERROR(CHOOSE(MATCH(${literalLookup(`LOWER(TRIM(${r(C.kind)}))`)},{"log","exp","hill"},0),${b}*LN(1+${x}/${k}),${b}*(1-EXP(-${x}/${k})),${b}*${x}^${al}/(${x}^${al}+${k}^${al})),"")`;
}

/** The marginal return at `x`, as MRESPONSE computes it ("" where it is infinite). */
function marginalFormula(r: (col: number) => string, x: string): string {
  const [b, k, al] = [r(C.beta), r(C.kappa), `IF(${r(C.alpha)}="",1,${r(C.alpha)})`];
  return `IFERROR(CHOOSE(MATCH(${literalLookup(`LOWER(TRIM(${r(C.kind)}))`)},{"log","exp","hill"},0),${b}/(${k}+${x}),${b}/${k}*EXP(-${x}/${k}),${b}*${al}*${k}^${al}*${x}^(${al}-1)/(${x}^${al}+${k}^${al})^2),"")`;
}

/** The inputs at the top: budget, method, rounding; and the method's number for the workings. */
function placeInputs(sheet: SheetBuilder, a: BudgetAllocationAnswers): OptimiserInputs & { roundTo: string; method: string; feasible: string } {
  const { t } = sheet;
  const L = BUDGET_LAYOUT;
  const budget = sheet.input(L.budget, t('Budget'), a.budget, { ...answerInput(BUDGET_FIELDS.budget, t), name: 'Budget' });
  const method = sheet.input(L.method, t('Method'), a.method);
  sheet.text(L.method, 2, `(${ALLOCATION_METHODS.join(', ')})`);
  const roundTo = sheet.input(L.roundTo, t('Round to'), a.roundTo ?? '', answerInput(BUDGET_FIELDS.roundTo, t));
  if (a.roundTo === null) sheet.put(L.roundTo, 1, null);
  sheet.text(L.method, 4, t('Method #'));
  sheet.formula(L.method, 5, `=IFERROR(MATCH(${literalLookup(`LOWER(TRIM(${method}))`)},{${ALLOCATION_METHODS.map((m) => `"${m}"`).join(',')}},0),0)`);
  sheet.style(rangeA1(L.method, 4, L.method, 5), 'working');
  return { budget, method, roundTo, methodNumber: absolute(L.method, 5), feasible: absolute(L.budget, 5) };
}

/** One line's row: its inputs, its results (from the proposal), and the workings the optimiser reads. */
function placeLine(sheet: SheetBuilder, a: BudgetAllocationAnswers, i: number, inputs: ReturnType<typeof placeInputs>): LineRefs {
  const row = BUDGET_LAYOUT.firstLine + i;
  const line = a.lines[i];
  const r = (col: number) => absolute(row, col);
  sheet.text(row, C.name, line.name);
  sheet.text(row, C.kind, line.curve.kind);
  [
    [C.beta, line.curve.beta],
    [C.kappa, line.curve.kappa],
    [C.alpha, line.curve.alpha],
    [C.weight, line.weight],
    [C.current, line.current],
  ].forEach(([col, v]) => sheet.number(row, col, v));
  if (line.lower !== null) sheet.number(row, C.lower, line.lower);
  if (line.upper !== null) sheet.number(row, C.upper, line.upper);
  if (line.points !== null) sheet.number(row, C.points, line.points);
  sheet.formula(
    row,
    C.kindNumber,
    `=IFERROR(MATCH(${literalLookup(`LOWER(TRIM(${r(C.kind)}))`)},{"log","exp","hill"},0),0)*IF(AND(LOWER(TRIM(${r(C.kind)}))="hill",${r(C.alpha)}<>1,${r(C.alpha)}<>""),0,1)`,
  );
  sheet.formula(row, C.top, `=IF(${r(C.upper)}="",${inputs.budget},MIN(${r(C.upper)},${inputs.budget}))`);
  // A blank lower bound is 0 (MAX skips a blank cell, so a line would fall below 0); text is #VALUE!.
  const refs: LineRefs = {
    kind: r(C.kind),
    beta: r(C.beta),
    kappa: r(C.kappa),
    weight: r(C.weight),
    lower: `(${r(C.lower)}+0)`,
    top: r(C.top),
    kindNumber: r(C.kindNumber),
  };
  const x = r(C.proposed);
  // A budget the bounds cannot meet, or a curve the sheet cannot optimise: #N/A, and A3 says why.
  sheet.formula(row, C.proposed, `=IF(${inputs.feasible},IF(${inputs.roundTo}="",${r(C.unrounded)},${r(C.roundedFinal)}),NA())`);
  sheet.formula(row, C.change, `=${x}-${r(C.current)}`);
  sheet.formula(row, C.share, `=IFERROR(${x}/${inputs.budget},"")`);
  sheet.formula(row, C.expectedReturn, `=${returnFormula(r, x)}`);
  sheet.formula(row, C.roi, `=IFERROR(${r(C.expectedReturn)}/${x},"")`);
  sheet.formula(row, C.marginalRoi, `=${marginalFormula(r, x)}`);
  return refs;
}

/**
 * The workings every line reads once, in the row under the total (a cell each, so no line's row sums
 * all the lines): the spend at the final λ and its free part, the units left to hand out after
 * rounding down, the cut-off remainder for a unit more (or less) and how many of the lines tied at
 * it take one, the leftover and the line that takes it.
 */
function allLinesCells(total: number) {
  const row = total + 1;
  const at = (c: number) => absolute(row, c);
  return {
    row,
    atFinal: at(C.atFinal),
    free: at(C.free),
    units: at(C.floor),
    cutUp: at(C.eligible),
    takeUp: at(C.tiesUp),
    cutDown: at(C.eligibleDown),
    takeDown: at(C.tiesDown),
    leftover: at(C.rounded),
    largest: at(C.roundedFinal),
  };
}
type AllLines = ReturnType<typeof allLinesCells>;

/**
 * One line's rounding, as core's roundParts: rounded down within its bounds, then a unit more for
 * the largest remainders (or a unit less for the smallest, when lifting parts to their lower
 * bounds gave too many), ties in the lines' order, skipping lines a unit would take out of their
 * bounds. A line with room shows its remainder (else ""), so the cut-off is one LARGE over them and
 * each line only compares itself with the cut-off and counts the ties down the lines: O(1) a line.
 */
function placeRounding(sheet: SheetBuilder, row: number, i: number, at: { inputs: ReturnType<typeof placeInputs>; line: LineRefs; all: AllLines }): void {
  const { inputs, line, all } = at;
  const unit = inputs.roundTo;
  const r = (c: number) => a1(row, c);
  const down = (x: string) => `INT(${x}/${unit}+${BILLIONTH})*${unit}`;
  // Rounded up as core's Math.ceil: ROUNDUP rounds away from zero, so it would take a lower bound
  // of 0 to −1 unit (0 − 10⁻⁹ rounds to −1); −INT(−x) is the ceiling on both sides of 0.
  const [lo, hi] = [`-INT(-(${line.lower}/${unit}-${BILLIONTH}))*${unit}`, down(line.top)];
  const blankOr = (formula: string) => `=IF(${unit}="","",${formula})`;
  sheet.formula(row, C.floor, blankOr(`MIN(${hi},MAX(${lo},${down(r(C.unrounded))}))`));
  // In units tidied to 9 decimals (as core), so parts equal but for their last bits tie.
  sheet.formula(row, C.remainder, blankOr(`ROUND((${r(C.unrounded)}-${r(C.floor)})/${unit},9)*${unit}`));
  sheet.formula(row, C.eligible, blankOr(`IF(${r(C.floor)}+${unit}<=${hi}+${BILLIONTH},${r(C.remainder)},"")`));
  sheet.formula(row, C.eligibleDown, blankOr(`IF(${r(C.floor)}-${unit}>=${lo}-${BILLIONTH},${r(C.remainder)},"")`));
  const ties = (room: number, seen: number, cut: string) =>
    `=${i === 0 ? '' : `${a1(row - 1, seen)}+`}IF(AND(ISNUMBER(${r(room)}),${cut}<>""),(${r(room)}=${cut})*1,0)`;
  sheet.formula(row, C.tiesUp, ties(C.eligible, C.tiesUp, all.cutUp));
  sheet.formula(row, C.tiesDown, ties(C.eligibleDown, C.tiesDown, all.cutDown));
  const gets = (room: number, seen: number, beyond: string, cut: string, take: string) =>
    `AND(ISNUMBER(${r(room)}),${cut}<>"",OR(${r(room)}${beyond}${cut},AND(${r(room)}=${cut},${r(seen)}<=${take})))`;
  const more = `IF(${gets(C.eligible, C.tiesUp, '>', all.cutUp, all.takeUp)},${unit},0)`;
  const less = `IF(${gets(C.eligibleDown, C.tiesDown, '<', all.cutDown, all.takeDown)},-${unit},0)`;
  sheet.formula(row, C.rounded, blankOr(`${r(C.floor)}+IF(${all.units}>=0,${more},${less})`));
}

/** The all-lines workings (see {@link allLinesCells}): each an aggregate over the lines' column, computed once. */
function placeAllLines(sheet: SheetBuilder, n: number, inputs: ReturnType<typeof placeInputs>, all: AllLines): void {
  const first = BUDGET_LAYOUT.firstLine;
  const col = (c: number) => `${absolute(first, c)}:${absolute(first + n - 1, c)}`;
  const unit = inputs.roundTo;
  const blankOr = (formula: string) => `=IF(${unit}="","",${formula})`;
  const put = (c: number, formula: string) => sheet.formula(all.row, c, formula);
  sheet.text(all.row, C.kindNumber, sheet.t('All lines'));
  put(C.atFinal, `=SUM(${col(C.atFinal)})`);
  put(C.free, `=SUMPRODUCT(${col(C.atFinal)},${col(C.free)})`);
  put(C.floor, blankOr(`ROUND((INT(${inputs.budget}/${unit}+${BILLIONTH})*${unit}-SUM(${col(C.floor)}))/${unit},0)`));
  // The cut-off is the k-th largest (smallest) remainder with room, k the units to hand out (at
  // most the lines with room); the lines tied at it take what the lines beyond it leave.
  const side = (room: number, pick: 'LARGE' | 'SMALL', beyond: '>' | '<', sign: '' | '-', cut: string) => {
    const k = `MIN(${sign}${all.units},COUNT(${col(room)}))`;
    put(room, blankOr(`IF(${k}<=0,"",${pick}(${col(room)},${k}))`));
    put(room + 1, blankOr(`IF(${cut}="",0,${k}-SUMPRODUCT(ISNUMBER(${col(room)})*(${col(room)}${beyond}${cut})))`));
  };
  side(C.eligible, 'LARGE', '>', '', all.cutUp);
  side(C.eligibleDown, 'SMALL', '<', '-', all.cutDown);
  put(C.rounded, blankOr(`${inputs.budget}-SUM(${col(C.rounded)})`));
  put(C.roundedFinal, blankOr(`MATCH(MAX(${col(C.rounded)}),${col(C.rounded)},0)`));
  sheet.style(rangeA1(all.row, C.kindNumber, all.row, C.roundedFinal), 'working');
}

/** After the optimiser: each line at the final λ, the last rounding error spread over the free lines, and the rounding. */
function placeFinal(sheet: SheetBuilder, n: number, lines: readonly LineRefs[], inputs: ReturnType<typeof placeInputs>, lambda: string): void {
  const first = BUDGET_LAYOUT.firstLine;
  const all = allLinesCells(first + n);
  const unit = inputs.roundTo;
  placeAllLines(sheet, n, inputs, all);
  lines.forEach((line, i) => {
    const row = first + i;
    const r = (c: number) => a1(row, c);
    sheet.formula(row, C.atFinal, `=${spendAtPrice(line, inputs, lambda)}`);
    const tiny = `${inputs.budget}*0.000000000001`;
    sheet.formula(row, C.free, `=AND(${r(C.atFinal)}>${line.lower}+${tiny},${r(C.atFinal)}<${line.top}-${tiny})*1`);
    sheet.formula(row, C.unrounded, `=${r(C.atFinal)}+IFERROR((${inputs.budget}-${all.atFinal})*${r(C.atFinal)}*${r(C.free)}/${all.free},0)`);
    placeRounding(sheet, row, i, { inputs, line, all });
    // A budget that is not a multiple of the unit: the largest part takes the last remainder (as core does).
    sheet.formula(row, C.roundedFinal, `=IF(${unit}="","",${r(C.rounded)}+IF(${i + 1}=${all.largest},${all.leftover},0))`);
  });
}

/** Spend points the response curves are drawn at: 0 to twice the largest current or proposed spend. */
const CURVE_POINTS = 11;

/**
 * Each line's response curve over a shared grid of spend (a working block, a row a line, the grid
 * along the top), charted as a line each: where the curves flatten, more spend returns little. The
 * grid follows the proposal: its top is twice the largest current or proposed spend.
 */
function placeResponseCurves(sheet: SheetBuilder, a: BudgetAllocationAnswers, top: number, chartRow: number): void {
  const { t } = sheet;
  const n = a.lines.length;
  const L = BUDGET_LAYOUT;
  const span = (c: number) => absoluteBlock(L.firstLine, c, L.firstLine + n - 1, c);
  sheet.section(top, t("Response curves: each line's return at spend from 0 to twice the largest current or proposed"));
  const grid = top + 1;
  sheet.text(grid, 0, t('Spend'));
  for (let j = 0; j < CURVE_POINTS; j += 1) sheet.formula(grid, 1 + j, `=2*MAX(${span(C.current)},${span(C.proposed)})*${j}/${CURVE_POINTS - 1}`);
  a.lines.forEach((line, i) => {
    const row = grid + 1 + i;
    const ofLine = (c: number) => absolute(L.firstLine + i, c);
    sheet.formula(row, 0, `=${ofLine(C.name)}`);
    for (let j = 0; j < CURVE_POINTS; j += 1) sheet.formula(row, 1 + j, `=${returnFormula(ofLine, fixedRow(grid, 1 + j))}`);
  });
  const last = grid + n;
  sheet.style(rangeA1(grid, 0, grid, CURVE_POINTS), 'header');
  sheet.style(rangeA1(grid + 1, 1, last, CURVE_POINTS), 'working');
  sheet.format(rangeA1(grid, 1, last, CURVE_POINTS), 'money');
  sheet.chart({
    kind: 'line',
    title: t('Response curves: return by spend'),
    categories: rangeA1(grid, 1, grid, CURVE_POINTS),
    values: rangeA1(grid + 1, 1, last, CURVE_POINTS),
    seriesNames: a.lines.map((l) => l.name),
    anchor: a1(chartRow, 18),
  });
}

/** The check in A3: the first thing that keeps the proposal from meaning what it says, in words. */
function placeCheck(sheet: SheetBuilder, n: number, inputs: ReturnType<typeof placeInputs>): void {
  const first = BUDGET_LAYOUT.firstLine;
  const col = (c: number) => `${absolute(first, c)}:${absolute(first + n - 1, c)}`;
  const name = (c: number) => `INDEX(${col(C.name)},MATCH(0,${col(c)},0))`;
  const lower = `SUM(${col(C.lower)})`;
  const upper = `SUMPRODUCT(${col(C.top)})`;
  const { t } = sheet;
  const whole = wholeInFormula;
  const problems: [string, string][] = [
    [`${inputs.methodNumber}=0`, sayInFormula(t('⚠ The method is optimal, proportional, roi or equal, not {method}.'), { method: inputs.method })],
    [
      `AND(${inputs.methodNumber}=1,COUNTIF(${col(C.kindNumber)},0)>0)`,
      sayInFormula(t('⚠ {line}: the sheet optimises log, exp and Hill curves with α = 1; use ALLOCATE for this one.'), { line: name(C.kindNumber) }),
    ],
    [
      `${lower}>${inputs.budget}`,
      sayInFormula(t('⚠ The lower bounds add up to {lower}, {over} more than the budget.'), { lower: whole(lower), over: whole(`${lower}-${inputs.budget}`) }),
    ],
    [
      `${upper}<${inputs.budget}`,
      sayInFormula(t('⚠ The upper bounds add up to {upper}, {short} short of the budget.'), { upper: whole(upper), short: whole(`${inputs.budget}-${upper}`) }),
    ],
    [
      `AND(${inputs.methodNumber}=1,SUM(${col(C.free)})=0)`,
      sayInFormula(t('⚠ Every line sits at one of its bounds: the proposal is the bounds, not the curves. Widen them to let the optimum move.')),
    ],
    [
      `COUNTIFS(${col(C.points)},"<${FEW_POINTS}",${col(C.points)},">0")>0`,
      sayInFormula(t('⚠ A curve was fitted on fewer than {few} points of history: treat its proposal with care.', { few: FEW_POINTS })),
    ],
  ];
  const ok = sayInFormula(t('✓ The proposal spends the budget within every bound. It reallocates the budget under these curves: it is not a forecast.'));
  sheet.check(BUDGET_LAYOUT.check, problems, ok);
}

/** The split over months: a share per month (inputs) and each line's proposal times it. */
function placeMonths(sheet: SheetBuilder, a: BudgetAllocationAnswers, top: number): number {
  const { t } = sheet;
  const n = a.lines.length;
  sheet.section(top, t("By month: each line's proposal times the month's share (the shares are yours; they should add up to 100%)"));
  sheet.header(top + 1, 0, [t('Line'), ...a.months.map((m) => m.label), t('Total')]);
  sheet.text(top + 2, 0, t('Share'));
  a.months.forEach((m, j) => sheet.number(top + 2, 1 + j, m.share));
  const shares = rangeA1(top + 2, 1, top + 2, a.months.length);
  sheet.formula(top + 2, 1 + a.months.length, `=SUM(${shares})`);
  sheet.style(shares, 'input');
  sheet.format(rangeA1(top + 2, 1, top + 2, a.months.length + 1), 'percent');
  for (let i = 0; i < n; i += 1) {
    const row = top + 3 + i;
    sheet.formula(row, 0, `=${absolute(BUDGET_LAYOUT.firstLine + i, C.name)}`);
    a.months.forEach((_, j) => sheet.formula(row, 1 + j, `=${absolute(BUDGET_LAYOUT.firstLine + i, C.proposed)}*${absolute(top + 2, 1 + j)}`));
    sheet.formula(row, 1 + a.months.length, `=SUM(${rangeA1(row, 1, row, a.months.length)})`);
  }
  sheet.format(rangeA1(top + 3, 1, top + 2 + n, a.months.length + 1), 'money');
  return top + 2 + n;
}

/**
 * The Budget sheet: the budget, method, rounding, each line's curve, weight and bounds as inputs;
 * per line the proposal, change, share, expected return, ROI and marginal ROI; the optimiser itself
 * in native formulas (bisection on the price of spend), so an edited budget, bound, curve or method
 * moves the proposal without the add-in; the split over months; charts; a check in words.
 *
 * @example
 * buildBudgetAllocation({ budget: 350, period: '2027', method: 'optimal', roundTo: null, months: [], lines: [search, social] })
 */
export function buildBudgetAllocation(a: BudgetAllocationAnswers, language: Language = 'en'): Plan {
  if (a.lines.length === 0) throw new Error('a budget needs at least one line');
  if (a.lines.length > MAX_LINES) throw new Error(`a Budget sheet takes up to ${MAX_LINES} lines, not ${a.lines.length.toLocaleString('en-US')}`);
  const t = translator(language);
  const sheet = new SheetBuilder(t('Budget'), t);
  const L = BUDGET_LAYOUT;
  const n = a.lines.length;
  sheet.text(L.title, 0, t('Budget allocation: {period}', { period: a.period }));
  sheet.style(a1(L.title, 0), 'title');
  sheet.note(
    L.note,
    t(
      'The yellow cells are yours: edit the budget, a bound, a curve or the method and the proposal follows. It reallocates the budget under the curves given: it is not a forecast.',
    ),
  );
  const inputs = placeInputs(sheet, a);
  sheet.section(L.linesSection, t('Lines: a curve of diminishing returns each (RESPONSE), bounds, and the proposal'));
  sheet.header(
    L.header,
    0,
    HEADER.map((label) => t(label)),
  );
  sheet.header(
    L.header,
    C.kindNumber,
    WORKINGS.map((label) => t(label)),
  );
  const lines = a.lines.map((_, i) => placeLine(sheet, a, i, inputs));
  const last = L.firstLine + n - 1;
  const col = (c: number) => absoluteBlock(L.firstLine, c, last, c);
  sheet.text(L.budget, 4, t('Can be shared'));
  sheet.formula(
    L.budget,
    5,
    `=AND(${inputs.methodNumber}>0,SUM(${col(C.lower)})<=${inputs.budget},SUM(${col(C.top)})>=${inputs.budget},OR(${inputs.methodNumber}<>1,COUNTIF(${col(C.kindNumber)},0)=0))`,
  );
  sheet.style(rangeA1(L.budget, 4, L.budget, 5), 'working');
  sheet.style(rangeA1(L.firstLine, C.name, last, C.current), 'input');
  sheet.style(rangeA1(L.firstLine, C.lower, last, C.upper), 'input');
  sheet.style(rangeA1(L.firstLine, C.kind, last, C.weight), 'input');
  sheet.style(rangeA1(L.firstLine, C.kindNumber, last, C.points), 'working');
  const total = last + 1;
  sheet.text(total, 0, t('Total'));
  for (const c of [C.current, C.proposed, C.change, C.expectedReturn]) sheet.formula(total, c, `=SUM(${rangeA1(L.firstLine, c, last, c)})`);
  sheet.keyOutputs({ ref: a1(total, C.proposed), label: t('Proposed spend') }, { ref: a1(total, C.expectedReturn), label: t('Expected return') });
  sheet.style(rangeA1(total, 0, total, C.weight), 'total');
  sheet.format(rangeA1(L.firstLine, C.current, total, C.expectedReturn), 'money');
  sheet.format(rangeA1(L.firstLine, C.share, total, C.share), 'percent');
  sheet.format(rangeA1(L.firstLine, C.roi, total, C.marginalRoi), 'decimal');
  sheet.format(rangeA1(L.firstLine, C.beta, last, C.kappa), 'money');
  sheet.format(rangeA1(L.firstLine, C.alpha, last, C.alpha), 'decimal');
  sheet.format(rangeA1(L.firstLine, C.weight, last, C.weight), 'decimal');
  sheet.name('Proposed', rangeA1(L.firstLine, C.proposed, last, C.proposed));
  const monthsEnd = a.months.length > 0 ? placeMonths(sheet, a, total + 2) : total;
  // The charts sit under the tables, above the workings.
  sheet.chart({
    kind: 'column',
    title: t('Current and proposed per line'),
    categories: rangeA1(L.firstLine, 0, last, 0),
    values: rangeA1(L.firstLine, C.current, last, C.proposed),
    seriesNames: [t('Current'), t('Proposed')],
    anchor: a1(monthsEnd + 2, 0),
  });
  sheet.chart({
    kind: 'bar',
    title: t('Change against current'),
    categories: rangeA1(L.firstLine, 0, last, 0),
    values: rangeA1(L.firstLine, C.change, last, C.change),
    anchor: a1(monthsEnd + 2, 9),
  });
  const { lambda, end: optimiserEnd } = placeOptimiser(sheet, monthsEnd + 2 + CHART_ROWS, lines, inputs, {
    lowCol: C.priceAtTop,
    highCol: C.priceAtLower,
    firstLine: L.firstLine,
  });
  placeFinal(sheet, n, lines, inputs, lambda);
  placeResponseCurves(sheet, a, optimiserEnd + 2, monthsEnd + 2);
  placeCheck(sheet, n, inputs);
  sheet.layout([130, 95, 90, 90, 100, 90, 70, 110, 70, 95, 60, 100, 110, 70, 80], { rows: 0, columns: 1 });
  return { sheets: [sheet.build()] };
}
