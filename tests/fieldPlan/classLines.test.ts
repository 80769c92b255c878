/**
 * The Field plan's classes are drawn by two lines through the accounts sorted by value (core's
 * abcClasses): the sheet finds each line once, by a binary search over the count, and every account
 * compares itself with it in O(1). These tests hold the sheet to core where it is hardest: ties at a
 * line, cut-offs met exactly, nothing to classify, and any values and cut-offs fast-check draws.
 */
import fc from 'fast-check';
import { a1 } from '../../core/kit/sheet';
import { abcClasses } from '../../core/functions/visits';
import { ACCOUNT_COLUMNS as A, FIELD_INPUTS as I, buildFieldPlan, FieldPlanAnswers } from '../../core/plans/fieldPlan';
import { loadPlanSheet } from '../harness/liveness';

const HEADER = ['Customer', 'State', 'Revenue 2017'];
/** What a user types in a cell of the accounts' table. */
type Typed = number | string | null;

function answersFor(count: number): FieldPlanAnswers {
  return {
    target: 1_000_000,
    dealSize: 5_000,
    stages: [{ name: 'Leads', rate: 0.3 }],
    sellingDays: 200,
    day: { minutes: 480, breaks: 30, admin: 60, visit: 45, travel: 30, prep: 0, wait: 0, maxVisits: null, noShowRate: 0 },
    accounts: { sheet: 'Accounts', range: `A1:C${count + 1}`, nameField: 'Customer', areaField: 'State', valueField: 'Revenue 2017' },
    classes: { aShare: 0.8, bShare: 0.95, frequencies: { A: 24, B: 12, C: 4 } },
    reps: [{ name: 'Ana', area: 'North' }],
  };
}

/** A Field plan over these values, loaded; `classes(a, b)` types the cut-offs and reads every account's class. */
function sheetOf(values: readonly Typed[]) {
  const plan = buildFieldPlan(answersFor(values.length));
  const cells = plan.sheets[0].cells;
  const first = cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Account') + 1;
  const rows = [HEADER, ...values.map((v, i) => [`Account ${i + 1}`, 'North', v])];
  const sheet = loadPlanSheet(plan, { Accounts: rows });
  const accounts = sheet.hf.getSheetId('Accounts')!;
  return {
    sheet,
    /** Types these values over the accounts' own (as many as the sheet was built for). */
    type(drawn: readonly Typed[]): void {
      sheet.hf.setCellContents(
        { sheet: accounts, row: 1, col: 2 },
        drawn.map((v) => [v]),
      );
    },
    classes(aShare: number, bShare: number): unknown[] {
      sheet.set(a1(I.aShare, 1), aShare);
      sheet.set(a1(I.bShare, 1), bShare);
      return values.map((_, i) => sheet.value(a1(first + i, A.visitClass)));
    },
  };
}

describe("the Field plan's class lines", () => {
  // Sorted: 40, 20, 20, 20 (row order), 10, 10; the shares before them are 0, 0.3̅, 0.5, 0.6̅, 0.83̅, 0.916̅.
  const values: Typed[] = [20, 10, 40, 20, null, 10, 'n/a', 20, -5, 0];

  it('splits the accounts tied at a line in row order, as core does', () => {
    const { classes } = sheetOf(values);
    expect(classes(0.6, 0.9)).toEqual(abcClasses(values, 0.6, 0.9));
    expect(classes(0.6, 0.9)).toEqual(['A', 'B', 'A', 'A', 'C', 'C', 'C', 'B', 'C', 'C']);
  });

  it('puts an account whose share before it meets the cut-off exactly in the lower class', () => {
    const { classes } = sheetOf(values);
    expect(classes(0.5, 11 / 12)).toEqual(abcClasses(values, 0.5, 11 / 12));
    // 40 and the first 20 are A; before the second 20 lies exactly half.
    expect(classes(0.5, 11 / 12).filter((c) => c === 'A')).toHaveLength(2);
  });

  it('takes no account into A at a cut-off of 0, and every account with a value at 100%', () => {
    const { classes } = sheetOf(values);
    expect(classes(0, 0)).toEqual(values.map(() => 'C'));
    expect(classes(1, 1)).toEqual(['A', 'A', 'A', 'A', 'C', 'A', 'C', 'A', 'C', 'C']);
  });

  it('shows how many accounts each class takes, their value and share, and where its line falls', () => {
    const { sheet, classes } = sheetOf(values);
    classes(0.6, 0.9);
    const top = buildFieldPlan(answersFor(values.length)).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Class');
    // Shares to 10 significant digits, as HyperFormula shows them.
    const row = (r: number) => [2, 3, 4, 5, 6, 7].map((c) => sheet.value(a1(r, c))).map((v) => Number(Number(v).toPrecision(10)));
    const shown = (xs: number[]) => xs.map((x) => Number(x.toPrecision(10)));
    // A: 40, 20, 20 (two of the three accounts of 20); B adds the third 20 and the first 10.
    expect(row(top + 1)).toEqual(shown([3, 80, 80 / 120, 20, 1, 2]));
    expect(row(top + 2)).toEqual(shown([5, 110, 110 / 120, 10, 4, 1]));
    expect(row(top + 3).slice(0, 3)).toEqual([6, 120, 1]);
  });

  it('gives no class and no error when no account has a value above 0', () => {
    const none: Typed[] = [0, null, 'x', -3];
    const { classes } = sheetOf(none);
    expect(classes(0.8, 0.95)).toEqual(['C', 'C', 'C', 'C']);
  });

  it('agrees with core on any values and cut-offs', () => {
    const count = 12;
    const { classes, type } = sheetOf(Array.from({ length: count }, () => 0));
    // Small whole numbers tie often; blanks, 0 and below are in no class. Amounts in cents: two values
    // alike to 15 digits are one value to a spreadsheet's comparison (and to HyperFormula's), not to core's.
    const cents = fc.integer({ min: 1, max: 100_000_000 }).map((c) => c / 100);
    const value = fc.oneof(fc.integer({ min: -2, max: 6 }), fc.constant(null), cents);
    const cutOffs = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([x, y]) => [Math.min(x, y) / 100, Math.max(x, y) / 100]);
    fc.assert(
      fc.property(fc.array(value, { minLength: count, maxLength: count }), cutOffs, (drawn, [aShare, bShare]) => {
        type(drawn);
        expect(classes(aShare, bShare)).toEqual(abcClasses(drawn, aShare, bShare));
      }),
      { numRuns: 60 },
    );
  });
});
