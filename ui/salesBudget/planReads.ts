import { parseRangeA1, planReference } from '../../core/kit/sheet';
import { BUDGET_LAYOUT } from '../../core/plans/budgetAllocation';
import { FIELD_RESULTS } from '../../core/plans/fieldPlan';
import { REP_COLUMNS } from '../../core/plans/incentivePlan';
import { MONTHS, SALES_PLAN_LAYOUT as SP } from '../../core/plans/salesPlan';
import { BudgetHire, ReadNumber } from '../../core/plans/salesBudget';
import { SelectionValues } from '../host';
import { t } from '../i18n';

/**
 * How the budget wizard reads another plan's sheet: the manager selects it from A1 (a click on A1,
 * then Ctrl+Shift+End), the wizard finds the cells it needs where that plan's builder put them,
 * checks each by its label (in English or the pane's language, as the plan was built), and keeps
 * both the number and the cell's reference, so the budget follows the plan's edits.
 */

/** A label as the plan wrote it: in English or in the pane's language. */
const says = (cell: unknown, label: string) =>
  [label, t(label)].some(
    (l) =>
      String(cell ?? '')
        .trim()
        .toLowerCase() === l.toLowerCase(),
  );

/** The selection's cells as a grid from A1, or a message when it does not start at A1. */
function fromA1(selection: SelectionValues, what: string): { sheet: string; cell: (row: number, col: number) => unknown } | string {
  const { top, left } = parseRangeA1(selection.address.replace(/^.*!/, '').replace(/\$/g, '').split(':')[0]);
  if (top !== 0 || left !== 0) return t('Select {what} from its cell A1 (click A1, then Ctrl+Shift+End), then press the button.', { what });
  return { sheet: selection.sheet ?? 'Sheet1', cell: (row, col) => selection.values[row]?.[col] };
}

/** The number in a plan's cell beside its label, and its reference; a message when the label is not there. */
function labelled(selection: SelectionValues, what: string, at: { row: number; labelCol: number; col: number; label: string }): ReadNumber | string {
  const grid = fromA1(selection, what);
  if (typeof grid === 'string') return grid;
  const value = grid.cell(at.row, at.col);
  if (!says(grid.cell(at.row, at.labelCol), at.label) || typeof value !== 'number')
    return t('This is not {what}: its “{label}” cell is not where the wizard wrote it.', { what, label: t(at.label) });
  return { value, formula: planReference(grid.sheet, at.row, at.col) };
}

/** What a sales plan sheet gives a budget: its year, the target, the month shares, the reps in post and the new reps. */
export interface SalesPlanRead {
  /** The year the plan's period starts in, from its title ("Sales plan 2018: Revenue", "Sales plan Apr 2027–Mar 2028: …"); undefined when the title holds none. */
  readonly year: number | undefined;
  readonly target: ReadNumber;
  readonly monthShares: readonly ReadNumber[];
  readonly reps: ReadNumber;
  readonly hires: readonly Omit<BudgetHire, 'salary'>[];
}

/**
 * The target, each calendar month's share (0 for a month outside the plan's period), the fully
 * ramped reps and the new reps with their start months, read from a Sales plan sheet.
 *
 * @example
 * readSalesPlan({ sheet: 'Sales plan 2027', address: 'A1:T40', values }).target.formula //=> "='Sales plan 2027'!$B$7"
 */
export function readSalesPlan(selection: SelectionValues): SalesPlanRead | string {
  const what = t('a Sales plan sheet');
  const target = labelled(selection, what, { row: SP.target, labelCol: 0, col: 1, label: 'Target' });
  if (typeof target === 'string') return target;
  const reps = labelled(selection, what, { row: SP.headcount, labelCol: 0, col: 1, label: 'Fully ramped reps' });
  if (typeof reps === 'string') return reps;
  const sheet = selection.sheet ?? 'Sheet1';
  const header = selection.values[SP.monthHeader] ?? [];
  const monthShares = MONTHS.map((month) => {
    const col = header.findIndex((h, c) => c >= SP.firstMonthColumn && says(h, month));
    const value = col < 0 ? undefined : selection.values[SP.shares]?.[col];
    return typeof value === 'number' ? { value, formula: planReference(sheet, SP.shares, col) } : { value: 0, formula: null };
  });
  const namesRow = selection.values.findIndex((row, r) => r > SP.firstChild && says(row[0], 'Name'));
  const hires: Omit<BudgetHire, 'salary'>[] = [];
  for (let r = namesRow + 1; namesRow > 0 && String(selection.values[r]?.[0] ?? '').trim() !== ''; r += 1) {
    const start = selection.values[r][1];
    if (typeof start === 'number') hires.push({ name: String(selection.values[r][0]).trim(), start: { value: start, formula: planReference(sheet, r, 1) } });
  }
  return { year: yearInTitle(selection.values[SP.title]?.[0]), target, monthShares, reps, hires };
}

/**
 * The first year a plan's title names: every language writes it in digits ("Kế hoạch bán hàng 2018",
 * "销售计划 2027年4月–…").
 *
 * @example
 * yearInTitle('Sales plan Q2 2027: Revenue') //=> 2027
 */
export function yearInTitle(title: unknown): number | undefined {
  const found = /(?:^|\D)((?:19|20|21)\d\d)(?!\d)/.exec(String(title ?? ''));
  return found ? Number(found[1]) : undefined;
}

/**
 * The year's commission, read from an Incentive plan sheet's totals row.
 *
 * @example
 * readIncentivePlan({ sheet: 'Incentive plan', address: 'A1:AX60', values }) //=> { value: 2728.4, formula: "='Incentive plan'!$I$21" }
 */
export function readIncentivePlan(selection: SelectionValues): ReadNumber | string {
  const what = t('an Incentive plan sheet');
  const header = selection.values.findIndex((row) => says(row[0], 'Rep') && says(row[REP_COLUMNS.payout], 'Commission'));
  const total = selection.values.findIndex((row, r) => header >= 0 && r > header && says(row[0], 'Total'));
  if (total < 0) return t('This is not {what}: its “{label}” cell is not where the wizard wrote it.', { what, label: t('Total') });
  return labelled(selection, what, { row: total, labelCol: 0, col: REP_COLUMNS.payout, label: 'Total' });
}

/**
 * The visits a year the accounts need, read from a Field plan sheet.
 *
 * @example
 * readFieldPlan({ sheet: 'Field plan', address: 'A1:BZ700', values }) //=> { value: 6420, formula: "='Field plan'!$E$8" }
 */
export const readFieldPlan = (selection: SelectionValues): ReadNumber | string =>
  labelled(selection, t('a Field plan sheet'), { row: FIELD_RESULTS.workload, labelCol: 3, col: 4, label: 'Visits the accounts need a year' });

/**
 * The year's marketing budget, read from a Budget sheet.
 *
 * @example
 * readBudgetSheet({ sheet: 'Budget 2027', address: 'A1:Z40', values }) //=> { value: 250000, formula: "='Budget 2027'!$B$5" }
 */
export const readBudgetSheet = (selection: SelectionValues): ReadNumber | string =>
  labelled(selection, t('a Budget sheet'), { row: BUDGET_LAYOUT.budget, labelCol: 0, col: 1, label: 'Budget' });
