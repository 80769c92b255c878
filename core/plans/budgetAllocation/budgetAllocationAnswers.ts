import { SheetError, isSheetError } from '../../kit/cells/errors';
import { SpendBounds, allocateBudget } from '../../functions/budget/allocate';
import { SplitMethod, roundParts, splitBudget } from '../../functions/budget/budgetSplit';
import { CurveKind, ResponseCurve } from '../../functions/budget/responseCurve';
import { EXACT_S_SHAPED_LINES, switchableLines } from '../../functions/budget/sShapedSearch';
import { Translate, translator } from '../../kit/i18n/translate';
import { AnswerFieldsOf } from '../../kit/answers/answerField';
import { msg } from '../../kit/i18n/msg';

/** How the budget is shared: the optimum under the curves, or a rule of thumb (BUDGETSPLIT's methods). */
export const ALLOCATION_METHODS = ['optimal', 'proportional', 'roi', 'equal'] as const;

/**
 * The most lines a Budget sheet optimises: ALLOCATE's own largest input (500 curves). The sheet's
 * optimiser grows with the lines (48 steps a line); only the rounding's two ranks read every line
 * from each line's row (`npm run bench` measures a 500-line sheet).
 */
export const MAX_LINES = 500;

/**
 * The largest budget a plan takes: 10¹⁵, beyond which a spreadsheet's 15 significant digits no
 * longer hold whole units (a budget of 1e308 printed a 309-digit number and a sheet of #NUM!).
 */
export const LARGEST_BUDGET = 1e15;

/**
 * The budget's number answers, declared once: each one's rule and message, the step that asks it,
 * where it sits and how the sheet shows it. The pane checks each step with them, a saved state is
 * restored through them, and the Budget sheet's input rules and check are made from them.
 */
export const BUDGET_FIELDS = {
  budget: {
    step: 1,
    at: ['budget'],
    format: 'money',
    min: 0.01,
    max: LARGEST_BUDGET,
    message: msg('The budget to share: 0.01 or more, and at most a million billion (10¹⁵).'),
  },
  roundTo: {
    default: null,
    step: 3,
    at: ['roundTo'],
    format: 'money',
    min: 0.01,
    blankAllowed: true,
    message: msg('Round to a unit of 0.01 or more, or leave it blank.'),
  },
} as const satisfies AnswerFieldsOf<BudgetAllocationAnswers>;

/** The most months of history a budget's months are shared by (BASELINE's largest series). */
export const MAX_HISTORY_MONTHS = 20_000;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

/** One line the budget is shared across: a channel, region, route, customer group or team role. */
export interface BudgetLine {
  readonly name: string;
  /** What the line gets now (last period's spend). */
  readonly current: number;
  readonly curve: { readonly kind: CurveKind; readonly beta: number; readonly kappa: number; readonly alpha: number };
  /** History or potential (proportional), or ROI (roi). */
  readonly weight: number;
  /** Bounds on the line's spend: null is none (0 below, no limit above). */
  readonly lower: number | null;
  readonly upper: number | null;
  /** How many points of history its curve was fitted on (null: typed by hand). */
  readonly points: number | null;
}

/** What the budget wizard asks a manager. Plain JSON: it is saved in the document. */
export interface BudgetAllocationAnswers {
  readonly budget: number;
  /** The period's name, as the sheet's title shows it ("2027", "Q1 2027"). */
  readonly period: string;
  readonly lines: readonly BudgetLine[];
  readonly method: AllocationMethod;
  /** Round the parts to multiples of this (null: not rounded). */
  readonly roundTo: number | null;
  /** The split over months: a label and a share each (shares add up to 1). */
  readonly months: readonly { readonly label: string; readonly share: number }[];
}

export const boundsOf = (lines: readonly BudgetLine[]): SpendBounds[] =>
  lines.map((l) => ({ lower: l.lower ?? 0, upper: l.upper ?? Number.POSITIVE_INFINITY }));
export const curvesOf = (lines: readonly BudgetLine[]): ResponseCurve[] => lines.map((l) => l.curve);

/**
 * The amount each line gets, as core computes it (ALLOCATE for `optimal`, BUDGETSPLIT otherwise,
 * rounded by largest remainder when asked): what the wizard reviews and the sheet's formulas equal.
 *
 * @example
 * proposedAmounts({ budget: 350, method: 'optimal', roundTo: null, lines: [search, social], … }) //=> [100, 250]
 */
export function proposedAmounts(a: BudgetAllocationAnswers): number[] | SheetError {
  const bounds = boundsOf(a.lines);
  const parts =
    a.method === 'optimal'
      ? allocateBudget(a.budget, curvesOf(a.lines), bounds)
      : splitBudget(
          a.budget,
          a.lines.map((l) => l.weight),
          a.method as SplitMethod,
          bounds,
        );
  if (isSheetError(parts) || a.roundTo === null) return parts;
  return roundParts(parts, a.budget, a.roundTo, bounds);
}

/** Fewer points of history than this and a fitted curve is a guess: the sheet and the wizard say so. */
export const FEW_POINTS = 6;

/**
 * What a manager must know before trusting the proposal: a curve the sheet cannot optimise live,
 * bounds that bind every line (the optimum cannot move), curves fitted on few points.
 *
 * @example
 * budgetWarnings(answers, [100, 250]) //=> ['Display's curve was fitted on 4 points (fewer than 6): treat its proposal with care.']
 */
export function budgetWarnings(a: BudgetAllocationAnswers, proposed: readonly number[], t: Translate = translator('en')): string[] {
  const warnings: string[] = [];
  const sShaped = a.lines.filter((l) => l.curve.kind === 'hill' && l.curve.alpha !== 1);
  if (a.method === 'optimal' && sShaped.length > 0)
    warnings.push(
      t("{value}: Hill curves with α ≠ 1 are optimised by ALLOCATE, not by the sheet's own formulas (which take log, exp and Hill with α = 1).", {
        value: sShaped.map((l) => l.name).join(', '),
      }),
    );
  const bounds = boundsOf(a.lines);
  const atBound = proposed.every(
    (x, i) => Math.abs(x - bounds[i].lower) < 1e-9 * Math.max(1, a.budget) || Math.abs(x - bounds[i].upper) < 1e-9 * Math.max(1, a.budget),
  );
  if (a.method === 'optimal' && proposed.length > 0 && atBound)
    warnings.push(t('Every line sits at one of its bounds: the proposal is the bounds, not the curves. Widen them to let the optimum move.'));
  for (const l of a.lines)
    if (l.points !== null && l.points < FEW_POINTS)
      warnings.push(
        t("{name}'s curve was fitted on {points} points (fewer than {FEW_POINTS}): treat its proposal with care.", {
          name: l.name,
          points: l.points,
          FEW_POINTS,
        }),
      );
  const switchable = switchableLines(
    a.lines.map((l) => l.curve),
    bounds,
  ).length;
  if (a.method === 'optimal' && switchable > EXACT_S_SHAPED_LINES)
    warnings.push(
      t(
        '{count} S-shaped curves (Hill, α > 1): ALLOCATE finds the best split exactly for up to {most}; for more it searches, without proving its split is the best.',
        {
          count: switchable,
          most: EXACT_S_SHAPED_LINES,
        },
      ),
    );
  return warnings;
}
