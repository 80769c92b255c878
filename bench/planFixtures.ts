/**
 * Each wizard's plan at a chosen size, with the user's sheets it reads and the edits a manager
 * makes on it: what the plan-sheet bench (and anyone measuring a plan) builds, loads and edits.
 */
import { CellValue } from '../core/kit/cells';
import { BudgetAllocationAnswers, MAX_LINES, BUDGET_LAYOUT, buildBudgetAllocation } from '../core/plans/budgetAllocation';
import { FIELD_INPUTS, MAX_ACCOUNTS, buildFieldPlan, FieldPlanAnswers } from '../core/plans/fieldPlan';
import { LEAD_SCORING_LAYOUT, MAX_LEADS, buildLeadScoring, LeadScoringAnswers } from '../core/plans/leadScoring';
import { LeadModel, fitLeadModel } from '../core/functions/leads';
import { EVALUATION_LAYOUT, buildSalesEvaluation, SalesEvaluationAnswers } from '../core/plans/salesEvaluation';
import { MAX_CHILDREN, buildSalesPlan, defaultAnswers } from '../core/plans/salesPlan';
import { Plan } from '../core/kit/sheet';
import { SAMPLE_ACCOUNTS, SAMPLE_LEADS, SAMPLE_OPPORTUNITIES } from '../preview/src/sample';
import { SAMPLE_DAY, sampleAccountsRead, sampleDealsRead } from '../tests/harness/sampleTables';

/** A cell a manager edits on the plan's first sheet (zero-based), and the values typed in turn. */
export interface PlanEdit {
  readonly what: string;
  readonly row: number;
  readonly col: number;
  readonly values: readonly (number | string)[];
}

export interface SizedPlan {
  readonly plan: Plan;
  /** The user's sheets the plan reads, by name. */
  readonly sources: Readonly<Record<string, CellValue[][]>>;
  readonly edit: PlanEdit;
}

export interface WizardAtSize {
  readonly wizard: string;
  /** What the size counts ("leads"), the sample's size and the largest the wizard allows. */
  readonly unit: string;
  readonly sample: number;
  readonly largest: number;
  at(n: number): SizedPlan;
}

/** The first n rows of a sample table, repeated when n is larger (a larger table of the same kind). */
const rowsOf = (table: { header: readonly unknown[]; rows: readonly (readonly unknown[])[] }, n: number) =>
  [table.header, ...Array.from({ length: n }, (_, i) => table.rows[i % table.rows.length])] as CellValue[][];

const salesPlan: WizardAtSize = {
  wizard: 'Sales plan',
  unit: 'children',
  sample: 4,
  largest: MAX_CHILDREN,
  at: (n) => ({
    plan: buildSalesPlan({
      ...defaultAnswers(2027),
      children: Array.from({ length: n }, (_, i) => ({ name: `Rep ${i + 1}`, driver: 1000 + ((i * 7919) % 9000), lock: null })),
    }),
    sources: {},
    edit: { what: 'growth', row: 5, col: 1, values: [0.12, 0.08, 0.1] },
  }),
};

const leadScoring: WizardAtSize = {
  wizard: 'Lead scoring',
  unit: 'leads',
  sample: SAMPLE_LEADS.rows.length,
  largest: MAX_LEADS,
  at: (n) => {
    const leads = rowsOf(SAMPLE_LEADS, n);
    const fitted = fitLeadModel(
      leads.map((r) => [r[2], r[3], r[5], r[6]]),
      leads.map((r) => [r[8]]),
      1,
    ) as LeadModel;
    const answers: LeadScoringAnswers = {
      leadsSheet: 'Leads',
      leadsRange: `A1:I${n + 1}`,
      labelField: 'Lead',
      outcomeField: 'Outcome',
      rules: [
        { field: 'Source', operator: 'in', value: 'Referral, Trade show', points: 40, group: 'Fit' },
        { field: 'Segment', operator: '=', value: 'corporate', points: 20, group: 'Fit' },
        { field: 'Visits', operator: '>=', value: 8, points: 30, group: 'Engagement' },
        { field: 'Region', operator: '<>', value: 'South', points: 3, group: '' },
      ],
      caps: [{ group: 'Fit', cap: 50 }],
      maxScore: 100,
      warmFrom: 40,
      hotFrom: 70,
      model: { intercept: fitted.intercept, terms: fitted.terms, method: fitted.method },
    };
    return {
      plan: buildLeadScoring(answers),
      sources: { Leads: leads },
      edit: { what: "a rule's points", row: LEAD_SCORING_LAYOUT.firstRule, col: 3, values: [35, 45, 40] },
    };
  },
};

const fieldPlan: WizardAtSize = {
  wizard: 'Field plan',
  unit: 'accounts',
  sample: SAMPLE_ACCOUNTS.rows.length,
  largest: MAX_ACCOUNTS,
  at: (n) => {
    const answers: FieldPlanAnswers = {
      target: 1_200_000,
      dealSize: 4_000,
      sellingDays: 200,
      stages: [
        { name: 'Leads', rate: 0.3 },
        { name: 'Meetings', rate: 0.5 },
        { name: 'Proposals', rate: 0.35 },
      ],
      day: SAMPLE_DAY,
      accounts: sampleAccountsRead(`A1:G${n + 1}`),
      classes: { aShare: 0.8, bShare: 0.95, frequencies: { A: 24, B: 12, C: 4 } },
      reps: ['New York', 'New York', 'California', 'California', 'Texas', 'Pennsylvania', 'Washington', 'Ohio'].map((area, i) => ({
        name: `Rep ${i + 1}`,
        area,
      })),
    };
    return {
      plan: buildFieldPlan(answers),
      sources: { Accounts: rowsOf(SAMPLE_ACCOUNTS, n) },
      edit: { what: "class A's visits a year", row: FIELD_INPUTS.visitsA, col: 1, values: [20, 28, 24] },
    };
  },
};

const budget: WizardAtSize = {
  wizard: 'Budget',
  unit: 'lines',
  sample: 5,
  largest: MAX_LINES,
  at: (n) => {
    const kinds = ['log', 'exp', 'hill'] as const;
    const answers: BudgetAllocationAnswers = {
      budget: 50_000 * n,
      period: '2027',
      method: 'optimal',
      roundTo: 1000,
      months: Array.from({ length: 12 }, (_, m) => ({ label: `M${m + 1}`, share: 1 / 12 })),
      lines: Array.from({ length: n }, (_, i) => ({
        name: `Line ${i + 1}`,
        current: 40_000 + ((i * 3571) % 20_000),
        curve: { kind: kinds[i % 3], beta: 300_000 + ((i * 7919) % 200_000), kappa: 30_000 + ((i * 104_729) % 50_000), alpha: 1 },
        weight: 1,
        lower: null,
        upper: null,
        points: 36,
      })),
    };
    return {
      plan: buildBudgetAllocation(answers),
      sources: {},
      edit: { what: 'the budget', row: BUDGET_LAYOUT.budget, col: 1, values: [45_000 * n, 55_000 * n, 50_000 * n] },
    };
  },
};

const evaluation: WizardAtSize = {
  wizard: 'Evaluation',
  unit: 'actual rows',
  sample: SAMPLE_OPPORTUNITIES.rows.length,
  largest: 100_000,
  at: (n) => {
    const actuals = rowsOf(SAMPLE_OPPORTUNITIES, n);
    const owners = ['Kelly Williamson', 'Anna Andreadi', 'Chuck Magee', 'Cassandra Brandow'];
    const answers: SalesEvaluationAnswers = {
      actuals: { ...sampleDealsRead(`A1:K${n + 1}`, 'Owner'), createdField: 'Created', productField: 'Product', quantityField: 'Quantity' },
      year: 2017,
      monthsElapsed: 9.5,
      amberFrom: 0.95,
      greenFrom: 1,
      products: ['Furniture', 'Office Supplies', 'Technology'],
      stages: ['Won', 'Lost', 'Open'],
      children: owners.map((name, i) => ({ name, targets: Array.from({ length: 12 }, (_, m) => 150 + 40 * i + 10 * m) })),
    };
    return {
      plan: buildSalesEvaluation(answers, actuals[0].map(String)),
      sources: { Opportunities: actuals },
      edit: { what: 'months gone by', row: EVALUATION_LAYOUT.elapsed, col: 1, values: [8.5, 10.5, 9.5] },
    };
  },
};

/** Every wizard whose plan the bench measures, in the pane's order. */
export const WIZARDS_AT_SIZE: readonly WizardAtSize[] = [salesPlan, leadScoring, fieldPlan, budget, evaluation];
