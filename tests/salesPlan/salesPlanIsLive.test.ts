/**
 * The plan sheet's native formulas give the numbers core computes, and stay live: edit an input in
 * HyperFormula and the targets follow, still matching core on the edited answers.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import {
  buildSalesPlan,
  smartStatement,
  SALES_PLAN_LAYOUT as L,
  computeSalesPlan,
  SalesPlanNumbers,
  SalesPlanAnswers,
  WEEK_BLOCK,
} from '../../core/plans/salesPlan';
import { keepsRule, a1 } from '../../core/kit/sheet';
import { expectSameNumbers, SALES_PLAN_LIVE, SAMPLE_PLAN_ANSWERS, SEASONAL_SHARES } from '../harness/salesPlanNumbers';
import { Edit, livenessMismatches } from '../harness/liveness';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { registerSalesPlannerFunctions } from '../../preview/src/workbook';

registerSalesPlannerFunctions();

function load(answers: SalesPlanAnswers) {
  const sheet = buildSalesPlan(answers).sheets[0];
  const hf = HyperFormula.buildFromSheets({ [sheet.name]: hyperFormulaContent(sheet) } as never, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  const id = hf.getSheetId(sheet.name)!;
  const value = (row: number, col: number) => {
    const v = hf.getCellValue({ sheet: id, row, col });
    if (v === null) return null;
    if (v instanceof DetailedCellError) throw new Error(`${v.value} at row ${row + 1}, col ${col + 1}: ${v.message}`);
    return v;
  };
  return { hf, id, value, sheet };
}

const seasonal = SEASONAL_SHARES;
const answers = SAMPLE_PLAN_ANSWERS;

describe('the sales plan sheet', () => {
  it('computes, with native formulas, the numbers core computes', () => {
    const { value } = load(answers);
    expectSameNumbers(value, computeSalesPlan(answers) as SalesPlanNumbers, answers);
  });

  it('adds up exactly: children to the quota handed out, months to each child', () => {
    const numbers = computeSalesPlan(answers) as SalesPlanNumbers;
    expect(numbers.annual.reduce((a, b) => a + b, 0)).toBe(numbers.handOut);
    numbers.monthly.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(numbers.annual[i], 9));
    expect(numbers.annual[2]).toBe(500_000);
  });

  it('keeps names typed by the user as text, even one that looks like a formula or a number', () => {
    const { value } = load(answers);
    expect(value(L.firstChild + 1, 0)).toBe('=1+1');
    expect(value(L.firstChild + 3, 0)).toBe('007');
  });

  it.each([
    ['growth', L.growth, 1, 0.2, { growth: 0.2 }],
    ['a driver', L.firstChild, 1, 900_000, { children: answers.children.map((c, i) => (i === 0 ? { ...c, driver: 900_000 } : c)) }],
    ['a lock', L.firstChild + 2, 2, null, { children: answers.children.map((c, i) => (i === 2 ? { ...c, lock: null } : c)) }],
    ['the rounding unit', L.unit, 1, 10, { roundTo: 10 }],
    ['a month share', L.shares, L.firstMonthColumn + 11, 0.2, { monthShares: [...seasonal.slice(0, 11), 0.2] }],
  ] as const)('follows an edit of %s, still matching core', (_what, row, col, newValue, change) => {
    const { hf, id, value } = load(answers);
    hf.setCellContents({ sheet: id, row, col }, newValue);
    const edited = { ...answers, ...change } as SalesPlanAnswers;
    expectSameNumbers(value, computeSalesPlan(edited) as SalesPlanNumbers, edited);
  });

  it('handles hundreds of children', () => {
    const many: SalesPlanAnswers = {
      ...answers,
      children: Array.from({ length: 300 }, (_, i) => ({ name: `Rep ${i + 1}`, driver: 1000 + ((i * 7919) % 5000), lock: i % 50 === 0 ? 3000 : null })),
    };
    const { value } = load(many);
    expectSameNumbers(value, computeSalesPlan(many) as SalesPlanNumbers, many);
  });
});

describe('a plan for a quarter or for custom months', () => {
  it.each([
    ['the second quarter', 4, 3],
    ['September to February, across the new year', 9, 6],
  ])('for %s, matches core with native formulas and adds up', (_what, periodStart, periodMonths) => {
    const shares = Array.from({ length: periodMonths }, (_, m) => (m + 1) / ((periodMonths * (periodMonths + 1)) / 2));
    const period: SalesPlanAnswers = { ...answers, periodStart, periodMonths, monthShares: shares, newReps: [{ name: 'New (Oct)', startMonth: 10 }] };
    const { value, sheet } = load(period);
    const numbers = computeSalesPlan(period) as SalesPlanNumbers;
    expectSameNumbers(value, numbers, period);
    expect(numbers.monthly[0]).toHaveLength(periodMonths);
    expect(value(L.firstChild + period.children.length, L.firstMonthColumn + periodMonths)).toBeNull();
    expect(sheet.name).toBe(periodMonths === 3 ? 'Sales plan Q2 2027' : 'Sales plan Sep 2027–Feb 2028');
  });
});

describe('a plan sheet that guards itself', () => {
  const messageOf = (value: (row: number, col: number) => unknown) => String(value(L.checks, 0));

  it('says every check passes, and states the SMART goal from its inputs', () => {
    const { value } = load(answers);
    expect(messageOf(value)).toMatch(/^✓ Every check passes/);
    expect(value(L.statement, 0)).toBe(smartStatement(answers, (computeSalesPlan(answers) as SalesPlanNumbers).target));
  });

  it('keeps the SMART statement true after an edit of growth', () => {
    const { hf, id, value } = load(answers);
    hf.setCellContents({ sheet: id, row: L.growth, col: 1 }, 0.25);
    const edited = { ...answers, growth: 0.25 };
    expect(value(L.statement, 0)).toBe(smartStatement(edited, (computeSalesPlan(edited) as SalesPlanNumbers).target));
    expect(String(value(L.statement, 0))).toContain('+25.0%');
  });

  it('says in words when a lock is above the amount to share, and highlights the check that no longer adds up', () => {
    const { hf, id, value, sheet } = load(answers);
    hf.setCellContents({ sheet: id, row: L.firstChild + 2, col: 2 }, 5_000_000);
    const handOut = (computeSalesPlan(answers) as SalesPlanNumbers).handOut.toLocaleString('en-US');
    expect(messageOf(value)).toBe(
      `⚠ The locked targets add up to 5,000,000, more than the quota handed out (${handOut}): lower a lock, or the others' targets turn negative.`,
    );
    // Nothing is left to share: the others get 0, never a negative target, and the check shows the excess.
    expect([0, 1, 3, 4].map((i) => value(L.firstChild + i, 3))).toEqual([0, 0, 0, 0]);
    expect(value(L.firstChild + answers.children.length + 1, 3)).toBeGreaterThan(0);
    const below = sheet.highlights.find((h) => 'below' in h.when)!;
    expect(below.range).toBe(`D${L.firstChild + 1}:P${L.firstChild + answers.children.length + 1}`);
    const check = sheet.highlights.find((h) => 'formula' in h.when && h.range.startsWith('D'))!;
    expect(hf.calculateFormula((check.when as { formula: string }).formula, id)).toBe(true);
    expect(hf.calculateFormula((sheet.highlights.find((h) => h.range === 'A3')!.when as { formula: string }).formula, id)).toBe(true);
  });

  it('highlights a negative target, as a negative lock pasted on the sheet gives, and names the cell', () => {
    const { hf, id, value, sheet } = load(answers);
    hf.setCellContents({ sheet: id, row: L.firstChild + 2, col: 2 }, -1000);
    expect(value(L.firstChild + 2, 3)).toBe(-1000);
    // The lock breaks its cell's rule (pasted over it, past the data validation): said first, with the cell.
    expect(String(value(L.checks, 0))).toMatch(/^⚠ B\d+:C\d+: Drivers and locks are amounts of 0 or more/);
    const below = sheet.highlights.find((h) => 'below' in h.when && h.range.startsWith('D'))!;
    expect(below.when).toEqual({ below: 0 });
  });

  it('says in words, with the cell, when the baseline breaks its rule, and highlights it', () => {
    const { hf, id, value, sheet } = load(answers);
    hf.setCellContents({ sheet: id, row: L.baseline, col: 1 }, -5);
    expect(messageOf(value)).toBe(`⚠ B${L.baseline + 1}: The baseline is last period's figure: 0.01 or more.`);
    expect(sheet.highlights.some((h) => h.range === `B${L.baseline + 1}` && 'below' in h.when)).toBe(true);
  });

  it('says in words when every driver of those who share is 0, rather than showing only #DIV/0!', () => {
    const { hf, id, value } = load({ ...answers, children: answers.children.slice(0, 2) });
    hf.setCellContents({ sheet: id, row: L.firstChild, col: 1 }, [[0], [0]]);
    expect(messageOf(value)).toMatch(/Every driver of the children who share is 0/);
  });

  it('carries a rule on growth so that 20 typed for 20% is refused', () => {
    const { sheet } = load(answers);
    const growth = sheet.validations.find((v) => v.range === `B${L.growth + 1}`)!;
    expect(keepsRule(growth, 20)).toBe(false);
    expect(keepsRule(growth, 0.2)).toBe(true);
    expect(growth.message).toMatch(/20%/);
  });

  it('rounds before ROUNDUP: 7 reps × 100,000 × 70% against 560,000 need 1 more rep, in core and in the sheet', () => {
    const tie: SalesPlanAnswers = { ...answers, baseline: 560_000, growth: 0, roundTo: 1, attainment: 0.7, fullQuota: 100_000, headcount: 7, newReps: [] };
    const numbers = computeSalesPlan(tie) as SalesPlanNumbers;
    expect(numbers.moreRepsNeeded).toBe(1);
    const { value } = load(tie);
    expect(value(L.moreReps, 1)).toBe(1);
  });

  it('gives each child formulas that read a fixed number of cells, never a range over the children', () => {
    const { sheet } = load({ ...answers, children: Array.from({ length: 50 }, (_, i) => ({ name: `Rep ${i}`, driver: i + 1, lock: null })) });
    for (let row = L.firstChild; row < L.firstChild + 50; row += 1) {
      // The children's columns (the week-and-day block beside them reads its fixed row of holidays).
      for (const cell of sheet.cells[row].slice(0, WEEK_BLOCK.column))
        if (cell && 'formula' in cell) expect(cell.formula).not.toMatch(/[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+/);
    }
  });
});

describe('the sales plan through the liveness check every wizard plugs into', () => {
  const edits: Edit<SalesPlanAnswers>[] = [
    { what: 'growth', cell: a1(L.growth, 1), value: 0.2, answers: (a) => ({ ...a, growth: 0.2 }) },
    {
      what: 'a driver',
      cell: a1(L.firstChild, 1),
      value: 900_000,
      answers: (a) => ({ ...a, children: a.children.map((c, i) => (i === 0 ? { ...c, driver: 900_000 } : c)) }),
    },
    {
      what: 'a lock',
      cell: a1(L.firstChild + 2, 2),
      value: null,
      answers: (a) => ({ ...a, children: a.children.map((c, i) => (i === 2 ? { ...c, lock: null } : c)) }),
    },
    { what: 'the headcount', cell: a1(L.headcount, 1), value: 9, answers: (a) => ({ ...a, headcount: 9 }) },
  ];

  it('matches core as built and after every edit of an input', () => {
    expect(livenessMismatches(SALES_PLAN_LIVE, answers, edits)).toEqual([]);
  });

  it('sets the target as our share of a market, follows an edit of the size or the share, and says so in its statement', () => {
    const onMarket: SalesPlanAnswers = { ...answers, market: { size: 40_000_000, share: 0.025 } };
    const marketEdits: Edit<SalesPlanAnswers>[] = [
      { what: 'the market size', cell: a1(L.baseline, 1), value: 60_000_000, answers: (a) => ({ ...a, market: { size: 60_000_000, share: 0.025 } }) },
      { what: 'our share', cell: a1(L.growth, 1), value: 0.04, answers: (a) => ({ ...a, market: { size: 40_000_000, share: 0.04 } }) },
    ];
    expect(livenessMismatches(SALES_PLAN_LIVE, onMarket, marketEdits)).toEqual([]);
    expect((computeSalesPlan(onMarket) as SalesPlanNumbers).target).toBe(1_000_000);
    expect(smartStatement(onMarket, 1_000_000)).toContain('(2.5% of a market of 40,000,000)');
  });

  it('names the cell and the edit when a sheet does not follow', () => {
    const broken = { ...SALES_PLAN_LIVE, expected: (a: SalesPlanAnswers) => ({ ...SALES_PLAN_LIVE.expected(a), [a1(L.target, 1)]: 1 }) };
    expect(livenessMismatches(broken, answers, edits.slice(0, 1))[0]).toMatch(/^as built: B7: sheet [\d.]+, core 1$/);
  });
});
