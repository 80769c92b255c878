import { HyperFormula } from 'hyperformula';
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { buildBudgetAllocation, BudgetAllocationAnswers } from '../../core/plans/budgetAllocation';
import { Plan } from '../../core/kit/sheet';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { PREVIEW_ENGINE_CONFIG, registerSalesPlannerFunctions } from '../../preview/src/workbook';
import { readBudgetSheet, readFieldPlan, readIncentivePlan, readSalesPlan, yearInTitle } from './planReads';
import { buildFieldPlan, FIELD_RESULTS } from '../../core/plans/fieldPlan';
import { initialState as fieldPlanStart, readAccounts, repPerArea } from '../fieldPlan/fieldPlanModel';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { RATE_PRESETS, buildIncentivePlan, incentiveEarnings } from '../../core/plans/incentivePlan';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { CellValue } from '../../core/kit/cells';
import '../../core/kit/i18n/catalogues';

/** A plan's first sheet as a manager's selection from A1 gives it: its name, its address and the values shown. */
function selected(plan: Plan, sources: Record<string, unknown[][]> = {}) {
  registerSalesPlannerFunctions();
  const sheet = plan.sheets[0];
  const hf = HyperFormula.buildFromSheets({ ...sources, [sheet.name]: hyperFormulaContent(sheet) } as never, PREVIEW_ENGINE_CONFIG);
  const values = hf.getSheetValues(hf.getSheetId(sheet.name)!);
  hf.destroy();
  return { sheet: sheet.name, address: `A1:Z${values.length}`, values };
}

describe('reading a Sales plan sheet selected from A1', () => {
  const plan = buildSalesPlan({
    ...defaultAnswers(2027),
    periodStart: 4,
    periodMonths: 3,
    monthShares: [0.3, 0.3, 0.4],
    newReps: [{ name: 'Ines', startMonth: 5 }],
  });

  it('gives the target, the reps in post and each new rep as references to their cells', () => {
    const read = readSalesPlan(selected(plan));
    if (typeof read === 'string') throw new Error(read);
    expect(read.year).toBe(2027);
    expect(read.target.formula).toBe("='Sales plan Q2 2027'!$B$7");
    expect(read.reps).toEqual({ value: 4, formula: "='Sales plan Q2 2027'!$B$13" });
    expect(read.hires).toHaveLength(1);
    expect(read.hires[0]).toMatchObject({ name: 'Ines', start: { value: 5 } });
  });

  it('reads the year from the title in every language, and none from a title without one', () => {
    expect(yearInTitle('Sales plan 2018: Revenue')).toBe(2018);
    expect(yearInTitle('销售计划 2027年4月–2027年6月：收入')).toBe(2027);
    expect(yearInTitle('Cynllun gwerthu Ebr 2027–Maw 2028: Refeniw')).toBe(2027);
    expect(yearInTitle('Sales plan: 12345 units')).toBeUndefined();
    expect(yearInTitle(null)).toBeUndefined();
  });

  it("gives each calendar month the plan's share, and 0 to a month outside its period", () => {
    const read = readSalesPlan(selected(plan));
    if (typeof read === 'string') throw new Error(read);
    expect(read.monthShares.map((s) => s.value)).toEqual([0, 0, 0, 0.3, 0.3, 0.4, 0, 0, 0, 0, 0, 0]);
    expect(read.monthShares[3].formula).toMatch(/^='Sales plan Q2 2027'!\$[A-Z]+\$24$/);
  });

  it('says so when the selection does not start at A1, or is not a sales plan', () => {
    expect(readSalesPlan({ ...selected(plan), address: 'B2:Z40' })).toBe(
      'Select a Sales plan sheet from its cell A1 (click A1, then Ctrl+Shift+End), then press the button.',
    );
    const budget = buildBudgetAllocation({
      budget: 1000,
      period: '2027',
      method: 'equal',
      roundTo: null,
      months: [],
      lines: [{ name: 'Search', current: 1, curve: { kind: 'log', beta: 1, kappa: 1, alpha: 1 }, weight: 1, lower: null, upper: null, points: null }],
    } as BudgetAllocationAnswers);
    expect(readSalesPlan(selected(budget))).toBe('This is not a Sales plan sheet: its “Target” cell is not where the wizard wrote it.');
    expect(readBudgetSheet(selected(budget))).toEqual({ value: 1000, formula: expect.stringMatching(/^='Budget[^']*'!\$B\$5$/) });
  });
});

describe('reading an Incentive plan sheet selected from A1', () => {
  it("gives the year's commission from its totals row, as a reference", () => {
    const actuals = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
    const answers = {
      year: 2017,
      actuals: {
        sheet: 'Opportunities',
        range: `A1:K${actuals.length}`,
        dateField: 'Closed',
        amountField: 'Amount',
        childField: 'Owner',
        statusField: 'Outcome',
        countedStatus: 'Won',
      },
      reps: [{ name: 'Anna Andreadi', quota: 5000, quotaFormula: null, base: 2000, variable: 600 }],
      ...RATE_PRESETS.accelerator,
      capMultiple: null,
      period: 'month' as const,
    };
    const read = readIncentivePlan(selected(buildIncentivePlan(answers, actuals[0].map(String)), { Opportunities: actuals }));
    const [anna] = incentiveEarnings(answers, actuals) as { payout: number }[];
    expect(read).toEqual({ value: expect.closeTo(anna.payout, 6), formula: "='Incentive plan'!$I$18" });
  });
});

describe('reading a Field plan sheet selected from A1', () => {
  it('gives the visits the accounts need a year, as a reference', () => {
    const table = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows.slice(0, 12)] as CellValue[][];
    const read = readAccounts(table);
    const { answers } = fieldPlanStart();
    const plan = buildFieldPlan({
      ...answers,
      accounts: { sheet: 'Accounts', range: `A1:G${table.length}`, nameField: read.nameField, areaField: read.areaField, valueField: read.valueField },
      reps: repPerArea(read.areas),
    });
    const selection = selected(plan, { Accounts: table as unknown[][] });
    const visits = readFieldPlan(selection);
    expect(visits).toEqual({ value: selection.values[FIELD_RESULTS.workload][4], formula: `='${plan.sheets[0].name}'!$E$${FIELD_RESULTS.workload + 1}` });
    expect((visits as { value: number }).value).toBeGreaterThan(0);
  });
});
