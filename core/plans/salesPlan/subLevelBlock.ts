import { rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { sayInFormula } from '../../kit/sheet/formulaText';
import { SalesPlanAnswers, SubLevelItem } from './salesPlanAnswers';
import { parentOf } from './computeSalesPlan';
import { SPLIT_WORKINGS, SPLIT_WORKING_LABELS, SplitAt, placeSplitRow, splitHeaders, splitWorkings, workingsAcross } from './splitCells';

/** The second level's columns: A item, B driver, C lock, D target, E the child it is within, F its group's check (on the group's first row). */
export const SUB_COLUMNS = { name: 0, driver: 1, lock: 2, target: 3, within: 4, check: 5 } as const;

/** The items in the order the sheet lists them: grouped under their children, in the children's order (stable within a group). */
export function subLevelOrder(answers: SalesPlanAnswers): { item: SubLevelItem; index: number; child: number }[] {
  const items = (answers.subLevel?.items ?? []).map((item, index) => ({ item, index, child: parentOf(answers, item.parent) }));
  if (items.some((i) => i.child < 0)) throw new Error('every item of the second level belongs to a child of the plan');
  return items.sort((x, y) => x.child - y.child || x.index - y.index);
}

/** Where the second level is: its section row, its first item row, and its last. */
export interface SubLevelRows {
  readonly section: number;
  readonly first: number;
  readonly last: number;
}

/**
 * The second level from row `at.section`: under each child its items (a region's reps, a rep's
 * products) with a driver and an optional lock each, their targets split from the child's target by
 * largest remainder, locks kept (CASCADE's rule, the same cells as the children's split), and on each
 * group's first row its check (what the items add up to, less the child's target: 0 = adds up).
 */
export function placeSubLevel(
  sheet: SheetBuilder,
  answers: SalesPlanAnswers,
  at: SubLevelRows & { childRow: (child: number) => number; unit: string; work: number },
): void {
  const { t } = sheet;
  const label = answers.subLevel!.label;
  sheet.section(
    at.section,
    t('Targets by {value} within each {child}: each group adds up to its {child}', { value: label.toLowerCase(), child: answers.childLabel.toLowerCase() }),
  );
  sheet.header(at.section + 1, 0, [label, t('Driver'), t('Lock (blank = share)'), t('Annual target'), t('Within'), t('Adds up (0 = yes)')]);
  sheet.header(at.section + 1, at.work, [...splitHeaders(t), ...SPLIT_WORKINGS.map((key) => t(SPLIT_WORKING_LABELS[key]))]);
  const order = subLevelOrder(answers);
  let row = at.first;
  answers.children.forEach((_, child) => {
    const group = order.filter((o) => o.child === child).map((o) => o.item);
    if (group.length === 0) return;
    placeGroup(sheet, group, { row, childRow: at.childRow(child), unit: at.unit, work: at.work });
    row += group.length;
  });
  const C = SUB_COLUMNS;
  sheet.style(rangeA1(at.first, C.name, at.last, C.lock), 'input');
  sheet.format(rangeA1(at.first, C.driver, at.last, C.driver), 'decimal');
  sheet.format(rangeA1(at.first, C.lock, at.last, C.target), 'money');
  sheet.format(rangeA1(at.first, C.check, at.last, C.check), 'money');
  sheet.style(rangeA1(at.first, at.work, at.last, at.work + 4 + SPLIT_WORKINGS.length), 'working');
  sheet.validate(rangeA1(at.first, C.driver, at.last, C.lock), {
    min: 0,
    message: t('Drivers and locks are amounts of 0 or more (leave a lock blank to share).'),
  });
  sheet.highlight(rangeA1(at.first, C.check, at.last, C.check), { formula: `=ROUND(${absolute(at.first, C.check)},6)<>0` });
}

/** One child's items: their rows, the split of the child's target among them, and the group's check. */
function placeGroup(sheet: SheetBuilder, items: readonly SubLevelItem[], at: { row: number; childRow: number; unit: string; work: number }): void {
  const C = SUB_COLUMNS;
  const last = at.row + items.length - 1;
  const split: SplitAt = {
    first: at.row,
    last,
    driver: C.driver,
    lock: C.lock,
    target: C.target,
    work: at.work,
    total: absolute(at.childRow, 3),
    unit: at.unit,
    workings: workingsAcross(at.row, at.work + 5),
  };
  for (const [key, , formula] of splitWorkings(split, sheet.t)) sheet.formula(at.row, at.work + 5 + SPLIT_WORKINGS.indexOf(key), formula);
  items.forEach((item, i) => {
    const row = at.row + i;
    sheet.text(row, C.name, item.name);
    sheet.number(row, C.driver, item.driver);
    if (item.lock !== null) sheet.number(row, C.lock, item.lock);
    sheet.formula(row, C.within, `=${absolute(at.childRow, 0)}&""`);
    placeSplitRow(sheet, split, row);
  });
  sheet.formula(at.row, C.check, `=SUM(${absolute(at.row, C.target)}:${absolute(last, C.target)})-${absolute(at.childRow, 3)}`);
}

/** The sheet's check for the second level: the first group that does not add up to its child (its locks are above the child's target). */
export function subLevelProblems(sheet: SheetBuilder, rows: SubLevelRows): [string, string][] {
  const checks = `${absolute(rows.first, SUB_COLUMNS.check)}:${absolute(rows.last, SUB_COLUMNS.check)}`;
  const off = `--(ROUND(${checks},6)<>0)`;
  const within = `INDEX(${absolute(rows.first, SUB_COLUMNS.within)}:${absolute(rows.last, SUB_COLUMNS.within)},SUMPRODUCT(MATCH(1,${off},0)))`;
  return [
    [`SUMPRODUCT(${off})>0`, sayInFormula(sheet.t('⚠ The second level under {child} does not add up to its target: lower a lock there.'), { child: within })],
  ];
}
